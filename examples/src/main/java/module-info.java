/**
 * Shiyu examples: the quickstart county, one runnable class per integrator task, and the
 * command-line tool. Runs on the module path, as vendors' applications will.
 */
module io.github.shiyu.governance.examples {
  requires io.github.shiyu.governance.core;
  requires io.github.shiyu.governance.cases;
  requires io.github.shiyu.governance.grid;
  requires io.github.shiyu.governance.metrics;
  requires org.slf4j;

  exports io.github.shiyu.governance.examples;
}
