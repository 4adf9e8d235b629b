package io.github.shiyu.governance.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class HtmlReportTest {

  static CountyReport sample() {
    return new CountyReport("奎文区 <2025>", "sample", List.of(new CountyReport.Figure("Cases", "1,000", "all types")),
        List.of(new CountyReport.MonthPoint("2025-01", 90, 70, 20), new CountyReport.MonthPoint("2025-02", 80, 95, 5)),
        List.of(new CountyReport.RateSeries("closureRate", "办结率"), new CountyReport.RateSeries("satisfactionRate", "满意率")),
        List.of(new CountyReport.TownshipRates("370705001000", "东关街道", 600, List.of(OptionalDouble.of(0.9372), OptionalDouble.empty()))),
        List.of(new CountyReport.GridArea("370705001001001", "中学街社区第1网格", "东关街道", 3,
            List.of(new double[] {119.10, 36.70, 119.11, 36.70, 119.11, 36.71, 119.10, 36.70}))),
        "Rates over cases due.");
  }

  @Test
  void selfContainedWithTheThreeChartsAndEscapedText() {
    String html = HtmlReport.render(sample());
    assertThat(html).startsWith("<!DOCTYPE html>").contains("<meta charset=\"utf-8\">")
        .contains("奎文区 &lt;2025&gt;", "id=\"monthly\"", "id=\"townships\"", "id=\"map\"", "93.72%", "—")
        .contains("370705001001001").doesNotContain("<script", "src=", "href=", "url(", "@import");
    assertThat(html.split("<svg", -1)).hasSize(4);
  }

  @Test
  void shadesZeroApartAndTheMaximumDarkest() {
    assertThat(HtmlReport.shade(0, 10)).isZero();
    assertThat(HtmlReport.shade(1, 10)).isEqualTo(1);
    assertThat(HtmlReport.shade(10, 10)).isEqualTo(5);
  }

  @Test
  void rejectsATownshipWithTheWrongNumberOfRates() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new CountyReport("t", "s", List.of(), List.of(),
            List.of(new CountyReport.RateSeries("a", "a")),
            List.of(new CountyReport.TownshipRates("1", "x", 0, List.of())), List.of(), ""))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
