/**
 * Implementation of the people module: not exported, not API. Counting for
 * {@link io.github.shiyu.governance.people.HouseholdCoverage}, rewriting of stored events for
 * {@link io.github.shiyu.governance.people.RetentionPolicy} and the in-memory access log.
 */
package io.github.shiyu.governance.people.internal;
