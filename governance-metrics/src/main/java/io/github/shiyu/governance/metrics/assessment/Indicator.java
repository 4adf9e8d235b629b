package io.github.shiyu.governance.metrics.assessment;

import io.github.shiyu.governance.core.InvalidValueException;
import io.github.shiyu.governance.metrics.Metric;
import io.github.shiyu.governance.metrics.MetricErrors;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One indicator of an assessment: a metric, its target in the metric's unit (95 for 95%)
 * and its weight (points at or beyond the target).
 *
 * <pre>{@code
 * Indicator response = Indicator.of(MetricSet.beijing().require("responseRate"), "95", "30");
 * }</pre>
 *
 * @param metric the metric
 * @param target the target value, in the metric's unit, not negative
 * @param weight the points the indicator is worth, above zero
 */
public record Indicator(Metric metric, BigDecimal target, BigDecimal weight) {

  /**
   * Checks the values.
   *
   * @throws InvalidValueException {@code metrics.assessment} for a negative target, a weight
   *     not above zero, or a zero target for a higher-is-better metric
   */
  public Indicator {
    Objects.requireNonNull(metric, "metric");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(weight, "weight");
    if (target.signum() < 0) {
      throw new InvalidValueException(MetricErrors.ASSESSMENT,
          metric.id() + ": target must not be negative, got " + target);
    }
    if (target.signum() == 0 && metric.direction() == Metric.Direction.HIGHER_IS_BETTER) {
      throw new InvalidValueException(MetricErrors.ASSESSMENT,
          metric.id() + ": a higher-is-better target must be above 0");
    }
    if (weight.signum() <= 0) {
      throw new InvalidValueException(MetricErrors.ASSESSMENT,
          metric.id() + ": weight must be above 0, got " + weight);
    }
  }

  /**
   * Creates an indicator from decimal strings.
   *
   * @param metric the metric
   * @param target the target, such as {@code "95"} for 95%
   * @param weight the weight, such as {@code "30"}
   * @return the indicator
   */
  public static Indicator of(Metric metric, String target, String weight) {
    return new Indicator(metric, new BigDecimal(target), new BigDecimal(weight));
  }
}
