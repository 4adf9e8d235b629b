package io.github.shiyu.governance.metrics.assessment;

import io.github.shiyu.governance.core.InvalidValueException;
import io.github.shiyu.governance.metrics.Metric;
import io.github.shiyu.governance.metrics.MetricErrors;
import io.github.shiyu.governance.metrics.MetricValue;
import io.github.shiyu.governance.metrics.report.Report;
import io.github.shiyu.governance.metrics.report.ReportRow;
import io.github.shiyu.governance.metrics.report.Slice;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A weighted composite score (考核得分) over indicators with targets and weights, and the
 * ranking of the units compared.
 *
 * <p>An indicator earns its full weight at or beyond its target and a proportional share
 * short of it: weight × value / target when higher is better, weight × target / value when
 * lower is better (a value of 0 meets any lower-is-better target). An undefined value
 * (no cases to rate) is by default left out and the other weights scaled up to the total,
 * so a unit is not punished for having no cases of a kind; {@link Undefined#ZERO} scores
 * it 0 instead. The composite is rounded half-up to {@code digits} decimals (default 2) and
 * units are ranked by the rounded score, as published tables are.
 *
 * <p>Ties: {@link Ties#SHARED} (default) gives equal scores the same rank and skips the
 * following ranks (1, 2, 2, 4); {@link Ties#BY_INDICATORS} breaks a tie by the indicators'
 * points in the order given, and shares the rank only if all are equal. Every entry says
 * why it stands where it does.
 *
 * <pre>{@code
 * MetricSet beijing = MetricSet.beijing();
 * Assessment a = Assessment.builder()
 *     .indicator(Indicator.of(beijing.require("responseRate"), "100", "30"))
 *     .indicator(Indicator.of(beijing.require("solutionRate"), "90", "35"))
 *     .indicator(Indicator.of(beijing.require("satisfactionRate"), "95", "35"))
 *     .build();
 * Ranking ranking = a.rank(report, row -> row.slice().division().orElseThrow().value());
 * ranking.entries().get(0).explanation();
 * }</pre>
 */
public final class Assessment {

  /**
   * What an undefined indicator value scores.
   *
   * <pre>{@code
   * Assessment.builder().undefined(Assessment.Undefined.ZERO);
   * }</pre>
   */
  public enum Undefined {
    /** Left out; the other weights are scaled up to the total (default). */
    RESCALE,
    /** Scores 0. */
    ZERO
  }

  /**
   * How equal composite scores are ranked.
   *
   * <pre>{@code
   * Assessment.builder().ties(Assessment.Ties.BY_INDICATORS);
   * }</pre>
   */
  public enum Ties {
    /** Equal scores share a rank; the next rank is skipped (1, 2, 2, 4). */
    SHARED,
    /** Equal scores are ordered by the indicators' points in the order given. */
    BY_INDICATORS
  }

  private static final MathContext MC = MathContext.DECIMAL64;

  private final List<Indicator> indicators;
  private final Undefined undefined;
  private final Ties ties;
  private final int digits;
  private final BigDecimal total;

  private Assessment(Builder b) {
    this.indicators = List.copyOf(b.indicators);
    this.undefined = b.undefined;
    this.ties = b.ties;
    this.digits = b.digits;
    this.total = indicators.stream().map(Indicator::weight).reduce(BigDecimal.ZERO,
        BigDecimal::add);
  }

  /**
   * Starts an assessment.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The indicators, in order.
   *
   * @return the indicators
   */
  public List<Indicator> indicators() {
    return indicators;
  }

  /**
   * The full score: the sum of the weights.
   *
   * @return the total
   */
  public BigDecimal total() {
    return total;
  }

  /**
   * Scores one unit.
   *
   * @param unit   the unit's name or code
   * @param values its metric values (others are ignored; a missing indicator is undefined)
   * @return the score
   */
  public Score score(String unit, Collection<MetricValue> values) {
    Map<String, MetricValue> byId = new LinkedHashMap<>();
    values.forEach(v -> byId.put(v.metric(), v));
    List<Score.Part> parts = new ArrayList<>();
    BigDecimal points = BigDecimal.ZERO;
    BigDecimal definedWeight = BigDecimal.ZERO;
    for (Indicator i : indicators) {
      MetricValue v = byId.get(i.metric().id());
      Optional<BigDecimal> value = v == null ? Optional.empty() : v.value();
      if (value.isEmpty()) {
        parts.add(Score.Part.undefined(i.metric().id()));
        if (undefined == Undefined.ZERO) {
          definedWeight = definedWeight.add(i.weight());
        }
        continue;
      }
      BigDecimal p = i.weight().multiply(achievement(i, value.get()), MC);
      parts.add(Score.Part.of(i.metric().id(), value.get(), p.setScale(digits,
          RoundingMode.HALF_UP)));
      points = points.add(p, MC);
      definedWeight = definedWeight.add(i.weight());
    }
    if (definedWeight.signum() == 0) {
      return Score.undefined(unit, parts);
    }
    BigDecimal scaled = undefined == Undefined.RESCALE
        ? points.multiply(total, MC).divide(definedWeight, MC) : points;
    return Score.of(unit, scaled.setScale(digits, RoundingMode.HALF_UP), parts);
  }

  private static BigDecimal achievement(Indicator i, BigDecimal value) {
    if (i.metric().direction() == Metric.Direction.HIGHER_IS_BETTER) {
      return value.compareTo(i.target()) >= 0 ? BigDecimal.ONE : value.divide(i.target(), MC);
    }
    if (value.compareTo(i.target()) <= 0) {
      return BigDecimal.ONE;
    }
    return i.target().divide(value, MC);
  }

  /**
   * Scores and ranks units.
   *
   * @param units unit name to its metric values
   * @return the ranking
   */
  public Ranking rank(Map<String, ? extends Collection<MetricValue>> units) {
    List<Score> scores = new ArrayList<>();
    units.forEach((unit, values) -> scores.add(score(unit, values)));
    return rank(scores);
  }

  /**
   * Scores and ranks the rows of a report, one unit per row.
   *
   * @param report the report (typically one period, one dimension)
   * @param unit   names a row's unit, such as its division code
   * @return the ranking
   * @throws InvalidValueException {@code metrics.assessment} if two rows get the same name
   */
  public Ranking rank(Report report, Function<ReportRow, String> unit) {
    Map<String, List<MetricValue>> units = new LinkedHashMap<>();
    for (ReportRow row : report.rows()) {
      String name = unit.apply(row);
      if (units.put(name, row.values()) != null) {
        throw new InvalidValueException(MetricErrors.ASSESSMENT, "unit '" + name
            + "' names more than one row: give a period or dimension value to tell them apart");
      }
    }
    return rank(units);
  }

  /**
   * Scores and ranks the rows of a report named by their slice.
   *
   * @param report the report
   * @return the ranking, units named by {@link Slice#toString()}
   */
  public Ranking rank(Report report) {
    return rank(report, row -> row.slice().toString());
  }

  private Ranking rank(List<Score> scores) {
    Comparator<Score> byComposite = Comparator.comparing(
        (Score s) -> s.composite().orElse(null),
        Comparator.nullsLast(Comparator.<BigDecimal>reverseOrder()));
    Comparator<Score> byParts = (a, b) -> {
      for (int i = 0; i < indicators.size(); i++) {
        BigDecimal x = a.parts().get(i).points().orElse(BigDecimal.valueOf(-1));
        BigDecimal y = b.parts().get(i).points().orElse(BigDecimal.valueOf(-1));
        int c = y.compareTo(x);
        if (c != 0) {
          return c;
        }
      }
      return 0;
    };
    Comparator<Score> order = ties == Ties.BY_INDICATORS ? byComposite.thenComparing(byParts)
        : byComposite;
    List<Score> sorted = new ArrayList<>(scores);
    sorted.sort(order.thenComparing(Score::unit));
    List<Ranking.Entry> entries = new ArrayList<>();
    for (int i = 0; i < sorted.size(); i++) {
      Score s = sorted.get(i);
      int first = i;
      while (first > 0 && order.compare(sorted.get(first - 1), s) == 0) {
        first--;
      }
      int rank = first + 1;
      entries.add(new Ranking.Entry(rank, s, explain(sorted, i, rank, order, byComposite)));
    }
    return new Ranking(entries);
  }

  private String explain(List<Score> sorted, int i, int rank, Comparator<Score> order,
      Comparator<Score> byComposite) {
    Score s = sorted.get(i);
    if (s.composite().isEmpty()) {
      return "rank " + rank + ": no indicator defined (no cases to measure), placed last";
    }
    String score = s.composite().get().toPlainString() + " of " + total.toPlainString();
    Set<String> tied = new HashSet<>();
    List<String> tiedNames = new ArrayList<>();
    for (Score o : sorted) {
      if (o != s && order.compare(o, s) == 0 && tied.add(o.unit())) {
        tiedNames.add(o.unit());
      }
    }
    if (!tiedNames.isEmpty()) {
      return "rank " + rank + ": " + score + ", tied with " + String.join(", ", tiedNames)
          + (ties == Ties.BY_INDICATORS ? " on the score and every indicator" : "");
    }
    if (i > 0 && byComposite.compare(sorted.get(i - 1), s) == 0) {
      Score above = sorted.get(i - 1);
      return "rank " + rank + ": " + score + ", equal score with " + above.unit()
          + " but behind on " + firstDifference(above, s);
    }
    if (i + 1 < sorted.size() && byComposite.compare(sorted.get(i + 1), s) == 0) {
      Score below = sorted.get(i + 1);
      return "rank " + rank + ": " + score + ", equal score with " + below.unit()
          + " but ahead on " + firstDifference(s, below);
    }
    return "rank " + rank + ": " + score;
  }

  private String firstDifference(Score ahead, Score behind) {
    for (int k = 0; k < indicators.size(); k++) {
      Optional<BigDecimal> a = ahead.parts().get(k).points();
      Optional<BigDecimal> b = behind.parts().get(k).points();
      if (!a.equals(b)) {
        return indicators.get(k).metric().id() + " (" + a.map(BigDecimal::toPlainString)
            .orElse(MetricValue.UNDEFINED) + " vs " + b.map(BigDecimal::toPlainString)
            .orElse(MetricValue.UNDEFINED) + " points)";
      }
    }
    return "no indicator";
  }

  @Override
  public String toString() {
    return "Assessment" + indicators.stream().map(i -> i.metric().id() + "@" + i.weight())
        .toList();
  }

  /**
   * Builds an {@link Assessment}; {@link #build()} checks it.
   *
   * <pre>{@code
   * Assessment.builder().indicator(Indicator.of(metric, "95", "100")).digits(1).build();
   * }</pre>
   */
  public static final class Builder {
    private final List<Indicator> indicators = new ArrayList<>();
    private Undefined undefined = Undefined.RESCALE;
    private Ties ties = Ties.SHARED;
    private int digits = 2;

    private Builder() {
    }

    /**
     * Adds an indicator.
     *
     * @param indicator the indicator
     * @return this builder
     */
    public Builder indicator(Indicator indicator) {
      indicators.add(Objects.requireNonNull(indicator, "indicator"));
      return this;
    }

    /**
     * Sets what an undefined value scores (default {@link Undefined#RESCALE}).
     *
     * @param policy the policy
     * @return this builder
     */
    public Builder undefined(Undefined policy) {
      this.undefined = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /**
     * Sets how ties are ranked (default {@link Ties#SHARED}).
     *
     * @param rule the rule
     * @return this builder
     */
    public Builder ties(Ties rule) {
      this.ties = Objects.requireNonNull(rule, "rule");
      return this;
    }

    /**
     * Sets the decimals of scores (default 2).
     *
     * @param digits 0 to 6
     * @return this builder
     */
    public Builder digits(int digits) {
      this.digits = digits;
      return this;
    }

    /**
     * Checks and builds the assessment.
     *
     * @return the assessment
     * @throws InvalidValueException {@code metrics.assessment} naming the rule broken
     */
    public Assessment build() {
      if (indicators.isEmpty()) {
        throw new InvalidValueException(MetricErrors.ASSESSMENT, "no indicator");
      }
      Set<String> ids = new HashSet<>();
      for (Indicator i : indicators) {
        if (!ids.add(i.metric().id())) {
          throw new InvalidValueException(MetricErrors.ASSESSMENT,
              "indicator " + i.metric().id() + " given twice");
        }
      }
      if (digits < 0 || digits > 6) {
        throw new InvalidValueException(MetricErrors.ASSESSMENT,
            "digits must be 0 to 6, got " + digits);
      }
      return new Assessment(this);
    }
  }
}
