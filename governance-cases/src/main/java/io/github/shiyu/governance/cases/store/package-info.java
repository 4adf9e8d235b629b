/**
 * Storage without losing anything: the {@link io.github.shiyu.governance.cases.store.CaseStore}
 * interface (append with the expected version, load, stream events, find open cases by
 * deadline), a thread-safe in-memory store, and the
 * {@link io.github.shiyu.governance.cases.store.CaseService} that loads, decides and appends
 * with optimistic concurrency and idempotency keys.
 */
package io.github.shiyu.governance.cases.store;
