package io.github.shiyu.governance.people;

import static io.github.shiyu.governance.people.SensitiveTextGuard.thrownBy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.shiyu.governance.core.GovernanceException;
import io.github.shiyu.governance.core.division.DivisionCode;
import io.github.shiyu.governance.core.division.DivisionLevel;
import io.github.shiyu.governance.core.grid.GridCode;
import io.github.shiyu.governance.core.time.WorkCalendar;
import io.github.shiyu.governance.metrics.Measure;
import io.github.shiyu.governance.metrics.MetricSet;
import io.github.shiyu.governance.metrics.MetricValue;
import io.github.shiyu.governance.metrics.report.Period;
import io.github.shiyu.governance.metrics.report.ReportRow;
import io.github.shiyu.governance.metrics.report.Slice;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Coverage equals visited households over households, per grid, worker and division. */
@ExtendWith(SensitiveTextGuard.class)
class HouseholdCoverageTest {

  private static final Period MARCH = Period.parse("2026-03");
  private static final List<DivisionCode> COMMUNITIES = List.of(
      DivisionCode.parse("370705001001"), DivisionCode.parse("370705001002"),
      DivisionCode.parse("370705002001"), DivisionCode.parse("370702001001"));

  @Test
  void coverageEqualsVisitedHouseholdsOverHouseholds() {
    qt().withExamples(150).forAll(longs().all(), integers().between(1, 8),
        integers().between(0, 400)).checkAssert((seed, grids, visits) -> {
          Random random = new Random(seed);
          List<GridCode> gridList = new ArrayList<>();
          Map<GridCode, String> workers = new HashMap<>();
          for (int g = 0; g < grids; g++) {
            GridCode grid = GridCode.of(COMMUNITIES.get(random.nextInt(COMMUNITIES.size())),
                1 + g);
            gridList.add(grid);
            if (random.nextInt(5) > 0) {
              workers.put(grid, "gw-" + random.nextInt(3));
            }
          }
          List<Household> households = new ArrayList<>();
          for (int h = 0; h < 5 + random.nextInt(60); h++) {
            households.add(Household.of(HouseholdId.of("H-" + h),
                gridList.get(random.nextInt(gridList.size()))));
          }
          List<VisitRecord> entries = new ArrayList<>();
          for (int v = 0; v < visits; v++) {
            Household h = households.get(random.nextInt(households.size()));
            LocalDate day = LocalDate.of(2026, 2, 20).plusDays(random.nextInt(50));
            VisitRecord.Builder b = VisitRecord.builder("MQ-" + v, "gw-" + random.nextInt(3),
                h.grid(), DutyTaxonomy.STANDARD.get(random.nextInt(7)),
                day.atTime(10, 0).atZone(WorkCalendar.ZONE).toInstant());
            if (random.nextInt(6) > 0) {
              b.household(random.nextInt(20) == 0 ? HouseholdId.of("H-unknown") : h.id());
            }
            entries.add(b.build());
          }
          List<ReportRow> rows = HouseholdCoverage.builder().rollUpTo(DivisionLevel.CITY)
              .build().table(households, workers, entries, MARCH);

          // the same figures, counted independently with sets
          Set<HouseholdId> visited = new HashSet<>();
          Map<HouseholdId, Set<String>> visitors = new HashMap<>();
          for (VisitRecord e : entries) {
            if (e.household().isPresent() && !e.day().isBefore(MARCH.start())
                && e.day().isBefore(MARCH.end())) {
              visited.add(e.household().get());
              visitors.computeIfAbsent(e.household().get(), k -> new HashSet<>()).add(e.worker());
            }
          }
          Map<Slice, long[]> expected = new HashMap<>();
          for (Household h : households) {
            boolean seen = visited.contains(h.id());
            bump(expected, Slice.all().withDivision(h.grid().community()).withGrid(h.grid())
                .withPeriod(MARCH), seen);
            for (DivisionLevel level : List.of(DivisionLevel.CITY, DivisionLevel.COUNTY,
                DivisionLevel.TOWNSHIP, DivisionLevel.VILLAGE)) {
              bump(expected, Slice.all().withDivision(h.grid().community().ancestorAt(level))
                  .withPeriod(MARCH), seen);
            }
            String w = workers.get(h.grid());
            if (w != null) {
              bump(expected, Slice.all().withDepartment(w).withPeriod(MARCH),
                  visitors.getOrDefault(h.id(), Set.of()).contains(w));
            }
          }
          assertThat(rows).extracting(ReportRow::slice)
              .containsExactlyInAnyOrderElementsOf(expected.keySet());
          for (ReportRow row : rows) {
            long[] c = expected.get(row.slice());
            assertThat(row.counts().get(Measure.UNITS)).isEqualTo(c[0]);
            assertThat(row.counts().get(Measure.UNITS_COVERED)).isEqualTo(c[1]);
            MetricValue v = row.value("householdCoverageRate").orElseThrow();
            assertThat(v.value()).contains(BigDecimal.valueOf(c[1] * 100)
                .divide(BigDecimal.valueOf(c[0]), 2, RoundingMode.HALF_UP));
          }
        });
  }

  private static void bump(Map<Slice, long[]> out, Slice slice, boolean seen) {
    long[] c = out.computeIfAbsent(slice, s -> new long[2]);
    c[0]++;
    c[1] += seen ? 1 : 0;
  }

  @Test
  void aWorkedExampleAndTheStandardCoverageRate() {
    GridCode g1 = Fixtures.grid(1);
    GridCode g2 = Fixtures.grid(2);
    List<Household> households = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      households.add(Household.of(HouseholdId.of("H-" + i), i < 4 ? g1 : g2));
    }
    java.time.Instant at = LocalDate.of(2026, 3, 10).atTime(9, 0)
        .atZone(WorkCalendar.ZONE).toInstant();
    List<VisitRecord> entries = List.of(
        record("MQ-1", "gw-1", g1, "H-0", at), record("MQ-2", "gw-1", g1, "H-0", at),
        record("MQ-3", "gw-1", g1, "H-1", at), record("MQ-4", "gw-2", g1, "H-2", at),
        record("MQ-5", "gw-2", g2, "H-4", at));
    HouseholdCoverage coverage = HouseholdCoverage.builder()
        .metric(MetricSet.standard().require("coverageRate")).rollUpTo(DivisionLevel.COUNTY)
        .build();
    List<ReportRow> rows = coverage.table(households, Map.of(g1, "gw-1", g2, "gw-2"), entries,
        MARCH);
    assertThat(rate(rows, Slice.all().withDivision(g1.community()).withGrid(g1)))
        .isEqualTo("75.00");   // H-0, H-1, H-2 of 4
    assertThat(rate(rows, Slice.all().withDepartment("gw-1"))).isEqualTo("50.00");
    assertThat(rate(rows, Slice.all().withDepartment("gw-2"))).isEqualTo("25.00");
    assertThat(rate(rows, Slice.all().withDivision(DivisionCode.parse("370705"))))
        .isEqualTo("50.00");   // 4 of 8
    assertThat(coverage.table(households, Map.of(), entries, Period.parse("2026-04")))
        .allMatch(r -> r.counts().get(Measure.UNITS_COVERED) == 0);
    assertThat(coverage.table(households, Map.of(), entries, Period.parse("2026-02"),
        Period.parse("2026-04"))).hasSize(3 * 5);
  }

  @Test
  void onlyTheChosenDutiesCount() {
    GridCode g1 = Fixtures.grid(1);
    java.time.Instant at = LocalDate.of(2026, 3, 10).atTime(9, 0)
        .atZone(WorkCalendar.ZONE).toInstant();
    VisitRecord publicity = VisitRecord.builder("MQ-1", "gw-1", g1, DutyTaxonomy.POLICY_PUBLICITY,
        at).household(HouseholdId.of("H-0")).build();
    List<ReportRow> rows = HouseholdCoverage.builder().duties(DutyTaxonomy.SENTIMENT_VISIT)
        .build().table(List.of(Household.of(HouseholdId.of("H-0"), g1)), Map.of(),
            List.of(publicity), MARCH);
    assertThat(rows).allMatch(r -> r.counts().get(Measure.UNITS_COVERED) == 0);
  }

  @Test
  void aMetricCountedFromCaseFactsIsRefused() {
    thrownBy(() -> HouseholdCoverage.builder()
        .metric(MetricSet.standard().require("resolutionRate")).build())
        .extracting(t -> ((GovernanceException) t).code()).isEqualTo(PeopleErrors.COVERAGE);
    thrownBy(() -> HouseholdCoverage.builder().duties(PopulationTaxonomy.BAIL).build())
        .extracting(t -> ((GovernanceException) t).code()).isEqualTo(PeopleErrors.CATEGORY);
  }

  private static VisitRecord record(String id, String worker, GridCode grid, String household,
      java.time.Instant at) {
    return VisitRecord.builder(id, worker, grid, DutyTaxonomy.SENTIMENT_VISIT, at)
        .household(HouseholdId.of(household)).build();
  }

  private static String rate(List<ReportRow> rows, Slice slice) {
    Slice s = slice.withPeriod(MARCH);
    return rows.stream().filter(r -> r.slice().equals(s)).findFirst().orElseThrow()
        .values().get(0).value().orElseThrow().toPlainString();
  }
}
