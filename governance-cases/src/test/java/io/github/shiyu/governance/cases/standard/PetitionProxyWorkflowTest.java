package io.github.shiyu.governance.cases.standard;

import static io.github.shiyu.governance.cases.Fixtures.as;
import static io.github.shiyu.governance.cases.Fixtures.beijing;
import static io.github.shiyu.governance.cases.Fixtures.register;
import static io.github.shiyu.governance.cases.Fixtures.step;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.shiyu.governance.cases.Case;
import io.github.shiyu.governance.cases.CaseType;
import io.github.shiyu.governance.cases.Command;
import io.github.shiyu.governance.cases.Decision;
import io.github.shiyu.governance.cases.EventTag;
import io.github.shiyu.governance.cases.Rating;
import io.github.shiyu.governance.cases.Rejection;
import io.github.shiyu.governance.cases.Role;
import io.github.shiyu.governance.cases.Workflow;
import io.github.shiyu.governance.cases.monitor.DeadlineMonitor;
import io.github.shiyu.governance.cases.monitor.Warning;
import io.github.shiyu.governance.core.time.DeadlinePolicy;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The petition proxy's rules pinned on real dates (2025 holidays and 调休). */
class PetitionProxyWorkflowTest {

  private static final Workflow PROXY = PetitionProxyWorkflow.definition();

  private static Case by(Case kase, String command, Role role, String at) {
    return step(PROXY, kase, Command.of(command, as(role)), beijing(at));
  }

  private static Rejection rejected(Decision d) {
    assertThat(d.accepted()).as("expected a rejection, got %s", d).isFalse();
    return d.rejection().orElseThrow();
  }

  private static Case accepted(String id) {
    Case m = register(PROXY, id, Role.CITIZEN, "petition", beijing("2025-09-26T09:00"));
    return step(PROXY, m, Command.of("accept", as(Role.PETITION_PROXY)).withHandler("proxy-7"),
        beijing("2025-09-26T15:00"));
  }

  @Test
  void isAStandardWorkflowOfItsOwnCaseType() {
    assertThat(StandardWorkflows.all()).extracting(Workflow::type)
        .contains(CaseType.PETITION_PROXY).doesNotHaveDuplicates();
    assertThat(PROXY.name()).isEqualTo("petition-proxy");
  }

  @Test
  void aRequestIsTakenOnWithinThreeWorkingDays() {
    // Fri 2025-09-26 + 3 working days: Sun Sep 28 is a 调休 working day, so Mon 29, Tue 30
    Case m = register(PROXY, "DB-1", Role.CITIZEN, "petition", beijing("2025-09-26T09:00"));
    assertThat(m.deadlines().get(PetitionProxyWorkflow.HANDLING).due())
        .isEqualTo(beijing("2025-10-01T00:00"));
  }

  @Test
  void theDailyInspectionIsDueTheNextWorkingDayAndOverdueWhenMissed() {
    Case m = accepted("DB-2");
    // accepted Fri Sep 26: next working day Sun Sep 28 (调休), due at its end
    assertThat(m.deadlines().get(PetitionProxyWorkflow.INSPECTION_CLOCK).due())
        .isEqualTo(beijing("2025-09-29T00:00"));
    m = by(m, "file", Role.PETITION_PROXY, "2025-09-28T10:00");
    m = by(m, "inspect", Role.PETITION_PROXY, "2025-09-28T17:00");
    // Sep 28 inspected: the next is due by the end of Mon Sep 29
    assertThat(m.deadlines().get(PetitionProxyWorkflow.INSPECTION_CLOCK).due())
        .isEqualTo(beijing("2025-09-30T00:00"));
    List<Warning> late = DeadlineMonitor.defaults().check(m, beijing("2025-09-30T08:00"));
    assertThat(late).filteredOn(w -> w.clock().equals(PetitionProxyWorkflow.INSPECTION_CLOCK))
        .singleElement().extracting(Warning::level).isEqualTo(Warning.Level.OVERDUE);
    // inspected on Tue Sep 30: the next working day is Thu Oct 9, after the National Day holiday
    m = by(m, "inspect", Role.PETITION_PROXY, "2025-09-30T09:00");
    assertThat(m.deadlines().get(PetitionProxyWorkflow.INSPECTION_CLOCK).due())
        .isEqualTo(beijing("2025-10-10T00:00"));
    assertThat(DeadlineMonitor.defaults().check(m, beijing("2025-10-05T12:00")))
        .noneMatch(w -> w.clock().equals(PetitionProxyWorkflow.INSPECTION_CLOCK));
  }

  @Test
  void onlyAFollowUpVisitWithTheCitizensRatingOpensTheWayToClosing() {
    Case m = accepted("DB-3");
    m = by(m, "file", Role.PETITION_PROXY, "2025-09-28T10:00");
    m = by(m, "conclude", Role.PETITION_PROXY, "2025-11-03T10:00");
    assertThat(m.state().name()).isEqualTo(PetitionProxyWorkflow.CONCLUDED);
    assertThat(m.deadline(PetitionProxyWorkflow.INSPECTION_CLOCK)).isEmpty();
    Rejection early = rejected(PROXY.decide(m, Command.of("close", as(Role.PETITION_PROXY)),
        beijing("2025-11-03T11:00")));
    assertThat(early.reason()).isEqualTo(Rejection.Reason.NOT_PERMITTED);
    // Mon Nov 3 + 5 working days = Mon Nov 10
    assertThat(m.deadlines().get(PetitionProxyWorkflow.FOLLOW_UP_CLOCK).due())
        .isEqualTo(beijing("2025-11-11T00:00"));
    Rejection noRating = rejected(PROXY.decide(m, Command.of("followUp",
        as(Role.PETITION_PROXY)), beijing("2025-11-05T10:00")));
    assertThat(noRating.detail()).containsIgnoringCase("rating");
    m = step(PROXY, m, Command.of("followUp", as(Role.PETITION_PROXY))
        .withRating(Rating.SATISFIED), beijing("2025-11-05T10:00"));
    assertThat(m.rating()).contains(Rating.SATISFIED);
    m = by(m, "close", Role.PETITION_PROXY, "2025-11-05T11:00");
    assertThat(m.state().name()).isEqualTo(PetitionProxyWorkflow.CLOSED);
  }

  @Test
  void theProxyIsTheHandlerAndOnlyAProxyInspects() {
    Case m = accepted("DB-4");
    assertThat(m.handler()).contains("proxy-7");
    Rejection clerk = rejected(PROXY.decide(m, Command.of("inspect",
        as(Role.PETITION_OFFICE)), beijing("2025-09-28T10:00")));
    assertThat(clerk.reason()).isEqualTo(Rejection.Reason.ROLE_NOT_ALLOWED);
  }

  @Test
  void theConclusionCountsOnTimeAgainstTheSixtyDaysFromAcceptance() {
    Case m = accepted("DB-5");
    // Sep 26 + 60 calendar days = Tue Nov 25
    assertThat(m.due()).contains(beijing("2025-11-26T00:00"));
    m = by(m, "file", Role.PETITION_PROXY, "2025-09-28T10:00");
    m = by(m, "conclude", Role.PETITION_OFFICE, "2025-11-25T16:00");
    assertThat(m.lastEvent().has(EventTag.CONCLUSION)).isTrue();
    assertThat(m.deadline(PetitionProxyWorkflow.HANDLING).orElseThrow()
        .isOverdue(beijing("2025-11-25T16:00"))).isFalse();
  }

  @Test
  void aVendorSetsItsOwnInspectionRhythm() {
    Workflow weekly = PetitionProxyWorkflow.builder()
        .timeLimits(PetitionProxyWorkflow.defaultLimits()
            .with(PetitionProxyWorkflow.INSPECTION, DeadlinePolicy.workingDays(5)))
        .build();
    Case m = register(weekly, "DB-6", Role.CITIZEN, "petition", beijing("2025-11-03T09:00"));
    m = step(weekly, m, Command.of("accept", as(Role.PETITION_PROXY)).withHandler("proxy-1"),
        beijing("2025-11-03T10:00"));
    assertThat(m.deadlines().get(PetitionProxyWorkflow.INSPECTION_CLOCK).due())
        .isEqualTo(beijing("2025-11-11T00:00"));
  }
}
