package io.github.shiyu.governance.people;

import io.github.shiyu.governance.core.InvalidValueException;
import io.github.shiyu.governance.core.category.CaseCategory;
import io.github.shiyu.governance.core.division.DivisionLevel;
import io.github.shiyu.governance.core.grid.GridCode;
import io.github.shiyu.governance.metrics.Counts;
import io.github.shiyu.governance.metrics.Measure;
import io.github.shiyu.governance.metrics.Metric;
import io.github.shiyu.governance.metrics.MetricUnit;
import io.github.shiyu.governance.metrics.report.Period;
import io.github.shiyu.governance.metrics.report.ReportRow;
import io.github.shiyu.governance.metrics.report.Slice;
import io.github.shiyu.governance.people.internal.CoverageCount;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Household coverage (入户走访覆盖率) per period: the share of a grid's households that its
 * grid workers visited, per grid, per responsible worker and rolled up through the division
 * hierarchy, as metrics' {@link ReportRow}s of a {@link Metric} defined as data.
 *
 * <p>The counts are metrics' supplied measures: {@link Measure#UNITS} = households,
 * {@link Measure#UNITS_COVERED} = households with at least one {@link VisitRecord} in the
 * period under a counted duty; the default metric {@link #RATE} is their percentage with two
 * digits, the same formula as the standard {@code coverageRate}. Rows: one per grid (slice
 * with division = its community and the grid), one per responsible worker (slice with
 * department = the worker's id, the column metrics uses for the handler; the worker's
 * numerator counts only the households of their grids they visited themselves) and one per
 * division from the village up to the coarsest level. A household is counted once however
 * often it was visited, and a visit to a household not in the list is ignored.
 *
 * <pre>{@code
 * HouseholdCoverage coverage = HouseholdCoverage.builder().rollUpTo(DivisionLevel.COUNTY).build();
 * List<ReportRow> rows = coverage.table(households, Map.of(grid, "gw-017"), diary.entries(),
 *     Period.parse("2026-03"));
 * rows.get(0).value("householdCoverageRate");   // Optional[MetricValue 87.50%]
 * }</pre>
 */
public final class HouseholdCoverage {

  /** 入户走访覆盖率: households visited / households, percent, two digits. */
  public static final Metric RATE = Metric.builder("householdCoverageRate")
      .names("入户走访覆盖率", "household visit coverage rate")
      .numerator(Measure.UNITS_COVERED).denominator(Measure.UNITS)
      .unit(MetricUnit.PERCENT).digits(2).build();

  private final Metric metric;
  private final List<CaseCategory> duties;
  private final DivisionLevel coarsest;

  private HouseholdCoverage(Builder b) {
    this.metric = b.metric;
    this.duties = List.copyOf(b.duties);
    this.coarsest = b.coarsest;
  }

  /**
   * Starts a definition: {@link #RATE}, every duty, rolled up to the county.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The coverage rows of one period.
   *
   * @param households the households of the grids reported
   * @param workers    the responsible worker of each grid (一人一格)
   * @param entries    visit records (those outside the period are ignored)
   * @param period     the period (a month, a quarter, ...)
   * @return the rows, sorted by slice
   */
  public List<ReportRow> table(Collection<Household> households, Map<GridCode, String> workers,
      Collection<VisitRecord> entries, Period period) {
    Map<Slice, long[]> counts = CoverageCount.count(households, workers, entries, duties, period,
        coarsest);
    List<ReportRow> rows = new ArrayList<>(counts.size());
    counts.forEach((slice, c) -> {
      Counts k = Counts.of(Measure.UNITS, c[0], Measure.UNITS_COVERED, c[1]);
      rows.add(new ReportRow(slice, k, List.of(metric.evaluate(k)), Map.of(), Map.of()));
    });
    return List.copyOf(rows);
  }

  /**
   * The coverage rows of several periods, period after period.
   *
   * @param households the households
   * @param workers    the responsible worker of each grid
   * @param entries    visit records
   * @param first      the first period
   * @param last       the last period, of the same granularity
   * @return the rows
   */
  public List<ReportRow> table(Collection<Household> households, Map<GridCode, String> workers,
      Collection<VisitRecord> entries, Period first, Period last) {
    if (first.granularity() != last.granularity() || last.compareTo(first) < 0) {
      throw new InvalidValueException(PeopleErrors.COVERAGE, first + ".." + last);
    }
    List<ReportRow> rows = new ArrayList<>();
    for (Period p = first; p.compareTo(last) <= 0; p = p.next()) {
      rows.addAll(table(households, workers, entries, p));
    }
    return List.copyOf(rows);
  }

  /** @return the metric evaluated */
  public Metric metric() {
    return metric;
  }

  /** @return the duties whose visits count */
  public List<CaseCategory> duties() {
    return duties;
  }

  /** @return the coarsest division level of the roll-up */
  public DivisionLevel coarsest() {
    return coarsest;
  }

  @Override
  public String toString() {
    return "HouseholdCoverage[" + metric.id() + ", duties " + duties.stream()
        .map(CaseCategory::code).toList() + ", up to " + coarsest + "]";
  }

  /**
   * Builds a {@link HouseholdCoverage}; {@link #build()} checks it.
   *
   * <pre>{@code
   * HouseholdCoverage.builder()
   *     .duties(DutyTaxonomy.BASIC_INFORMATION, DutyTaxonomy.SENTIMENT_VISIT)
   *     .rollUpTo(DivisionLevel.TOWNSHIP).build();
   * }</pre>
   */
  public static final class Builder {
    private Metric metric = RATE;
    private final List<CaseCategory> duties = new ArrayList<>(List.of(DutyTaxonomy.DUTY));
    private DivisionLevel coarsest = DivisionLevel.COUNTY;

    private Builder() {
    }

    /**
     * The metric (default {@link #RATE}); its terms must be supplied measures.
     *
     * @param value the metric
     * @return this builder
     */
    public Builder metric(Metric value) {
      this.metric = Objects.requireNonNull(value, "metric");
      return this;
    }

    /**
     * The duties whose visits count (default: every duty); a duty counts with what is under it.
     *
     * @param values duties under {@link DutyTaxonomy#DUTY}
     * @return this builder
     */
    public Builder duties(CaseCategory... values) {
      duties.clear();
      duties.addAll(List.of(values));
      return this;
    }

    /**
     * The coarsest division level of the roll-up (default county).
     *
     * @param level the level
     * @return this builder
     */
    public Builder rollUpTo(DivisionLevel level) {
      this.coarsest = Objects.requireNonNull(level, "level");
      return this;
    }

    /**
     * Checks and builds.
     *
     * @return the definition
     * @throws InvalidValueException {@link PeopleErrors#COVERAGE} for a metric counted from
     *     case facts or no duties, {@link PeopleErrors#CATEGORY} for a duty outside the taxonomy
     */
    public HouseholdCoverage build() {
      for (Measure m : metric.numerator()) {
        requireSupplied(m);
      }
      for (Measure m : metric.denominator()) {
        requireSupplied(m);
      }
      if (duties.isEmpty()) {
        throw new InvalidValueException(PeopleErrors.COVERAGE, "no duties");
      }
      for (CaseCategory d : duties) {
        if (!d.isWithin(DutyTaxonomy.DUTY)) {
          throw new InvalidValueException(PeopleErrors.CATEGORY, d.code(), "duty");
        }
      }
      return new HouseholdCoverage(this);
    }

    private void requireSupplied(Measure m) {
      if (m.anchor() != Measure.Anchor.SUPPLIED) {
        throw new InvalidValueException(PeopleErrors.COVERAGE, m.column());
      }
    }
  }
}
