package io.github.shiyu.governance.metrics.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.shiyu.governance.cases.CaseId;
import io.github.shiyu.governance.cases.CaseType;
import io.github.shiyu.governance.core.category.CategoryTaxonomy;
import io.github.shiyu.governance.core.division.DivisionCode;
import io.github.shiyu.governance.core.time.WorkCalendar;
import io.github.shiyu.governance.metrics.MetricSet;
import io.github.shiyu.governance.metrics.fact.CaseFact;
import io.github.shiyu.governance.metrics.fact.CaseFactTable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * 三联三清 (Laohekou) on nine disputes whose figures are worked out by hand below: the stock
 * at the period's start and how much of it was cleared, the new cases and how many were
 * resolved, and the matters that came back.
 */
class ThreeClearsTest {

  private static final DivisionCode LAOHEKOU = DivisionCode.parse("420682001001");

  private static Instant at(String shanghaiLocal) {
    return LocalDateTime.parse(shanghaiLocal).atZone(WorkCalendar.ZONE).toInstant();
  }

  private static CaseFact.Builder dispute(String id, String registered) {
    return CaseFact.builder(CaseId.of(id), CaseType.DISPUTE,
        CategoryTaxonomy.standard().require("dispute.neighbour"), LAOHEKOU, at(registered))
        .acceptedAt(at(registered));
  }

  private static CaseFact concluded(String id, String registered, String concluded,
      boolean resolved) {
    return dispute(id, registered).concludedAt(at(concluded)).resolved(resolved).build();
  }

  /**
   * The second quarter of 2023. Open on 1 April (the stock): A, B, C, E; D was concluded in
   * March. Of the stock, A (20 April) and E (30 June, 23:59) were concluded in the quarter:
   * 2 of 4. New in the quarter: F, G, H, I; F and G resolved (2 of 4); G repeats an earlier
   * matter (1 of 4); of the three concluded, I was concluded after a reopening (1 of 3).
   */
  private static final List<CaseFact> FACTS = List.of(
      concluded("A", "2023-02-10T09:00", "2023-04-20T10:00", true),
      concluded("B", "2023-03-05T09:00", "2023-08-01T10:00", true),
      dispute("C", "2023-01-15T09:00").build(),
      concluded("D", "2023-03-20T09:00", "2023-03-30T10:00", true),
      concluded("E", "2023-03-31T23:00", "2023-06-30T23:59", false),
      concluded("F", "2023-04-02T09:00", "2023-04-10T10:00", true),
      dispute("G", "2023-05-05T09:00").repeat(true).concludedAt(at("2023-06-01T10:00"))
          .resolved(true).build(),
      dispute("H", "2023-06-10T09:00").build(),
      dispute("I", "2023-06-15T09:00").concludedAt(at("2023-06-20T10:00")).reopened(true)
          .build());

  private static String value(ReportRow row, String metric) {
    return row.value(metric).orElseThrow().toString();
  }

  @Test
  void aQuarterClearsHalfItsStockAndResolvesHalfItsNewCases() {
    ReportSpec spec = ReportSpec.builder().metrics(MetricSet.threeClears())
        .periods(Period.parse("2023-Q2"), Period.parse("2023-Q2")).build();
    for (Report report : List.of(spec.accumulate(FACTS).report(),
        spec.accumulate(CaseFactTable.of(FACTS)).report())) {
      ReportRow q2 = report.row(Slice.all().withPeriod(Period.parse("2023-Q2"))).orElseThrow();
      assertThat(value(q2, "backlogStart")).isEqualTo("4");
      assertThat(value(q2, "backlogCleared")).isEqualTo("2");
      assertThat(value(q2, "backlogClearanceRate")).isEqualTo("50.00%");
      assertThat(value(q2, "inflow")).isEqualTo("4");
      assertThat(value(q2, "inflowResolutionRate")).isEqualTo("50.00%");
      assertThat(value(q2, "recurrenceRate")).isEqualTo("25.00%");
      assertThat(value(q2, "reworkRate")).isEqualTo("33.33%");
    }
  }

  /**
   * Month by month, the stock of each month includes the cases of the earlier months still
   * open: April starts with A, B, C, E and clears A (1 of 4); May starts with B, C, E (F was
   * concluded in April) and clears none; June starts with B, C, E and G (registered in May,
   * open on 1 June) and clears E and G (2 of 4), while I, new in June, counts as new.
   */
  @Test
  void eachMonthsStockIncludesTheEarlierMonthsCasesStillOpen() {
    ReportSpec spec = ReportSpec.builder().metrics(MetricSet.threeClears())
        .periods(Period.parse("2023-04"), Period.parse("2023-06")).build();
    for (Report report : List.of(spec.accumulate(FACTS).report(),
        spec.accumulate(CaseFactTable.of(FACTS)).report())) {
      ReportRow april = report.row(Slice.all().withPeriod(Period.parse("2023-04")))
          .orElseThrow();
      ReportRow may = report.row(Slice.all().withPeriod(Period.parse("2023-05"))).orElseThrow();
      ReportRow june = report.row(Slice.all().withPeriod(Period.parse("2023-06")))
          .orElseThrow();
      assertThat(List.of(value(april, "backlogStart"), value(april, "backlogCleared"),
          value(april, "backlogClearanceRate"))).containsExactly("4", "1", "25.00%");
      assertThat(List.of(value(may, "backlogStart"), value(may, "backlogCleared"),
          value(may, "backlogClearanceRate"))).containsExactly("3", "0", "0.00%");
      assertThat(List.of(value(june, "backlogStart"), value(june, "backlogCleared"),
          value(june, "backlogClearanceRate"))).containsExactly("4", "2", "50.00%");
      assertThat(value(june, "inflow")).isEqualTo("2");
    }
  }
}
