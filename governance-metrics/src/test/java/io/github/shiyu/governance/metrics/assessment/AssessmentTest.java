package io.github.shiyu.governance.metrics.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.shiyu.governance.metrics.Metric;
import io.github.shiyu.governance.metrics.MetricSet;
import io.github.shiyu.governance.metrics.MetricValue;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AssessmentTest {

  private final MetricSet beijing = MetricSet.beijing();
  private final Metric response = beijing.require("responseRate");
  private final Metric solution = beijing.require("solutionRate");
  private final Metric satisfaction = beijing.require("satisfactionRate");

  /** Beijing's 30 / 35 / 35 with targets of 100%, 90% and 95%. */
  private final Assessment threeRates = Assessment.builder()
      .indicator(Indicator.of(response, "100", "30"))
      .indicator(Indicator.of(solution, "90", "35"))
      .indicator(Indicator.of(satisfaction, "95", "35"))
      .build();

  private static List<MetricValue> values(Metric r, long rn, long rd, Metric s, long sn,
      long sd, Metric f, long fn, long fd) {
    return List.of(r.value(rn, rd), s.value(sn, sd), f.value(fn, fd));
  }

  @Test
  void weightedCompositeScore() {
    // response 98/100 → 30 × 0.98 = 29.4; solution 81/90 rated = 90% → full 35;
    // satisfaction 85/100 = 85% → 35 × 85/95 = 31.3158 → composite 95.7158 → 95.72
    Score s = threeRates.score("A", values(response, 98, 100, solution, 81, 90,
        satisfaction, 85, 100));
    assertThat(s.composite()).contains(new BigDecimal("95.72"));
    assertThat(s.parts()).extracting(p -> p.points().orElseThrow())
        .containsExactly(new BigDecimal("29.40"), new BigDecimal("35.00"),
            new BigDecimal("31.32"));
    assertThat(threeRates.total()).isEqualByComparingTo("100");
  }

  @Test
  void undefinedIndicatorsAreRescaledByDefaultOrScoreZero() {
    List<MetricValue> noRatings = values(response, 100, 100, solution, 0, 0,
        satisfaction, 0, 0);
    assertThat(threeRates.score("A", noRatings).composite()).contains(new BigDecimal("100.00"));
    Assessment strict = Assessment.builder().indicator(Indicator.of(response, "100", "30"))
        .indicator(Indicator.of(solution, "90", "35"))
        .indicator(Indicator.of(satisfaction, "95", "35"))
        .undefined(Assessment.Undefined.ZERO).build();
    assertThat(strict.score("A", noRatings).composite()).contains(new BigDecimal("30.00"));
    List<MetricValue> nothing = values(response, 0, 0, solution, 0, 0, satisfaction, 0, 0);
    assertThat(threeRates.score("B", nothing).composite()).isEmpty();
  }

  @Test
  void lowerIsBetterIndicatorsEarnTargetOverValue() {
    Metric rework = MetricSet.standard().require("reworkRate");
    Assessment a = Assessment.builder().indicator(Indicator.of(rework, "5", "100")).build();
    assertThat(a.score("A", List.of(rework.value(4, 100))).composite())
        .contains(new BigDecimal("100.00"));
    assertThat(a.score("B", List.of(rework.value(10, 100))).composite())
        .contains(new BigDecimal("50.00"));
    assertThat(a.score("C", List.of(rework.value(0, 100))).composite())
        .contains(new BigDecimal("100.00"));
  }

  @Test
  void tiesShareARankAndTheNextRankIsSkipped() {
    Map<String, List<MetricValue>> units = new LinkedHashMap<>();
    units.put("429004", values(response, 100, 100, solution, 90, 100, satisfaction, 95, 100));
    units.put("429005", values(response, 95, 100, solution, 90, 100, satisfaction, 95, 100));
    units.put("429006", values(response, 100, 100, solution, 88, 100, satisfaction, 96, 100));
    units.put("429021", values(response, 95, 100, solution, 90, 100, satisfaction, 95, 100));
    units.put("429022", values(response, 0, 0, solution, 0, 0, satisfaction, 0, 0));
    Ranking r = threeRates.rank(units);
    assertThat(r.entries()).extracting(e -> e.score().unit() + "#" + e.rank())
        .containsExactly("429004#1", "429006#2", "429005#3", "429021#3", "429022#5");
    assertThat(r.of("429022").orElseThrow().explanation())
        .isEqualTo("rank 5: no indicator defined (no cases to measure), placed last");
  }

  @Test
  void tieRulesAndTheirExplanations() {
    Map<String, List<MetricValue>> units = new LinkedHashMap<>();
    // A and B both score 98.50 once rounded: A loses on response, B on satisfaction
    units.put("A", values(response, 95, 100, solution, 90, 100, satisfaction, 95, 100));
    units.put("B", values(response, 100, 100, solution, 90, 100,
        satisfaction, 9_093, 10_000));
    units.put("C", values(response, 95, 100, solution, 90, 100, satisfaction, 95, 100));
    Ranking shared = threeRates.rank(units);
    assertThat(shared.of("A").orElseThrow().score().composite())
        .contains(new BigDecimal("98.50"));
    assertThat(shared.of("B").orElseThrow().score().composite())
        .contains(new BigDecimal("98.50"));
    assertThat(shared.entries()).extracting(Ranking.Entry::rank).containsExactly(1, 1, 1);
    assertThat(shared.of("A").orElseThrow().explanation())
        .isEqualTo("rank 1: 98.50 of 100, tied with B, C");

    Assessment byIndicators = Assessment.builder()
        .indicator(Indicator.of(response, "100", "30"))
        .indicator(Indicator.of(solution, "90", "35"))
        .indicator(Indicator.of(satisfaction, "95", "35"))
        .ties(Assessment.Ties.BY_INDICATORS).build();
    Ranking broken = byIndicators.rank(units);
    assertThat(broken.entries()).extracting(e -> e.score().unit() + "#" + e.rank())
        .containsExactly("B#1", "A#2", "C#2");
    assertThat(broken.of("B").orElseThrow().explanation()).isEqualTo(
        "rank 1: 98.50 of 100, equal score with A but ahead on responseRate "
            + "(30.00 vs 28.50 points)");
    assertThat(broken.of("C").orElseThrow().explanation()).isEqualTo(
        "rank 2: 98.50 of 100, tied with A on the score and every indicator");
  }

  @Test
  void definitionsAreChecked() {
    assertThatThrownBy(() -> Assessment.builder().build()).hasMessageContaining("no indicator");
    assertThatThrownBy(() -> Indicator.of(response, "95", "0"))
        .hasMessageContaining("weight must be above 0");
    assertThatThrownBy(() -> Assessment.builder().indicator(Indicator.of(response, "95", "1"))
        .indicator(Indicator.of(response, "90", "1")).build())
        .hasMessageContaining("given twice");
  }
}
