package io.github.shiyu.governance.metrics.report;

/**
 * A published comparison: (this − last) / last against the same period a year earlier
 * (同比) or the period before (环比).
 *
 * <pre>{@code
 * ReportSpec.builder().compare(Comparison.YEAR_OVER_YEAR);
 * }</pre>
 */
public enum Comparison {
  /** 同比: against {@link Period#sameLastYear()}. */
  YEAR_OVER_YEAR,
  /** 环比: against {@link Period#previous()}. */
  PERIOD_OVER_PERIOD
}
