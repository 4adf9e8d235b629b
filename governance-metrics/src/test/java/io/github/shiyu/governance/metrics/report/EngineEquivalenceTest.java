package io.github.shiyu.governance.metrics.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.shiyu.governance.cases.CaseId;
import io.github.shiyu.governance.cases.CaseType;
import io.github.shiyu.governance.core.division.DivisionLevel;
import io.github.shiyu.governance.metrics.Measure;
import io.github.shiyu.governance.metrics.MetricSet;
import io.github.shiyu.governance.metrics.fact.CaseFact;
import io.github.shiyu.governance.metrics.fact.CaseFactTable;
import io.github.shiyu.governance.metrics.internal.Columns;
import io.github.shiyu.governance.metrics.internal.Engine;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dense lane count equals the reference computations for every cell and rate: the
 * fact-by-fact count (each fact's counters added on their own, through the hash index) and
 * the dense int cube (the count before lanes, still used when a report has slots anchored
 * elsewhere), on one thread and in chunks on two.
 */
class EngineEquivalenceTest {

  private static final MetricSet SIX = MetricSet.standard().select("resolutionRate",
      "mediationSuccessRate", "conclusionRate", "satisfactionRate", "followUpRate",
      "reworkRate");

  /** The benchmark's report: county × category × month, six rates. */
  private static final ReportSpec MONTHLY = ReportSpec.builder().metrics(SIX)
      .by(Dimension.division(DivisionLevel.COUNTY), Dimension.category())
      .periods(Period.parse("2021-01"), Period.parse("2023-12"))
      .compare(Comparison.YEAR_OVER_YEAR).build();

  /** Three dimensions (the general loop), every registration-anchored standard rate. */
  private static final ReportSpec WIDE = ReportSpec.builder()
      .metrics(MetricSet.standard().select("responseRate", "solutionRate",
          "satisfactionRate", "returnRate", "repeatPetitionRate", "closeOutRate",
          "onTimeConclusionRate", "conclusionRate"))
      .by(Dimension.grid(), Dimension.type(), Dimension.department())
      .periods(Period.parse("2021-Q1"), Period.parse("2023-Q4"))
      .counts(Measure.ESCALATED, Measure.LITIGATED, Measure.JUDICIAL_CONFIRMATION).build();

  /** One cell for every fact: the lanes overflow and are spilled. */
  private static final ReportSpec ONE_CELL = ReportSpec.builder().metrics(SIX)
      .window(LocalDate.of(2020, 1, 1), LocalDate.of(2030, 1, 1)).build();

  /** More cells than rows: the groups are made only for the cells counted in. */
  private static final ReportSpec SPARSE = ReportSpec.builder().metrics(SIX)
      .by(Dimension.division(DivisionLevel.VILLAGE), Dimension.category(), Dimension.type())
      .periods(Period.parse("2021-01"), Period.parse("2023-12")).build();

  private static final List<ReportSpec> SPECS = List.of(MONTHLY, WIDE, ONE_CELL, SPARSE);

  /** 三联三清 and the experts: slots anchored at the conclusion, so the cube, not lanes. */
  private static final ReportSpec THREE_CLEARS = ReportSpec.builder()
      .metrics(MetricSet.threeClears())
      .by(Dimension.division(DivisionLevel.COUNTY), Dimension.category())
      .periods(Period.parse("2021-01"), Period.parse("2023-12"))
      .counts(Measure.PSYCHOLOGIST_JOINED, Measure.PSYCHOLOGIST_RESOLVED).build();

  private static ExecutorService pool;

  @BeforeAll
  static void start() {
    pool = Executors.newFixedThreadPool(2);
  }

  @AfterAll
  static void stop() {
    pool.shutdown();
  }

  /** The same facts as a table the engine cannot count in lanes. */
  private static CaseFactTable withoutPatterns(List<CaseFact> facts) {
    Columns c = (Columns) CaseFactTable.of(facts);
    c.pattern = null;
    return c;
  }

  private static Report oneByOne(ReportSpec spec, List<CaseFact> facts) {
    Accumulator a = spec.accumulator();
    facts.forEach(a::add);
    return a.report();
  }

  @Test
  void theSpecsAreCountedInLanes() {
    Columns table = (Columns) CaseFactTable.of(RandomFacts.facts(1, 10));
    for (ReportSpec spec : SPECS) {
      assertThat(new Engine(spec).countsInLanes(table)).as(spec.toString()).isTrue();
    }
  }

  @Test
  void lanesEqualTheCubeAndTheFactByFactCountOnOneAndTwoThreads() {
    // above the dense threshold (4,096 rows), so the batch is counted densely
    qt().withExamples(12).forAll(longs().all(), integers().between(4_100, 9_000),
        integers().between(2, 5)).check((seed, n, chunks) -> {
          List<CaseFact> facts = RandomFacts.facts(seed, n);
          CaseFactTable table = CaseFactTable.of(facts);
          for (ReportSpec spec : SPECS) {
            Report lanes = spec.accumulate(table).report();
            if (lanes.rows().isEmpty()
                || !lanes.equals(spec.accumulate(withoutPatterns(facts)).report())
                || !lanes.equals(oneByOne(spec, facts))
                || !lanes.equals(spec.accumulate(table, pool, 2).report())
                || !lanes.equals(spec.accumulate(table, pool, chunks).report())) {
              return false;
            }
          }
          return true;
        });
  }

  @Test
  void theCubeCountsTheBacklogClearedAsTheFactByFactCountDoes() {
    qt().withExamples(6).forAll(longs().all(), integers().between(4_100, 9_000))
        .check((seed, n) -> {
          List<CaseFact> facts = RandomFacts.facts(seed, n);
          Report cube = THREE_CLEARS.accumulate(CaseFactTable.of(facts)).report();
          return !cube.rows().isEmpty()
              && cube.rows().stream().anyMatch(r -> r.counts().get(Measure.BACKLOG_CLEARED) > 0)
              && cube.equals(oneByOne(THREE_CLEARS, facts))
              && cube.equals(THREE_CLEARS.accumulate(CaseFactTable.of(facts), pool, 3)
                  .report());
        });
  }

  @Test
  void aCellOfMoreFactsThanALaneHoldsIsSpilledNotLost() {
    List<CaseFact> facts = new ArrayList<>(RandomFacts.facts(7, 70_000));
    Report lanes = ONE_CELL.accumulate(CaseFactTable.of(facts)).report();
    assertThat(lanes.rows()).hasSize(1);
    assertThat(lanes.rows().get(0).counts().get(Measure.REGISTERED)).isEqualTo(70_000);
    assertThat(lanes).isEqualTo(ONE_CELL.accumulate(withoutPatterns(facts)).report())
        .isEqualTo(oneByOne(ONE_CELL, facts))
        .isEqualTo(ONE_CELL.accumulate(CaseFactTable.of(facts), pool, 2).report());
  }

  @Test
  void aHotCellAmongManyEmptyOnesIsSpilledNotLost() {
    // 1,001 departments × 5 types × 36 months = 180,180 cells for 40,000 rows: most cells
    // stay empty, one cell takes 39,000 rows
    ReportSpec byDepartment = ReportSpec.builder().metrics(SIX)
        .by(Dimension.department(), Dimension.type())
        .periods(Period.parse("2021-01"), Period.parse("2023-12")).build();
    List<CaseFact> facts = new ArrayList<>();
    List<CaseFact> random = RandomFacts.facts(5, 1_000);
    for (int i = 0; i < 1_000; i++) {
      facts.add(random.get(i).toBuilder().departmentId("d" + i).build());
    }
    CaseFact hot = random.get(0).toBuilder().departmentId("hot").build();
    for (int i = 0; i < 39_000; i++) {
      facts.add(hot);
    }
    CaseFactTable table = CaseFactTable.of(facts);
    assertThat(new Engine(byDepartment).countsInLanes((Columns) table)).isTrue();
    Report lanes = byDepartment.accumulate(table).report();
    assertThat(lanes.rows()).anySatisfy(row ->
        assertThat(row.counts().get(Measure.REGISTERED)).isGreaterThanOrEqualTo(39_000));
    assertThat(lanes).isEqualTo(byDepartment.accumulate(withoutPatterns(facts)).report())
        .isEqualTo(oneByOne(byDepartment, facts))
        .isEqualTo(byDepartment.accumulate(table, pool, 2).report());
  }

  @Test
  void aSecondBatchIntoTheSameAccumulatorAddsToTheSameGroups() {
    List<CaseFact> facts = RandomFacts.facts(11, 12_000);
    CaseFactTable table = CaseFactTable.of(facts);
    for (ReportSpec spec : SPECS) {
      Accumulator twice = spec.accumulator().addAll(table, 0, 6_000).addAll(table, 6_000,
          12_000);
      twice.add(RandomFacts.facts(12, 1).get(0).toBuilder().id(CaseId.of("late"))
          .type(CaseType.DISPUTE).build());
      Accumulator reference = spec.accumulator();
      facts.forEach(reference::add);
      reference.add(RandomFacts.facts(12, 1).get(0).toBuilder().id(CaseId.of("late"))
          .type(CaseType.DISPUTE).build());
      assertThat(twice.report()).isEqualTo(reference.report());
    }
  }
}
