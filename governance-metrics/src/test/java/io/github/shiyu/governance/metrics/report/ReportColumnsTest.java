package io.github.shiyu.governance.metrics.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.shiyu.governance.core.category.CategoryTaxonomy;
import io.github.shiyu.governance.core.division.DivisionLevel;
import io.github.shiyu.governance.metrics.Measure;
import io.github.shiyu.governance.metrics.MetricSet;
import io.github.shiyu.governance.metrics.fact.CaseFact;
import io.github.shiyu.governance.metrics.fact.CaseFactFormat;
import io.github.shiyu.governance.metrics.internal.Csv;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link ReportSpec#columns()}: a report over facts read with only those columns equals the
 * report over the whole facts, for every metric, every counted measure and the dimensions
 * that read a column of their own.
 */
class ReportColumnsTest {

  private static final Period FIRST = Period.parse("2021-01");
  private static final Period LAST = Period.parse("2023-12");

  /** One spec per metric of every built-in set, each measure as a count, and mixes. */
  private static List<ReportSpec> specs() {
    List<ReportSpec> specs = new ArrayList<>();
    for (MetricSet set : List.of(MetricSet.standard(), MetricSet.petitionProxy(),
        MetricSet.experts(), MetricSet.threeClears())) {
      for (String id : set.ids()) {
        if (!set.require(id).numerator().stream().allMatch(ReportColumnsTest::supplied)) {
          specs.add(ReportSpec.builder().metrics(set.select(id))
              .by(Dimension.division(DivisionLevel.COUNTY)).periods(FIRST, LAST).build());
        }
      }
    }
    for (Measure m : Measure.values()) {
      if (m.anchor() != Measure.Anchor.SUPPLIED) {
        specs.add(ReportSpec.builder().metrics(MetricSet.of()).counts(m)
            .by(Dimension.type()).periods(FIRST, LAST).build());
      }
    }
    specs.add(ReportSpec.builder().metrics(MetricSet.of()).by(Dimension.grid())
        .counts(Measure.REGISTERED).periods(FIRST, LAST).build());
    specs.add(ReportSpec.builder().metrics(MetricSet.standard().select("followUpRate"))
        .by(Dimension.department()).window(LocalDate.of(2021, 3, 1), LocalDate.of(2023, 3, 1))
        .stockAndFlow().build());
    specs.add(ReportSpec.builder()
        .by(Dimension.divisionRollUp(DivisionLevel.VILLAGE, DivisionLevel.PROVINCE),
            Dimension.categoryWithParents(CategoryTaxonomy.standard()))
        .periods(Period.parse("2021-Q1"), Period.parse("2023-Q4"))
        .compare(Comparison.YEAR_OVER_YEAR).stockAndFlow().build());
    return specs;
  }

  private static boolean supplied(Measure m) {
    return m.anchor() == Measure.Anchor.SUPPLIED;
  }

  @Test
  void aReportOverOnlyItsColumnsEqualsTheReportOverWholeFacts() {
    List<ReportSpec> specs = specs();
    qt().withExamples(40).forAll(longs().all(), integers().between(0, 150))
        .checkAssert((seed, n) -> {
          List<CaseFact> facts = RandomFacts.facts(seed, n);
          String csv = CaseFactFormat.toCsv(facts);
          for (ReportSpec spec : specs) {
            Report whole = spec.accumulate(facts).report();
            Report pruned = spec.accumulate(CaseFactFormat.readCsvTable(
                new StringReader(keep(csv, spec.columns())))).report();
            assertThat(pruned).as("%s over %s", spec, spec.columns()).isEqualTo(whole);
          }
        });
  }

  @Test
  void theMonthlyRatesReadElevenOfTheColumns() {
    ReportSpec monthly = ReportSpec.builder()
        .metrics(MetricSet.standard().select("resolutionRate", "mediationSuccessRate",
            "conclusionRate", "satisfactionRate", "followUpRate", "reworkRate"))
        .by(Dimension.division(DivisionLevel.COUNTY), Dimension.category())
        .periods(Period.parse("2022-01"), Period.parse("2024-12")).build();
    assertThat(monthly.columns()).containsExactly("case_id", "type", "category", "division",
        "registered_at", "accepted_at", "concluded_at", "resolved", "rating", "followed_up",
        "reopened");
  }

  @Test
  void aJudicialConfirmationBringsTheColumnsItsRulesNeed() {
    ReportSpec spec = ReportSpec.builder().metrics(MetricSet.of())
        .counts(Measure.JUDICIAL_CONFIRMATION).by(Dimension.grid()).periods(FIRST, LAST)
        .build();
    assertThat(spec.columns()).containsExactly("case_id", "type", "category", "division",
        "grid", "registered_at", "accepted_at", "concluded_at", "resolved",
        "judicial_confirmation", "judicial_confirmation_status");
  }

  /** The CSV with only the named columns, in the header's order. */
  private static String keep(String csv, List<String> columns) {
    try {
      return kept(csv, columns);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String kept(String csv, List<String> columns) throws IOException {
    Csv in = new Csv(new StringReader(csv));
    List<String> header = in.record();
    StringBuilder out = new StringBuilder();
    for (List<String> rec = header; rec != null; rec = in.record()) {
      List<String> chosen = new ArrayList<>();
      for (int i = 0; i < header.size(); i++) {
        if (columns.contains(header.get(i))) {
          chosen.add(rec.get(i));
        }
      }
      Csv.write(out, chosen);
    }
    return out.toString();
  }
}
