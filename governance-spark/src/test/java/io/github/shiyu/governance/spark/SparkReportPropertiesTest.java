package io.github.shiyu.governance.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.shiyu.governance.core.category.CategoryTaxonomy;
import io.github.shiyu.governance.core.division.DivisionLevel;
import io.github.shiyu.governance.metrics.Measure;
import io.github.shiyu.governance.metrics.MetricSet;
import io.github.shiyu.governance.metrics.fact.CaseFact;
import io.github.shiyu.governance.metrics.fact.CaseFactTable;
import io.github.shiyu.governance.metrics.fact.JudicialConfirmation;
import io.github.shiyu.governance.metrics.report.Comparison;
import io.github.shiyu.governance.metrics.report.Dimension;
import io.github.shiyu.governance.metrics.report.Period;
import io.github.shiyu.governance.metrics.report.Report;
import io.github.shiyu.governance.metrics.report.ReportSpec;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/**
 * The Spark report equals the local engine's, every cell and every rate, however the facts
 * are split over partitions, empty ones included.
 */
class SparkReportPropertiesTest {

  /** County × category by month with both comparisons, stock and flow and extra counts. */
  static final ReportSpecSource MONTHLY = () -> ReportSpec.builder()
      .metrics(MetricSet.standard())
      .by(Dimension.division(DivisionLevel.COUNTY), Dimension.category())
      .periods(Period.parse("2022-01"), Period.parse("2022-12"))
      .compare(Comparison.YEAR_OVER_YEAR, Comparison.PERIOD_OVER_PERIOD)
      .stockAndFlow()
      .counts(Measure.PERSON_VISITS, Measure.ESCALATED)
      .build();

  /** The roll-up along the division hierarchy and the category tree, by department. */
  static final ReportSpecSource ROLL_UP = () -> ReportSpec.builder()
      .by(Dimension.divisionRollUp(DivisionLevel.VILLAGE, DivisionLevel.PROVINCE),
          Dimension.categoryWithParents(CategoryTaxonomy.standard()), Dimension.department())
      .periods(Period.parse("2021-Q1"), Period.parse("2023-Q4"))
      .compare(Comparison.YEAR_OVER_YEAR)
      .stockAndFlow()
      .build();

  /** One window by grid and type. */
  static final ReportSpecSource BY_GRID = () -> ReportSpec.builder()
      .by(Dimension.grid(), Dimension.type())
      .window(LocalDate.of(2021, 6, 1), LocalDate.of(2023, 6, 1))
      .stockAndFlow()
      .build();

  private static final List<ReportSpecSource> SOURCES = List.of(MONTHLY, ROLL_UP, BY_GRID);

  static Report local(ReportSpecSource source, List<CaseFact> facts) {
    return source.spec().accumulate(CaseFactTable.of(facts)).report();
  }

  /**
   * The facts as a Dataset of {@code slices} partitions, in a shuffled order; in some rows
   * the judicial-confirmation status and window are null where that reads the same (as in
   * files written before those columns).
   */
  static Dataset<Row> dataset(List<CaseFact> facts, int slices, long seed) {
    SparkSession spark = TestSpark.session();
    Random random = new Random(seed);
    int status = SparkCaseFacts.SCHEMA.fieldIndex("judicial_confirmation_status");
    int window = SparkCaseFacts.SCHEMA.fieldIndex("confirmation_in_window");
    List<Row> rows = new ArrayList<>();
    for (CaseFact f : facts) {
      Row row = SparkCaseFacts.row(f);
      JudicialConfirmation c = f.outcome().confirmation();
      boolean implied = c == JudicialConfirmation.NOT_APPLIED
          || c == JudicialConfirmation.CONFIRMED;
      boolean timely =
          f.outcome().confirmationInWindow() == (c != JudicialConfirmation.NOT_APPLIED);
      if (random.nextBoolean() && (implied || timely)) {
        Object[] values = new Object[row.length()];
        for (int i = 0; i < values.length; i++) {
          values[i] = row.get(i);
        }
        if (implied && timely) {
          values[status] = null;
        }
        if (timely) {
          values[window] = null;
        }
        row = RowFactory.create(values);
      }
      rows.add(row);
    }
    Collections.shuffle(rows, random);
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    return spark.createDataFrame(jsc.parallelize(rows, slices), SparkCaseFacts.SCHEMA);
  }

  @Test
  void theSparkReportEqualsTheLocalReportHoweverThePartitionsFall() {
    qt().withExamples(10).forAll(longs().all(), integers().between(0, 400),
        integers().between(1, 9)).check((seed, n, slices) -> {
          List<CaseFact> facts = RandomFacts.facts(seed, n);
          Dataset<Row> data = dataset(facts, slices, seed);
          for (ReportSpecSource source : SOURCES) {
            Report spark = SparkReport.of(source).batchRows(1 + (int) Math.floorMod(seed, 97L))
                .report(data);
            Report used = SparkReport.of(source).readingUsedColumnsOnly().report(data);
            Report expected = local(source, facts);
            if (!spark.equals(expected) || !used.equals(expected)) {
              return false;
            }
          }
          return true;
        });
  }

  @Test
  void manyPartitionsMostOfThemEmptyGiveTheSameReport() {
    qt().withExamples(4).forAll(longs().all(), integers().between(0, 30),
        integers().between(20, 64)).check((seed, n, slices) -> {
          List<CaseFact> facts = RandomFacts.facts(seed, n);
          Dataset<Row> data = dataset(facts, slices, seed);
          for (ReportSpecSource source : SOURCES) {
            if (!SparkReport.of(source).report(data).equals(local(source, facts))) {
              return false;
            }
          }
          return true;
        });
  }

  @Test
  void aLargerSetCountedDenselyAgreesCellByCellAndRateByRate() {
    List<CaseFact> facts = RandomFacts.facts(20261206, 30_000);
    Dataset<Row> data = dataset(facts, 7, 1);
    for (ReportSpecSource source : SOURCES) {
      SparkReport.Result result = SparkReport.of(source).accumulate(data);
      Report expected = local(source, facts);
      assertThat(result.facts()).isEqualTo(facts.size());
      assertThat(result.leftOut()).isZero();
      Report actual = result.accumulator().report();
      assertThat(actual.rows()).isNotEmpty().hasSameSizeAs(expected.rows());
      for (int i = 0; i < expected.rows().size(); i++) {
        assertThat(actual.rows().get(i)).isEqualTo(expected.rows().get(i));
      }
      assertThat(actual.toCsv()).isEqualTo(expected.toCsv());
    }
  }

  @Test
  void noFactsAtAllGiveTheEmptyReport() {
    Dataset<Row> none = TestSpark.session().createDataFrame(List.of(), SparkCaseFacts.SCHEMA);
    for (ReportSpecSource source : SOURCES) {
      assertThat(SparkReport.of(source).report(none)).isEqualTo(local(source, List.of()));
    }
  }
}
