package io.github.shiyu.governance.metrics.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.shiyu.governance.cases.CaseId;
import io.github.shiyu.governance.cases.CaseType;
import io.github.shiyu.governance.core.category.CategoryTaxonomy;
import io.github.shiyu.governance.core.division.DivisionCode;
import io.github.shiyu.governance.core.division.DivisionLevel;
import io.github.shiyu.governance.metrics.Measure;
import io.github.shiyu.governance.metrics.MetricSet;
import io.github.shiyu.governance.metrics.fact.CaseFact;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A report whose metrics are all supplied figures (a court's counts) has its rows where the
 * figures are, in the reported periods, and nowhere else: not one per key of the facts, not
 * none.
 */
class SuppliedOnlyReportTest {

  private static final DivisionCode HORQIN = DivisionCode.parse("150502");
  private static final DivisionCode KAILU = DivisionCode.parse("150523");
  private static final DivisionCode NAIMAN = DivisionCode.parse("150525");
  private static final MetricSet COURT = MetricSet.courts()
      .select("lawsuitsReceived", "reversalAndRemandRate");

  private static Slice court(DivisionCode county, String period) {
    return Slice.all().withDivision(county).withPeriod(Period.parse(period));
  }

  /** Facts in three counties, one of which (Naiman) has no court figures. */
  private static List<CaseFact> facts() {
    return List.of(HORQIN, KAILU, NAIMAN).stream()
        .map(d -> CaseFact.builder(CaseId.of("F-" + d.value()), CaseType.DISPUTE,
            CategoryTaxonomy.standard().require("dispute.labour"), d,
            Instant.parse("2022-05-01T02:00:00Z")).build())
        .toList();
  }

  @Test
  void theRowsAreTheSlicesWithSuppliedCountsInTheReportedPeriods() {
    ReportSpec spec = ReportSpec.builder().metrics(COURT)
        .by(Dimension.division(DivisionLevel.COUNTY))
        .supplied(Measure.LAWSUITS_RECEIVED, Map.of(
            court(HORQIN, "2021"), 21_000L, court(HORQIN, "2022"), 16_800L,
            court(KAILU, "2022"), 4_000L, court(KAILU, "2020"), 5_000L))
        .supplied(Measure.FIRST_INSTANCE_CONCLUDED, Map.of(court(HORQIN, "2022"), 8_000L,
            court(KAILU, "2022"), 2_000L))
        .supplied(Measure.REVERSED_OR_REMANDED, Map.of(court(HORQIN, "2022"), 187L))
        .periods(Period.parse("2022"), Period.parse("2022"))
        .compare(Comparison.YEAR_OVER_YEAR).build();
    assertThat(spec.suppliedOnly()).isTrue();
    for (List<CaseFact> given : List.of(facts(), List.<CaseFact>of())) {
      Report report = spec.accumulate(given).report();
      assertThat(report.rows()).extracting(ReportRow::slice)
          .containsExactly(court(HORQIN, "2022"), court(KAILU, "2022"));
      ReportRow horqin = report.rows().get(0);
      assertThat(horqin.value("lawsuitsReceived").orElseThrow().toString()).isEqualTo("16800");
      assertThat(horqin.value("reversalAndRemandRate").orElseThrow().toString())
          .isEqualTo("2.34%");
      assertThat(horqin.yearOverYear().get("lawsuitsReceived").percent(2))
          .contains(new BigDecimal("-20.00"));
      ReportRow kailu = report.rows().get(1);
      assertThat(kailu.value("reversalAndRemandRate").orElseThrow().toString())
          .isEqualTo("0.00%");
      assertThat(kailu.counts().get(Measure.LAWSUITS_RECEIVED)).isEqualTo(4_000);
    }
  }

  @Test
  void overAWindowTheSlicesHaveNoPeriod() {
    ReportSpec spec = ReportSpec.builder().metrics(COURT.select("lawsuitsReceived"))
        .by(Dimension.division(DivisionLevel.COUNTY))
        .supplied(Measure.LAWSUITS_RECEIVED, Map.of(Slice.all().withDivision(KAILU), 4_000L))
        .window(java.time.LocalDate.of(2022, 1, 1), java.time.LocalDate.of(2023, 1, 1))
        .build();
    Report report = spec.accumulate(facts()).report();
    assertThat(report.rows()).extracting(ReportRow::slice)
        .containsExactly(Slice.all().withDivision(KAILU));
  }

  @Test
  void aReportWithACountedMetricKeepsItsRowsWhereTheFactsAre() {
    ReportSpec spec = ReportSpec.builder().metrics(MetricSet.courts())
        .by(Dimension.division(DivisionLevel.COUNTY))
        .supplied(Measure.LAWSUITS_RECEIVED, Map.of(court(HORQIN, "2022"), 16_800L))
        .periods(Period.parse("2022"), Period.parse("2022")).build();
    assertThat(spec.suppliedOnly()).isFalse();
    assertThat(spec.accumulate(facts()).report().rows()).hasSize(3);
  }

  @Test
  void suppliedOnlyMetricsNeedTablesAndSlicesShapedAsTheRows() {
    assertThatThrownBy(() -> ReportSpec.builder().metrics(COURT)
        .supplied(Measure.LAWSUITS_RECEIVED, s -> 1L)
        .periods(Period.parse("2022"), Period.parse("2022")).build())
        .hasMessageContaining("lawsuitsReceived is of supplied figures only")
        .hasMessageContaining("as a table");
    assertThatThrownBy(() -> ReportSpec.builder().metrics(COURT.select("lawsuitsReceived"))
        .by(Dimension.division(DivisionLevel.COUNTY))
        .supplied(Measure.LAWSUITS_RECEIVED, Map.of(Slice.all().withPeriod(
            Period.parse("2022")), 1L))
        .periods(Period.parse("2022"), Period.parse("2022")).build())
        .hasMessageContaining("which is not a row of a report by [DIVISION] per YEAR");
    assertThatThrownBy(() -> ReportSpec.builder().metrics(COURT.select("lawsuitsReceived"))
        .supplied(Measure.LAWSUITS_RECEIVED, Map.of(Slice.all().withPeriod(
            Period.parse("2022-Q1")), 1L))
        .periods(Period.parse("2022"), Period.parse("2022")).build())
        .hasMessageContaining("not a row");
    assertThatThrownBy(() -> ReportSpec.builder().metrics(COURT.select("lawsuitsReceived"))
        .supplied(Measure.LAWSUITS_RECEIVED, Map.of(Slice.all().withPeriod(
            Period.parse("2022")), -1L))
        .periods(Period.parse("2022"), Period.parse("2022")).build())
        .hasMessageContaining("negative");
  }
}
