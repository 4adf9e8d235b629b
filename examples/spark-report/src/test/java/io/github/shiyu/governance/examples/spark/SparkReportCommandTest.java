package io.github.shiyu.governance.examples.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.shiyu.governance.examples.cli.GovernanceCli;
import io.github.shiyu.governance.spark.SparkCaseFacts;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** spark-report's report is governance-cli's, byte for byte, from CSV, stdin and Parquet. */
class SparkReportCommandTest {

  @TempDir
  static Path dir;
  static Path csv;
  static Path parquet;
  static String text;

  record Run(int status, String out, String err) {
  }

  @BeforeAll
  static void facts() throws IOException {
    List<Row> rows = Facts.rows(4_000, 7);
    text = Facts.csv(rows);
    csv = dir.resolve("facts.csv");
    Files.writeString(csv, text, StandardCharsets.UTF_8);
    parquet = dir.resolve("facts.parquet");
    Sessions.session("local[2]").createDataFrame(rows, SparkCaseFacts.SCHEMA).repartition(3)
        .write().parquet(parquet.toString());
  }

  static Run run(GovernanceCli tool, String stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = tool.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
        out, new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(status, out.toString(StandardCharsets.UTF_8),
        err.toString(StandardCharsets.UTF_8));
  }

  static Run cli(String stdin, String... args) {
    return run(GovernanceCli.standard(), stdin, args);
  }

  static Run spark(String stdin, String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--master", "local[2]"));
    return run(SparkReportLauncher.tool(), stdin, all.toArray(String[]::new));
  }

  @Test
  void byCountyAndMonthFromACsvFile() {
    Run local = cli("", "report", "--facts", csv.toString(), "--by", "division:COUNTY,month");
    Run spark = spark("", "report", "--facts", csv.toString(), "--by", "division:COUNTY,month");
    assertThat(local.status()).as(local.err()).isZero();
    assertThat(local.out().lines().count()).isGreaterThan(100);
    assertThat(spark.status()).as(spark.err()).isZero();
    assertThat(spark.out()).isEqualTo(local.out());
  }

  @Test
  void aRollUpWithCategoryParentsFromStandardInput() {
    String[] args = {"report", "--facts", "-", "--by",
        "rollup:VILLAGE-CITY,category+parents,quarter", "--metrics",
        "closureRate,onTimeClosureRate,satisfactionRate"};
    Run local = cli(text, args);
    Run spark = spark(text, args);
    assertThat(local.status()).as(local.err()).isZero();
    assertThat(spark.status()).as(spark.err()).isZero();
    assertThat(spark.out()).isEqualTo(local.out());
  }

  @Test
  void oneWindowByGridAndTypeFromParquetEqualsTheCliOnTheSameFactsAsCsv() {
    Run local = cli("", "report", "--facts", csv.toString(), "--by", "grid,type,department");
    Run spark = spark("", "report", "--facts", parquet.toString(), "--by",
        "grid,type,department");
    assertThat(local.status()).as(local.err()).isZero();
    assertThat(spark.status()).as(spark.err()).isZero();
    assertThat(spark.out()).isEqualTo(local.out());
  }

  @Test
  void rowsThatAreNotFactsAreLeftOutAsTheCliLeavesThemOut() {
    String header = text.substring(0, text.indexOf('\n') + 1);
    String[] lines = text.substring(header.length()).split("\n");
    String bad = header + lines[0] + "\n" + lines[1].replaceFirst(",WORK_ORDER,|,GRID_INCIDENT,"
        + "|,DISPUTE,|,PETITION,|,PRE_LITIGATION,", ",NO_SUCH_TYPE,") + "\n" + lines[2] + "\n";
    Run local = cli(bad, "report", "--facts", "-", "--by", "division:COUNTY,year");
    Run spark = spark(bad, "report", "--facts", "-", "--by", "division:COUNTY,year");
    assertThat(local.err()).contains("row 2");
    assertThat(spark.err()).contains("1 row(s) are not case facts");
    assertThat(spark.out()).isNotEmpty().isEqualTo(local.out());
  }

  @Test
  void generatedFactsAreFactsOfTheProvinceAndTheSameOptionsGiveTheSameFile() {
    String out1 = dir.resolve("gen1").toString();
    String out2 = dir.resolve("gen2").toString();
    for (String out : List.of(out1, out2)) {
      Run gen = spark("", "generate-facts", "--out", out, "--count", "3000", "--partitions", "3",
          "--province", "15", "--seed", "5");
      assertThat(gen.status()).as(gen.err()).isZero();
    }
    var spark = Sessions.session("local[2]");
    var first = SparkCaseFacts.parquet(spark, out1);
    var table = SparkCaseFacts.table(first); // every row a valid case fact, or this throws
    assertThat(table.size()).isEqualTo(3000);
    assertThat(first.filter("division NOT LIKE '15%'").count()).isZero();
    assertThat(first.except(SparkCaseFacts.parquet(spark, out2)).count()).isZero();
    Run report = spark("", "report", "--facts", out1, "--by", "division:COUNTY,type");
    assertThat(report.status()).as(report.err()).isZero();
    assertThat(report.out().lines().count()).isGreaterThan(10);
  }

  @Test
  void badOptionsAreUsageErrorsBeforeSparkReadsAnything() {
    Run spark = spark("", "report", "--facts", csv.toString(), "--by", "county");
    assertThat(spark.status()).isEqualTo(GovernanceCli.USAGE);
    assertThat(spark.err()).contains("unknown dimension 'county'");
  }
}
