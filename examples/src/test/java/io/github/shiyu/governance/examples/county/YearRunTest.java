package io.github.shiyu.governance.examples.county;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.shiyu.governance.cases.CaseEvent;
import io.github.shiyu.governance.cases.StateKind;
import io.github.shiyu.governance.cases.standard.StandardWorkflows;
import io.github.shiyu.governance.core.time.WorkCalendar;
import io.github.shiyu.governance.examples.terminal.ProgressBar;
import io.github.shiyu.governance.grid.Dispatcher;
import io.github.shiyu.governance.grid.GridIndex;
import io.github.shiyu.governance.grid.GridLayer;
import io.github.shiyu.governance.grid.GridTeam;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A planned year through the real case engine and dispatcher of the sample county. */
class YearRunTest {

  @Test
  void everyPlannedCaseIsRegisteredAndDrivenByTheRulesOfItsWorkflow() {
    GridLayer layer = SampleCounty.layer();
    GridIndex index = GridIndex.of(layer);
    List<GridTeam> teams = SampleCounty.teams();
    List<Site> sites = layer.grids().stream().map(g -> {
      double[] box = g.geometry().envelope();
      return new Site(g.code().value(), 1, box[0], box[1], box[2], box[3]);
    }).toList();
    List<PlannedCase> plan = new CaseMix(Year.of(2025), 600).plan(sites, (lng, lat) -> {
      int k = index.locateIndex(lng, lat);
      return k < 0 ? Optional.empty() : Optional.of(index.grid(k).code().value());
    }, 11L);
    Dispatcher dispatcher = Dispatcher.builder(index, SampleCounty.routing()).ladder(SampleCounty.ladder())
        .teams(teams).build();
    CountyDispatch dispatch = new CountyDispatch(dispatcher, SampleCounty.departments().values(), teams);
    Instant end = Year.of(2026).atDay(1).atStartOfDay(WorkCalendar.ZONE).toInstant();
    PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);

    YearRun.Result result = new YearRun(StandardWorkflows.all(), dispatch, end)
        .run(plan, new ProgressBar(quiet, "test", plan.size()));

    List<CaseEvent> events = result.service().store().allEvents().toList();
    assertThat(events.stream().filter(CaseEvent::isRegistration).count()).isEqualTo(600);
    // The stories are valid except the late returns, which the engine must refuse.
    assertThat(result.rejections().keySet()).isSubsetOf("WINDOW_CLOSED");
    assertThat(events).allSatisfy(e -> assertThat(e.at()).isBefore(end));
    assertThat(events.stream().map(CaseEvent::toKind).collect(Collectors.toSet()))
        .contains(StateKind.OPEN, StateKind.SETTLED, StateKind.TERMINAL);
    assertThat(events.stream().map(e -> e.command().value()).collect(Collectors.toSet()))
        .contains("dispatch", "returnOrder", "reply", "rate", "reopen", "resolve", "assign", "lapse", "agree", "close");
    assertThat(dispatch.byOwner().keySet()).anyMatch(h -> h.startsWith("kw-")).anyMatch(h -> h.startsWith("gc-"));
    assertThat(dispatch.fallbacks()).isPositive();
  }
}
