package io.github.shiyu.governance.spark;

import io.github.shiyu.governance.core.time.WorkCalendar;
import io.github.shiyu.governance.metrics.fact.CaseFact;
import io.github.shiyu.governance.metrics.fact.CaseFactFormat;
import io.github.shiyu.governance.metrics.fact.CaseFactTable;
import io.github.shiyu.governance.spark.internal.BatchRows;
import io.github.shiyu.governance.spark.internal.FactColumns;
import io.github.shiyu.governance.spark.internal.FactRows;
import io.github.shiyu.governance.spark.internal.Spans;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.execution.ColumnarToRowExec;
import org.apache.spark.sql.execution.InputAdapter;
import org.apache.spark.sql.execution.SparkPlan;
import org.apache.spark.sql.execution.WholeStageCodegenExec;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Case facts as Spark rows: the typed schema (the {@link CaseFactFormat} column set, in its
 * order, with timestamps, booleans and an integer), and readers of Parquet, CSV and JDBC
 * tables whose columns carry the format's names. A Dataset may hold any subset of the columns
 * that includes the required ones, as text or typed; {@link SparkReport} reads either: any
 * column as text, an instant as a timestamp (one without time zone is Asia/Shanghai time), a
 * flag as a boolean or a 0/1 integer or decimal, person-visits as an integer or decimal;
 * another type is refused ({@code spark.schema}) before any job.
 *
 * <pre>{@code
 * Dataset<Row> facts = SparkCaseFacts.parquet(spark, "facts.parquet");
 * Report report = SparkReport.of(source).report(facts);
 * }</pre>
 */
public final class SparkCaseFacts {

  /** The typed schema, in {@link CaseFactFormat#COLUMNS} order; what Parquet files hold. */
  public static final StructType SCHEMA = schema();

  private SparkCaseFacts() {
  }

  private static StructType schema() {
    List<StructField> fields = new ArrayList<>();
    for (String c : CaseFactFormat.COLUMNS) {
      fields.add(DataTypes.createStructField(c, FactColumns.type(c),
          !CaseFactFormat.REQUIRED.contains(c)));
    }
    return DataTypes.createStructType(fields);
  }

  /**
   * Reads Parquet files of case facts (typed or text columns).
   *
   * @param spark the session
   * @param paths files or directories
   * @return the rows
   */
  public static Dataset<Row> parquet(SparkSession spark, String... paths) {
    return spark.read().parquet(paths);
  }

  /**
   * Reads CSV files in {@link CaseFactFormat}'s layout: a header line naming the columns
   * (any order), RFC 4180 quoting, every value text. A line whose field count differs from
   * the header's fails the read; a record may not span lines (files are then split into
   * partitions).
   *
   * @param spark the session
   * @param paths files or directories
   * @return the rows, every column a string
   */
  public static Dataset<Row> csv(SparkSession spark, String... paths) {
    return spark.read().option("header", "true").option("inferSchema", "false")
        .option("escape", "\"").option("mode", "FAILFAST").option("encoding", "UTF-8")
        .csv(paths);
  }

  /**
   * Reads a JDBC table or query whose columns carry the format's names; instants as
   * text or as timestamps with time zone.
   *
   * @param spark      the session
   * @param url        the JDBC URL
   * @param table      a table name, or a parenthesised query with an alias
   * @param properties the connection properties (user, password, driver)
   * @return the rows
   */
  public static Dataset<Row> jdbc(SparkSession spark, String url, String table,
      Properties properties) {
    return spark.read().jdbc(url, table, properties);
  }

  /**
   * Facts as rows of {@link #SCHEMA}, for {@code spark.createDataFrame(rows, SCHEMA)} and
   * for writing Parquet.
   *
   * @param fact a fact
   * @return its row
   */
  public static Row row(CaseFact fact) {
    Object[] values = new Object[CaseFactFormat.COLUMNS.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = FactColumns.value(fact, CaseFactFormat.COLUMNS.get(i));
    }
    return RowFactory.create(values);
  }

  /**
   * The days the facts span, in {@code Asia/Shanghai}: from the first registration to the
   * last day anything happened (registered, due, concluded or closed), the window a report
   * over all of them needs. Rows that are not case facts are left out.
   *
   * @param facts the rows
   * @return the span, empty if no row is a case fact
   */
  public static java.util.Optional<Span> span(Dataset<Row> facts) {
    StructType schema = facts.schema();
    FactRows.check(schema);
    long[] mm = internalRows(facts).mapPartitionsWithIndex(new Spans(schema), false)
        .fold(Spans.ZERO, Spans.both());
    if (mm[0] == Long.MAX_VALUE) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(new Span(day(mm[0]), day(mm[1])));
  }

  /**
   * The facts collected into a columnar table on the driver, for small data or for the local
   * engine's reference figures; a row that is not a case fact fails as in {@link SparkReport}.
   *
   * @param facts the rows
   * @return the table, in the rows' order
   * @throws io.github.shiyu.governance.core.InvalidValueException {@code spark.schema} or
   *     {@code spark.row}
   */
  public static CaseFactTable table(Dataset<Row> facts) {
    FactRows read = new FactRows(facts.schema(), -1);
    CaseFactTable.Builder b = CaseFactTable.builder(1 << 16);
    CaseFactTable.Row row = b.row();
    scala.collection.Iterator<InternalRow> rows =
        facts.queryExecution().executedPlan().executeToIterator();
    while (rows.hasNext()) {
      read.append(rows.next(), row);
    }
    return b.build();
  }

  /**
   * The rows as Spark holds them (no external {@code Row}, string or timestamp object per
   * row); each is valid only until the next is read. A plain scan of a columnar source
   * (Parquet, ORC) is read as its column batches, each row a view into the batch's vectors,
   * without the copy into Spark's row format; any other plan as its rows.
   */
  static JavaRDD<InternalRow> internalRows(Dataset<Row> facts) {
    SparkPlan scan = columnarScan(facts);
    if (scan != facts.queryExecution().executedPlan()) {
      return scan.executeColumnar().toJavaRDD().mapPartitions(new BatchRows(), false);
    }
    return facts.queryExecution().toRdd().toJavaRDD();
  }

  /**
   * The columnar scan under a plan that is only that scan turned into rows, with the
   * facts' own schema; otherwise the plan itself.
   */
  static SparkPlan columnarScan(Dataset<Row> facts) {
    SparkPlan root = facts.queryExecution().executedPlan();
    SparkPlan plan = root instanceof WholeStageCodegenExec whole ? whole.child() : root;
    if (plan instanceof ColumnarToRowExec toRows) {
      SparkPlan scan = toRows.child();
      if (scan instanceof InputAdapter input) {
        scan = input.child();
      }
      if (scan.supportsColumnar() && scan.schema().equals(facts.schema())) {
        return scan;
      }
    }
    return root;
  }

  private static LocalDate day(long second) {
    return LocalDate.ofInstant(Instant.ofEpochSecond(second), WorkCalendar.ZONE);
  }

  /**
   * The days a set of facts spans.
   *
   * @param firstRegistration the day of the first registration
   * @param lastEvent         the last day anything happened, not before the first
   */
  public record Span(LocalDate firstRegistration, LocalDate lastEvent) {
    /** Checks the order. */
    public Span {
      java.util.Objects.requireNonNull(firstRegistration, "firstRegistration");
      java.util.Objects.requireNonNull(lastEvent, "lastEvent");
      if (lastEvent.isBefore(firstRegistration)) {
        throw new io.github.shiyu.governance.core.InvalidValueException(SparkErrors.ROW, "-",
            "-", "span", "last event " + lastEvent + " before first registration "
            + firstRegistration);
      }
    }
  }
}
