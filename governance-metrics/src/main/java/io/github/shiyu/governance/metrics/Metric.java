package io.github.shiyu.governance.metrics;

import io.github.shiyu.governance.cases.CaseType;
import io.github.shiyu.governance.core.InvalidValueException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A metric definition as data: an id, Chinese and English names, a numerator and a
 * denominator (each a sum of {@link Measure}s), a unit, rounding (digits, half-up) and the
 * case types it applies to.
 *
 * <p>Value = numerator / denominator × scale (100 for percent, 10,000 for per 10,000
 * residents), rounded half-up to {@link #digits()} decimals. A zero denominator gives an
 * undefined value, never 0 and never NaN. A {@link MetricUnit#COUNT} has no denominator.
 *
 * <pre>{@code
 * Metric success = Metric.builder("mediationSuccessRate")
 *     .names("调解成功率", "mediation success rate")
 *     .numerator(Measure.RESOLVED).denominator(Measure.CONCLUDED)
 *     .unit(MetricUnit.PERCENT).digits(2)
 *     .scope(CaseType.DISPUTE, CaseType.PRE_LITIGATION)
 *     .build();
 * success.evaluate(Counts.of(Measure.CONCLUDED, 130, Measure.RESOLVED, 115));   // 88.46%
 * }</pre>
 */
public final class Metric {

  private static final Pattern ID = Pattern.compile("[a-z][A-Za-z0-9]*");
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

  /**
   * Whether a higher value is better, for assessment scores.
   *
   * <pre>{@code
   * MetricSet.standard().require("reworkRate").direction();   // LOWER_IS_BETTER
   * }</pre>
   */
  public enum Direction {
    /** A higher value is better (resolution rate, satisfaction rate). */
    HIGHER_IS_BETTER,
    /** A lower value is better (rework rate, lawsuits per 10,000 residents). */
    LOWER_IS_BETTER
  }

  private final String id;
  private final String chineseName;
  private final String englishName;
  private final List<Measure> numerator;
  private final List<Measure> denominator;
  private final MetricUnit unit;
  private final int digits;
  private final Set<CaseType> scope;
  private final Direction direction;

  private Metric(Builder b) {
    this.id = b.id;
    this.chineseName = b.chineseName;
    this.englishName = b.englishName;
    this.numerator = List.copyOf(b.numerator);
    this.denominator = List.copyOf(b.denominator);
    this.unit = b.unit;
    this.digits = b.digits;
    this.scope = b.scope.isEmpty() ? Set.of() : Set.copyOf(b.scope);
    this.direction = b.direction;
  }

  /**
   * Starts a definition.
   *
   * @param id the metric's id in lower camel case, as in the glossary ({@code resolutionRate})
   * @return a builder
   */
  public static Builder builder(String id) {
    return new Builder(id);
  }

  /**
   * A builder holding this definition, to derive a variant.
   *
   * @return a builder with every field of this metric
   */
  public Builder toBuilder() {
    Builder b = new Builder(id).names(chineseName, englishName).unit(unit).digits(digits)
        .direction(direction);
    b.numerator.addAll(numerator);
    b.denominator.addAll(denominator);
    b.scope.addAll(scope);
    return b;
  }

  /**
   * This metric rounded to other digits (a province publishes whole percent).
   *
   * @param digits decimals after rounding, 0 to 6
   * @return the variant
   */
  public Metric withDigits(int digits) {
    return toBuilder().digits(digits).build();
  }

  /**
   * Evaluates the metric on counts. The scope is not applied here: the counts are taken to
   * be those of the case types in scope already.
   *
   * @param counts the counts
   * @return the value, undefined if the denominator is zero
   */
  public MetricValue evaluate(Counts counts) {
    long num = 0;
    for (Measure m : numerator) {
      num = Math.addExact(num, counts.get(m));
    }
    long den = 0;
    for (Measure m : denominator) {
      den = Math.addExact(den, counts.get(m));
    }
    return value(num, den);
  }

  /**
   * The value of a raw numerator and denominator.
   *
   * @param numerator   the numerator
   * @param denominator the denominator (ignored for a count)
   * @return the value, undefined if the denominator is zero
   */
  public MetricValue value(long numerator, long denominator) {
    if (unit == MetricUnit.COUNT) {
      return MetricValue.of(id, unit, numerator, 1,
          BigDecimal.valueOf(numerator).setScale(digits, RoundingMode.HALF_UP));
    }
    if (denominator == 0) {
      return MetricValue.undefined(id, unit, numerator);
    }
    BigDecimal scaled = switch (unit) {
      case PERCENT -> BigDecimal.valueOf(numerator).multiply(HUNDRED);
      case PER_10K -> BigDecimal.valueOf(numerator).multiply(TEN_THOUSAND);
      case COUNT -> BigDecimal.valueOf(numerator);
    };
    return MetricValue.of(id, unit, numerator, denominator,
        scaled.divide(BigDecimal.valueOf(denominator), digits, RoundingMode.HALF_UP));
  }

  /**
   * The id.
   *
   * @return for example {@code resolutionRate}
   */
  public String id() {
    return id;
  }

  /**
   * The Chinese name.
   *
   * @return for example {@code 化解率}
   */
  public String chineseName() {
    return chineseName;
  }

  /**
   * The English name.
   *
   * @return for example {@code resolution rate}
   */
  public String englishName() {
    return englishName;
  }

  /**
   * The measures summed in the numerator.
   *
   * @return the numerator's terms
   */
  public List<Measure> numerator() {
    return numerator;
  }

  /**
   * The measures summed in the denominator; empty for a count.
   *
   * @return the denominator's terms
   */
  public List<Measure> denominator() {
    return denominator;
  }

  /**
   * The unit.
   *
   * @return the unit
   */
  public MetricUnit unit() {
    return unit;
  }

  /**
   * Decimals kept after half-up rounding.
   *
   * @return the digits
   */
  public int digits() {
    return digits;
  }

  /**
   * The case types counted; empty means all.
   *
   * @return the scope
   */
  public Set<CaseType> scope() {
    return scope;
  }

  /**
   * Whether a case type is counted by this metric.
   *
   * @param type a case type
   * @return true if the scope is empty or holds the type
   */
  public boolean applies(CaseType type) {
    return scope.isEmpty() || scope.contains(type);
  }

  /**
   * Whether higher is better.
   *
   * @return the direction
   */
  public Direction direction() {
    return direction;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Metric m && id.equals(m.id) && chineseName.equals(m.chineseName)
        && englishName.equals(m.englishName) && numerator.equals(m.numerator)
        && denominator.equals(m.denominator) && unit == m.unit && digits == m.digits
        && scope.equals(m.scope) && direction == m.direction;
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, numerator, denominator, unit, digits, scope, direction);
  }

  @Override
  public String toString() {
    return id + " (" + chineseName + ") = " + terms(numerator)
        + (denominator.isEmpty() ? "" : " / " + terms(denominator)) + ", " + unit + ", "
        + digits + " digits";
  }

  private static String terms(List<Measure> measures) {
    return String.join(" + ", measures.stream().map(Measure::column).toList());
  }

  /**
   * Builds a {@link Metric}; {@link #build()} checks the definition.
   *
   * <pre>{@code
   * Metric rate = Metric.builder("closeOutRate").names("销号率", "close-out rate")
   *     .numerator(Measure.CLOSED).denominator(Measure.REGISTERED).build();
   * }</pre>
   */
  public static final class Builder {
    private final String id;
    private String chineseName;
    private String englishName;
    private final List<Measure> numerator = new ArrayList<>();
    private final List<Measure> denominator = new ArrayList<>();
    private MetricUnit unit = MetricUnit.PERCENT;
    private int digits = 2;
    private final Set<CaseType> scope = EnumSet.noneOf(CaseType.class);
    private Direction direction = Direction.HIGHER_IS_BETTER;

    private Builder(String id) {
      this.id = Objects.requireNonNull(id, "id");
    }

    /**
     * Sets the names.
     *
     * @param chinese the Chinese name ({@code 化解率})
     * @param english the English name ({@code resolution rate})
     * @return this builder
     */
    public Builder names(String chinese, String english) {
      this.chineseName = chinese;
      this.englishName = english;
      return this;
    }

    /**
     * Adds numerator terms.
     *
     * @param measures measures to add to the numerator
     * @return this builder
     */
    public Builder numerator(Measure... measures) {
      numerator.addAll(List.of(measures));
      return this;
    }

    /**
     * Adds denominator terms.
     *
     * @param measures measures to add to the denominator
     * @return this builder
     */
    public Builder denominator(Measure... measures) {
      denominator.addAll(List.of(measures));
      return this;
    }

    /**
     * Sets the unit (default percent).
     *
     * @param unit the unit
     * @return this builder
     */
    public Builder unit(MetricUnit unit) {
      this.unit = Objects.requireNonNull(unit, "unit");
      return this;
    }

    /**
     * Sets the decimals kept after half-up rounding (default 2).
     *
     * @param digits 0 to 6
     * @return this builder
     */
    public Builder digits(int digits) {
      this.digits = digits;
      return this;
    }

    /**
     * Restricts the metric to case types (default: all).
     *
     * @param types the types counted
     * @return this builder
     */
    public Builder scope(CaseType... types) {
      scope.addAll(List.of(types));
      return this;
    }

    /**
     * Sets the direction (default higher is better).
     *
     * @param direction the direction
     * @return this builder
     */
    public Builder direction(Direction direction) {
      this.direction = Objects.requireNonNull(direction, "direction");
      return this;
    }

    /**
     * Checks and builds the definition.
     *
     * @return the metric
     * @throws InvalidValueException {@code metrics.definition} naming what is wrong
     */
    public Metric build() {
      if (!ID.matcher(id).matches()) {
        throw fail("id must be lower camel case letters and digits");
      }
      if (chineseName == null || chineseName.isBlank() || englishName == null
          || englishName.isBlank()) {
        throw fail("Chinese and English names are required");
      }
      if (numerator.isEmpty()) {
        throw fail("numerator has no measure");
      }
      if ((unit == MetricUnit.COUNT) != denominator.isEmpty()) {
        throw fail(unit == MetricUnit.COUNT ? "a count has no denominator"
            : "a " + unit + " metric needs a denominator");
      }
      if (digits < 0 || digits > 6) {
        throw fail("digits must be 0 to 6, got " + digits);
      }
      for (List<Measure> terms : List.of(numerator, denominator)) {
        for (Measure m : terms) {
          if (terms.indexOf(m) != terms.lastIndexOf(m)) {
            throw fail(m.column() + " appears twice in one term list");
          }
        }
      }
      return new Metric(this);
    }

    private InvalidValueException fail(String why) {
      return new InvalidValueException(MetricErrors.DEFINITION, id, why);
    }
  }
}
