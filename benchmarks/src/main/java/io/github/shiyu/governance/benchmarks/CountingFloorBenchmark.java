package io.github.shiyu.governance.benchmarks;

import io.github.shiyu.governance.benchmarks.metrics.MonthlyReportData;
import io.github.shiyu.governance.core.division.DivisionCode;
import io.github.shiyu.governance.core.division.DivisionLevel;
import io.github.shiyu.governance.metrics.internal.Columns;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The parts of {@code MonthlyReportBenchmark.counting} one at a time, on its table (10 M
 * facts, county × category × month, 72,000 cells), one thread: what a lower bound for the
 * SDK's count on this machine looks like, against issue 14's target of about 38 ms.
 *
 * <ul>
 *   <li>{@code columns}: reading the four columns the lane count reads (registration second,
 *       division and category ids, pattern), summed: the memory traffic alone;</li>
 *   <li>{@code cells}: and each row's cell from them, as the engine finds it (the day's period
 *       from a day table, the two ids' local indexes from lookups): no counters;</li>
 *   <li>{@code lanes}: the counters alone, with each row's cell already in an {@code int}
 *       column: two 8-bit-lane words per cell (1.15 MB), the engine's guard check, a spilled
 *       word dropped;</li>
 *   <li>{@code both}: the two in one loop, the engine's lane count without its spills into
 *       the groups.</li>
 * </ul>
 *
 * <p>None of them is a report. The engine's count is at least {@code cells} plus {@code lanes}
 * unless the two overlap in the processor.
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar CountingFloorBenchmark
 * }</pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
// The heap is touched at start: otherwise each report's fresh arrays (its groups' 7.5 MB of
// counters) are first-touch page faults of a never-used heap, about 25 ms a report on this
// VM, a cost a running server does not pay once its heap has been used.
@Fork(value = 1, jvmArgs = {"-Xms6g", "-Xmx6g", "-XX:+AlwaysPreTouch"})
@State(Scope.Benchmark)
public class CountingFloorBenchmark {

  private static final long OFFSET = 8 * 3600;
  private static final long GUARD = 0x8080_8080_8080_8080L;
  private static final int PERIODS = 36;

  private Columns table;
  private int[] county;
  private int[] category;
  private int[] period;
  private long firstDay;
  private int categories;
  private int cellCount;
  private int[] cell;
  private long[] deltas;

  /** Generates the table and the lookups. */
  @Setup(Level.Trial)
  public void load() {
    table = (Columns) MonthlyReportData.table(10_000_000);
    Map<DivisionCode, Integer> counties = new HashMap<>();
    county = new int[table.divisions.size()];
    for (int v = 0; v < county.length; v++) {
      DivisionCode c = table.divisions.get(v).ancestorAt(DivisionLevel.COUNTY);
      county[v] = counties.computeIfAbsent(c, k -> counties.size());
    }
    categories = table.categories.size();
    // the identity here, but looked up as the engine looks up a category's local index
    category = new int[categories];
    for (int v = 0; v < categories; v++) {
      category[v] = v;
    }
    LocalDate start = LocalDate.of(2022, 1, 1);
    firstDay = start.toEpochDay();
    period = new int[(int) (LocalDate.of(2025, 1, 1).toEpochDay() - firstDay)];
    for (int d = 0; d < period.length; d++) {
      LocalDate day = start.plusDays(d);
      period[d] = (day.getYear() - 2022) * 12 + day.getMonthValue() - 1;
    }
    cellCount = counties.size() * categories * PERIODS;
    cell = new int[table.size];
    for (int i = 0; i < table.size; i++) {
      cell[i] = cellOf(i);
    }
    deltas = new long[table.patterns * 2];
    for (int q = 0; q < table.patterns; q++) {
      for (int j = 0; j < 13; j++) {
        deltas[q * 2 + j / 8] |= (long) ((table.patternBits[q] >>> j) & 1) << (8 * (j % 8));
      }
    }
  }

  private int cellOf(int i) {
    long d = (table.registered[i] + OFFSET) / 86_400L - firstDay;
    int p = d < 0 || d >= period.length ? 0 : period[(int) d];
    return (county[table.division[i]] * categories + category[table.category[i]]) * PERIODS + p;
  }

  /**
   * The four columns read.
   *
   * @return their sum
   */
  @Benchmark
  public long columns() {
    long[] registered = table.registered;
    int[] division = table.division;
    int[] cat = table.category;
    char[] pattern = table.pattern;
    long sum = 0;
    for (int i = 0; i < table.size; i++) {
      sum += registered[i] + division[i] + cat[i] + pattern[i];
    }
    return sum;
  }

  /**
   * Every row's cell.
   *
   * @return the cells' sum, with the patterns
   */
  @Benchmark
  public long cells() {
    long[] registered = table.registered;
    int[] division = table.division;
    int[] cat = table.category;
    char[] pattern = table.pattern;
    int[] days = period;
    long first = firstDay;
    long sum = 0;
    for (int i = 0; i < table.size; i++) {
      long d = (registered[i] + OFFSET) / 86_400L - first;
      if (d < 0 || d >= days.length) {
        continue;
      }
      int c = (county[division[i]] * categories + category[cat[i]]) * PERIODS + days[(int) d];
      sum += c ^ pattern[i];
    }
    return sum;
  }

  /**
   * The counters at known cells.
   *
   * @return the lanes
   */
  @Benchmark
  public long[] lanes() {
    long[] lanes = new long[cellCount * 2];
    int[] cells = cell;
    char[] pattern = table.pattern;
    long[] d = deltas;
    for (int i = 0; i < cells.length; i++) {
      add(lanes, cells[i] << 1, d, pattern[i] << 1);
    }
    return lanes;
  }

  /**
   * The cells found and counted in one loop: the engine's lane count without its spills into
   * the groups and its dictionaries.
   *
   * @return the lanes
   */
  @Benchmark
  public long[] both() {
    long[] lanes = new long[cellCount * 2];
    long[] registered = table.registered;
    int[] division = table.division;
    int[] cat = table.category;
    char[] pattern = table.pattern;
    int[] days = period;
    long first = firstDay;
    long[] d = deltas;
    for (int i = 0; i < table.size; i++) {
      long day = (registered[i] + OFFSET) / 86_400L - first;
      if (day < 0 || day >= days.length) {
        continue;
      }
      int b = ((county[division[i]] * categories + category[cat[i]]) * PERIODS
          + days[(int) day]) << 1;
      add(lanes, b, d, pattern[i] << 1);
    }
    return lanes;
  }

  /** A pattern's increments added to a cell's two words; a word about to overflow dropped. */
  private static void add(long[] lanes, int b, long[] d, int pb) {
    long v0 = lanes[b] + d[pb];
    long v1 = lanes[b + 1] + d[pb + 1];
    if (((v0 | v1) & GUARD) != 0) {
      v0 = 0;
      v1 = 0;
    }
    lanes[b] = v0;
    lanes[b + 1] = v1;
  }
}
