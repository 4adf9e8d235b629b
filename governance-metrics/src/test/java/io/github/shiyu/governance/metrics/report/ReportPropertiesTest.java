package io.github.shiyu.governance.metrics.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.shiyu.governance.core.InvalidValueException;
import io.github.shiyu.governance.core.category.CategoryTaxonomy;
import io.github.shiyu.governance.core.division.DivisionCode;
import io.github.shiyu.governance.core.division.DivisionLevel;
import io.github.shiyu.governance.metrics.Counts;
import io.github.shiyu.governance.metrics.Measure;
import io.github.shiyu.governance.metrics.MetricErrors;
import io.github.shiyu.governance.metrics.MetricSet;
import io.github.shiyu.governance.metrics.MetricUnit;
import io.github.shiyu.governance.metrics.MetricValue;
import io.github.shiyu.governance.metrics.fact.CaseFact;
import io.github.shiyu.governance.metrics.fact.CaseFactTable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/** The rules of aggregation, stated as properties over random facts. */
class ReportPropertiesTest {

  // one definition: the twin a worker builds must be the same spec, instance apart
  private static final ReportSpec MONTHLY = monthly();

  private static final ReportSpec ROLL_UP = ReportSpec.builder()
      .by(Dimension.divisionRollUp(DivisionLevel.VILLAGE, DivisionLevel.PROVINCE),
          Dimension.categoryWithParents(CategoryTaxonomy.standard()), Dimension.department())
      .periods(Period.parse("2021-Q1"), Period.parse("2023-Q4"))
      .stockAndFlow()
      .build();

  private static final ReportSpec BY_GRID = ReportSpec.builder()
      .by(Dimension.grid(), Dimension.type())
      .window(LocalDate.of(2021, 6, 1), LocalDate.of(2023, 6, 1))
      .stockAndFlow()
      .build();

  private static final List<ReportSpec> SPECS = List.of(MONTHLY, ROLL_UP, BY_GRID);

  private static Report batch(ReportSpec spec, List<CaseFact> facts) {
    return spec.accumulate(CaseFactTable.of(facts)).report();
  }

  @Test
  void aRateIsUndefinedOrWithinZeroAndOne() {
    qt().withExamples(150).forAll(longs().all(), integers().between(0, 120))
        .check((seed, n) -> {
          for (ReportSpec spec : SPECS) {
            for (ReportRow row : batch(spec, RandomFacts.facts(seed, n)).rows()) {
              for (MetricValue v : row.values()) {
                if (v.unit() == MetricUnit.PERCENT && v.isDefined()) {
                  double f = v.fraction().orElseThrow();
                  if (!(f >= 0 && f <= 1)) {
                    return false;
                  }
                } else if (!v.isDefined() && v.value().isPresent()) {
                  return false;
                }
              }
            }
          }
          return true;
        });
  }

  @Test
  void mergeIsAssociativeAndCommutativeAndEqualsTheWhole() {
    qt().withExamples(150).forAll(longs().all(), integers().between(0, 90),
        integers().between(0, 100), integers().between(0, 100)).check((seed, n, i, j) -> {
          List<CaseFact> facts = RandomFacts.facts(seed, n);
          int a = Math.min(i, j) * n / 100;
          int b = Math.max(i, j) * n / 100;
          for (ReportSpec spec : SPECS) {
            Accumulator x = spec.accumulate(facts.subList(0, a));
            Accumulator y = spec.accumulate(CaseFactTable.of(facts.subList(a, b)));
            Accumulator z = spec.accumulate(facts.subList(b, n));
            Report left = x.copy().merge(y).merge(z).report();
            Report right = x.copy().merge(y.copy().merge(z)).report();
            Report swapped = z.copy().merge(x).merge(y).report();
            Report whole = batch(spec, facts);
            if (!left.equals(right) || !left.equals(swapped) || !left.equals(whole)) {
              return false;
            }
          }
          return true;
        });
  }

  @Test
  void anAccumulatorsBytesMergeAsTheAccumulatorIntoAnotherSpecInstance() {
    // a worker builds its own specification; its bytes must count the same on the driver
    List<ReportSpec> twins = List.of(monthly(), ROLL_UP, BY_GRID);
    qt().withExamples(100).forAll(longs().all(), integers().between(0, 90),
        integers().between(0, 100)).check((seed, n, i) -> {
          List<CaseFact> facts = RandomFacts.facts(seed, n);
          int a = i * n / 100;
          for (int s = 0; s < SPECS.size(); s++) {
            ReportSpec spec = SPECS.get(s);
            Accumulator x = spec.accumulate(facts.subList(0, a));
            Accumulator y = twins.get(s).accumulate(CaseFactTable.of(facts.subList(a, n)));
            Report viaBytes = spec.accumulator().merge(y.toBytes()).merge(x.toBytes()).report();
            if (!viaBytes.equals(batch(spec, facts))) {
              return false;
            }
          }
          return true;
        });
  }

  @Test
  void bytesOfAnotherLayoutOrNoAccumulatorAreRefused() {
    byte[] monthly = MONTHLY.accumulate(RandomFacts.facts(7, 50)).toBytes();
    assertThatThrownBy(() -> ROLL_UP.accumulator().merge(monthly))
        .isInstanceOfSatisfying(InvalidValueException.class,
            e -> assertThat(e.code()).isEqualTo(MetricErrors.INCOMPATIBLE));
    for (byte[] bad : List.of(new byte[0], new byte[] {1, 2, 3, 4, 5},
        Arrays.copyOf(monthly, monthly.length - 3), Arrays.copyOf(monthly, monthly.length + 1))) {
      assertThatThrownBy(() -> MONTHLY.accumulator().merge(bad))
          .isInstanceOfSatisfying(InvalidValueException.class,
              e -> assertThat(e.code()).isEqualTo(MetricErrors.STATE));
    }
  }

  private static ReportSpec monthly() {
    return ReportSpec.builder()
        .metrics(MetricSet.standard())
        .by(Dimension.division(DivisionLevel.COUNTY), Dimension.category())
        .periods(Period.parse("2022-01"), Period.parse("2022-12"))
        .compare(Comparison.YEAR_OVER_YEAR, Comparison.PERIOD_OVER_PERIOD)
        .stockAndFlow()
        .counts(Measure.PERSON_VISITS, Measure.ESCALATED, Measure.BACKLOG_CLEARED,
            Measure.PSYCHOLOGIST_JOINED, Measure.PSYCHOLOGIST_RESOLVED)
        .build();
  }

  @Test
  void aCountysCountsAreTheSumOfItsTownships() {
    ReportSpec townships = ReportSpec.builder().by(Dimension.division(DivisionLevel.TOWNSHIP))
        .periods(Period.parse("2021"), Period.parse("2023")).stockAndFlow()
        .counts(Measure.values().length > 0 ? Measure.PERSON_VISITS : Measure.PERSON_VISITS)
        .build();
    ReportSpec counties = ReportSpec.builder().by(Dimension.division(DivisionLevel.COUNTY))
        .periods(Period.parse("2021"), Period.parse("2023")).stockAndFlow()
        .counts(Measure.PERSON_VISITS).build();
    qt().withExamples(200).forAll(longs().all(), integers().between(0, 150))
        .check((seed, n) -> {
          List<CaseFact> facts = RandomFacts.facts(seed, n);
          Map<String, Counts> summed = new HashMap<>();
          for (ReportRow row : batch(townships, facts).rows()) {
            DivisionCode county = row.slice().division().orElseThrow()
                .ancestorAt(DivisionLevel.COUNTY);
            summed.merge(county + "/" + row.slice().period().orElseThrow(), row.counts(),
                Counts::plus);
          }
          Map<String, Counts> direct = new HashMap<>();
          for (ReportRow row : batch(counties, facts).rows()) {
            direct.put(row.slice().division().orElseThrow() + "/"
                + row.slice().period().orElseThrow(), row.counts());
          }
          return summed.equals(direct);
        });
  }

  @Test
  void aRolledUpParentEqualsTheSumOfItsChildrenInTheSameReport() {
    ReportSpec spec = ReportSpec.builder()
        .by(Dimension.divisionRollUp(DivisionLevel.TOWNSHIP, DivisionLevel.PROVINCE))
        .window(LocalDate.of(2021, 1, 1), LocalDate.of(2024, 1, 1)).build();
    qt().withExamples(200).forAll(longs().all(), integers().between(0, 150))
        .check((seed, n) -> {
          Report r = batch(spec, RandomFacts.facts(seed, n));
          Map<DivisionCode, Counts> byParent = new HashMap<>();
          for (ReportRow row : r.rows()) {
            DivisionCode d = row.slice().division().orElseThrow();
            if (d.level() == DivisionLevel.TOWNSHIP) {
              byParent.merge(d.ancestorAt(DivisionLevel.COUNTY), row.counts(), Counts::plus);
            }
          }
          for (Map.Entry<DivisionCode, Counts> e : byParent.entrySet()) {
            Counts county = r.row(Slice.all().withDivision(e.getKey())).orElseThrow().counts();
            if (!county.equals(e.getValue())) {
              return false;
            }
          }
          return true;
        });
  }

  @Test
  void incrementalWithLateEventsEqualsBatch() {
    qt().withExamples(150).forAll(longs().all(), integers().between(0, 80))
        .check((seed, n) -> {
          List<CaseFact> finals = RandomFacts.facts(seed, n);
          Random r = new Random(seed);
          for (ReportSpec spec : SPECS) {
            Accumulator inc = spec.accumulator();
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < n; i++) {
              order.add(i);
            }
            Collections.shuffle(order, r);
            for (int i : order) {
              inc.add(RandomFacts.earlier(finals.get(i)));
            }
            Collections.shuffle(order, r);
            for (int i : order) {
              CaseFact f = finals.get(i);
              inc.replace(RandomFacts.earlier(f), f);
            }
            if (!inc.report().equals(batch(spec, finals))) {
              return false;
            }
          }
          return true;
        });
  }

  @Test
  void backlogAtEndIsStartPlusInflowMinusOutflowAndCarriesOver() {
    ReportSpec spec = ReportSpec.builder().periods(Period.parse("2021-07"),
        Period.parse("2023-06")).stockAndFlow().build();
    qt().withExamples(200).forAll(longs().all(), integers().between(0, 120))
        .check((seed, n) -> {
          List<CaseFact> facts = RandomFacts.facts(seed, n);
          Report r = batch(spec, facts);
          for (Period p : spec.periods()) {
            Counts c = r.row(Slice.all().withPeriod(p)).map(ReportRow::counts)
                .orElse(Counts.zero());
            // brute force: open at the period's end, as known now
            var end = p.end().atStartOfDay(io.github.shiyu.governance.core.time.WorkCalendar.ZONE)
                .toInstant();
            long open = facts.stream().filter(f -> f.timeline().registeredAt().isBefore(end)
                && (f.timeline().concludedAt().isEmpty() || !f.timeline().concludedAt().get().isBefore(end))).count();
            if (c.get(Measure.BACKLOG_END) != open || c.get(Measure.BACKLOG_END)
                != c.get(Measure.BACKLOG_START) + c.get(Measure.INFLOW)
                    - c.get(Measure.OUTFLOW)) {
              return false;
            }
          }
          return true;
        });
  }

  /**
   * 三联三清's stock cleared, brute force: the cases registered before a period's start and
   * concluded within it, never more than the backlog at the start; with the dense and the
   * fact-by-fact count agreeing.
   */
  @Test
  void backlogClearedIsTheOpeningBacklogConcludedWithinThePeriod() {
    ReportSpec spec = ReportSpec.builder().metrics(MetricSet.threeClears())
        .periods(Period.parse("2021-07"), Period.parse("2023-06")).build();
    var zone = io.github.shiyu.governance.core.time.WorkCalendar.ZONE;
    qt().withExamples(200).forAll(longs().all(), integers().between(0, 120))
        .check((seed, n) -> {
          List<CaseFact> facts = RandomFacts.facts(seed, n);
          Report r = batch(spec, facts);
          Accumulator each = spec.accumulator();
          facts.forEach(each::add);
          if (!r.equals(each.report())) {
            return false;
          }
          for (Period p : spec.periods()) {
            Counts c = r.row(Slice.all().withPeriod(p)).map(ReportRow::counts)
                .orElse(Counts.zero());
            var start = p.start().atStartOfDay(zone).toInstant();
            var end = p.end().atStartOfDay(zone).toInstant();
            long cleared = facts.stream().filter(f -> f.timeline().registeredAt().isBefore(start)
                && f.timeline().concludedAt().isPresent()
                && !f.timeline().concludedAt().get().isBefore(start)
                && f.timeline().concludedAt().get().isBefore(end)).count();
            if (c.get(Measure.BACKLOG_CLEARED) != cleared
                || cleared > c.get(Measure.BACKLOG_START)) {
              return false;
            }
          }
          return true;
        });
  }

  @Test
  void denseBatchesHashedRowsAndParallelChunksAgree() throws Exception {
    List<CaseFact> facts = RandomFacts.facts(42, 20_000);
    CaseFactTable table = CaseFactTable.of(facts);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (ReportSpec spec : SPECS) {
        Report dense = spec.accumulate(table).report();
        Accumulator each = spec.accumulator();
        facts.forEach(each::add);
        Report oneByOne = each.report();
        Report parallel = spec.accumulate(table, pool, 3).report();
        assertThat(dense.rows()).isNotEmpty();
        assertThat(oneByOne).isEqualTo(dense);
        assertThat(parallel).isEqualTo(dense);
      }
    } finally {
      pool.shutdown();
    }
  }
}
