package io.github.shiyu.governance.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.shiyu.governance.core.InvalidValueException;
import io.github.shiyu.governance.core.division.DivisionLevel;
import io.github.shiyu.governance.metrics.MetricSet;
import io.github.shiyu.governance.metrics.fact.CaseFact;
import io.github.shiyu.governance.metrics.fact.CaseFactFormat;
import io.github.shiyu.governance.metrics.fact.JudicialConfirmation;
import io.github.shiyu.governance.metrics.report.Dimension;
import io.github.shiyu.governance.metrics.report.Period;
import io.github.shiyu.governance.metrics.report.Report;
import io.github.shiyu.governance.metrics.report.ReportSpec;
import io.github.shiyu.governance.spark.internal.FactColumns;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.execution.SparkPlan;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Parquet, CSV and JDBC facts give the local engine's report; bad input says where. */
class SparkCaseFactsReadersTest {

  private static final List<CaseFact> FACTS = RandomFacts.facts(14, 2_000);
  private static final Report EXPECTED =
      SparkReportPropertiesTest.local(SparkReportPropertiesTest.ROLL_UP, FACTS);

  @TempDir
  Path dir;

  private static Report spark(Dataset<Row> facts) {
    return SparkReport.of(SparkReportPropertiesTest.ROLL_UP).report(facts);
  }

  @Test
  void parquetWrittenWithTheTypedSchemaReadsBack() {
    String path = dir.resolve("facts.parquet").toString();
    SparkReportPropertiesTest.dataset(FACTS, 3, 3).write().parquet(path);
    Dataset<Row> read = SparkCaseFacts.parquet(TestSpark.session(), path);
    assertThat(read.count()).isEqualTo(FACTS.size());
    // read as Parquet's column batches, without Spark's copy into its row format
    assertThat(SparkCaseFacts.columnarScan(read))
        .isNotSameAs(read.queryExecution().executedPlan());
    assertThat(spark(read)).isEqualTo(EXPECTED);
    Dataset<Row> some = read.where("type = 'DISPUTE'");
    assertThat(SparkCaseFacts.columnarScan(some))
        .isSameAs(some.queryExecution().executedPlan());
    assertThat(spark(some)).isEqualTo(SparkReportPropertiesTest.local(
        SparkReportPropertiesTest.ROLL_UP, FACTS.stream()
            .filter(f -> f.subject().type().name().equals("DISPUTE")).toList()));
  }

  @Test
  void parquetReadForItsUsedColumnsOnlyDecodesThoseAndGivesTheSameReport() {
    String path = dir.resolve("used.parquet").toString();
    SparkReportPropertiesTest.dataset(FACTS, 3, 4).write().parquet(path);
    Dataset<Row> read = SparkCaseFacts.parquet(TestSpark.session(), path);
    ReportSpec spec = SparkReportPropertiesTest.ROLL_UP.spec();
    Dataset<Row> used = SparkReport.used(read, spec);
    assertThat(used.schema().fieldNames()).containsExactlyElementsOf(spec.columns())
        .hasSizeLessThan(CaseFactFormat.COLUMNS.size());
    // still Parquet's column batches, of the used columns only
    SparkPlan scan = SparkCaseFacts.columnarScan(used);
    assertThat(scan).isNotSameAs(used.queryExecution().executedPlan());
    assertThat(scan.schema().fieldNames()).containsExactlyElementsOf(spec.columns());
    assertThat(SparkReport.of(SparkReportPropertiesTest.ROLL_UP).readingUsedColumnsOnly()
        .report(read)).isEqualTo(EXPECTED);
  }

  @Test
  void aRowMalformedOnlyInAColumnLeftOutIsCountedWhenReadingUsedColumnsOnly()
      throws IOException {
    // closed before it concluded: not a fact, but a follow-up report does not read closed_at
    String text = "case_id,type,category,division,registered_at,accepted_at,concluded_at,"
        + "closed_at,followed_up\n"
        + "A1,DISPUTE,dispute.labour,150502001001,2022-03-01T08:00:00Z,2022-03-01T09:00:00Z,"
        + "2022-03-03T08:00:00Z,2022-03-02T08:00:00Z,true\n"
        + "A2,DISPUTE,dispute.labour,150502001001,2022-03-01T08:00:00Z,2022-03-01T09:00:00Z,"
        + "2022-03-03T08:00:00Z,,false\n";
    Dataset<Row> read = csv("closed-early.csv", text);
    ReportSpecSource followUp = () -> ReportSpec.builder()
        .metrics(MetricSet.standard().select("followUpRate"))
        .by(Dimension.division(DivisionLevel.COUNTY))
        .periods(Period.parse("2022-03"), Period.parse("2022-03")).build();
    assertThat(followUp.spec().columns()).doesNotContain("closed_at");
    SparkReport.Result checked = SparkReport.of(followUp).leavingOutUnreadableRows()
        .accumulate(read);
    assertThat(checked.facts()).isEqualTo(1);
    assertThat(checked.leftOut()).isEqualTo(1);
    SparkReport.Result used = SparkReport.of(followUp).leavingOutUnreadableRows()
        .readingUsedColumnsOnly().accumulate(read);
    assertThat(used.facts()).isEqualTo(2);
    assertThat(used.leftOut()).isZero();
    assertThat(used.accumulator().report().rows().get(0).value("followUpRate")
        .orElseThrow().fraction()).hasValue(0.5);
  }

  @Test
  void csvInTheCaseFactFormatReadsAsTheFormatDoes() throws IOException {
    Path csv = dir.resolve("facts.csv");
    Files.writeString(csv, CaseFactFormat.toCsv(FACTS), StandardCharsets.UTF_8);
    Dataset<Row> read = SparkCaseFacts.csv(TestSpark.session(), csv.toString());
    assertThat(spark(read)).isEqualTo(EXPECTED);
  }

  @Test
  void csvWithLocalTimesOffsetsAndNumericFlagsReadsAsTheFormatDoes() throws IOException {
    String text = """
        case_id,type,category,division,registered_at,due_at,concluded_at,accepted_at,resolved,person_visits
        A1,DISPUTE,dispute.labour,150502001001,2022-03-01 16:00:00,2022-03-05T00:00:00+08:00,2022-03-02T01:00:00Z,2022-03-01T09:00:00Z,1,
        A2,PETITION,hotline.complaint,150521101202,2022-03-09T08:00:00Z,,,,0,3
        """;
    Path csv = dir.resolve("mixed.csv");
    Files.writeString(csv, text, StandardCharsets.UTF_8);
    List<CaseFact> expected = CaseFactFormat.readCsv(new java.io.StringReader(text));
    Dataset<Row> read = SparkCaseFacts.csv(TestSpark.session(), csv.toString());
    assertThat(spark(read)).isEqualTo(
        SparkReportPropertiesTest.local(SparkReportPropertiesTest.ROLL_UP, expected));
    assertThat(SparkCaseFacts.span(read)).contains(new SparkCaseFacts.Span(
        LocalDate.of(2022, 3, 1), LocalDate.of(2022, 3, 9)));
  }

  @Test
  void aJdbcTableWithTextInstantsAndTypedFlagsReadsBack() throws SQLException {
    String url = "jdbc:h2:mem:facts" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
    try (Connection c = DriverManager.getConnection(url)) {
      try (Statement s = c.createStatement()) {
        StringBuilder ddl = new StringBuilder("CREATE TABLE case_facts (");
        for (StructField f : SparkCaseFacts.SCHEMA.fields()) {
          // instants as text, the other columns typed
          String type = f.dataType().equals(DataTypes.BooleanType) ? "BOOLEAN"
              : f.dataType().equals(DataTypes.IntegerType) ? "INT" : "VARCHAR(64)";
          ddl.append(f.name().equals("repeat") ? "\"repeat\"" : f.name()).append(' ')
              .append(type).append(',');
        }
        ddl.setLength(ddl.length() - 1);
        s.execute(ddl.append(')').toString());
      }
      String insert = "INSERT INTO case_facts VALUES (" + "?,".repeat(
          CaseFactFormat.COLUMNS.size() - 1) + "?)";
      try (PreparedStatement p = c.prepareStatement(insert)) {
        for (CaseFact f : FACTS) {
          Row r = SparkCaseFacts.row(f);
          for (int i = 0; i < r.length(); i++) {
            Object v = r.get(i);
            p.setObject(i + 1, v instanceof java.sql.Timestamp t ? t.toInstant().toString() : v);
          }
          p.addBatch();
        }
        p.executeBatch();
      }
      Properties props = new Properties();
      props.put("driver", "org.h2.Driver");
      Dataset<Row> read = SparkCaseFacts.jdbc(TestSpark.session(), url, "case_facts", props)
          .toDF(CaseFactFormat.COLUMNS.toArray(String[]::new));
      assertThat(spark(read)).isEqualTo(EXPECTED);
    }
  }

  @Test
  void theTypedSchemaIsTheFormatsColumnsInItsOrderEveryOneMappedAndRead() {
    assertThat(SparkCaseFacts.SCHEMA.fieldNames())
        .containsExactlyElementsOf(CaseFactFormat.COLUMNS);
    assertThat(SparkCaseFacts.SCHEMA.apply("judicial_confirmation_status").dataType())
        .isEqualTo(DataTypes.StringType);
    assertThat(SparkCaseFacts.SCHEMA.apply("confirmation_in_window").dataType())
        .isEqualTo(DataTypes.BooleanType);
    CaseFact fact = FACTS.get(0);
    Row row = SparkCaseFacts.row(fact);
    assertThat(row.length()).isEqualTo(CaseFactFormat.COLUMNS.size());
    assertThat(row.getString(SparkCaseFacts.SCHEMA.fieldIndex("judicial_confirmation_status")))
        .isEqualTo(fact.outcome().confirmation().name());
    // a column the format gains that governance-spark does not map fails loudly
    assertThatThrownBy(() -> FactColumns.type("court_hearing_at"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("court_hearing_at");
    assertThatThrownBy(() -> FactColumns.value(fact, "court_hearing_at"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("not mapped");
  }

  /** Lines each read alone by the local reader and by Spark, from CSV. */
  private static final String CONFIRMATION_HEADER = "case_id,type,category,division,"
      + "registered_at,accepted_at,concluded_at,resolved,judicial_confirmation,"
      + "judicial_confirmation_status,confirmation_in_window\n";
  private static final List<String> CONFIRMATION_LINES = List.of(
      "B1,DISPUTE,dispute.labour,150502001001,2022-03-01T08:00:00Z,2022-03-01T09:00:00Z,"
          + "2022-03-02T08:00:00Z,true,true,,",
      "B2,DISPUTE,dispute.labour,150502001001,2022-03-01T08:00:00Z,2022-03-01T09:00:00Z,"
          + "2022-03-02T08:00:00Z,true,false,CONFIRMED,false",
      "B3,DISPUTE,dispute.labour,150502001001,2022-03-01T08:00:00Z,2022-03-01T09:00:00Z,"
          + "2022-03-02T08:00:00Z,true,,APPLIED,",
      "B4,DISPUTE,dispute.labour,150502001001,2022-03-01T08:00:00Z,2022-03-01T09:00:00Z,"
          + "2022-03-02T08:00:00Z,true,0,REFUSED,0",
      "B5,DISPUTE,dispute.labour,150502001001,2022-03-01T08:00:00Z,,,false,false,"
          + "NOT_APPLIED,false",
      "B6,DISPUTE,dispute.labour,150502001001,2022-03-01T08:00:00Z,2022-03-01T09:00:00Z,"
          + "2022-03-02T08:00:00Z,true,true,APPLIED,true",
      "B7,DISPUTE,dispute.labour,150502001001,2022-03-01T08:00:00Z,,,false,,REFUSED,",
      "B8,DISPUTE,dispute.labour,150502001001,2022-03-01T08:00:00Z,2022-03-01T09:00:00Z,"
          + "2022-03-02T08:00:00Z,true,,NOT_APPLIED,true",
      "B9,DISPUTE,dispute.labour,150502001001,2022-03-01T08:00:00Z,2022-03-01T09:00:00Z,"
          + "2022-03-02T08:00:00Z,true,,confirmed,",
      "B10,DISPUTE,dispute.labour,150502001001,2022-03-01T08:00:00Z,2022-03-01T09:00:00Z,"
          + "2022-03-02T08:00:00Z,true,,APPLIED,perhaps",
      "B11,DISPUTE,dispute.labour,150502001001,2022-03-01T08:00:00Z,,,false,true,,");

  @Test
  void theConfirmationColumnsAreCheckedAsTheLocalReaderChecksThem() throws IOException {
    List<CaseFact> accepted = new java.util.ArrayList<>();
    int refused = 0;
    for (String line : CONFIRMATION_LINES) {
      try {
        accepted.addAll(CaseFactFormat.readCsv(
            new java.io.StringReader(CONFIRMATION_HEADER + line + "\n")));
      } catch (InvalidValueException e) {
        refused++;
      }
    }
    assertThat(refused).isEqualTo(6); // B6 to B11
    assertThat(accepted).extracting(f -> f.outcome().confirmation()).containsExactly(
        JudicialConfirmation.CONFIRMED, JudicialConfirmation.CONFIRMED,
        JudicialConfirmation.APPLIED, JudicialConfirmation.REFUSED,
        JudicialConfirmation.NOT_APPLIED);
    Path csv = dir.resolve("confirmation.csv");
    Files.writeString(csv, CONFIRMATION_HEADER + String.join("\n", CONFIRMATION_LINES) + "\n",
        StandardCharsets.UTF_8);
    Dataset<Row> read = SparkCaseFacts.csv(TestSpark.session(), csv.toString());
    SparkReport.Result result = SparkReport.of(SparkReportPropertiesTest.MONTHLY)
        .leavingOutUnreadableRows().accumulate(read);
    assertThat(result.facts()).isEqualTo(accepted.size());
    assertThat(result.leftOut()).isEqualTo(refused);
    assertThat(result.accumulator().report()).isEqualTo(
        SparkReportPropertiesTest.local(SparkReportPropertiesTest.MONTHLY, accepted));
    Dataset<Row> contradiction = read.where("case_id = 'B6'");
    assertThatThrownBy(() -> SparkReport.of(SparkReportPropertiesTest.MONTHLY)
        .report(contradiction)).hasStackTraceContaining("judicial_confirmation_status")
        .hasStackTraceContaining("APPLIED contradicts judicial_confirmation true");
  }

  @Test
  void flagsAsIntegersVisitsAsLongsDivisionsAsNumbersAndLocalTimestampsReadAsTheirValues() {
    SparkSession spark = TestSpark.session();
    String zone = spark.conf().get("spark.sql.session.timeZone");
    // local timestamps are read as Asia/Shanghai wall-clock times, as the format reads them
    spark.conf().set("spark.sql.session.timeZone", "Asia/Shanghai");
    try {
      List<String> select = new java.util.ArrayList<>();
      for (StructField f : SparkCaseFacts.SCHEMA.fields()) {
        String c = f.name().equals("repeat") ? "`repeat`" : f.name();
        select.add(f.dataType().equals(DataTypes.BooleanType) ? "CAST(" + c + " AS INT) AS " + c
            : f.name().equals("person_visits") ? "CAST(" + c + " AS BIGINT) AS " + c
            : f.name().equals("division") ? "CAST(" + c + " AS BIGINT) AS " + c
            : f.name().equals("registered_at") || f.name().equals("due_at")
                ? "CAST(" + c + " AS TIMESTAMP_NTZ) AS " + c : c);
      }
      Dataset<Row> typed = SparkReportPropertiesTest.dataset(FACTS, 3, 5)
          .selectExpr(select.toArray(String[]::new));
      assertThat(typed.schema().apply("registered_at").dataType())
          .isEqualTo(DataTypes.TimestampNTZType);
      assertThat(typed.schema().apply("resolved").dataType()).isEqualTo(DataTypes.IntegerType);
      assertThat(spark(typed)).isEqualTo(EXPECTED);
    } finally {
      spark.conf().set("spark.sql.session.timeZone", zone);
    }
  }

  @Test
  void aColumnOfATypeThatCannotHoldItsValuesIsRefusedBeforeAnyJob() {
    Dataset<Row> dates = TestSpark.session().sql("SELECT 'C1' AS case_id, 'DISPUTE' AS type, "
        + "'dispute' AS category, '150502' AS division, DATE'2022-01-01' AS registered_at");
    assertThatThrownBy(() -> spark(dates)).isInstanceOfSatisfying(InvalidValueException.class,
        e -> {
          assertThat(e.code()).isEqualTo(SparkErrors.SCHEMA);
          assertThat(e.getMessage()).contains("registered_at").contains("date");
        });
  }

  @Test
  void anUnknownOrMissingColumnIsRefusedBeforeAnyJob() {
    SparkSession spark = TestSpark.session();
    Dataset<Row> typo = spark.sql("SELECT 'C1' AS case_id, 'DISPUTE' AS type, "
        + "'dispute' AS category, '150502' AS division, '2022-01-01T00:00:00Z' AS registerd_at");
    assertThatThrownBy(() -> spark(typo)).isInstanceOfSatisfying(InvalidValueException.class,
        e -> {
          assertThat(e.code()).isEqualTo(SparkErrors.SCHEMA);
          assertThat(e.getMessage()).contains("registerd_at");
        });
    Dataset<Row> noDivision = typo.drop("registerd_at");
    assertThatThrownBy(() -> spark(noDivision)).isInstanceOfSatisfying(
        InvalidValueException.class, e -> assertThat(e.getMessage()).contains("registered_at"));
  }

  @Test
  void aRowThatIsNotAFactFailsTheJobOrIsLeftOutAndCounted() throws IOException {
    String text = "case_id,type,category,division,registered_at,resolved\n"
        + "A1,DISPUTE,dispute.labour,150502001001,2022-03-01T08:00:00Z,false\n"
        + "A2,DISPUTE,dispute.labour,110101199003077777,2022-03-01T08:00:00Z,false\n"
        + "A3,DISPUTE,dispute.labour,150502001001,2022-03-02T08:00:00Z,maybe\n";
    Dataset<Row> read = csv("bad.csv", text);
    assertThatThrownBy(() -> spark(read)).hasStackTraceContaining("spark.row")
        .satisfies(e -> assertThat(stackTrace(e)).doesNotContain("110101199003077777"));
    SparkReport.Result result = SparkReport.of(SparkReportPropertiesTest.ROLL_UP)
        .leavingOutUnreadableRows().accumulate(read);
    assertThat(result.facts()).isEqualTo(1);
    assertThat(result.leftOut()).isEqualTo(2);
  }

  /** The text written to a file of the test's folder and read by Spark as CSV facts. */
  private Dataset<Row> csv(String name, String text) throws IOException {
    Path csv = dir.resolve(name);
    Files.writeString(csv, text, StandardCharsets.UTF_8);
    return SparkCaseFacts.csv(TestSpark.session(), csv.toString());
  }

  private static String stackTrace(Throwable e) {
    java.io.StringWriter w = new java.io.StringWriter();
    e.printStackTrace(new java.io.PrintWriter(w));
    return w.toString();
  }
}
