package io.github.shiyu.governance.metrics.assessment;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One unit's composite score and the points of each indicator. Immutable.
 *
 * <pre>{@code
 * Score s = assessment.score("429006", row.values());
 * s.composite();                  // Optional[96.42]
 * s.parts().get(0).points();      // Optional[30.00]
 * }</pre>
 */
public final class Score {

  private final String unit;
  private final BigDecimal composite;
  private final List<Part> parts;

  private Score(String unit, BigDecimal composite, List<Part> parts) {
    this.unit = Objects.requireNonNull(unit, "unit");
    this.composite = composite;
    this.parts = List.copyOf(parts);
  }

  /**
   * A score with a composite.
   *
   * @param unit      the unit's name or code
   * @param composite the composite score, rounded
   * @param parts     each indicator's value and points, in the assessment's order
   * @return the score
   */
  public static Score of(String unit, BigDecimal composite, List<Part> parts) {
    return new Score(unit, Objects.requireNonNull(composite, "composite"), parts);
  }

  /**
   * A score without a composite: no indicator is defined.
   *
   * @param unit  the unit's name or code
   * @param parts each indicator's part, in the assessment's order
   * @return the score
   */
  public static Score undefined(String unit, List<Part> parts) {
    return new Score(unit, null, parts);
  }

  /**
   * The unit.
   *
   * @return the unit's name or code
   */
  public String unit() {
    return unit;
  }

  /**
   * The composite score, rounded.
   *
   * @return the score, empty if no indicator is defined
   */
  public Optional<BigDecimal> composite() {
    return Optional.ofNullable(composite);
  }

  /**
   * Each indicator's value and points, in the assessment's order.
   *
   * @return the parts, unmodifiable
   */
  public List<Part> parts() {
    return parts;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Score s && unit.equals(s.unit) && Objects.equals(composite, s.composite)
        && parts.equals(s.parts);
  }

  @Override
  public int hashCode() {
    return Objects.hash(unit, composite, parts);
  }

  @Override
  public String toString() {
    return "Score[" + unit + " " + (composite == null ? "undefined" : composite.toPlainString())
        + ", " + parts + "]";
  }

  /**
   * One indicator of a score. Immutable.
   *
   * <pre>{@code
   * Score.Part.of("responseRate", new BigDecimal("98.00"), new BigDecimal("30.00"));
   * Score.Part.undefined("satisfactionRate");   // nobody rated
   * }</pre>
   */
  public static final class Part {

    private final String metric;
    private final BigDecimal value;
    private final BigDecimal points;

    private Part(String metric, BigDecimal value, BigDecimal points) {
      this.metric = Objects.requireNonNull(metric, "metric");
      this.value = value;
      this.points = points;
    }

    /**
     * A part of a defined value.
     *
     * @param metric the metric's id
     * @param value  the metric's value
     * @param points the points earned, rounded
     * @return the part
     */
    public static Part of(String metric, BigDecimal value, BigDecimal points) {
      return new Part(metric, Objects.requireNonNull(value, "value"),
          Objects.requireNonNull(points, "points"));
    }

    /**
     * A part whose metric is undefined: no value, no points.
     *
     * @param metric the metric's id
     * @return the part
     */
    public static Part undefined(String metric) {
      return new Part(metric, null, null);
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
     * The metric's value.
     *
     * @return the value, empty if undefined
     */
    public Optional<BigDecimal> value() {
      return Optional.ofNullable(value);
    }

    /**
     * The points earned, rounded.
     *
     * @return the points, empty if the value is undefined
     */
    public Optional<BigDecimal> points() {
      return Optional.ofNullable(points);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Part p && metric.equals(p.metric) && Objects.equals(value, p.value)
          && Objects.equals(points, p.points);
    }

    @Override
    public int hashCode() {
      return Objects.hash(metric, value, points);
    }

    @Override
    public String toString() {
      return metric + "=" + (value == null ? "undefined"
          : value.toPlainString() + " (" + points.toPlainString() + " points)");
    }
  }
}
