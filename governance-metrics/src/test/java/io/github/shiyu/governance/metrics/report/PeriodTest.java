package io.github.shiyu.governance.metrics.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeriodTest {

  @Test
  void labelsParseBack() {
    for (String label : new String[] {"2024-03-05", "2024-W10", "2020-W53", "2024-03",
        "2024-Q1", "2024"}) {
      assertThat(Period.parse(label).label()).isEqualTo(label);
    }
    assertThat(Period.parse("2024-W10").start()).isEqualTo(LocalDate.of(2024, 3, 4));
    assertThatThrownBy(() -> Period.parse("2021-W53")).hasMessageContaining("no week 53");
    assertThatThrownBy(() -> Period.parse("2024-13")).hasMessageContaining("not a period");
    assertThatThrownBy(() -> new Period(Granularity.MONTH, LocalDate.of(2024, 3, 2)))
        .hasMessageContaining("not the first day");
  }

  @Test
  void periodsAreInShanghaiTime() {
    Instant newYearInShanghai = Instant.parse("2022-12-31T16:00:00Z");
    assertThat(Period.containing(newYearInShanghai, Granularity.YEAR).label()).isEqualTo("2023");
    assertThat(Period.containing(newYearInShanghai.minusSeconds(1), Granularity.YEAR).label())
        .isEqualTo("2022");
  }

  @Test
  void comparisonPeriods() {
    assertThat(Period.parse("2023-Q1").sameLastYear().label()).isEqualTo("2022-Q1");
    assertThat(Period.parse("2023-01").previous().label()).isEqualTo("2022-12");
    assertThat(Period.parse("2020-W53").sameLastYear().label()).isEqualTo("2019-W52");
    assertThat(Period.parse("2024-02-29").sameLastYear().label()).isEqualTo("2023-02-28");
  }

  @Test
  void everyDayLiesInExactlyTheOnePeriodThatContainsIt() {
    qt().withExamples(500).forAll(integers().between(0, 40_000),
        integers().between(0, Granularity.values().length - 1)).check((d, g) -> {
          LocalDate day = LocalDate.of(1990, 1, 1).plusDays(d);
          Period p = Period.of(Granularity.values()[g], day);
          return p.contains(day) && !p.next().contains(day) && !p.previous().contains(day)
              && p.next().start().equals(p.end()) && Period.parse(p.label()).equals(p);
        });
  }
}
