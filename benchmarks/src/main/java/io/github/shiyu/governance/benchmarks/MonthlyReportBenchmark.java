package io.github.shiyu.governance.benchmarks;

import io.github.shiyu.governance.benchmarks.metrics.MonthlyReportData;
import io.github.shiyu.governance.benchmarks.metrics.MonthlyReportData.CaseRow;
import io.github.shiyu.governance.benchmarks.metrics.MonthlyReportData.Key;
import io.github.shiyu.governance.metrics.fact.CaseFact;
import io.github.shiyu.governance.metrics.fact.CaseFactTable;
import io.github.shiyu.governance.metrics.internal.Columns;
import io.github.shiyu.governance.metrics.report.Accumulator;
import io.github.shiyu.governance.metrics.report.Report;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A county's monthly report: 10 million case facts (2022–2024, 100 counties, 20 categories),
 * grouped by county × category × month with six rates, by the SDK's accumulators over a
 * columnar table and by plain Java Streams ({@code Collectors.groupingBy} on a record key
 * over a {@code List} of records), on one thread and on all cores ({@code threads = 0}).
 *
 * <p>Time per report; records per second = {@code records} / time. Both sides produce the
 * same rates (checked in setup when {@code records} is at most 200,000).
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar MonthlyReportBenchmark
 * java -jar benchmarks/target/benchmarks.jar MonthlyReportBenchmark -p records=100000 -f 0 -wi 0 -i 1 -r 1s
 * </pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
// The heap is touched at start: otherwise each report's fresh arrays (its groups' 7.5 MB of
// counters) are first-touch page faults of a never-used heap, about 25 ms a report on this
// VM, a cost a running server does not pay once its heap has been used.
@Fork(value = 1, jvmArgs = {"-Xms6g", "-Xmx6g", "-XX:+AlwaysPreTouch"})
public class MonthlyReportBenchmark {

  /** Common parameters and the thread pool. */
  @State(Scope.Benchmark)
  public static class Setting {
    /** Case facts in the report. */
    @Param({"10000000"})
    public int records;
    /** Threads: 1, or 0 for all cores. */
    @Param({"1", "0"})
    public int threads;

    ForkJoinPool pool;
    int parallelism;

    /** Creates the pool. */
    @Setup(Level.Trial)
    public void pool() {
      parallelism = threads == 0 ? Runtime.getRuntime().availableProcessors() : threads;
      pool = new ForkJoinPool(parallelism);
    }

    /** Stops the pool. */
    @TearDown(Level.Trial)
    public void stop() {
      pool.shutdown();
    }
  }

  /** Our side's data: a columnar table (about 40 bytes a row). */
  @State(Scope.Benchmark)
  public static class Columnar {
    CaseFactTable table;

    /**
     * Generates the table.
     *
     * @param s the setting
     */
    @Setup(Level.Trial)
    public void load(Setting s) {
      table = MonthlyReportData.table(s.records);
      if (s.records <= 200_000) {
        MonthlyReportData.check(MonthlyReportData.SPEC.accumulate(table).report(),
            MonthlyReportData.streams(MonthlyReportData.rows(s.records), false));
      }
    }
  }

  /** The Streams side's data: a list of records (about 70 bytes a row). */
  @State(Scope.Benchmark)
  public static class Rows {
    List<CaseRow> rows;

    /**
     * Generates the rows.
     *
     * @param s the setting
     */
    @Setup(Level.Trial)
    public void load(Setting s) {
      rows = MonthlyReportData.rows(s.records);
    }
  }

  /**
   * The SDK: one accumulator per chunk over the columnar table, merged, then the report.
   *
   * @param s    the setting
   * @param data the table
   * @return the report
   */
  @Benchmark
  public Report accumulators(Setting s, Columnar data) {
    if (s.parallelism == 1) {
      return MonthlyReportData.SPEC.accumulate(data.table).report();
    }
    return MonthlyReportData.SPEC.accumulate(data.table, s.pool, s.parallelism).report();
  }

  /**
   * The SDK's counting alone: the accumulators over the columnar table, merged, without
   * assembling the report (72,000 rows of {@code BigDecimal} values), so the counting loop's
   * speed and allocation per fact can be read apart from the assembly's.
   *
   * @param s    the setting
   * @param data the table
   * @return the merged accumulator
   */
  @Benchmark
  public Accumulator counting(Setting s, Columnar data) {
    if (s.parallelism == 1) {
      return MonthlyReportData.SPEC.accumulate(data.table);
    }
    return MonthlyReportData.SPEC.accumulate(data.table, s.pool, s.parallelism);
  }

  /**
   * The count before issue 14's lanes, for the ratio in the same run: the same table with
   * its (type, bits) pattern column hidden, so the engine takes the dense int cube (twelve
   * int counters per row at a random cell of 3.5 MB), the path it still takes for reports
   * with due- or conclusion-anchored slots. The benchmark thread hides and restores the
   * column around the call; the chunks run inside it.
   *
   * @param s    the setting
   * @param data the table
   * @return the merged accumulator
   */
  @Benchmark
  public Accumulator countingCube(Setting s, Columnar data) {
    Columns c = (Columns) data.table;
    char[] pattern = c.pattern;
    c.pattern = null;
    try {
      return counting(s, data);
    } finally {
      c.pattern = pattern;
    }
  }

  /** A live report's state: an accumulator holding 100,000 facts, and facts to replace. */
  @State(Scope.Thread)
  public static class Live {
    Accumulator accumulator;
    CaseFact[] earlier;
    CaseFact[] later;
    int next;

    /** Fills the accumulator. */
    @Setup(Level.Trial)
    public void fill() {
      List<CaseFact> facts = new java.util.ArrayList<>();
      MonthlyReportData.generate(100_000, facts::add);
      accumulator = MonthlyReportData.SPEC.accumulator();
      facts.forEach(accumulator::add);
      earlier = facts.subList(0, 1024).toArray(new CaseFact[0]);
      later = new CaseFact[earlier.length];
      for (int i = 0; i < earlier.length; i++) {
        later[i] = earlier[i].toBuilder().resolved(false).followedUp(false).build();
      }
    }
  }

  /**
   * One fact at a time, as {@code IncrementalReport} does: a late event replaces a case's
   * fact (and the next call puts it back), in an accumulator whose groups exist. Read
   * {@code gc.alloc.rate.norm}: no table is built per call.
   *
   * @param live the state
   * @return the accumulator
   */
  @Benchmark
  public Accumulator replaceOneFact(Live live) {
    int k = live.next++;
    int i = k & 1023;
    boolean back = (k & 1024) != 0;
    return back ? live.accumulator.replace(live.later[i], live.earlier[i])
        : live.accumulator.replace(live.earlier[i], live.later[i]);
  }

  /**
   * Plain Java Streams: {@code groupingBy} on a record key, then the six rates per group.
   *
   * @param s    the setting
   * @param data the rows
   * @return the rates per key
   * @throws ExecutionException   if the parallel stream fails
   * @throws InterruptedException if interrupted
   */
  @Benchmark
  public Map<Key, List<Optional<BigDecimal>>> streams(Setting s, Rows data)
      throws ExecutionException, InterruptedException {
    if (s.parallelism == 1) {
      return MonthlyReportData.streams(data.rows, false);
    }
    return s.pool.submit(() -> MonthlyReportData.streams(data.rows, true)).get();
  }
}
