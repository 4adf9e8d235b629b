package io.github.shiyu.governance.spark;

import io.github.shiyu.governance.metrics.report.ReportSpec;
import java.io.Serializable;

/**
 * Makes a report specification where it is needed: on the driver, and on each executor that
 * counts a partition. A {@link ReportSpec} holds functions (the supplied figures) and so is
 * not serialisable; this is, as a lambda that captures only serialisable values:
 *
 * <pre>{@code
 * ReportSpecSource monthly = () -> ReportSpec.builder()
 *     .by(Dimension.division(DivisionLevel.COUNTY), Dimension.category())
 *     .periods(Period.parse("2022-01"), Period.parse("2022-12"))
 *     .compare(Comparison.YEAR_OVER_YEAR)
 *     .build();
 * }</pre>
 *
 * <p>Each call must describe the same report: the executors' accumulators are merged into
 * the driver's, which refuses counters of another layout ({@code metrics.incompatible}).
 */
@FunctionalInterface
public interface ReportSpecSource extends Serializable {

  /**
   * Builds the specification.
   *
   * @return the specification
   */
  ReportSpec spec();
}
