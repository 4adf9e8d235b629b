package io.github.shiyu.governance.metrics;

import static io.github.shiyu.governance.metrics.Measure.ACCEPTED;
import static io.github.shiyu.governance.metrics.Measure.CONCLUDED;
import static io.github.shiyu.governance.metrics.Measure.CONCLUDED_ON_TIME;
import static io.github.shiyu.governance.metrics.Measure.DUE;
import static io.github.shiyu.governance.metrics.Measure.DUE_CONCLUDED;
import static io.github.shiyu.governance.metrics.Measure.DUE_CONCLUDED_ON_TIME;
import static io.github.shiyu.governance.metrics.Measure.JUDICIAL_CONFIRMATION;
import static io.github.shiyu.governance.metrics.Measure.REGISTERED;
import static io.github.shiyu.governance.metrics.Measure.RESOLVED;
import static io.github.shiyu.governance.metrics.Measure.UNITS;
import static io.github.shiyu.governance.metrics.Measure.UNITS_COVERED;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.shiyu.governance.cases.CaseType;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Every figure of SEED-FIGURES.md that comes with raw counts, to the digit published. */
class PublishedFiguresTest {

  private final MetricSet standard = MetricSet.standard();

  private String value(String metric, Counts counts) {
    return standard.require(metric).evaluate(counts).toString();
  }

  @Test
  void suzhouMediationSuccessIsOverConcludedNotAccepted() {
    Counts suzhou = Counts.of(ACCEPTED, 141, CONCLUDED, 130, RESOLVED, 115);
    assertThat(value("mediationSuccessRate", suzhou)).isEqualTo("88.46%");
    // over accepted it would have been 81.56%: the published figure rules that out
    assertThat(standard.require("mediationSuccessRate").value(115, 141).toString())
        .isEqualTo("81.56%");
  }

  @Test
  void tongliaoResolutionRateAtWholePercent() {
    Metric resolution = standard.require("resolutionRate").withDigits(0);
    MetricValue v = resolution.evaluate(Counts.of(REGISTERED, 7444, RESOLVED, 6925));
    assertThat(v.toString()).isEqualTo("93%");
    assertThat(v.value()).contains(new BigDecimal("93"));
    assertThat(standard.require("resolutionRate").value(6925, 7444).toString())
        .isEqualTo("93.03%");
  }

  @Test
  void tongliaoJudicialConfirmationsOfTheFinancialDisputeCentre() {
    // 1,350 mediated (agreements) and 827 confirmed: the seed publishes no rate, so the
    // rounding is Tongliao's own (whole percent, as its 化解率 93%): 61%; 61.26% at two
    // decimals. Over the agreements, since only an agreement can be confirmed.
    Counts centre = Counts.of(RESOLVED, 1350, JUDICIAL_CONFIRMATION, 827);
    Metric rate = standard.require("judicialConfirmationRate");
    assertThat(rate.withDigits(0).evaluate(centre).toString()).isEqualTo("61%");
    assertThat(rate.evaluate(centre).toString()).isEqualTo("61.26%");
    assertThat(rate.numerator()).containsExactly(JUDICIAL_CONFIRMATION);
    assertThat(rate.denominator()).containsExactly(RESOLVED);
    assertThat(rate.scope()).containsExactlyInAnyOrder(CaseType.DISPUTE,
        CaseType.PRE_LITIGATION);
  }

  @Test
  void tongliaoPetitionProxyConclusionRate() {
    assertThat(value("conclusionRate", Counts.of(ACCEPTED, 500, CONCLUDED, 440)))
        .isEqualTo("88.00%");
  }

  @Test
  void onTimeConclusionRateDividesByTheConcludedNotTheDue() {
    // Tianmen, Dec 2016: 911 closed, 737 on time: 按期办结率 over the concluded is 80.90%,
    // where 按期结案率 over the 972 due is 75.82%
    assertThat(value("onTimeConclusionRate", Counts.of(CONCLUDED, 911, CONCLUDED_ON_TIME, 737)))
        .isEqualTo("80.90%");
    assertThat(MetricSet.standard().ids()).contains("onTimeConclusionRate");
  }

  @Test
  void tongliaoLawsuitsYearOnYear() {
    assertThat(Change.of(43_320, 55_861).percent(2)).contains(new BigDecimal("-22.45"));
    assertThat(Change.of(43_320, 55_861).toString()).isEqualTo("-22.45%");
    // Q1 2023: 10,739, down 13.6%: a previous Q1 of 12,430 reproduces the published digit
    assertThat(Change.of(10_739, 12_430).percent(1)).contains(new BigDecimal("-13.6"));
  }

  @Test
  void kuiwenLeaderReceptionsResolution() {
    Counts kuiwen = Counts.of(REGISTERED, 859, RESOLVED, 835, Measure.PERSON_VISITS, 2087);
    assertThat(value("resolutionRate", kuiwen)).isEqualTo("97.21%");
    assertThat(kuiwen.get(Measure.PERSON_VISITS)).isNotEqualTo(kuiwen.get(REGISTERED));
  }

  @Test
  void suzhouCompoundCoverage() {
    assertThat(value("coverageRate", Counts.of(UNITS, 817, UNITS_COVERED, 817)))
        .isEqualTo("100.00%");
    assertThat(standard.require("coverageRate").withDigits(0)
        .evaluate(Counts.of(UNITS, 817, UNITS_COVERED, 817)).toString()).isEqualTo("100%");
  }

  @Test
  void tianmenClosureRatesAreOverCasesDue() {
    Counts tianmen = Counts.of(DUE, 972, DUE_CONCLUDED, 911, DUE_CONCLUDED_ON_TIME, 737);
    assertThat(value("closureRate", tianmen)).isEqualTo("93.72%");
    assertThat(value("onTimeClosureRate", tianmen)).isEqualTo("75.82%");
  }

  @Test
  void figuresPublishedWithoutRawCountsAtTheirPublishedDigits() {
    // no raw counts were published for these: the counts below are illustrative, the test
    // pins the unit and the digits each city published
    MetricSet oneDecimal = MetricSet.standard(MetricSet.Options.defaults().percentDigits(1));
    assertThat(oneDecimal.require("satisfactionRate").evaluate(Counts.of(Measure.RATED, 2_000,
        Measure.SATISFIED, 1_800, Measure.BASICALLY_SATISFIED, 152)).toString())
        .isEqualTo("97.6%"); // Tongliao public satisfaction
    MetricSet whole = MetricSet.standard(MetricSet.Options.defaults().percentDigits(0));
    assertThat(whole.require("closeOutRate").evaluate(Counts.of(REGISTERED, 1_469,
        Measure.CLOSED, 1_455)).toString()).isEqualTo("99%"); // Suzhou property complaints
    assertThat(oneDecimal.require("conclusionRate").evaluate(Counts.of(ACCEPTED, 35_000,
        CONCLUDED, 34_930)).toString()).isEqualTo("99.8%"); // Kuiwen one-stop center
    assertThat(oneDecimal.require("resolutionRate").evaluate(Counts.of(REGISTERED, 32_000,
        RESOLVED, 31_808)).toString()).isEqualTo("99.4%"); // Xiangyang governance centers
  }

  @Test
  void halfUpRoundingAtTheBoundary() {
    // 1/8 = 12.5% exactly: half-up gives 13% at 0 digits (half-even would give 12%)
    Metric rate = standard.require("resolutionRate").withDigits(0);
    assertThat(rate.value(1, 8).toString()).isEqualTo("13%");
    assertThat(standard.require("resolutionRate").withDigits(1).value(1, 16).toString())
        .isEqualTo("6.3%");
  }

  @Test
  void emptyDenominatorIsUndefinedNeverZero() {
    MetricValue v = standard.require("closureRate").evaluate(Counts.zero());
    assertThat(v.isDefined()).isFalse();
    assertThat(v.value()).isEmpty();
    assertThat(v.fraction()).isEmpty();
    assertThat(v.toString()).isEqualTo("undefined");
  }

  @Test
  void satisfactionWithOrWithoutBasicallySatisfied() {
    Counts rated = Counts.of(Measure.RATED, 1000, Measure.SATISFIED, 900,
        Measure.BASICALLY_SATISFIED, 76, Measure.DISSATISFIED, 24);
    assertThat(value("satisfactionRate", rated)).isEqualTo("97.60%");
    MetricSet strict = MetricSet.standard(MetricSet.Options.defaults()
        .countBasicallySatisfied(false).percentDigits(1));
    assertThat(strict.require("satisfactionRate").evaluate(rated).toString())
        .isEqualTo("90.0%");
  }

  @Test
  void lawsuitsPerTenThousandResidents() {
    Counts c = Counts.of(Measure.LITIGATED, 2_350, Measure.RESIDENTS, 1_000_000);
    assertThat(value("lawsuitsPer10k", c)).isEqualTo("23.50 per 10,000");
    // Xiangyang publishes the year-on-year change of this per-capita rate
    assertThat(Change.ofRatios(2_350, 1_000_000, 2_729, 1_000_000).percent(1))
        .contains(new BigDecimal("-13.9"));
  }
}
