package io.github.shiyu.governance.metrics.report;

import io.github.shiyu.governance.metrics.Change;
import io.github.shiyu.governance.metrics.Counts;
import io.github.shiyu.governance.metrics.MetricValue;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of a report: its slice, its counts (over all case types), its metric values (each
 * over the metric's scope) and the published comparisons.
 *
 * <pre>{@code
 * ReportRow row = report.row(slice).orElseThrow();
 * row.value("resolutionRate").orElseThrow().toString();        // "93.03%"
 * row.yearOverYear().get("resolutionRate").toString();          // "-1.20%"
 * row.counts().get(Measure.BACKLOG_END);                       // 42
 * }</pre>
 *
 * @param slice            the row's key
 * @param counts           the counts
 * @param values           the metric values, in the metric set's order
 * @param yearOverYear     同比 change per metric id (only when requested)
 * @param periodOverPeriod 环比 change per metric id (only when requested)
 */
public record ReportRow(Slice slice, Counts counts, List<MetricValue> values,
    Map<String, Change> yearOverYear, Map<String, Change> periodOverPeriod) {

  /**
   * Copies the collections.
   */
  public ReportRow {
    Objects.requireNonNull(slice, "slice");
    Objects.requireNonNull(counts, "counts");
    values = List.copyOf(values);
    yearOverYear = Map.copyOf(yearOverYear);
    periodOverPeriod = Map.copyOf(periodOverPeriod);
  }

  /**
   * The value of one metric.
   *
   * @param metricId the metric's id
   * @return the value, empty if the report does not compute that metric
   */
  public Optional<MetricValue> value(String metricId) {
    return values.stream().filter(v -> v.metric().equals(metricId)).findFirst();
  }
}
