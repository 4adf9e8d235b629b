/**
 * Organisations: Department, GovernanceCenter and OperationsCenter, each with the division it belongs to.
 */
package io.github.shiyu.governance.core.org;
