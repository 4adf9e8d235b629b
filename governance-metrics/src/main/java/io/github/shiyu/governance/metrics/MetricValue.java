package io.github.shiyu.governance.metrics;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A metric evaluated on counts: the raw numerator and denominator and the value rounded
 * as published, or undefined when the denominator is zero (never 0, never NaN).
 *
 * <pre>{@code
 * MetricValue v = MetricSet.standard().require("mediationSuccessRate")
 *     .evaluate(Counts.of(Measure.CONCLUDED, 130, Measure.RESOLVED, 115));
 * v.value();        // Optional[88.46]
 * v.toString();     // "88.46%"
 * }</pre>
 *
 * @param metric      the metric's id
 * @param unit        how the value is expressed
 * @param numerator   the raw numerator
 * @param denominator the raw denominator (1 for a {@link MetricUnit#COUNT})
 * @param value       the value in its unit (88.46 for 88.46%), rounded half-up to the metric's
 *                    digits; empty when the denominator is zero
 */
public record MetricValue(String metric, MetricUnit unit, long numerator, long denominator,
    Optional<BigDecimal> value) {

  /** What an undefined value shows as, in text and CSV. */
  public static final String UNDEFINED = "undefined";

  /**
   * Checks the parts.
   *
   * @throws IllegalArgumentException if a count is negative or the value is present with a
   *                                  zero denominator
   */
  public MetricValue {
    Objects.requireNonNull(metric, "metric");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(value, "value");
    if (numerator < 0 || denominator < 0) {
      throw new IllegalArgumentException("counts must be at least 0");
    }
    if (denominator == 0 && value.isPresent()) {
      throw new IllegalArgumentException("a value over a zero denominator is undefined");
    }
  }

  /**
   * Whether the denominator is non-zero.
   *
   * @return true if there is a value
   */
  public boolean isDefined() {
    return value.isPresent();
  }

  /**
   * The unrounded ratio numerator / denominator (not scaled to the unit).
   *
   * @return the ratio, empty when undefined
   */
  public OptionalDouble fraction() {
    return denominator == 0 ? OptionalDouble.empty()
        : OptionalDouble.of((double) numerator / denominator);
  }

  /**
   * The value as published: {@code 88.46%}, {@code 2.35 per 10,000}, {@code 43320}, or
   * {@value #UNDEFINED}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    if (value.isEmpty()) {
      return UNDEFINED;
    }
    String plain = value.get().toPlainString();
    return switch (unit) {
      case PERCENT -> plain + "%";
      case PER_10K -> plain + " per 10,000";
      case COUNT -> plain;
    };
  }
}
