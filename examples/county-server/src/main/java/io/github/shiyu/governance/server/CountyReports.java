package io.github.shiyu.governance.server;

import io.github.shiyu.governance.cases.Case;
import io.github.shiyu.governance.cases.StateKind;
import io.github.shiyu.governance.core.division.Division;
import io.github.shiyu.governance.core.division.DivisionCode;
import io.github.shiyu.governance.core.division.DivisionDirectory;
import io.github.shiyu.governance.core.division.DivisionLevel;
import io.github.shiyu.governance.examples.report.CountyReport;
import io.github.shiyu.governance.grid.Grid;
import io.github.shiyu.governance.grid.GridIndex;
import io.github.shiyu.governance.metrics.Measure;
import io.github.shiyu.governance.metrics.MetricSet;
import io.github.shiyu.governance.metrics.MetricValue;
import io.github.shiyu.governance.metrics.fact.CaseFact;
import io.github.shiyu.governance.metrics.fact.CaseFactTable;
import io.github.shiyu.governance.metrics.report.Dimension;
import io.github.shiyu.governance.metrics.report.Period;
import io.github.shiyu.governance.metrics.report.Report;
import io.github.shiyu.governance.metrics.report.ReportRow;
import io.github.shiyu.governance.metrics.report.ReportSpec;
import io.github.shiyu.governance.metrics.report.Slice;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.springframework.stereotype.Component;

/**
 * The metrics report and the dashboard, computed from the store on every request: the events
 * folded into case facts, the facts into the standard rates by township and county.
 */
@Component
public class CountyReports {

  /** The rates reported, as in the quickstart. */
  static final List<String> RATES = List.of("closureRate", "onTimeClosureRate", "conclusionRate", "satisfactionRate",
      "resolutionRate", "mediationSuccessRate", "followUpRate", "reworkRate", "returnRate", "responseRate");
  /** The rates drawn per township. */
  static final List<String> TOWNSHIP_RATES = List.of("closureRate", "onTimeClosureRate", "satisfactionRate");

  private final CaseHistories histories;
  private final DivisionDirectory directory;
  private final GridIndex index;

  /**
   * Creates the reports.
   *
   * @param histories the cases
   * @param directory the divisions
   * @param index     the grids
   */
  public CountyReports(CaseHistories histories, DivisionDirectory directory, GridIndex index) {
    this.histories = histories;
    this.directory = directory;
    this.index = index;
  }

  /**
   * The report for a division and a run of periods, rows by township and county.
   *
   * @param division the division (a county or a township); only its cases count
   * @param first    the first period
   * @param last     the last period, of the same granularity
   * @return the report
   */
  public Report report(DivisionCode division, Period first, Period last) {
    return report(facts(division), first, last);
  }

  private static Report report(CaseFactTable facts, Period first, Period last) {
    MetricSet metrics = MetricSet.standard().select(RATES.toArray(String[]::new));
    return ReportSpec.builder().metrics(metrics)
        .by(Dimension.divisionRollUp(DivisionLevel.TOWNSHIP, DivisionLevel.COUNTY))
        .periods(first, last).stockAndFlow()
        .counts(Measure.RETURNED, Measure.REOPENED, Measure.ESCALATED).build()
        .accumulate(facts).report();
  }

  private CaseFactTable facts(DivisionCode division) {
    return CaseFactTable.of(histories.snapshot().stream().flatMap(e -> e.fact().stream())
        .filter(f -> division.contains(f.subject().division())).toList());
  }

  /**
   * The dashboard of a county for a year: the quickstart's page, live.
   *
   * @param county the county
   * @param year   the year's period ({@code 2026})
   * @return the page's content
   */
  public CountyReport dashboard(DivisionCode county, Period year) {
    Division c = directory.require(county);
    List<Division> townships = directory.children(county);
    Period firstMonth = Period.parse(year.label() + "-01");
    Period lastMonth = Period.parse(year.label() + "-12");
    CaseFactTable facts = facts(county);
    Report yearly = report(facts, year, year);
    Report monthly = report(facts, firstMonth, lastMonth);
    ReportRow total = yearly.row(Slice.all().withDivision(county).withPeriod(year))
        .orElseThrow(() -> new IllegalArgumentException("no cases in " + year.label()));
    List<CountyReport.Figure> figures = List.of(
        new CountyReport.Figure("Cases registered 登记", count(total, Measure.REGISTERED), "all five case types"),
        new CountyReport.Figure("Concluded 办结", count(total, Measure.CONCLUDED), "in " + year.label()),
        new CountyReport.Figure("Closure rate 结案率", value(total, "closureRate"), "concluded / due in the period"),
        new CountyReport.Figure("On-time closure 按期结案率", value(total, "onTimeClosureRate"), "by the legal deadline"),
        new CountyReport.Figure("Satisfaction 满意率", value(total, "satisfactionRate"), "(basically) satisfied / rated"),
        new CountyReport.Figure("Resolution 化解率", value(total, "resolutionRate"), "disputes resolved / registered"),
        new CountyReport.Figure("Reopened 重办", count(total, Measure.REOPENED), "after a dissatisfied rating or a failed check"),
        new CountyReport.Figure("Returned 退单", count(total, Measure.RETURNED), "sent back by the receiving department"),
        new CountyReport.Figure("Escalated 提级", count(total, Measure.ESCALATED), "moved up the ladder"),
        new CountyReport.Figure("Open at period end 期末存量", count(total, Measure.BACKLOG_END), "backlog carried over"));
    List<CountyReport.MonthPoint> months = new ArrayList<>();
    for (Period p = firstMonth; p.compareTo(lastMonth) <= 0; p = p.next()) {
      Optional<ReportRow> r = monthly.row(Slice.all().withDivision(county).withPeriod(p));
      months.add(new CountyReport.MonthPoint(p.label(), r.map(x -> x.counts().get(Measure.INFLOW)).orElse(0L),
          r.map(x -> x.counts().get(Measure.OUTFLOW)).orElse(0L),
          r.map(x -> x.counts().get(Measure.BACKLOG_END)).orElse(0L)));
    }
    MetricSet standard = MetricSet.standard();
    List<CountyReport.RateSeries> rates = TOWNSHIP_RATES.stream()
        .map(id -> new CountyReport.RateSeries(id, standard.require(id).chineseName() + " " + standard.require(id).englishName()))
        .toList();
    List<CountyReport.TownshipRates> rows = new ArrayList<>();
    Map<DivisionCode, String> names = new HashMap<>();
    for (Division t : townships) {
      names.put(t.code(), t.name());
      yearly.row(Slice.all().withDivision(t.code()).withPeriod(year)).ifPresent(r -> rows.add(
          new CountyReport.TownshipRates(t.code().value(), t.name(), r.counts().get(Measure.REGISTERED),
              TOWNSHIP_RATES.stream().map(id -> fraction(r, id)).toList())));
    }
    Map<String, Long> openByGrid = new HashMap<>();
    for (CaseHistories.Entry e : histories.snapshot()) {
      Case k = e.current();
      if (k.state().kind() != StateKind.TERMINAL && county.contains(k.division())) {
        k.grid().ifPresent(g -> openByGrid.merge(g.value(), 1L, Long::sum));
      }
    }
    List<CountyReport.GridArea> grids = new ArrayList<>();
    for (Grid g : index.layer().grids()) {
      List<double[]> rings = new ArrayList<>();
      for (int i = 0; i < g.geometry().polygonCount(); i++) {
        rings.add(g.geometry().shell(i));
        rings.addAll(g.geometry().holes(i));
      }
      grids.add(new CountyReport.GridArea(g.code().value(), g.name(),
          names.getOrDefault(g.code().community().ancestorAt(DivisionLevel.TOWNSHIP), ""),
          openByGrid.getOrDefault(g.code().value(), 0L), rings));
    }
    String footnote = String.format(Locale.ROOT,
        "Live from the county server's store at %s: the events folded into case facts, the standard rates by the "
            + "metrics module. The same figures as GET /api/reports/%s?from=%s&to=%s.%n"
            + "Closure and on-time closure rates divide by the cases due in the period; an empty denominator shows as —.",
        Instant.now(), county.value(), year.label(), year.label());
    return new CountyReport(c.name() + " " + year.label() + " 社会治理看板 · social governance dashboard",
        "Shiyu county server · live from the store · " + index.layer().size() + " grids, " + townships.size()
            + " sub-districts", figures, months, rates, rows, grids, footnote);
  }

  private static String count(ReportRow r, Measure m) {
    return String.format(Locale.ROOT, "%,d", r.counts().get(m));
  }

  private static String value(ReportRow r, String metric) {
    return r.value(metric).filter(MetricValue::isDefined).map(MetricValue::toString).orElse("—");
  }

  private static OptionalDouble fraction(ReportRow r, String metric) {
    return r.value(metric).flatMap(MetricValue::value)
        .map(v -> OptionalDouble.of(v.doubleValue() / 100)).orElse(OptionalDouble.empty());
  }
}
