package io.github.shiyu.governance.examples;

import io.github.shiyu.governance.cases.CaseEvent;
import io.github.shiyu.governance.cases.CaseType;
import io.github.shiyu.governance.cases.StateKind;
import io.github.shiyu.governance.cases.TimeLimits;
import io.github.shiyu.governance.cases.Workflow;
import io.github.shiyu.governance.cases.standard.StandardWorkflows;
import io.github.shiyu.governance.cases.standard.WorkOrderWorkflow;
import io.github.shiyu.governance.core.category.CategoryTaxonomy;
import io.github.shiyu.governance.core.division.Division;
import io.github.shiyu.governance.core.division.DivisionCode;
import io.github.shiyu.governance.core.division.DivisionDirectory;
import io.github.shiyu.governance.core.division.DivisionLevel;
import io.github.shiyu.governance.core.org.Department;
import io.github.shiyu.governance.core.time.Deadline;
import io.github.shiyu.governance.core.time.DeadlinePolicy;
import io.github.shiyu.governance.core.time.WorkCalendar;
import io.github.shiyu.governance.examples.county.CaseMix;
import io.github.shiyu.governance.examples.county.CountyDispatch;
import io.github.shiyu.governance.examples.county.PlannedCase;
import io.github.shiyu.governance.examples.county.SampleCounty;
import io.github.shiyu.governance.examples.county.Site;
import io.github.shiyu.governance.examples.county.YearRun;
import io.github.shiyu.governance.examples.report.CountyReport;
import io.github.shiyu.governance.examples.report.HtmlReport;
import io.github.shiyu.governance.examples.terminal.ProgressBar;
import io.github.shiyu.governance.examples.terminal.TextTable;
import io.github.shiyu.governance.grid.Grid;
import io.github.shiyu.governance.grid.HierarchyIndex;
import io.github.shiyu.governance.grid.GridLayer;
import io.github.shiyu.governance.grid.dispatch.Dispatcher;
import io.github.shiyu.governance.grid.team.GridTeam;
import io.github.shiyu.governance.grid.team.StaffingTemplate;
import io.github.shiyu.governance.grid.team.VacancyReport;
import io.github.shiyu.governance.metrics.Measure;
import io.github.shiyu.governance.metrics.MetricSet;
import io.github.shiyu.governance.metrics.MetricValue;
import io.github.shiyu.governance.metrics.fact.CaseEvents;
import io.github.shiyu.governance.metrics.fact.CaseFact;
import io.github.shiyu.governance.metrics.fact.CaseFactFormat;
import io.github.shiyu.governance.metrics.fact.CaseFactTable;
import io.github.shiyu.governance.metrics.report.Dimension;
import io.github.shiyu.governance.metrics.report.Period;
import io.github.shiyu.governance.metrics.report.Report;
import io.github.shiyu.governance.metrics.report.ReportRow;
import io.github.shiyu.governance.metrics.report.ReportSpec;
import io.github.shiyu.governance.metrics.report.Slice;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/**
 * The quickstart: a sample county's year, end to end on the real SDK.
 *
 * <ol>
 *   <li>Builds Kuiwen District (奎文区, Weifang) from the files shipped with the examples: its
 *       sub-districts and communities added to core's embedded division table, its grid layer
 *       (GeoJSON), grid teams checked against the 1+2+N+X staffing template, the routing
 *       table and escalation ladder of its dispatcher.</li>
 *   <li>Plans one year (2026) of cases with a fixed seed and a realistic mix of types,
 *       categories, channels, tiers and stories.</li>
 *   <li>Runs every case through its standard workflow with the case engine, dispatched by the
 *       grid module, on China's real holiday calendar and the legal deadlines (work orders with
 *       Shandong's limits).</li>
 *   <li>Folds the events into case facts and computes the monthly report with the metrics
 *       module, and writes {@code report.json}, {@code report.csv} and a self-contained
 *       {@code report.html} under {@code target/quickstart/} of the working directory.</li>
 * </ol>
 *
 * <pre>{@code
 * ./mvnw -q -pl examples -am -DskipTests package exec:exec
 * }</pre>
 */
public final class Quickstart {

  /** The seed of the simulated year. */
  public static final long SEED = 20250101L;
  /** How many cases the year has. */
  public static final int CASES = 12_000;
  /**
   * The simulated year: the current one, so that the cases open at its end run deadlines into
   * a year whose holiday notice is not loaded yet, which the report shows as provisional.
   */
  public static final Year YEAR = Year.of(2026);

  /** The rates reported, in the order of the report's columns. */
  static final List<String> RATES = List.of("closureRate", "onTimeClosureRate", "conclusionRate",
      "satisfactionRate", "resolutionRate", "mediationSuccessRate", "followUpRate", "reworkRate", "returnRate",
      "responseRate");
  /** The rates drawn per township. */
  static final List<String> TOWNSHIP_RATES = List.of("closureRate", "onTimeClosureRate", "satisfactionRate");

  private Quickstart() {}

  /**
   * What a run wrote and found.
   *
   * @param json     report.json
   * @param csv      report.csv
   * @param html     report.html
   * @param cases    cases simulated
   * @param events   events the engine wrote
   * @param open     cases still open at the end of the year
   * @param provisional cases not yet archived with a deadline that rests on a provisional calendar year
   * @param report   the monthly report by township and county
   * @param rejected commands the engine refused, by reason
   */
  public record Outcome(Path json, Path csv, Path html, long cases, long events, long open, long provisional,
      Report report, Map<String, Long> rejected) {}

  /**
   * Runs the quickstart into {@code target/quickstart} of the working directory.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(Path.of("target", "quickstart"), System.out, SEED, CASES);
  }

  /**
   * Runs the quickstart.
   *
   * @param dir   where the three report files go (created if missing)
   * @param out   the terminal
   * @param seed  the seed of the simulated year
   * @param cases how many cases to simulate
   * @return what was written and found
   */
  public static Outcome run(Path dir, PrintStream out, long seed, int cases) {
    long started = System.nanoTime();
    // 1. The county.
    DivisionDirectory directory = SampleCounty.directory();
    Division county = directory.require(SampleCounty.COUNTY);
    List<Division> townships = directory.children(SampleCounty.COUNTY);
    GridLayer layer = SampleCounty.layer();
    HierarchyIndex index = SampleCounty.hierarchy(layer);
    int gridLevel = index.depth() - 1;
    List<GridTeam> teams = SampleCounty.teams();
    VacancyReport vacancies = StaffingTemplate.oneTwoNX().vacancies(layer, teams);
    Map<String, Department> departments = SampleCounty.departments();
    Dispatcher dispatcher = Dispatcher.builder(index, SampleCounty.routing())
        .grids(layer)
        .ladder(SampleCounty.ladder())
        .teams(teams)
        .build();
    long communities = townships.stream().mapToLong(t -> directory.children(t.code()).size()).sum();
    out.printf(Locale.ROOT, "Shiyu quickstart: %s %s (%s), %d sub-districts, %d communities, %d grids%n",
        directory.ancestorsOf(county.code()).stream().map(Division::name).reduce((a, b) -> b + a).orElse(""),
        county.name(), county.code().shortValue(), townships.size(), communities, layer.size());
    out.printf(Locale.ROOT, "Grid teams: %d members; 1+2+N+X staffing: %d vacant posts%n",
        teams.stream().mapToInt(t -> t.members().size()).sum(), vacancies.vacantPositions());
    out.printf(Locale.ROOT, "Hierarchy index: %d county, %d sub-districts, %d communities, %d grids (derived from the grids' codes); trusted over %d of %d levels%n",
        index.layer(0).size(), index.layer(1).size(), index.layer(2).size(), index.layer(3).size(),
        index.trustedDepth(), index.depth());

    // 2. The year's plan.
    List<Site> sites = layer.grids().stream().map(Quickstart::site).toList();
    int[] chain = new int[index.depth()];
    List<PlannedCase> plan = new CaseMix(YEAR, cases).plan(sites, (lng, lat) -> {
      index.locate(lng, lat, chain);
      int k = chain[gridLevel];
      return k < 0 ? Optional.empty() : Optional.of(index.unit(gridLevel, k).key());
    }, seed);

    // 3. The case engine, with Shandong's work-order limits and the dispatcher.
    Instant end = YEAR.plusYears(1).atDay(1).atStartOfDay(WorkCalendar.ZONE).toInstant();
    CountyDispatch dispatch = new CountyDispatch(dispatcher, departments.values(), teams);
    ProgressBar bar = new ProgressBar(out, "Simulating", plan.size());
    YearRun.Result result = new YearRun(workflows(), dispatch, end).run(plan, bar);
    bar.finish();

    // 4. Facts and reports.
    List<CaseFact> facts = new ArrayList<>(plan.size());
    long events = 0;
    Map<String, Long> openByGrid = new HashMap<>();
    long open = 0;
    long provisional = 0;
    Map<String, List<CaseEvent>> histories = result.service().store().allEvents()
        .collect(Collectors.groupingBy(e -> e.caseId().value(), java.util.LinkedHashMap::new, Collectors.toList()));
    for (List<CaseEvent> history : histories.values()) {
      events += history.size();
      CaseEvent latest = history.get(history.size() - 1);
      if (latest.toKind() != StateKind.TERMINAL
          && latest.deadlines().values().stream().anyMatch(Deadline::isProvisional)) {
        provisional++;
      }
      CaseFact fact = CaseEvents.fold(history).orElseThrow();
      facts.add(fact);
      if (!fact.timeline().isConcluded()) {
        // Open at the end of the year: not (yet) concluded, as the backlog counts it.
        open++;
        fact.subject().grid().ifPresent(g -> openByGrid.merge(g.value(), 1L, Long::sum));
      }
    }
    CaseFactTable table = CaseFactTable.of(facts);
    MetricSet metrics = MetricSet.standard().select(RATES.toArray(String[]::new));
    Period first = Period.parse(YEAR + "-01");
    Period last = Period.parse(YEAR + "-12");
    Report monthly = ReportSpec.builder().metrics(metrics)
        .by(Dimension.divisionRollUp(DivisionLevel.TOWNSHIP, DivisionLevel.COUNTY))
        .periods(first, last).stockAndFlow().build()
        .accumulate(table).report();
    Report year = ReportSpec.builder().metrics(metrics)
        .by(Dimension.divisionRollUp(DivisionLevel.TOWNSHIP, DivisionLevel.COUNTY))
        .window(YEAR.atDay(1), YEAR.plusYears(1).atDay(1)).stockAndFlow()
        .counts(Measure.RETURNED, Measure.REOPENED, Measure.ESCALATED).build()
        .accumulate(table).report();

    // 5. Files.
    Path json = dir.resolve("report.json");
    Path csv = dir.resolve("report.csv");
    Path html = dir.resolve("report.html");
    CountyReport page = page(county, townships, layer, directory, monthly, year, openByGrid, result, dispatch,
        seed, vacancies, provisional);
    try {
      Files.createDirectories(dir);
      Files.writeString(json, monthly.toJson(), StandardCharsets.UTF_8);
      Files.writeString(csv, monthly.toCsv(), StandardCharsets.UTF_8);
      Files.writeString(html, HtmlReport.render(page), StandardCharsets.UTF_8);
      // The facts too, in the metrics module's column set: input for `governance-cli report`.
      Files.writeString(dir.resolve("facts.csv"), CaseFactFormat.toCsv(facts), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }

    // 6. The terminal summary.
    out.println();
    out.print(summary(townships, county, year));
    out.printf(Locale.ROOT, "%n%,d cases, %,d events, %,d commands (%,d refused by the engine: %s); %,d open at year end%n",
        plan.size(), events, result.commands(), result.rejections().values().stream().mapToLong(Long::longValue).sum(),
        result.rejections(), open);
    ReportRow countyRow = row(year, SampleCounty.COUNTY).orElseThrow();
    out.printf(Locale.ROOT, "Returned %s, reopened %s, escalated %s%n", count(countyRow, Measure.RETURNED),
        count(countyRow, Measure.REOPENED), count(countyRow, Measure.ESCALATED));
    long dispatched = dispatch.byOwner().values().stream().mapToLong(Long::longValue).sum();
    out.printf(Locale.ROOT, "Dispatch: %,d to departments, %,d owned by their sub-district%n",
        dispatched - dispatch.fallbacks(), dispatch.fallbacks());
    out.print(calendarLine(provisional));
    out.printf(Locale.ROOT, "Wrote %s, %s, %s (and the case facts, %s) in %.1f s%n", json, csv, html,
        dir.resolve("facts.csv"), (System.nanoTime() - started) / 1e9);
    return new Outcome(json, csv, html, plan.size(), events, open, provisional, monthly, result.rejections());
  }

  /** What the deadlines rest on: the notices loaded, and the open cases counted over a projected year. */
  private static String calendarLine(long provisional) {
    WorkCalendar calendar = WorkCalendar.china();
    Year next = YEAR.plusYears(1);
    String status = calendar.isProvisional(next)
        ? next + " provisional (no notice loaded: holidays projected from the holiday law)"
        : next + " from its notice";
    return String.format(Locale.ROOT, "Calendar: notices %s-%s, %s; %,d cases with a provisional deadline%n",
        calendar.firstYear(), calendar.lastYear(), status, provisional);
  }

  /** The standard workflows, the work order with Shandong's limits (5 working days, return within 2, extension up to 10). */
  static List<Workflow> workflows() {
    TimeLimits shandong = TimeLimits.builder()
        .limit(WorkOrderWorkflow.HANDLING, DeadlinePolicy.workingDays(5))
        .limit(WorkOrderWorkflow.HANDLING, CategoryTaxonomy.standard().require("hotline.consultation"),
            DeadlinePolicy.workingDays(2))
        .limit(WorkOrderWorkflow.RETURN, DeadlinePolicy.workingDays(2))
        .limit(WorkOrderWorkflow.EXTENSION, DeadlinePolicy.workingDays(10))
        .count(WorkOrderWorkflow.EXTENSIONS, 1)
        .limit(WorkOrderWorkflow.URGENT, java.time.Duration.ofHours(2))
        .limit(WorkOrderWorkflow.SUPERVISION_NOTICE, DeadlinePolicy.workingDays(1))
        .build();
    List<Workflow> workflows = new ArrayList<>();
    for (Workflow w : StandardWorkflows.all()) {
      workflows.add(w.type() == CaseType.WORK_ORDER ? w.withTimeLimits(shandong) : w);
    }
    return workflows;
  }

  private static Site site(Grid grid) {
    double[] box = grid.geometry().envelope();
    double weight = SampleCounty.population(grid.attributes()).orElse(800);
    return new Site(grid.code().value(), weight, box[0], box[1], box[2], box[3]);
  }

  private static String summary(List<Division> townships, Division county, Report year) {
    TextTable table = TextTable.withHeader("sub-district 街道", "cases", "concluded", "closure", "on time",
        "satisfaction", "open at end");
    List<Division> rows = new ArrayList<>(townships);
    rows.add(county);
    for (Division d : rows) {
      Optional<ReportRow> row = row(year, d.code());
      if (row.isEmpty()) {
        continue;
      }
      ReportRow r = row.get();
      table.row(d.name(), count(r, Measure.REGISTERED), count(r, Measure.CONCLUDED), value(r, "closureRate"),
          value(r, "onTimeClosureRate"), value(r, "satisfactionRate"), count(r, Measure.BACKLOG_END));
    }
    return table.render();
  }

  private static Optional<ReportRow> row(Report report, DivisionCode division) {
    return report.row(Slice.all().withDivision(division));
  }

  private static Optional<ReportRow> row(Report report, DivisionCode division, Period period) {
    return report.row(Slice.all().withDivision(division).withPeriod(period));
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

  private static CountyReport page(Division county, List<Division> townships, GridLayer layer,
      DivisionDirectory directory, Report monthly, Report year, Map<String, Long> openByGrid, YearRun.Result result,
      CountyDispatch dispatch, long seed, VacancyReport vacancies, long provisional) {
    ReportRow total = row(year, county.code()).orElseThrow();
    List<CountyReport.Figure> figures = List.of(
        new CountyReport.Figure("Cases registered 登记", count(total, Measure.REGISTERED), "all five case types"),
        new CountyReport.Figure("Concluded 办结", count(total, Measure.CONCLUDED), "in " + YEAR),
        new CountyReport.Figure("Closure rate 结案率", value(total, "closureRate"), "concluded / due in the year"),
        new CountyReport.Figure("On-time closure 按期结案率", value(total, "onTimeClosureRate"), "by the legal deadline"),
        new CountyReport.Figure("Satisfaction 满意率", value(total, "satisfactionRate"), "(basically) satisfied / rated"),
        new CountyReport.Figure("Resolution 化解率", value(total, "resolutionRate"), "disputes resolved / registered"),
        new CountyReport.Figure("Reopened 重办", count(total, Measure.REOPENED), "after a dissatisfied rating or a failed check"),
        new CountyReport.Figure("Returned 退单", count(total, Measure.RETURNED), "sent back by the receiving department"),
        new CountyReport.Figure("Escalated 提级", count(total, Measure.ESCALATED), "moved up the ladder"),
        new CountyReport.Figure("Open at year end 期末存量", count(total, Measure.BACKLOG_END), "backlog carried into " + YEAR.plusYears(1)),
        new CountyReport.Figure("Provisional deadlines 暂定期限", String.format(Locale.ROOT, "%,d", provisional),
            "cases with a deadline in " + YEAR.plusYears(1) + ", whose holiday notice is not loaded"));
    List<CountyReport.MonthPoint> months = new ArrayList<>();
    for (Period p = Period.parse(YEAR + "-01"); p.compareTo(Period.parse(YEAR + "-12")) <= 0; p = p.next()) {
      ReportRow r = row(monthly, county.code(), p).orElseThrow();
      months.add(new CountyReport.MonthPoint(p.label(), r.counts().get(Measure.INFLOW), r.counts().get(Measure.OUTFLOW),
          r.counts().get(Measure.BACKLOG_END)));
    }
    MetricSet standard = MetricSet.standard();
    List<CountyReport.RateSeries> rates = TOWNSHIP_RATES.stream()
        .map(id -> new CountyReport.RateSeries(id, standard.require(id).chineseName() + " " + standard.require(id).englishName()))
        .toList();
    List<CountyReport.TownshipRates> rows = new ArrayList<>();
    Map<DivisionCode, String> townshipNames = new HashMap<>();
    for (Division t : townships) {
      townshipNames.put(t.code(), t.name());
      row(year, t.code()).ifPresent(r -> rows.add(new CountyReport.TownshipRates(t.code().value(), t.name(),
          r.counts().get(Measure.REGISTERED), TOWNSHIP_RATES.stream().map(id -> fraction(r, id)).toList())));
    }
    List<CountyReport.GridArea> grids = new ArrayList<>();
    for (Grid g : layer.grids()) {
      List<double[]> rings = new ArrayList<>();
      for (int i = 0; i < g.geometry().polygonCount(); i++) {
        rings.add(g.geometry().shell(i));
        rings.addAll(g.geometry().holes(i));
      }
      grids.add(new CountyReport.GridArea(g.code().value(), g.name(),
          townshipNames.getOrDefault(g.code().community().ancestorAt(DivisionLevel.TOWNSHIP), ""), openByGrid.getOrDefault(g.code().value(), 0L),
          rings));
    }
    String footnote = String.format(Locale.ROOT,
        "Simulated data (seed %d): %s's real sub-districts and communities (NBS 2023 codes), synthetic grid boundaries, "
            + "a planned year of cases run through the SDK's standard workflows with China's %d holiday calendar.%n"
            + "Closure and on-time closure rates divide by the cases due in the period, as digital city management "
            + "publishes them; satisfaction counts \"basically satisfied\"; an empty denominator shows as —.%n"
            + "Commands the engine refused, by reason: %s (work orders returned after the 2-working-day window). "
            + "Staffing: %d vacant posts under 1+2+N+X.%n"
            + "%s",
        seed, county.name(), YEAR.getValue(), result.rejections(), vacancies.vacantPositions(),
        calendarLine(provisional).strip()
            + ". A provisional deadline counts the statutory holidays of the holiday law and no 调休; it is recomputed "
            + "(a DEADLINE_RECOMPUTED event) when the year's notice is loaded.");
    return new CountyReport(county.name() + " " + YEAR + " 社会治理年度报告 · Kuiwen District social governance " + YEAR,
        "Shiyu quickstart · sample county, seed " + seed + " · " + layer.size() + " grids, "
            + townships.size() + " sub-districts",
        figures, months, rates, rows, grids, footnote);
  }
}
