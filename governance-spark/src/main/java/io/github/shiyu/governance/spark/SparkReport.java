package io.github.shiyu.governance.spark;

import io.github.shiyu.governance.core.InvalidValueException;
import io.github.shiyu.governance.metrics.MetricErrors;
import io.github.shiyu.governance.metrics.report.Accumulator;
import io.github.shiyu.governance.metrics.report.Report;
import io.github.shiyu.governance.metrics.report.ReportSpec;
import io.github.shiyu.governance.spark.internal.Counting;
import io.github.shiyu.governance.spark.internal.FactRows;
import io.github.shiyu.governance.spark.internal.Partials;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;

/**
 * A metrics report over a Spark {@code Dataset} of case facts, counted by the metrics
 * module's own {@link Accumulator}: each partition's rows are read (as Spark's internal rows,
 * without an object per row, by the local table reader's rules) into columnar batches and
 * added to an accumulator of the specification (built on the executor by the
 * {@link ReportSpecSource}); the partitions' accumulators travel in their binary form
 * ({@link Accumulator#toBytes()}) and are merged in a tree, then once more into the
 * driver's. Merging adds counters, so the report equals the local engine's over the same
 * facts, however they are partitioned: the same rates, rounding, roll-up along the division
 * hierarchy and comparisons.
 *
 * <pre>{@code
 * SparkSession spark = SparkSession.builder().master("local[2]").getOrCreate();
 * Dataset<Row> facts = SparkCaseFacts.parquet(spark, "facts.parquet");
 * Report report = SparkReport.of(() -> ReportSpec.builder()
 *         .by(Dimension.division(DivisionLevel.COUNTY))
 *         .periods(Period.parse("2022-01"), Period.parse("2022-12"))
 *         .build())
 *     .report(facts);
 * }</pre>
 *
 * <p>Immutable; a row that is not a case fact fails the job ({@code spark.row}, naming the
 * partition, row and column, values masked) unless {@link #leavingOutUnreadableRows()}.
 */
public final class SparkReport {

  /** Rows per columnar batch unless set: large enough that a batch is counted densely. */
  public static final int DEFAULT_BATCH_ROWS = 1 << 20;

  private final ReportSpecSource source;
  private final boolean leaveOut;
  private final int batchRows;
  private final boolean usedColumnsOnly;

  private SparkReport(ReportSpecSource source, boolean leaveOut, int batchRows,
      boolean usedColumnsOnly) {
    this.source = source;
    this.leaveOut = leaveOut;
    this.batchRows = batchRows;
    this.usedColumnsOnly = usedColumnsOnly;
  }

  /**
   * A report of the specification the source makes.
   *
   * @param source makes the specification, on the driver and on each executor
   * @return the report's runner
   */
  public static SparkReport of(ReportSpecSource source) {
    return new SparkReport(Objects.requireNonNull(source, "source"), false, DEFAULT_BATCH_ROWS,
        false);
  }

  /**
   * The same report, leaving out the rows that are not case facts (counted in
   * {@link Result#leftOut()}) instead of failing.
   *
   * @return a new runner
   */
  public SparkReport leavingOutUnreadableRows() {
    return new SparkReport(source, true, batchRows, usedColumnsOnly);
  }

  /**
   * The same report, reading only the columns its specification's figures depend on
   * ({@link ReportSpec#columns()}): a columnar source (Parquet, ORC) then decodes only those,
   * as a Spark SQL query of the same rates would. The report is the same for rows that are
   * case facts; a row whose only fault lies in a column left out (a {@code closed_at} before
   * its conclusion in a report that does not count closures, say) is counted instead of
   * failing the job or being left out. By default every column is read and checked, as the
   * CLI's reader does.
   *
   * <pre>{@code
   * Report report = SparkReport.of(source).readingUsedColumnsOnly().report(facts);
   * }</pre>
   *
   * @return a new runner
   */
  public SparkReport readingUsedColumnsOnly() {
    return new SparkReport(source, leaveOut, batchRows, true);
  }

  /**
   * The same report with another batch size: rows read into one columnar table before it
   * is counted.
   *
   * @param rows at least 1
   * @return a new runner
   * @throws InvalidValueException {@code metrics.spec} for fewer than one row
   */
  public SparkReport batchRows(int rows) {
    if (rows < 1) {
      throw new InvalidValueException(MetricErrors.SPEC, "batch rows must be at least 1, got "
          + rows);
    }
    return new SparkReport(source, leaveOut, rows, usedColumnsOnly);
  }

  /**
   * Counts the facts.
   *
   * @param facts rows with the case-fact columns ({@link SparkCaseFacts})
   * @return the driver's accumulator and what was counted
   * @throws InvalidValueException {@code spark.schema} for rows without the case-fact columns;
   *     {@code spark.row} for a row that is not a case fact, unless left out (raised on an
   *     executor, it reaches the driver wrapped in Spark's exception)
   */
  public Result accumulate(Dataset<Row> facts) {
    FactRows.check(facts.schema());
    ReportSpec spec = source.spec();
    Dataset<Row> read = usedColumnsOnly ? used(facts, spec) : facts;
    StructType schema = read.schema();
    Counting counting = new Counting(source, schema, leaveOut, batchRows);
    JavaRDD<byte[]> partials = SparkCaseFacts.internalRows(read)
        .mapPartitionsWithIndex(counting, false);
    byte[] all = partials.treeAggregate(new byte[0], counting.merge(), counting.merge(), 2);
    Accumulator accumulator = spec.accumulator();
    if (all.length > 0) {
      accumulator.merge(Partials.state(all));
    }
    return new Result(accumulator, Partials.facts(all), Partials.leftOut(all));
  }

  /** The facts' columns the specification uses, in the facts' order. */
  static Dataset<Row> used(Dataset<Row> facts, ReportSpec spec) {
    List<String> columns = spec.columns();
    Column[] kept = Arrays.stream(facts.schema().fieldNames()).filter(columns::contains)
        .map(facts::col).toArray(Column[]::new);
    return facts.select(kept);
  }

  /**
   * The report of the facts.
   *
   * @param facts rows with the case-fact columns
   * @return the report
   * @throws InvalidValueException as {@link #accumulate(Dataset)}
   */
  public Report report(Dataset<Row> facts) {
    return accumulate(facts).accumulator().report();
  }

  /**
   * What a run counted.
   *
   * @param accumulator the driver's accumulator, of the source's specification
   * @param facts       the facts counted
   * @param leftOut     the rows left out as not case facts
   */
  public record Result(Accumulator accumulator, long facts, long leftOut) {
    /** Checks the parts. */
    public Result {
      Objects.requireNonNull(accumulator, "accumulator");
    }
  }
}
