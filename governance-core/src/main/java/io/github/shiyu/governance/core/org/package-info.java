/**
 * Organisations and handling: Department, GovernanceCenter and OperationsCenter, each with the
 * division it belongs to; the escalation ladder (EscalationLevel) and handling tiers (Tier).
 */
package io.github.shiyu.governance.core.org;
