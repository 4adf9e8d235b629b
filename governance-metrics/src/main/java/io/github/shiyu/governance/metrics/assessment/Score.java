package io.github.shiyu.governance.metrics.assessment;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One unit's composite score and the points of each indicator.
 *
 * <pre>{@code
 * Score s = assessment.score("429006", row.values());
 * s.composite();                  // Optional[96.42]
 * s.parts().get(0).points();      // Optional[30.00]
 * }</pre>
 *
 * @param unit      the unit's name or code
 * @param composite the composite score rounded, empty if no indicator is defined
 * @param parts     each indicator's value and points, in the assessment's order
 */
public record Score(String unit, Optional<BigDecimal> composite, List<Part> parts) {

  /**
   * Copies the parts.
   */
  public Score {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(composite, "composite");
    parts = List.copyOf(parts);
  }

  /**
   * One indicator of a score.
   *
   * <pre>{@code
   * new Score.Part("responseRate", Optional.of(new BigDecimal("98.00")),
   *     Optional.of(new BigDecimal("30.00")));
   * }</pre>
   *
   * @param metric the metric's id
   * @param value  the metric's value, empty if undefined
   * @param points the points earned, rounded; empty if the value is undefined
   */
  public record Part(String metric, Optional<BigDecimal> value, Optional<BigDecimal> points) {

    /**
     * Checks for nulls.
     */
    public Part {
      Objects.requireNonNull(metric, "metric");
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(points, "points");
    }
  }
}
