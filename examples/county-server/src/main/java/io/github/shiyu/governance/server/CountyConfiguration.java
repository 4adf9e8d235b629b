package io.github.shiyu.governance.server;

import io.github.shiyu.governance.cases.CaseEvent;
import io.github.shiyu.governance.cases.CaseId;
import io.github.shiyu.governance.cases.Workflow;
import io.github.shiyu.governance.cases.store.CaseStore;
import io.github.shiyu.governance.core.division.DivisionDirectory;
import io.github.shiyu.governance.core.time.WorkCalendar;
import io.github.shiyu.governance.examples.DurableCounty;
import io.github.shiyu.governance.examples.county.CaseMix;
import io.github.shiyu.governance.examples.county.CountyDispatch;
import io.github.shiyu.governance.examples.county.PlannedCase;
import io.github.shiyu.governance.examples.county.SampleCounty;
import io.github.shiyu.governance.examples.county.Site;
import io.github.shiyu.governance.examples.county.YearRun;
import io.github.shiyu.governance.examples.terminal.ProgressBar;
import io.github.shiyu.governance.grid.Grid;
import io.github.shiyu.governance.grid.GridIndex;
import io.github.shiyu.governance.grid.GridLayer;
import io.github.shiyu.governance.grid.dispatch.Dispatcher;
import io.github.shiyu.governance.spring.GovernanceWorkflows;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The quickstart county's data (Kuiwen District: divisions, grid layer, teams, routing table and
 * escalation ladder), the workflows with Shandong's limits and the seeding of an empty store.
 * The case engine, its store over the application's {@code DataSource}, the monitor schedule,
 * the meters and the store's health come from governance-spring-boot-starter.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CountyProperties.class)
public class CountyConfiguration {

  private static final Logger LOG = LoggerFactory.getLogger(CountyConfiguration.class);

  /** The year the quickstart simulates, whose cases seed an empty store. */
  static final Year YEAR = Year.of(2026);

  /**
   * The county's divisions.
   *
   * @return the national table with Kuiwen's sub-districts and communities
   */
  @Bean
  @ConditionalOnMissingBean
  public DivisionDirectory divisionDirectory() {
    return SampleCounty.directory();
  }

  /**
   * The county's grid index.
   *
   * @return the index over the quickstart's grid layer
   */
  @Bean
  @ConditionalOnMissingBean
  public GridIndex gridIndex() {
    return GridIndex.of(SampleCounty.layer());
  }

  /**
   * The county's dispatcher.
   *
   * @param index the grid index
   * @return the dispatcher with the routing table, the ladder and the teams
   */
  @Bean
  @ConditionalOnMissingBean
  public Dispatcher dispatcher(GridIndex index) {
    return Dispatcher.builder(index, SampleCounty.routing()).ladder(SampleCounty.ladder())
        .teams(SampleCounty.teams()).build();
  }

  /**
   * The standard workflows, the work order with Shandong's limits (as in the quickstart).
   *
   * @return the workflows
   */
  static List<Workflow> workflows() {
    // the quickstart's: the seeded year must be decided by the same limits it was planned with
    return DurableCounty.workflows();
  }

  /**
   * The standard workflows with Shandong's work-order limits, for the starter's case engine and
   * store (its own bean, from {@code shiyu.workflows.*}, backs off).
   *
   * @return the workflows
   */
  @Bean
  public GovernanceWorkflows governanceWorkflows() {
    return new GovernanceWorkflows(workflows());
  }

  /**
   * Seeds the starter's store with the quickstart's simulated year when it is empty and
   * {@code county.seed-cases} is above 0. It happens while the beans are created, before the
   * web server opens its port, so the health endpoint answers only once the data is there.
   *
   * @param store      the store
   * @param properties the example's settings
   * @param index      the grid index
   * @param dispatcher the dispatcher
   * @return the seeding's outcome: how many cases were loaded
   */
  @Bean
  public CountySeed countySeed(CaseStore store, CountyProperties properties, GridIndex index, Dispatcher dispatcher) {
    boolean empty;
    try (Stream<CaseEvent> events = store.allEvents()) {
      empty = events.findAny().isEmpty();
    }
    if (properties.seedCases() > 0 && empty) {
      return new CountySeed(seed(store, properties, index, dispatcher));
    }
    return new CountySeed(0);
  }

  /**
   * What the seeding loaded.
   *
   * @param cases the cases loaded at this start (0: none, the store was not empty or seeding is off)
   */
  public record CountySeed(long cases) {}

  private static long seed(CaseStore store, CountyProperties properties, GridIndex index, Dispatcher dispatcher) {
    long started = System.nanoTime();
    GridLayer layer = index.layer();
    List<Site> sites = layer.grids().stream().map(CountyConfiguration::site).toList();
    List<PlannedCase> plan = new CaseMix(YEAR, properties.seedCases()).plan(sites, (lng, lat) -> {
      int k = index.locateIndex(lng, lat);
      return k < 0 ? Optional.empty() : Optional.of(index.grid(k).code().value());
    }, properties.seed());
    Instant end = YEAR.plusYears(1).atDay(1).atStartOfDay(WorkCalendar.ZONE).toInstant();
    CountyDispatch dispatch = new CountyDispatch(dispatcher, SampleCounty.departments().values(),
        SampleCounty.teams());
    PrintStream silent = new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
    YearRun.Result result = new YearRun(workflows(), dispatch, end).run(plan, new ProgressBar(silent, "", plan.size()));
    Map<CaseId, List<CaseEvent>> histories = result.service().store().allEvents()
        .collect(Collectors.groupingBy(CaseEvent::caseId, LinkedHashMap::new, Collectors.toList()));
    long events = 0;
    for (Map.Entry<CaseId, List<CaseEvent>> e : histories.entrySet()) {
      store.append(e.getKey(), 0, e.getValue());
      events += e.getValue().size();
    }
    LOG.info("Seeded the store with {} simulated cases of {} ({} events, seed {}) in {} ms", histories.size(), YEAR,
        events, properties.seed(), (System.nanoTime() - started) / 1_000_000);
    return histories.size();
  }

  private static Site site(Grid grid) {
    double[] box = grid.geometry().envelope();
    double weight = SampleCounty.population(grid.attributes()).orElse(800);
    return new Site(grid.code().value(), weight, box[0], box[1], box[2], box[3]);
  }
}
