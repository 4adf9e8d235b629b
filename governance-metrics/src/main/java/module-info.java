/**
 * Shiyu metrics: the rates that cities publish and are assessed on.
 *
 * <p>Computed from the case events of {@code io.github.shiyu.governance.cases} or from plain
 * case-fact rows, rolled up along the division hierarchy, by grid, category, department and
 * period, with year-on-year change and weighted assessment scores. It does not depend on
 * the grid module.
 */
module io.github.shiyu.governance.metrics {
  requires transitive io.github.shiyu.governance.core;
  requires transitive io.github.shiyu.governance.cases;
  requires transitive com.fasterxml.jackson.databind;
  // MalformedJson describes a case-fact JSON syntax error without quoting the document.
  requires io.github.shiyu.governance.jackson;

  exports io.github.shiyu.governance.metrics;
  exports io.github.shiyu.governance.metrics.fact;
  exports io.github.shiyu.governance.metrics.report;
  exports io.github.shiyu.governance.metrics.assessment;
}
