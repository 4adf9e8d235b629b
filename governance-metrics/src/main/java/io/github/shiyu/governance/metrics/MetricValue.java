package io.github.shiyu.governance.metrics;

import io.github.shiyu.governance.core.InvalidValueException;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A metric evaluated on counts: the raw numerator and denominator and the value rounded
 * as published, or undefined when the denominator is zero (never 0, never NaN). Immutable.
 *
 * <pre>{@code
 * MetricValue v = MetricSet.standard().require("mediationSuccessRate")
 *     .evaluate(Counts.of(Measure.CONCLUDED, 130, Measure.RESOLVED, 115));
 * v.value();        // Optional[88.46]
 * v.toString();     // "88.46%"
 * MetricValue.undefined("satisfactionRate", MetricUnit.PERCENT, 0).isDefined();   // false
 * }</pre>
 */
public final class MetricValue {

  /** What an undefined value shows as, in text and CSV. */
  public static final String UNDEFINED = "undefined";

  private final String metric;
  private final MetricUnit unit;
  private final long numerator;
  private final long denominator;
  private final BigDecimal value;

  private MetricValue(String metric, MetricUnit unit, long numerator, long denominator,
      BigDecimal value) {
    this.metric = Objects.requireNonNull(metric, "metric");
    this.unit = Objects.requireNonNull(unit, "unit");
    if (numerator < 0 || denominator < 0) {
      throw new InvalidValueException(MetricErrors.VALUE, metric,
          "counts must be at least 0, got " + numerator + " / " + denominator);
    }
    if (denominator == 0 && value != null) {
      throw new InvalidValueException(MetricErrors.VALUE, metric,
          "a value over a zero denominator is undefined");
    }
    this.numerator = numerator;
    this.denominator = denominator;
    this.value = value;
  }

  /**
   * A defined value.
   *
   * @param metric      the metric's id
   * @param unit        how the value is expressed
   * @param numerator   the raw numerator
   * @param denominator the raw denominator, above 0 (1 for a {@link MetricUnit#COUNT})
   * @param value       the value in its unit (88.46 for 88.46%), rounded half-up to the
   *                    metric's digits
   * @return the metric value
   * @throws InvalidValueException {@code metrics.value} for a negative count or a zero
   *     denominator
   */
  public static MetricValue of(String metric, MetricUnit unit, long numerator,
      long denominator, BigDecimal value) {
    return new MetricValue(metric, unit, numerator, denominator,
        Objects.requireNonNull(value, "value"));
  }

  /**
   * An undefined value: the denominator is zero.
   *
   * @param metric    the metric's id
   * @param unit      how the value would be expressed
   * @param numerator the raw numerator
   * @return the metric value
   * @throws InvalidValueException {@code metrics.value} for a negative numerator
   */
  public static MetricValue undefined(String metric, MetricUnit unit, long numerator) {
    return new MetricValue(metric, unit, numerator, 0, null);
  }

  /**
   * The metric's id.
   *
   * @return the id
   */
  public String metric() {
    return metric;
  }

  /**
   * How the value is expressed.
   *
   * @return the unit
   */
  public MetricUnit unit() {
    return unit;
  }

  /**
   * The raw numerator.
   *
   * @return at least 0
   */
  public long numerator() {
    return numerator;
  }

  /**
   * The raw denominator (1 for a {@link MetricUnit#COUNT}).
   *
   * @return at least 0
   */
  public long denominator() {
    return denominator;
  }

  /**
   * The value in its unit (88.46 for 88.46%), rounded half-up to the metric's digits.
   *
   * @return the value, empty when the denominator is zero
   */
  public Optional<BigDecimal> value() {
    return Optional.ofNullable(value);
  }

  /**
   * Whether the denominator is non-zero.
   *
   * @return true if there is a value
   */
  public boolean isDefined() {
    return value != null;
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

  @Override
  public boolean equals(Object o) {
    return o instanceof MetricValue v && metric.equals(v.metric) && unit == v.unit
        && numerator == v.numerator && denominator == v.denominator
        && Objects.equals(value, v.value);
  }

  @Override
  public int hashCode() {
    return Objects.hash(metric, unit, numerator, denominator, value);
  }

  /**
   * The value as published: {@code 88.46%}, {@code 2.35 per 10,000}, {@code 43320}, or
   * {@value #UNDEFINED}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    if (value == null) {
      return UNDEFINED;
    }
    String plain = value.toPlainString();
    return switch (unit) {
      case PERCENT -> plain + "%";
      case PER_10K -> plain + " per 10,000";
      case COUNT -> plain;
    };
  }
}
