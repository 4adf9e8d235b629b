/**
 * Shiyu cases: the case engine.
 *
 * <p>Workflow definitions as data, the five standard workflows with their legal time
 * limits, cases as immutable aggregates rebuilt from their events, storage with optimistic
 * concurrency, deadline warnings and escalation.
 */
module io.github.shiyu.governance.cases {
  requires transitive io.github.shiyu.governance.core;

  exports io.github.shiyu.governance.cases;
  exports io.github.shiyu.governance.cases.monitor;
  exports io.github.shiyu.governance.cases.standard;
  exports io.github.shiyu.governance.cases.store;

  // The stored JSON form of events, free of any JSON library, for the two Jackson modules only
  // (both write and read it through this one package).
  exports io.github.shiyu.governance.cases.internal.json to
      io.github.shiyu.governance.jackson, io.github.shiyu.governance.jackson3;
}
