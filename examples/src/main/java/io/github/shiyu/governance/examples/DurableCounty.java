package io.github.shiyu.governance.examples;

import io.github.shiyu.governance.cases.CaseEvent;
import io.github.shiyu.governance.cases.store.CaseStore;
import io.github.shiyu.governance.core.division.DivisionLevel;
import io.github.shiyu.governance.core.time.WorkCalendar;
import io.github.shiyu.governance.examples.county.CaseMix;
import io.github.shiyu.governance.examples.county.CountyDispatch;
import io.github.shiyu.governance.examples.county.PlannedCase;
import io.github.shiyu.governance.examples.county.SampleCounty;
import io.github.shiyu.governance.examples.county.Site;
import io.github.shiyu.governance.examples.county.YearRun;
import io.github.shiyu.governance.examples.terminal.ProgressBar;
import io.github.shiyu.governance.grid.GridIndex;
import io.github.shiyu.governance.grid.GridLayer;
import io.github.shiyu.governance.grid.dispatch.Dispatcher;
import io.github.shiyu.governance.metrics.Measure;
import io.github.shiyu.governance.metrics.MetricSet;
import io.github.shiyu.governance.metrics.fact.CaseEvents;
import io.github.shiyu.governance.metrics.fact.CaseFact;
import io.github.shiyu.governance.metrics.fact.CaseFactFormat;
import io.github.shiyu.governance.metrics.report.Dimension;
import io.github.shiyu.governance.metrics.report.ReportSpec;
import java.io.PrintStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The quickstart's simulated year run into a durable store, resumable: the same county, plan,
 * dispatcher and workflows as {@link Quickstart}, every command with an idempotency key
 * derived from the plan (see {@link YearRun}), so that running the same seed again after the
 * process was killed at any moment continues where the database stands; and the facts folded
 * from the stored events, sorted by case id, in {@link CaseFactFormat}'s CSV.
 *
 * <pre>{@code
 * JdbcCaseStore store = JdbcCaseStore.create(dataSource, DurableCounty.workflows());
 * store.createSchema();
 * DurableCounty.run(store, Quickstart.SEED, 500, System.err);
 * String csv = DurableCounty.factsCsv(store);       // byte-identical for a killed-and-rerun run
 * }</pre>
 */
public final class DurableCounty {

  private DurableCounty() {}

  /**
   * What a run did.
   *
   * @param commands the commands of the plan (sent, or answered from an earlier run)
   * @param refused  of which the engine refused
   */
  public record Run(long commands, long refused) {}

  /**
   * The quickstart's workflows (Shandong's work-order limits), which the store must know.
   *
   * @return the workflows
   */
  public static List<io.github.shiyu.governance.cases.Workflow> workflows() {
    return Quickstart.workflows();
  }

  /**
   * Runs (or resumes) the quickstart's year of {@code cases} cases with this seed into a store.
   *
   * @param store    the store, possibly holding part of an earlier run of the same seed and size
   * @param seed     the seed of the plan
   * @param cases    how many cases the year has
   * @param progress where the progress bar is drawn
   * @return what the run did
   */
  public static Run run(CaseStore store, long seed, int cases, PrintStream progress) {
    GridLayer layer = SampleCounty.layer();
    GridIndex index = GridIndex.of(layer);
    var teams = SampleCounty.teams();
    Dispatcher dispatcher = Dispatcher.builder(index, SampleCounty.routing())
        .ladder(SampleCounty.ladder())
        .teams(teams)
        .build();
    List<Site> sites = layer.grids().stream().map(g -> {
      double[] box = g.geometry().envelope();
      double weight = SampleCounty.population(g.attributes()).orElse(800);
      return new Site(g.code().value(), weight, box[0], box[1], box[2], box[3]);
    }).toList();
    List<PlannedCase> plan = new CaseMix(Quickstart.YEAR, cases).plan(sites, (lng, lat) -> {
      int k = index.locateIndex(lng, lat);
      return k < 0 ? Optional.empty() : Optional.of(index.grid(k).code().value());
    }, seed);
    Instant end = Quickstart.YEAR.plusYears(1).atDay(1).atStartOfDay(WorkCalendar.ZONE)
        .toInstant();
    CountyDispatch dispatch = new CountyDispatch(dispatcher, SampleCounty.departments().values(),
        teams);
    ProgressBar bar = new ProgressBar(progress, "Simulating", plan.size());
    YearRun.Result result = new YearRun(store, workflows(), dispatch, end).run(plan, bar);
    bar.finish();
    return new Run(result.commands(),
        result.rejections().values().stream().mapToLong(Long::longValue).sum());
  }

  /**
   * The year's report by sub-district with the county roll-up: the quickstart's rates, stock
   * and flow over the simulated year, and the returned, reopened and escalated counts.
   *
   * @return the report specification
   */
  public static ReportSpec spec() {
    return ReportSpec.builder()
        .metrics(MetricSet.standard().select(Quickstart.RATES.toArray(String[]::new)))
        .by(Dimension.divisionRollUp(DivisionLevel.TOWNSHIP, DivisionLevel.COUNTY))
        .window(Quickstart.YEAR.atDay(1), Quickstart.YEAR.plusYears(1).atDay(1)).stockAndFlow()
        .counts(Measure.RETURNED, Measure.REOPENED, Measure.ESCALATED).build();
  }

  /**
   * The facts folded from the stored events, one per case, sorted by case id.
   *
   * @param store the store
   * @return the facts
   */
  public static List<CaseFact> facts(CaseStore store) {
    Map<String, List<CaseEvent>> histories = new TreeMap<>();
    store.allEvents().forEach(e -> histories.computeIfAbsent(e.caseId().value(),
        k -> new ArrayList<>()).add(e));
    List<CaseFact> facts = new ArrayList<>(histories.size());
    for (List<CaseEvent> history : histories.values()) {
      facts.add(CaseEvents.fold(history).orElseThrow());
    }
    return facts;
  }

  /**
   * The facts as {@link CaseFactFormat} CSV.
   *
   * @param store the store
   * @return the CSV text
   */
  public static String factsCsv(CaseStore store) {
    return CaseFactFormat.toCsv(facts(store));
  }
}
