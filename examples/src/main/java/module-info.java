/**
 * Shiyu examples: the quickstart county, one runnable class per integrator task, and the
 * command-line tool. Runs on the module path, as vendors' applications will.
 */
module io.github.shiyu.governance.examples {
  requires transitive io.github.shiyu.governance.core;
  requires transitive io.github.shiyu.governance.jackson;
  requires transitive io.github.shiyu.governance.jackson3;
  requires transitive io.github.shiyu.governance.validation;
  requires transitive io.github.shiyu.governance.cases;
  requires transitive io.github.shiyu.governance.grid;
  requires transitive io.github.shiyu.governance.metrics;
  requires transitive io.github.shiyu.governance.people;
  requires transitive io.github.shiyu.governance.jdbc;

  exports io.github.shiyu.governance.examples;
  // Hibernate Validator reads the example form's fields (an unqualified opens: the provider is
  // a runtime-only module, unknown at compile time).
  opens io.github.shiyu.governance.examples;
}
