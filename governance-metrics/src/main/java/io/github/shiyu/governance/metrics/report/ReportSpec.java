package io.github.shiyu.governance.metrics.report;

import io.github.shiyu.governance.core.InvalidValueException;
import io.github.shiyu.governance.core.time.WorkCalendar;
import io.github.shiyu.governance.metrics.Measure;
import io.github.shiyu.governance.metrics.Metric;
import io.github.shiyu.governance.metrics.MetricErrors;
import io.github.shiyu.governance.metrics.MetricSet;
import io.github.shiyu.governance.metrics.fact.CaseFact;
import io.github.shiyu.governance.metrics.fact.CaseFactTable;
import io.github.shiyu.governance.metrics.internal.Engine;
import io.github.shiyu.governance.metrics.internal.ReadColumns;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.ToLongFunction;

/**
 * What a report computes: its metrics, its dimensions, its periods (a period dimension of
 * one granularity, or one window without a period column), the comparisons, whether the
 * stock-and-flow counts are wanted, and the supplied figures (residents, units) per row.
 *
 * <p>Dates are in {@code Asia/Shanghai} ({@link WorkCalendar#ZONE}). A report can group by
 * at most 63 bits of keys: division 20 bits (about a million distinct values), grid 20,
 * category 12, department 14, type 3, period 16, so a report that groups by division, grid,
 * category and department at once is refused (a grid already names its community).
 *
 * <pre>{@code
 * ReportSpec spec = ReportSpec.builder()
 *     .metrics(MetricSet.standard())
 *     .by(Dimension.division(DivisionLevel.COUNTY), Dimension.category())
 *     .periods(Period.parse("2022-01"), Period.parse("2022-12"))
 *     .compare(Comparison.YEAR_OVER_YEAR, Comparison.PERIOD_OVER_PERIOD)
 *     .stockAndFlow()
 *     .build();
 * Report report = spec.accumulate(table).report();
 * }</pre>
 */
public final class ReportSpec {

  private final MetricSet metrics;
  private final List<Dimension> dimensions;
  private final Optional<Granularity> granularity;
  private final List<Period> periods;
  private final LocalDate windowStart;
  private final LocalDate windowEnd;
  private final Set<Comparison> comparisons;
  private final boolean stockAndFlow;
  private final Set<Measure> counts;
  private final Map<Measure, ToLongFunction<Slice>> supplied;
  /** The slices with a supplied count, from the tables given; empty without tables. */
  private final SortedSet<Slice> suppliedSlices;
  private final boolean suppliedOnly;
  private final Period firstAccumulated;

  private ReportSpec(Builder b) {
    this.metrics = b.metrics;
    this.dimensions = List.copyOf(b.dimensions);
    this.granularity = Optional.ofNullable(b.first).map(Period::granularity);
    this.comparisons = Collections.unmodifiableSet(EnumSet.copyOf(b.comparisons.isEmpty()
        ? EnumSet.noneOf(Comparison.class) : b.comparisons));
    this.stockAndFlow = b.stockAndFlow;
    this.counts = Collections.unmodifiableSet(b.counts.isEmpty()
        ? EnumSet.noneOf(Measure.class) : EnumSet.copyOf(b.counts));
    this.supplied = Collections.unmodifiableMap(new EnumMap<>(b.supplied));
    SortedSet<Slice> slices = new TreeSet<>();
    b.suppliedTables.values().forEach(t -> slices.addAll(t.keySet()));
    this.suppliedSlices = Collections.unmodifiableSortedSet(slices);
    this.suppliedOnly = suppliedOnly(b);
    if (b.first != null) {
      List<Period> list = new ArrayList<>();
      for (Period p = b.first; p.compareTo(b.last) <= 0; p = p.next()) {
        list.add(p);
      }
      this.periods = List.copyOf(list);
      Period first = b.first;
      if (comparisons.contains(Comparison.YEAR_OVER_YEAR)) {
        first = first.sameLastYear();
      } else if (comparisons.contains(Comparison.PERIOD_OVER_PERIOD)) {
        first = first.previous();
      }
      this.firstAccumulated = first;
      this.windowStart = first.start();
      this.windowEnd = b.last.end();
    } else {
      this.periods = List.of();
      this.firstAccumulated = null;
      this.windowStart = b.from;
      this.windowEnd = b.to;
    }
  }

  /**
   * Starts a specification.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A new, empty accumulator for this specification.
   *
   * @return the accumulator
   */
  public Accumulator accumulator() {
    return new Accumulator(this);
  }

  /**
   * Accumulates a table on the calling thread.
   *
   * @param table the facts
   * @return an accumulator holding them
   */
  public Accumulator accumulate(CaseFactTable table) {
    Accumulator a = accumulator();
    a.addAll(table);
    return a;
  }

  /**
   * Accumulates facts on the calling thread, as one columnar batch.
   *
   * @param facts the facts
   * @return an accumulator holding them
   */
  public Accumulator accumulate(Iterable<CaseFact> facts) {
    CaseFactTable.Builder table = CaseFactTable.builder(
        facts instanceof Collection<?> c ? c.size() : 1024);
    facts.forEach(table::add);
    return accumulate(table.build());
  }

  /**
   * Accumulates a table in parallel chunks, one accumulator per chunk, merged at the end;
   * the result equals {@link #accumulate(CaseFactTable)}.
   *
   * @param table    the facts
   * @param executor runs the chunks
   * @param chunks   how many chunks (usually the number of threads)
   * @return an accumulator holding the whole table
   * @throws InvalidValueException {@code metrics.spec} for fewer than one chunk
   */
  public Accumulator accumulate(CaseFactTable table, Executor executor, int chunks) {
    if (chunks < 1) {
      throw new InvalidValueException(MetricErrors.SPEC, "chunks must be at least 1, got "
          + chunks);
    }
    int n = table.size();
    List<CompletableFuture<Accumulator>> parts = new ArrayList<>();
    for (int c = 0; c < chunks; c++) {
      int from = (int) ((long) n * c / chunks);
      int to = (int) ((long) n * (c + 1) / chunks);
      parts.add(CompletableFuture.supplyAsync(() -> {
        Accumulator a = accumulator();
        a.addAll(table, from, to);
        return a;
      }, executor));
    }
    Accumulator total = parts.get(0).join();
    for (int c = 1; c < chunks; c++) {
      total.merge(parts.get(c).join());
    }
    return total;
  }

  /**
   * The metrics.
   *
   * @return the metric set
   */
  public MetricSet metrics() {
    return metrics;
  }

  /**
   * The dimensions, in column order.
   *
   * @return the dimensions
   */
  public List<Dimension> dimensions() {
    return dimensions;
  }

  /**
   * The granularity of the period dimension.
   *
   * @return the granularity, empty for a single-window report
   */
  public Optional<Granularity> granularity() {
    return granularity;
  }

  /**
   * The periods reported, in order; empty for a single-window report.
   *
   * @return the periods
   */
  public List<Period> periods() {
    return periods;
  }

  /**
   * The first period accumulated: earlier than the first reported one when a comparison
   * needs last year's or the previous period's counts.
   *
   * @return the first accumulated period, empty for a single-window report
   */
  public Optional<Period> firstAccumulated() {
    return Optional.ofNullable(firstAccumulated);
  }

  /**
   * The first day accumulated.
   *
   * @return the start, inclusive
   */
  public LocalDate windowStart() {
    return windowStart;
  }

  /**
   * The day after the last day accumulated.
   *
   * @return the end, exclusive
   */
  public LocalDate windowEnd() {
    return windowEnd;
  }

  /**
   * The comparisons.
   *
   * @return the comparisons
   */
  public Set<Comparison> comparisons() {
    return comparisons;
  }

  /**
   * Whether backlog at start, inflow, outflow and backlog at end are reported.
   *
   * @return true if stock and flow are reported
   */
  public boolean stockAndFlow() {
    return stockAndFlow;
  }

  /**
   * The case-fact columns ({@link io.github.shiyu.governance.metrics.fact.CaseFactFormat#COLUMNS},
   * in that order) this specification's figures depend on: those every fact has (id, type,
   * category, division, registration), its dimensions', and those of every measure it
   * counts, with the columns the fact rules tie to them (a conclusion needs its acceptance,
   * a resolved case its conclusion, a judicial confirmation its resolution). A reader that
   * leaves the other columns out of the facts gets the same report, and a row read with only
   * these columns is a fact whenever the whole row is; a value malformed in a column left
   * out is then not seen.
   *
   * <pre>{@code
   * ReportSpec.builder().metrics(MetricSet.standard().select("followUpRate"))
   *     .by(Dimension.grid()).periods(Period.parse("2022-01"), Period.parse("2022-12"))
   *     .build().columns();
   * // [case_id, type, category, division, grid, registered_at, accepted_at, concluded_at,
   * //  followed_up]
   * }</pre>
   *
   * @return the columns (unmodifiable)
   */
  public List<String> columns() {
    return ReadColumns.of(this);
  }

  /**
   * Measures reported as counts besides those the metrics use.
   *
   * @return the extra measures
   */
  public Set<Measure> counts() {
    return counts;
  }

  /**
   * The supplied figures: a function of a row's slice for each supplied measure.
   *
   * @return measure to supplier
   */
  public Map<Measure, ToLongFunction<Slice>> supplied() {
    return supplied;
  }

  /**
   * Whether every metric is made of supplied figures alone (a court's own counts, say) and
   * nothing is counted from case facts: the report's rows are then the slices of the
   * {@linkplain Builder#supplied(Measure, Map) supplied tables} in the reported periods,
   * whatever facts are given.
   *
   * @return {@code true} for a supplied-only report
   */
  public boolean suppliedOnly() {
    return suppliedOnly;
  }

  /**
   * The slices that have a supplied count in a table, in slice order.
   *
   * @return the slices (unmodifiable), empty when the figures were given as functions
   */
  public SortedSet<Slice> suppliedSlices() {
    return suppliedSlices;
  }

  private static boolean suppliedOnly(Builder b) {
    if (b.stockAndFlow || !b.counts.isEmpty() || b.metrics.metrics().isEmpty()) {
      return false;
    }
    for (Metric m : b.metrics.metrics()) {
      for (List<Measure> terms : List.of(m.numerator(), m.denominator())) {
        for (Measure t : terms) {
          if (t.anchor() != Measure.Anchor.SUPPLIED) {
            return false;
          }
        }
      }
    }
    return true;
  }

  @Override
  public String toString() {
    return "ReportSpec[metrics=" + metrics.ids() + ", by=" + dimensions + ", "
        + (periods.isEmpty() ? "window " + windowStart + ".." + windowEnd
            : "periods " + periods.get(0) + ".." + periods.get(periods.size() - 1))
        + (comparisons.isEmpty() ? "" : ", compare " + comparisons)
        + (stockAndFlow ? ", stock and flow" : "") + "]";
  }

  /**
   * Builds a {@link ReportSpec}; {@link #build()} checks it.
   *
   * <pre>{@code
   * ReportSpec.builder().metrics(MetricSet.beijing())
   *     .window(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 1, 1)).build();
   * }</pre>
   */
  public static final class Builder {
    private MetricSet metrics = MetricSet.standard();
    private final List<Dimension> dimensions = new ArrayList<>();
    private Period first;
    private Period last;
    private LocalDate from;
    private LocalDate to;
    private final Set<Comparison> comparisons = EnumSet.noneOf(Comparison.class);
    private boolean stockAndFlow;
    private final Set<Measure> counts = EnumSet.noneOf(Measure.class);
    private final Map<Measure, ToLongFunction<Slice>> supplied = new EnumMap<>(Measure.class);
    private final Map<Measure, Map<Slice, Long>> suppliedTables = new EnumMap<>(Measure.class);

    private Builder() {
    }

    /**
     * Sets the metrics (default: the standard set).
     *
     * @param metrics the metric set
     * @return this builder
     */
    public Builder metrics(MetricSet metrics) {
      this.metrics = Objects.requireNonNull(metrics, "metrics");
      return this;
    }

    /**
     * Adds dimensions.
     *
     * @param dims the dimensions, in column order
     * @return this builder
     */
    public Builder by(Dimension... dims) {
      dimensions.addAll(List.of(dims));
      return this;
    }

    /**
     * Reports every period from {@code first} to {@code last}, both included, one row per
     * period.
     *
     * @param first the first period
     * @param last  the last period, of the same granularity
     * @return this builder
     */
    public Builder periods(Period first, Period last) {
      this.first = Objects.requireNonNull(first, "first");
      this.last = Objects.requireNonNull(last, "last");
      return this;
    }

    /**
     * Reports one window of days without a period column.
     *
     * @param from the first day
     * @param to   the day after the last day
     * @return this builder
     */
    public Builder window(LocalDate from, LocalDate to) {
      this.from = Objects.requireNonNull(from, "from");
      this.to = Objects.requireNonNull(to, "to");
      return this;
    }

    /**
     * Adds comparisons (a period dimension is required).
     *
     * @param with the comparisons
     * @return this builder
     */
    public Builder compare(Comparison... with) {
      comparisons.addAll(List.of(with));
      return this;
    }

    /**
     * Adds backlog at start, inflow, outflow and backlog at end to every row.
     *
     * @return this builder
     */
    public Builder stockAndFlow() {
      this.stockAndFlow = true;
      return this;
    }

    /**
     * Adds counts to every row besides those the metrics use.
     *
     * @param measures measures counted from case facts
     * @return this builder
     */
    public Builder counts(Measure... measures) {
      counts.addAll(List.of(measures));
      return this;
    }

    /**
     * Supplies a figure that is not a count of cases, per row: residents for 万人成诉率,
     * units and units covered for a coverage rate. A row's figure is looked up, never
     * summed over the facts.
     *
     * @param measure  a measure anchored {@code SUPPLIED}
     * @param supplier the figure of a row's slice (0 when unknown: the rate is undefined)
     * @return this builder
     */
    public Builder supplied(Measure measure, ToLongFunction<Slice> supplier) {
      if (measure.anchor() != Measure.Anchor.SUPPLIED) {
        throw new InvalidValueException(MetricErrors.SPEC,
            measure.column() + " is counted from case facts, not supplied");
      }
      supplied.put(measure, Objects.requireNonNull(supplier, "supplier"));
      suppliedTables.remove(measure);
      return this;
    }

    /**
     * Supplies a figure as a table of counts per row: a court's lawsuits received per court
     * and period, say. A row's figure is looked up (0 for a slice the table lacks); the
     * table's slices are where the figure exists, so a report whose metrics are all of
     * supplied figures ({@link ReportSpec#suppliedOnly()}) has a row for each of them in the
     * reported periods, and for no other. Each slice names the report's dimensions, and its
     * period when the report has periods, as a row's slice does.
     *
     * <pre>{@code
     * ReportSpec.builder().metrics(MetricSet.courts().select("lawsuitsReceived"))
     *     .supplied(Measure.LAWSUITS_RECEIVED,
     *         Map.of(Slice.all().withPeriod(Period.parse("2022")), 43_320L,
     *                Slice.all().withPeriod(Period.parse("2021")), 55_861L))
     *     .periods(Period.parse("2022"), Period.parse("2022"))
     *     .compare(Comparison.YEAR_OVER_YEAR).build();
     * }</pre>
     *
     * @param measure a measure anchored {@code SUPPLIED}
     * @param counts  the figure of each slice it exists for, not negative
     * @return this builder
     * @throws InvalidValueException {@code metrics.spec} for a counted measure or a negative
     *     figure
     */
    public Builder supplied(Measure measure, Map<Slice, Long> counts) {
      Map<Slice, Long> table = Map.copyOf(counts);
      table.forEach((slice, v) -> {
        if (v < 0) {
          throw fail(measure.column() + " of " + slice + " is negative: " + v);
        }
      });
      supplied(measure, slice -> table.getOrDefault(slice, 0L));
      suppliedTables.put(measure, table);
      return this;
    }

    /**
     * Checks and builds the specification.
     *
     * @return the specification
     * @throws InvalidValueException {@code metrics.spec} naming the rule broken
     */
    public ReportSpec build() {
      if ((first == null) == (from == null)) {
        throw fail("give either periods(first, last) or window(from, to)");
      }
      if (first != null) {
        if (first.granularity() != last.granularity()) {
          throw fail("first and last period differ in granularity: " + first + ", " + last);
        }
        if (last.compareTo(first) < 0) {
          throw fail("last period " + last + " is before first period " + first);
        }
      } else {
        if (!to.isAfter(from)) {
          throw fail("window end " + to + " is not after its start " + from);
        }
        if (!comparisons.isEmpty()) {
          throw fail("comparisons need periods(first, last)");
        }
      }
      int bits = first == null ? 0 : Engine.PERIOD_BITS;
      Set<Dimension.Kind> kinds = EnumSet.noneOf(Dimension.Kind.class);
      for (Dimension d : dimensions) {
        if (!kinds.add(d.kind())) {
          throw fail("dimension " + d.kind().column() + " given twice");
        }
        bits += Engine.keyBits(d.kind());
      }
      if (bits > 63) {
        throw fail("dimensions " + dimensions + " need " + bits + " key bits, at most 63");
      }
      for (Measure m : counts) {
        if (m.anchor() == Measure.Anchor.SUPPLIED) {
          throw fail(m.column() + " is supplied: use supplied(measure, function)");
        }
      }
      for (Map.Entry<Measure, Map<Slice, Long>> e : suppliedTables.entrySet()) {
        for (Slice s : e.getValue().keySet()) {
          checkSuppliedSlice(e.getKey(), s, kinds);
        }
      }
      if (suppliedOnly(this)) {
        for (Metric m : metrics.metrics()) {
          for (Measure t : m.numerator()) {
            if (!suppliedTables.containsKey(t)) {
              throw fail("metric " + m.id() + " is of supplied figures only: give "
                  + t.column() + " as a table, supplied(measure, Map<Slice, Long>), so the"
                  + " report knows which rows it has");
            }
          }
        }
      }
      ReportSpec spec = new ReportSpec(this);
      if (spec.periods.size() > (1 << Engine.PERIOD_BITS) - 1) {
        throw fail("too many periods: " + spec.periods.size());
      }
      return spec;
    }

    private void checkSuppliedSlice(Measure m, Slice s, Set<Dimension.Kind> kinds) {
      boolean ok = s.division().isPresent() == kinds.contains(Dimension.Kind.DIVISION)
          && s.grid().isPresent() == kinds.contains(Dimension.Kind.GRID)
          && s.category().isPresent() == kinds.contains(Dimension.Kind.CATEGORY)
          && s.department().isPresent() == kinds.contains(Dimension.Kind.DEPARTMENT)
          && s.type().isPresent() == kinds.contains(Dimension.Kind.TYPE)
          && s.period().isPresent() == (first != null)
          && s.period().map(p -> p.granularity() == first.granularity()).orElse(true);
      if (!ok) {
        throw fail(m.column() + " is supplied for " + s + ", which is not a row of a report by "
            + kinds + (first == null ? " over a window" : " per " + first.granularity()));
      }
    }

    private InvalidValueException fail(String why) {
      return new InvalidValueException(MetricErrors.SPEC, why);
    }
  }
}
