package io.github.shiyu.governance.metrics.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.shiyu.governance.cases.CaseId;
import io.github.shiyu.governance.cases.CaseType;
import io.github.shiyu.governance.core.InvalidValueException;
import io.github.shiyu.governance.core.category.CategoryTaxonomy;
import io.github.shiyu.governance.core.division.DivisionCode;
import io.github.shiyu.governance.core.division.DivisionLevel;
import io.github.shiyu.governance.metrics.Measure;
import io.github.shiyu.governance.metrics.Metric;
import io.github.shiyu.governance.metrics.MetricSet;
import io.github.shiyu.governance.metrics.MetricUnit;
import io.github.shiyu.governance.metrics.fact.CaseFact;
import io.github.shiyu.governance.metrics.fact.CaseFactTable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The published figures again, this time computed from case facts through a report. */
class PublishedReportsTest {

  private static final DivisionCode TIANMEN = DivisionCode.parse("429006001001");
  private static final DivisionCode HORQIN = DivisionCode.parse("150502001001");
  private static final DivisionCode YONGQIAO = DivisionCode.parse("341302001001");

  private static Instant at(String shanghaiLocal) {
    return java.time.LocalDateTime.parse(shanghaiLocal)
        .atZone(io.github.shiyu.governance.core.time.WorkCalendar.ZONE).toInstant();
  }

  private static CaseFact.Builder fact(String id, CaseType type, String category,
      DivisionCode division, Instant registered) {
    return CaseFact.builder(CaseId.of(id), type, CategoryTaxonomy.standard().require(category),
        division, registered);
  }

  private static String value(Report report, Slice slice, String metric) {
    return report.row(slice).orElseThrow().value(metric).orElseThrow().toString();
  }

  @Test
  void tianmenClosureRatesOverCasesDueInDecember2016() {
    List<CaseFact> facts = new ArrayList<>();
    Instant registered = at("2016-11-20T09:00:00");
    for (int i = 0; i < 972; i++) {
      // due on every day of December, the last ones just before midnight in Shanghai
      Instant due = at(String.format("2016-12-%02dT23:30:00", 1 + i % 31));
      CaseFact.Builder b = fact("TM" + i, CaseType.GRID_INCIDENT, "citymgmt.event", TIANMEN,
          registered).acceptedAt(registered).dueAt(due);
      if (i < 737) {
        b.concludedAt(due.minusSeconds(3600));
      } else if (i < 911) {
        b.concludedAt(due.plusSeconds(2 * 86_400));
      }
      facts.add(b.build());
    }
    // due just after midnight of 1 January in Shanghai (still 31 December in UTC): January's
    facts.add(fact("TM-jan", CaseType.GRID_INCIDENT, "citymgmt.event", TIANMEN, registered)
        .acceptedAt(registered).dueAt(at("2017-01-01T00:30:00")).build());
    ReportSpec spec = ReportSpec.builder()
        .metrics(MetricSet.standard().select("closureRate", "onTimeClosureRate"))
        .periods(Period.parse("2016-12"), Period.parse("2017-01")).build();
    Report report = spec.accumulate(CaseFactTable.of(facts)).report();
    Slice december = Slice.all().withPeriod(Period.parse("2016-12"));
    assertThat(report.row(december).orElseThrow().counts().get(Measure.DUE)).isEqualTo(972);
    assertThat(value(report, december, "closureRate")).isEqualTo("93.72%");
    assertThat(value(report, december, "onTimeClosureRate")).isEqualTo("75.82%");
    Slice january = Slice.all().withPeriod(Period.parse("2017-01"));
    assertThat(report.row(january).orElseThrow().counts().get(Measure.DUE)).isEqualTo(1);
    assertThat(value(report, january, "closureRate")).isEqualTo("0.00%");
  }

  @Test
  void suzhouMediationSuccessCountsPreLitigationCasesOnly() {
    List<CaseFact> facts = new ArrayList<>();
    Instant t = at("2023-03-01T10:00:00");
    for (int i = 0; i < 141; i++) {
      CaseFact.Builder b = fact("SZ" + i, CaseType.PRE_LITIGATION, "dispute.contract",
          YONGQIAO, t).acceptedAt(t);
      if (i < 130) {
        b.concludedAt(t.plusSeconds(86_400)).resolved(i < 115);
      }
      facts.add(b.build());
    }
    for (int i = 0; i < 50; i++) { // work orders concluded unresolved: out of the scope
      facts.add(fact("WO" + i, CaseType.WORK_ORDER, "hotline.complaint", YONGQIAO, t)
          .acceptedAt(t).concludedAt(t.plusSeconds(60)).build());
    }
    Report report = ReportSpec.builder().window(LocalDate.of(2023, 1, 1),
        LocalDate.of(2024, 1, 1)).build().accumulate(facts).report();
    var row = report.rows().get(0);
    assertThat(row.value("mediationSuccessRate").orElseThrow().toString()).isEqualTo("88.46%");
    assertThat(row.value("mediationSuccessRate").orElseThrow().denominator()).isEqualTo(130);
    assertThat(row.counts().get(Measure.CONCLUDED)).isEqualTo(180);
  }

  @Test
  void tongliaoResolutionAndProxyConclusionFromFacts() {
    List<CaseFact> disputes = new ArrayList<>();
    Instant t = at("2022-06-01T10:00:00");
    for (int i = 0; i < 7444; i++) {
      CaseFact.Builder b = fact("TL" + i, CaseType.DISPUTE, "dispute.neighbour", HORQIN, t);
      if (i < 6925) {
        b.acceptedAt(t).concludedAt(t.plusSeconds(86_400)).resolved(true);
      }
      disputes.add(b.build());
    }
    MetricSet tongliao = MetricSet.standard(MetricSet.Options.defaults().percentDigits(0));
    ReportSpec year = ReportSpec.builder().metrics(tongliao)
        .periods(Period.parse("2022"), Period.parse("2022")).build();
    Report report = year.accumulate(CaseFactTable.of(disputes)).report();
    assertThat(value(report, Slice.all().withPeriod(Period.parse("2022")), "resolutionRate"))
        .isEqualTo("93%");

    List<CaseFact> proxy = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      CaseFact.Builder b = fact("PX" + i, CaseType.PETITION, "dispute.other", HORQIN, t)
          .acceptedAt(t);
      if (i < 440) {
        b.concludedAt(t.plusSeconds(86_400));
      }
      proxy.add(b.build());
    }
    Report proxyReport = ReportSpec.builder().metrics(MetricSet.standard())
        .periods(Period.parse("2022"), Period.parse("2022")).build().accumulate(proxy).report();
    assertThat(value(proxyReport, Slice.all().withPeriod(Period.parse("2022")),
        "conclusionRate")).isEqualTo("88.00%");
  }

  @Test
  void tongliaoLawsuitsYearOnYearFromFacts() {
    Metric lawsuits = Metric.builder("lawsuits").names("收案数", "lawsuits received")
        .numerator(Measure.LITIGATED).unit(MetricUnit.COUNT).digits(0).build();
    CaseFactTable.Builder table = CaseFactTable.builder(100_000);
    Instant y2021 = at("2021-05-01T10:00:00");
    Instant y2022 = at("2022-05-01T10:00:00");
    for (int i = 0; i < 55_861; i++) {
      table.add(fact("L" + i, CaseType.DISPUTE, "dispute.contract", HORQIN, y2021)
          .litigated(true).build());
    }
    for (int i = 0; i < 43_320; i++) {
      table.add(fact("M" + i, CaseType.DISPUTE, "dispute.contract", HORQIN, y2022)
          .litigated(true).build());
    }
    ReportSpec spec = ReportSpec.builder().metrics(MetricSet.of(lawsuits))
        .periods(Period.parse("2022"), Period.parse("2022"))
        .compare(Comparison.YEAR_OVER_YEAR).build();
    Report report = spec.accumulate(table.build()).report();
    assertThat(report.rows()).hasSize(1);
    ReportRow row = report.rows().get(0);
    assertThat(row.value("lawsuits").orElseThrow().toString()).isEqualTo("43320");
    assertThat(row.yearOverYear().get("lawsuits").percent(2))
        .contains(new BigDecimal("-22.45"));
  }

  @Test
  void kuiwenReceptionsCountCasesAndPersonVisitsApart() {
    List<CaseFact> facts = new ArrayList<>();
    Instant t = at("2021-04-01T10:00:00");
    int visits = 0;
    for (int i = 0; i < 859; i++) {
      int v = i < 369 ? 3 : 2; // 369 × 3 + 490 × 2 = 2,087
      visits += v;
      CaseFact.Builder b = fact("KW" + i, CaseType.PETITION, "dispute.other",
          DivisionCode.parse("370705001001"), t).personVisits(v);
      if (i < 835) {
        b.acceptedAt(t).concludedAt(t.plusSeconds(3600)).resolved(true);
      }
      facts.add(b.build());
    }
    assertThat(visits).isEqualTo(2087);
    // Leader reception days receive petitions, and 化解率 is defined over disputes, so the
    // standard rate leaves them out; Kuiwen's figure is a local rate defined as data.
    Metric receptionResolution = Metric.builder("receptionResolutionRate")
        .names("接访化解率", "reception resolution rate").numerator(Measure.RESOLVED)
        .denominator(Measure.REGISTERED).digits(2).scope(CaseType.PETITION).build();
    Report report = ReportSpec.builder()
        .metrics(MetricSet.standard().select("resolutionRate").with(receptionResolution))
        .counts(Measure.PERSON_VISITS).window(LocalDate.of(2021, 1, 1),
            LocalDate.of(2022, 1, 1)).build().accumulate(facts).report();
    ReportRow row = report.rows().get(0);
    assertThat(row.value("resolutionRate").orElseThrow().isDefined()).isFalse();
    assertThat(row.value("receptionResolutionRate").orElseThrow().toString())
        .isEqualTo("97.21%");
    assertThat(row.counts().get(Measure.PERSON_VISITS)).isEqualTo(2087);
    assertThat(row.counts().get(Measure.REGISTERED)).isEqualTo(859);
  }

  @Test
  void suppliedFiguresGiveCoverageAndLawsuitsPerTenThousand() {
    Instant t = at("2023-02-01T10:00:00");
    List<CaseFact> facts = new ArrayList<>();
    for (int i = 0; i < 47; i++) {
      facts.add(fact("S" + i, CaseType.DISPUTE, "dispute.property_management", YONGQIAO, t)
          .litigated(true).build());
    }
    ReportSpec spec = ReportSpec.builder()
        .metrics(MetricSet.standard().select("coverageRate", "lawsuitsPer10k"))
        .by(Dimension.division(DivisionLevel.COUNTY))
        .window(LocalDate.of(2023, 1, 1), LocalDate.of(2024, 1, 1))
        .supplied(Measure.UNITS, s -> 817).supplied(Measure.UNITS_COVERED, s -> 817)
        .supplied(Measure.RESIDENTS, s -> s.division().orElseThrow().value()
            .startsWith("341302") ? 200_000 : 0)
        .build();
    ReportRow row = spec.accumulate(facts).report().rows().get(0);
    assertThat(row.value("coverageRate").orElseThrow().toString()).isEqualTo("100.00%");
    assertThat(row.value("lawsuitsPer10k").orElseThrow().toString())
        .isEqualTo("2.35 per 10,000");
    assertThat(row.counts().get(Measure.RESIDENTS)).isEqualTo(200_000);
  }

  @Test
  void categoriesRollUpIntoTheirParentsAndDivisionsIntoTheirAncestors() {
    Instant t = at("2023-02-01T10:00:00");
    List<CaseFact> facts = List.of(
        fact("a", CaseType.DISPUTE, "dispute.labour", HORQIN, t).build(),
        fact("b", CaseType.DISPUTE, "dispute.labour", HORQIN, t).build(),
        fact("c", CaseType.DISPUTE, "dispute.neighbour", DivisionCode.parse("150502002001"),
            t).build(),
        fact("d", CaseType.DISPUTE, "dispute.neighbour", DivisionCode.parse("150521001001"),
            t).build());
    ReportSpec spec = ReportSpec.builder()
        .by(Dimension.divisionRollUp(DivisionLevel.TOWNSHIP, DivisionLevel.CITY),
            Dimension.categoryWithParents(CategoryTaxonomy.standard()))
        .window(LocalDate.of(2023, 1, 1), LocalDate.of(2024, 1, 1)).build();
    Report r = spec.accumulate(facts).report();
    java.util.function.BiFunction<String, String, Long> registered = (d, c) -> r.row(Slice.all()
        .withDivision(DivisionCode.parse(d)).withCategory(c)).map(x -> x.counts()
        .get(Measure.REGISTERED)).orElse(0L);
    assertThat(registered.apply("150500", "dispute")).isEqualTo(4);
    assertThat(registered.apply("150502", "dispute")).isEqualTo(3);
    assertThat(registered.apply("150502", "dispute.labour")).isEqualTo(2);
    assertThat(registered.apply("150502001000", "dispute.labour")).isEqualTo(2);
    assertThat(registered.apply("150502002000", "dispute.neighbour")).isEqualTo(1);
    assertThat(registered.apply("150521", "dispute.neighbour")).isEqualTo(1);
  }

  @Test
  void undefinedIsNullInJsonAndEmptyInCsvNeverZero() throws Exception {
    Instant t = at("2023-02-01T10:00:00");
    List<CaseFact> facts = List.of(fact("a", CaseType.DISPUTE, "dispute.labour", HORQIN, t)
        .acceptedAt(t).build());
    ReportSpec spec = ReportSpec.builder()
        .metrics(MetricSet.standard().select("conclusionRate", "closureRate"))
        .by(Dimension.division(DivisionLevel.COUNTY))
        .periods(Period.parse("2023-01"), Period.parse("2023-03"))
        .compare(Comparison.PERIOD_OVER_PERIOD).stockAndFlow().build();
    Report report = spec.accumulate(facts).report();
    JsonNode json = new ObjectMapper().readTree(new ObjectMapper().writeValueAsString(report));
    assertThat(json).isEqualTo(new ObjectMapper().readTree(report.toJson()));
    JsonNode february = json.get("rows").get(0);
    assertThat(february.get("division").asText()).isEqualTo("150502000000");
    assertThat(february.get("period").asText()).isEqualTo("2023-02");
    assertThat(february.get("counts").get("backlog_end").asLong()).isEqualTo(1);
    JsonNode closure = february.get("values").get("closureRate");
    assertThat(closure.get("value").isNull()).isTrue();
    assertThat(closure.get("defined").asBoolean()).isFalse();
    assertThat(february.get("values").get("conclusionRate").get("value").decimalValue())
        .isEqualByComparingTo("0");
    // March: nothing new, the case is still open: a row for the backlog
    assertThat(json.get("rows").get(1).get("counts").get("backlog_start").asLong())
        .isEqualTo(1);
    String[] csv = report.toCsv().split("\n");
    assertThat(csv[0]).startsWith("division,period,").contains("closureRate,"
        + "closureRate_numerator,closureRate_denominator,closureRate_pop");
    assertThat(csv[1]).startsWith("150502000000,2023-02,").contains(",,0,0,");
    assertThat(csv).hasSize(3);
  }

  @Test
  void specificationsAreCheckedAtBuild() {
    assertThatThrownBy(() -> ReportSpec.builder().build())
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("metrics.spec");
    assertThatThrownBy(() -> ReportSpec.builder().window(LocalDate.of(2023, 1, 1),
        LocalDate.of(2024, 1, 1)).compare(Comparison.YEAR_OVER_YEAR).build())
        .hasMessageContaining("comparisons need periods");
    assertThatThrownBy(() -> ReportSpec.builder().by(Dimension.division(DivisionLevel.COUNTY),
        Dimension.grid(), Dimension.category(), Dimension.department())
        .window(LocalDate.of(2023, 1, 1), LocalDate.of(2024, 1, 1)).build())
        .hasMessageContaining("66 key bits");
    assertThatThrownBy(() -> ReportSpec.builder().supplied(Measure.RESOLVED, s -> 1))
        .hasMessageContaining("counted from case facts");
    ReportSpec a = ReportSpec.builder().window(LocalDate.of(2023, 1, 1),
        LocalDate.of(2024, 1, 1)).build();
    ReportSpec b = ReportSpec.builder().window(LocalDate.of(2023, 1, 1),
        LocalDate.of(2024, 1, 1)).build();
    assertThatThrownBy(() -> a.accumulator().merge(b.accumulator()))
        .hasMessageContaining("metrics.incompatible");
  }
}
