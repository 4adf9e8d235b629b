package io.github.shiyu.governance.cases.store;

import static io.github.shiyu.governance.cases.Fixtures.as;
import static io.github.shiyu.governance.cases.Fixtures.beijing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.shiyu.governance.cases.Actor;
import io.github.shiyu.governance.cases.Case;
import io.github.shiyu.governance.cases.CaseEvent;
import io.github.shiyu.governance.cases.CaseId;
import io.github.shiyu.governance.cases.CaseType;
import io.github.shiyu.governance.cases.Command;
import io.github.shiyu.governance.cases.DeadlineChange;
import io.github.shiyu.governance.cases.EventTag;
import io.github.shiyu.governance.cases.Fixtures;
import io.github.shiyu.governance.cases.Fixtures.HandClock;
import io.github.shiyu.governance.cases.Role;
import io.github.shiyu.governance.cases.StateKind;
import io.github.shiyu.governance.cases.Workflow;
import io.github.shiyu.governance.cases.standard.PetitionWorkflow;
import io.github.shiyu.governance.cases.standard.StandardWorkflows;
import io.github.shiyu.governance.core.InvalidValueException;
import io.github.shiyu.governance.core.time.CalendarFallback;
import io.github.shiyu.governance.core.time.WorkCalendar;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Intake never stops for a missing calendar year; the published notice corrects the dates. */
class DeadlineRecomputationTest {

  /**
   * A fictional 2027 notice for the test (the real one was not published when this was
   * written): 12 January, the last day of a petition's routing period registered on
   * 28 December, becomes a rest day.
   */
  private static final String NOTICE_2027 = """
      notice 2027 TEST-2027 a fictional notice for the test (2026-12-30)
      rest 2027-01-01..2027-01-03 NEW_YEAR statutory=2027-01-01
      rest 2027-01-12..2027-01-12 LOCAL_REST
      """;

  private static WorkCalendar withNotice() {
    return WorkCalendar.china().with(WorkCalendar.read(new StringReader(NOTICE_2027), "2027"));
  }

  private static void registerPetition(CaseService service, CaseId id) {
    assertThat(service.register(id, Command.register(as(Role.PETITION_OFFICE),
        Fixtures.registration(CaseType.PETITION, "petition"))).accepted()).isTrue();
  }

  @Test
  void aPetitionRegisteredOn28DecemberIsTakenThenCorrectedWhenTheNoticeLands() {
    HandClock clock = new HandClock(beijing("2026-12-28T10:00"));
    CaseService service = new CaseService(new InMemoryCaseStore(), clock, StandardWorkflows.all());
    CaseId id = CaseId.of("P-20261228");
    registerPetition(service, id);
    Case registered = service.find(id).orElseThrow();
    // 15 days from 28 December: Tuesday 12 January 2027, counted over a provisional January.
    assertThat(registered.due()).contains(beijing("2027-01-13T00:00"));
    assertThat(registered.deadline(PetitionWorkflow.HANDLING).orElseThrow().isProvisional())
        .isTrue();

    clock.now.set(beijing("2026-12-30T09:00"));
    CaseService updated = service.withCalendar(withNotice());
    List<CaseEvent> recorded = updated.recomputeDeadlines();

    assertThat(recorded).hasSize(1);
    CaseEvent event = recorded.get(0);
    assertThat(event.tags()).containsExactly(EventTag.DEADLINE_RECOMPUTED);
    assertThat(event.command()).isEqualTo(Workflow.RECOMPUTE_DEADLINES);
    assertThat(event.actor()).isEqualTo(Actor.system());
    assertThat(event.from()).contains(event.to());
    assertThat(event.to()).isEqualTo(registered.state().name());
    assertThat(event.at()).isEqualTo(beijing("2026-12-30T09:00"));
    DeadlineChange change = event.deadlineChanges().get(0);
    assertThat(event.deadlineChanges()).hasSize(1);
    assertThat(change.previousDue()).isEqualTo(beijing("2027-01-13T00:00"));
    assertThat(change.due()).isEqualTo(beijing("2027-01-14T00:00"));
    assertThat(change.dueMoved()).isTrue();
    assertThat(change.before().isProvisional()).isTrue();
    assertThat(change.after().isProvisional()).isFalse();

    List<CaseEvent> history = updated.history(id);
    assertThat(history).hasSize(2).endsWith(event);
    Case replayed = Case.replay(history);
    assertThat(replayed.due()).contains(beijing("2027-01-14T00:00"));
    assertThat(replayed).isEqualTo(updated.find(id).orElseThrow());
    // Nothing changes twice.
    assertThat(updated.recomputeDeadlines()).isEmpty();
    // The next command runs on the new calendar and keeps the recomputed date.
    clock.now.set(beijing("2027-01-05T09:00"));
    CaseEvent accepted = updated.execute(id, Command.of("accept", as(Role.PETITION_OFFICE)))
        .event();
    // Accepted 5 January: 60 days to 6 March (a Saturday), so Monday 8 March.
    assertThat(accepted.due()).contains(beijing("2027-03-09T00:00"));
  }

  @Test
  void intakeNeverStopsButTheStrictModeStillRefuses() {
    HandClock clock = new HandClock(beijing("2026-12-06T10:00"));
    CaseService service = new CaseService(new InMemoryCaseStore(), clock, StandardWorkflows.all());
    for (CaseType type : CaseType.values()) {
      Workflow w = service.workflow(type);
      CaseId id = CaseId.of("today-" + type.name());
      String category = switch (type) {
        case PETITION -> "petition";
        case WORK_ORDER -> "hotline.complaint";
        default -> "dispute.neighbour";
      };
      Command register = Command.register(as(w.transitions().get(0).roles().get(0)),
          Fixtures.registration(type, category));
      assertThat(service.register(id, register).accepted()).as("%s", type).isTrue();
    }
    clock.now.set(beijing("2027-01-01T08:00"));
    CaseId newYear = CaseId.of("P-20270101");
    registerPetition(service, newYear);
    assertThat(service.find(newYear).orElseThrow().deadlines().values())
        .allMatch(d -> d.isProvisional());

    CaseService strict = service.withCalendar(
        WorkCalendar.china().withFallback(CalendarFallback.NONE));
    assertThatThrownBy(() -> registerPetition(strict, CaseId.of("P-strict")))
        .hasMessageContaining("calendar.year_missing");
  }

  @Test
  void deadlinesInsideCoveredYearsAreNotRecomputedAndTerminalCasesAreLeftAlone() {
    HandClock clock = new HandClock(beijing("2026-03-02T10:00"));
    CaseService service = new CaseService(new InMemoryCaseStore(), clock, StandardWorkflows.all());
    CaseId id = CaseId.of("P-2026");
    registerPetition(service, id);
    assertThat(service.find(id).orElseThrow().deadlines().values())
        .noneMatch(d -> d.isProvisional());
    assertThat(service.withCalendar(withNotice()).recomputeDeadlines()).isEmpty();

    Workflow petition = service.workflow(CaseType.PETITION);
    Case kase = service.find(id).orElseThrow();
    assertThat(kase.state().kind()).isNotEqualTo(StateKind.TERMINAL);
    assertThatThrownBy(() -> petition.recomputeDeadlines(kase, List.of(), clock.instant()))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("case.event_order");
    assertThatThrownBy(() -> Workflow.builder("x", CaseType.WORK_ORDER)
        .on(Workflow.RECOMPUTE_DEADLINES))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("built into every workflow");
    assertThat(LocalDate.of(2027, 1, 12).getDayOfWeek().getValue()).isEqualTo(2);
  }
}
