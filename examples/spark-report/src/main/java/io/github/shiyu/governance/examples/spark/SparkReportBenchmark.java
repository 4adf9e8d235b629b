package io.github.shiyu.governance.examples.spark;

import io.github.shiyu.governance.core.division.DivisionCode;
import io.github.shiyu.governance.core.division.DivisionLevel;
import io.github.shiyu.governance.metrics.MetricSet;
import io.github.shiyu.governance.metrics.fact.CaseFactTable;
import io.github.shiyu.governance.metrics.report.Dimension;
import io.github.shiyu.governance.metrics.report.Period;
import io.github.shiyu.governance.metrics.report.Report;
import io.github.shiyu.governance.metrics.report.ReportRow;
import io.github.shiyu.governance.metrics.report.ReportSpec;
import io.github.shiyu.governance.spark.ReportSpecSource;
import io.github.shiyu.governance.spark.SparkCaseFacts;
import io.github.shiyu.governance.spark.SparkReport;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The Spark benchmark, a main with repeated runs (not a unit test): the monthly report
 * (county × category × month, 2022-01 to 2024-12, the six rates of
 * {@code MonthlyReportBenchmark}) over a Parquet file of {@code generate-facts}, by
 * governance-spark's {@link SparkReport} (reading every column, and
 * {@linkplain SparkReport#readingUsedColumnsOnly() only the used ones}) and by the same rates
 * written as native Spark SQL
 * ({@code GROUP BY} with conditional {@code SUM}s, the rates from the sums), side by side in
 * one session, each run alternating; the figures of both are checked equal every run. The
 * local engine counts the same facts once loaded into a table on the driver, for reference.
 *
 * <pre>
 * java -Xmx12g -jar examples/spark-report/target/spark-report.jar benchmark FACTS.parquet local[2] 5
 * </pre>
 */
public final class SparkReportBenchmark {

  static final String[] SIX = {"resolutionRate", "mediationSuccessRate", "conclusionRate",
      "satisfactionRate", "followUpRate", "reworkRate"};

  static final ReportSpecSource MONTHLY = () -> ReportSpec.builder()
      .metrics(MetricSet.standard().select(SIX))
      .by(Dimension.division(DivisionLevel.COUNTY), Dimension.category())
      .periods(Period.parse("2022-01"), Period.parse("2024-12")).build();

  private static final String SQL = """
      SELECT substr(division, 1, 6) AS county, category,
             date_format(registered_at, 'yyyy-MM') AS month,
             sum(CASE WHEN type = 'DISPUTE' THEN 1 ELSE 0 END) AS disputes,
             sum(CASE WHEN type = 'DISPUTE' AND resolved THEN 1 ELSE 0 END) AS disputes_resolved,
             sum(CASE WHEN type IN ('DISPUTE', 'PRE_LITIGATION') AND concluded_at IS NOT NULL
                 THEN 1 ELSE 0 END) AS mediations_concluded,
             sum(CASE WHEN type IN ('DISPUTE', 'PRE_LITIGATION') AND resolved
                 THEN 1 ELSE 0 END) AS mediations_resolved,
             sum(CASE WHEN accepted_at IS NOT NULL THEN 1 ELSE 0 END) AS accepted,
             sum(CASE WHEN concluded_at IS NOT NULL THEN 1 ELSE 0 END) AS concluded,
             sum(CASE WHEN rating IS NOT NULL THEN 1 ELSE 0 END) AS rated,
             sum(CASE WHEN rating IN ('SATISFIED', 'BASICALLY_SATISFIED') THEN 1 ELSE 0 END)
                 AS satisfied,
             sum(CASE WHEN followed_up THEN 1 ELSE 0 END) AS followed_up,
             sum(CASE WHEN reopened AND concluded_at IS NOT NULL THEN 1 ELSE 0 END) AS reopened
      FROM facts
      WHERE registered_at >= TIMESTAMP '2022-01-01 00:00:00'
        AND registered_at < TIMESTAMP '2025-01-01 00:00:00'
      GROUP BY 1, 2, 3
      """;

  private SparkReportBenchmark() {
  }

  /**
   * Runs the benchmark.
   *
   * @param args the Parquet path, the master (default local[2]), the runs (default 5)
   */
  public static void main(String[] args) {
    String path = args[0];
    String master = args.length > 1 ? args[1] : "local[2]";
    int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
    SparkSession spark = SparkSession.builder().master(master).appName("spark-report-benchmark")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "Asia/Shanghai")
        .getOrCreate();
    CpuTime cpu = new CpuTime();
    spark.sparkContext().addSparkListener(cpu);
    Dataset<Row> facts = SparkCaseFacts.parquet(spark, path);
    facts.createOrReplaceTempView("facts");
    long n = facts.count();
    System.out.printf("%,d facts in %s, master %s, %d runs%n", n, path, master, runs);
    List<Long> sdk = new ArrayList<>();
    List<Long> used = new ArrayList<>();
    List<Long> sql = new ArrayList<>();
    List<Long> sdkCpu = new ArrayList<>();
    List<Long> usedCpu = new ArrayList<>();
    List<Long> sqlCpu = new ArrayList<>();
    for (int run = 0; run <= runs; run++) { // run 0 warms up
      long c0 = cpu.settled();
      long t0 = System.nanoTime();
      Report report = SparkReport.of(MONTHLY).report(facts);
      long t1 = System.nanoTime();
      long c1 = cpu.settled();
      long u0 = System.nanoTime();
      Report usedReport = SparkReport.of(MONTHLY).readingUsedColumnsOnly().report(facts);
      long u1 = System.nanoTime();
      long c2 = cpu.settled();
      long t2 = System.nanoTime();
      List<Row> rows = spark.sql(SQL).collectAsList();
      long t3 = System.nanoTime();
      long c3 = cpu.settled();
      check(report, rows);
      if (!usedReport.equals(report)) {
        throw new IllegalStateException("reading the used columns only changed the report");
      }
      if (run > 0) {
        sdk.add(t1 - t0);
        used.add(u1 - u0);
        sql.add(t3 - t2);
        sdkCpu.add(c1 - c0);
        usedCpu.add(c2 - c1);
        sqlCpu.add(c3 - c2);
      }
      System.out.printf("run %d: SparkReport %,d ms (tasks' CPU %,d ms), used columns only %,d ms"
          + " (tasks' CPU %,d ms), Spark SQL %,d ms (tasks' CPU %,d ms) (%d rows, figures "
          + "equal)%n", run, (t1 - t0) / 1_000_000, (c1 - c0) / 1_000_000,
          (u1 - u0) / 1_000_000, (c2 - c1) / 1_000_000, (t3 - t2) / 1_000_000,
          (c3 - c2) / 1_000_000, report.rows().size());
    }
    double sdkMs = median(sdk) / 1e6;
    double usedMs = median(used) / 1e6;
    double sqlMs = median(sql) / 1e6;
    System.out.printf("median: SparkReport %.0f ms (%,.0f facts/s), used columns only %.0f ms "
        + "(%,.0f facts/s), Spark SQL %.0f ms (%,.0f facts/s); speed against SQL: "
        + "SparkReport %.2f, used columns only %.2f%n", sdkMs, n / sdkMs * 1000, usedMs,
        n / usedMs * 1000, sqlMs, n / sqlMs * 1000, sqlMs / sdkMs, sqlMs / usedMs);
    // on a loaded machine the tasks' CPU time says more than the wall-clock time
    System.out.printf("median tasks' CPU time: SparkReport %.0f ms, used columns only %.0f ms, "
        + "Spark SQL %.0f ms; CPU-time ratio against SQL: SparkReport %.2f, used columns only "
        + "%.2f%n", median(sdkCpu) / 1e6, median(usedCpu) / 1e6, median(sqlCpu) / 1e6,
        median(sqlCpu) / median(sdkCpu), median(sqlCpu) / median(usedCpu));
    if (n <= 60_000_000L && !Boolean.getBoolean("skipLocal")) {
      long l0 = System.nanoTime();
      CaseFactTable table = SparkCaseFacts.table(facts);
      long l1 = System.nanoTime();
      long best = Long.MAX_VALUE;
      for (int run = 0; run < Math.max(1, runs); run++) {
        long a = System.nanoTime();
        MONTHLY.spec().accumulate(table).report();
        best = Math.min(best, System.nanoTime() - a);
      }
      System.out.printf("local engine, one thread, table in memory: %.0f ms (%,.0f facts/s); "
          + "loading the table through Spark took %.0f ms%n", best / 1e6, n / (best / 1e9),
          (l1 - l0) / 1e6);
    }
    spark.stop();
  }

  /** The executors' CPU time of the tasks ended so far (Spark's task metrics). */
  private static final class CpuTime extends SparkListener {
    private final AtomicLong nanos = new AtomicLong();
    private final AtomicLong events = new AtomicLong();

    @Override
    public void onTaskEnd(SparkListenerTaskEnd end) {
      if (end.taskMetrics() != null) {
        nanos.addAndGet(end.taskMetrics().executorCpuTime());
      }
      events.incrementAndGet();
    }

    /** The total once the listener bus has delivered what the last job sent. */
    long settled() {
      long seen = -1;
      try {
        while (seen != events.get()) { // events arrive asynchronously, shortly after a job
          seen = events.get();
          Thread.sleep(300);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return nanos.get();
    }
  }

  private static double median(List<Long> xs) {
    List<Long> s = new ArrayList<>(xs);
    s.sort(null);
    return s.isEmpty() ? Double.NaN : s.get(s.size() / 2);
  }

  /** The SQL sums' rates, half-up to two decimals, equal the report's, row by row. */
  static void check(Report report, List<Row> rows) {
    Map<String, List<Optional<BigDecimal>>> sql = new HashMap<>();
    for (Row r : rows) {
      long[] c = new long[10];
      for (int i = 0; i < c.length; i++) {
        c[i] = r.getLong(3 + i);
      }
      sql.put(r.getString(0) + "|" + r.getString(1) + "|" + r.getString(2), List.of(
          rate(c[1], c[0]), rate(c[3], c[2]), rate(c[5], c[4]), rate(c[7], c[6]),
          rate(c[8], c[5]), rate(c[9], c[5])));
    }
    Map<String, List<Optional<BigDecimal>>> ours = new HashMap<>();
    for (ReportRow row : report.rows()) {
      DivisionCode county = row.slice().division().orElseThrow();
      ours.put(county.value().substring(0, 6) + "|" + row.slice().category().orElseThrow() + "|"
          + row.slice().period().orElseThrow(),
          row.values().stream().map(v -> v.value()).toList());
    }
    // the report has a row for every key with any count; SQL a row per key registered
    ours.values().removeIf(v -> v.stream().allMatch(Optional::isEmpty));
    sql.values().removeIf(v -> v.stream().allMatch(Optional::isEmpty));
    if (!ours.equals(sql)) {
      List<String> diff = new ArrayList<>();
      for (String k : ours.keySet()) {
        if (!ours.get(k).equals(sql.get(k)) && diff.size() < 5) {
          diff.add(k + ": " + ours.get(k) + " vs " + sql.get(k));
        }
      }
      throw new IllegalStateException("figures differ (" + ours.size() + " vs " + sql.size()
          + " rows): " + diff);
    }
  }

  private static Optional<BigDecimal> rate(long n, long d) {
    return d == 0 ? Optional.empty() : Optional.of(BigDecimal.valueOf(n * 100)
        .divide(BigDecimal.valueOf(d), 2, RoundingMode.HALF_UP));
  }
}
