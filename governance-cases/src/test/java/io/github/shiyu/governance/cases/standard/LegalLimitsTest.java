package io.github.shiyu.governance.cases.standard;

import static io.github.shiyu.governance.cases.Fixtures.as;
import static io.github.shiyu.governance.cases.Fixtures.beijing;
import static io.github.shiyu.governance.cases.Fixtures.register;
import static io.github.shiyu.governance.cases.Fixtures.step;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.shiyu.governance.cases.Actor;
import io.github.shiyu.governance.cases.Case;
import io.github.shiyu.governance.cases.CaseEvent;
import io.github.shiyu.governance.cases.CaseId;
import io.github.shiyu.governance.cases.CaseType;
import io.github.shiyu.governance.cases.Command;
import io.github.shiyu.governance.cases.Decision;
import io.github.shiyu.governance.cases.EventTag;
import io.github.shiyu.governance.cases.Fixtures;
import io.github.shiyu.governance.cases.Registration;
import io.github.shiyu.governance.cases.Rejection;
import io.github.shiyu.governance.cases.ReplyOutcome;
import io.github.shiyu.governance.cases.RiskLevel;
import io.github.shiyu.governance.cases.Role;
import io.github.shiyu.governance.cases.Workflow;
import io.github.shiyu.governance.cases.monitor.DeadlineMonitor;
import io.github.shiyu.governance.cases.monitor.Warning;
import io.github.shiyu.governance.core.org.Tier;
import io.github.shiyu.governance.core.party.Party;
import io.github.shiyu.governance.core.party.PartyRole;
import io.github.shiyu.governance.core.time.DeadlinePolicy;
import io.github.shiyu.governance.core.time.WorkCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each legal time limit pinned on real calendar dates (2025 holidays and 调休). */
class LegalLimitsTest {

  private static final Workflow PETITION = PetitionWorkflow.definition();
  private static final Workflow WORK_ORDER = WorkOrderWorkflow.definition();

  /** Runs a command without data, issued in a role, at a local time in Beijing. */
  private static Case stepAs(Workflow w, Case kase, String command, Role role, String at) {
    return step(w, kase, Command.of(command, as(role)), beijing(at));
  }

  private static Rejection rejected(Decision d) {
    assertThat(d.accepted()).as("expected a rejection, got %s", d).isFalse();
    return d.rejection().orElseThrow();
  }

  @Test
  void petitionRoutingOf15DaysEndingInTheNationalDayHolidayRollsForward() {
    // 2025-09-23 + 15 days = 2025-10-08, inside the National Day / Mid-Autumn holiday
    // (Oct 1-8): the period ends with the first working day after it, Thursday Oct 9.
    Case p = register(PETITION, "P-1", Role.PETITION_OFFICE, "petition",
        beijing("2025-09-23T10:00"));
    assertThat(p.due()).contains(beijing("2025-10-10T00:00"));
  }

  @Test
  void petitionAcceptedJustBeforeNationalDayHas60DaysThenOneExtensionOf30() {
    Case p = register(PETITION, "P-2", Role.PETITION_OFFICE, "petition",
        beijing("2025-09-29T09:00"));
    p = stepAs(PETITION, p, "accept", Role.PETITION_OFFICE, "2025-09-30T17:00");
    // Sep 30 + 60 = Sat Nov 29 -> rolled to Mon Dec 1; due at 24:00 of Dec 1
    assertThat(p.due()).contains(beijing("2025-12-02T00:00"));
    p = step(PETITION, p, Command.of("extend", as(Role.HEAD_OF_BODY))
        .withReason("需要调取不动产登记资料"), beijing("2025-11-20T10:00"));
    // counted from the nominal end, Sat Nov 29, not from the rolled-forward Mon Dec 1
    // (decision 0005): Nov 29 + 30 = Mon Dec 29, due at 24:00 of Dec 29
    assertThat(p.due()).contains(beijing("2025-12-30T00:00"));
    Rejection second = rejected(PETITION.decide(p, Command.of("extend", as(Role.HEAD_OF_BODY))
        .withReason("again"), beijing("2025-12-20T10:00")));
    assertThat(second.reason()).isEqualTo(Rejection.Reason.GUARD_FAILED);
    assertThat(second.detail()).contains("at most 1 extensions");
    Rejection clerk = rejected(PETITION.decide(p, Command.of("extend",
        as(Role.PETITION_OFFICE)).withReason("x"), beijing("2025-12-20T10:00")));
    assertThat(clerk.reason()).isEqualTo(Rejection.Reason.ROLE_NOT_ALLOWED);
  }

  @Test
  void petitionReviewWindowOf30DaysThenTheCaseLapsesClosed() {
    Case p = register(PETITION, "P-3", Role.PETITION_OFFICE, "petition",
        beijing("2025-03-03T09:00"));
    p = stepAs(PETITION, p, "accept", Role.PETITION_OFFICE, "2025-03-04T09:00");
    p = step(PETITION, p, Command.of("reply", as(Role.DEPARTMENT))
        .withReplyOutcome(ReplyOutcome.NOT_SUPPORT), beijing("2025-04-01T09:00"));
    // Apr 1 + 30 = May 1, Labour Day holiday (May 1-5) -> window open through May 6
    assertThat(p.deadline(PetitionWorkflow.REVIEW_WINDOW).orElseThrow().due())
        .isEqualTo(beijing("2025-05-07T00:00"));
    Rejection early = rejected(PETITION.decide(p, Command.of("lapse", Actor.system()),
        beijing("2025-05-06T23:59")));
    assertThat(early.detail()).contains("has not lapsed");
    Rejection late = rejected(PETITION.decide(p, Command.of("requestReview",
        as(Role.CITIZEN)), beijing("2025-05-07T00:00")));
    assertThat(late.reason()).isEqualTo(Rejection.Reason.WINDOW_CLOSED);
    Case closed = step(PETITION, p, Command.of("lapse", Actor.system()),
        beijing("2025-05-07T00:00"));
    assertThat(closed.state().name().value()).isEqualTo("CLOSED");
    Case review = stepAs(PETITION, p, "requestReview", Role.CITIZEN, "2025-05-06T23:59");
    assertThat(review.state().name().value()).isEqualTo("UNDER_REVIEW");
  }

  @Test
  void reReviewHearingTimeIsNotCounted() {
    Case p = register(PETITION, "P-4", Role.PETITION_OFFICE, "petition",
        beijing("2025-03-03T09:00"));
    p = stepAs(PETITION, p, "accept", Role.PETITION_OFFICE, "2025-03-03T10:00");
    p = step(PETITION, p, Command.of("reply", as(Role.DEPARTMENT))
        .withReplyOutcome(ReplyOutcome.EXPLAIN), beijing("2025-03-10T10:00"));
    p = stepAs(PETITION, p, "requestReview", Role.CITIZEN, "2025-03-11T10:00");
    p = stepAs(PETITION, p, "answerReview", Role.PETITION_OFFICE, "2025-03-20T10:00");
    p = stepAs(PETITION, p, "requestReReview", Role.CITIZEN, "2025-03-21T10:00");
    // Mar 21 + 30 = Apr 20 (Sunday) -> Mon Apr 21
    assertThat(p.due()).contains(beijing("2025-04-22T00:00"));
    p = stepAs(PETITION, p, "startHearing", Role.PETITION_OFFICE, "2025-03-25T09:00");
    p = stepAs(PETITION, p, "endHearing", Role.PETITION_OFFICE, "2025-03-28T09:00");
    // 3 days of hearing: Apr 21 + 3 = Thu Apr 24
    assertThat(p.due()).contains(beijing("2025-04-25T00:00"));
    p = stepAs(PETITION, p, "answerReReview", Role.PETITION_OFFICE, "2025-04-10T09:00");
    assertThat(p.state().name().value()).isEqualTo("TERMINATED");
    assertThat(rejected(PETITION.decide(p, Command.of("requestReview", as(Role.CITIZEN)),
        beijing("2025-04-11T09:00"))).detail()).contains("terminal");
  }

  @Test
  void aGroupVisitElectsAtMostFiveRepresentatives() {
    List<Party> six = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      six.add(Party.person("代表" + i, PartyRole.REPRESENTATIVE));
    }
    Registration group = Fixtures.registration(CaseType.PETITION, "petition");
    Instant at = beijing("2025-06-03T09:00");
    Rejection r = rejected(PETITION.register(CaseId.of("P-9"),
        Command.register(as(Role.PETITION_OFFICE), group.withParties(six)), at));
    assertThat(r.detail()).contains("at most 5 representatives");
    assertThat(r.message()).doesNotContain("代表");
    assertThat(PETITION.register(CaseId.of("P-9"),
        Command.register(as(Role.PETITION_OFFICE), group.withParties(six.subList(0, 5))), at)
        .accepted()).isTrue();
  }

  @Test
  void workOrderReturnedOnItsLastAllowedWorkingDay() {
    // Dispatched Friday 2025-09-26; 2 working days: Sunday Sep 28 is a working day (调休),
    // then Monday Sep 29. Returning at 23:59 on Sep 29 is in time, at 00:00 Sep 30 too late.
    Case w = register(WORK_ORDER, "WO-1", Role.OPERATIONS_CENTER, "hotline.complaint",
        beijing("2025-09-26T09:00"));
    w = step(WORK_ORDER, w, Command.of("dispatch", as(Role.OPERATIONS_CENTER))
        .withHandler("dept-housing"), beijing("2025-09-26T10:00"));
    Command giveBack = Command.of("returnOrder", as(Role.DEPARTMENT))
        .withReason("不属于本部门职责");
    CaseEvent back = WORK_ORDER.decide(w, giveBack, beijing("2025-09-29T23:59")).event();
    assertThat(back.has(EventTag.RETURN)).isTrue();
    assertThat(back.reason()).contains("不属于本部门职责");
    assertThat(w.apply(back).handler()).isEmpty();
    Rejection late = rejected(WORK_ORDER.decide(w, giveBack, beijing("2025-09-30T00:00")));
    assertThat(late.reason()).isEqualTo(Rejection.Reason.WINDOW_CLOSED);
    assertThat(late.detail()).contains("returnWindow").contains("closed at");
    Rejection noReason = rejected(WORK_ORDER.decide(w, Command.of("returnOrder",
        as(Role.DEPARTMENT)), beijing("2025-09-29T10:00")));
    assertThat(noReason.detail()).isEqualTo("a reason is required");
  }

  @Test
  void workOrderHandlingLimitsFollowTheCategory() {
    Instant monday = beijing("2025-06-09T09:00");
    Case consultation = register(WORK_ORDER, "WO-2", Role.OPERATIONS_CENTER,
        "hotline.consultation", monday);
    Case complaint = register(WORK_ORDER, "WO-3", Role.OPERATIONS_CENTER,
        "hotline.complaint", monday);
    assertThat(consultation.due()).contains(beijing("2025-06-12T00:00"));   // Wed Jun 11
    assertThat(complaint.due()).contains(beijing("2025-07-01T00:00"));      // Mon Jun 30
    // the most specific category wins: a "hotline" override does not beat "hotline.complaint"
    Workflow broad = WORK_ORDER.withTimeLimits(WorkOrderWorkflow.defaultLimits()
        .with(WorkOrderWorkflow.HANDLING, Fixtures.category("hotline"), DeadlinePolicy.workingDays(5)));
    assertThat(register(broad, "WO-4", Role.OPERATIONS_CENTER, "hotline.complaint", monday)
        .due()).contains(beijing("2025-07-01T00:00"));
    assertThat(register(broad, "WO-5", Role.OPERATIONS_CENTER, "hotline.other", monday)
        .due()).contains(beijing("2025-06-17T00:00"));                     // Mon Jun 16
    Workflow strict = WORK_ORDER.withTimeLimits(WorkOrderWorkflow.defaultLimits()
        .with(WorkOrderWorkflow.HANDLING, Fixtures.category("hotline.complaint"), DeadlinePolicy.workingDays(5)));
    assertThat(register(strict, "WO-6", Role.OPERATIONS_CENTER, "hotline.complaint", monday)
        .due()).contains(beijing("2025-06-17T00:00"));
  }

  @Test
  void judicialConfirmationMustBeAppliedForWithin30DaysOfTheAgreement() {
    Workflow dispute = DisputeMediationWorkflow.definition();
    Case d = register(dispute, "D-1", Role.GRID_WORKER, "dispute.neighbour",
        beijing("2025-01-02T09:00"));
    d = stepAs(dispute, d, "accept", Role.GOVERNANCE_CENTER, "2025-01-02T10:00");
    d = stepAs(dispute, d, "resolveOnSpot", Role.GRID_WORKER, "2025-01-03T10:00");
    // Jan 3 + 30 = Feb 2, a Sunday in the Spring Festival period (Jan 28 - Feb 4)
    // -> Wednesday Feb 5
    assertThat(d.deadline(DisputeMediationWorkflow.CONFIRMATION_WINDOW).orElseThrow().due())
        .isEqualTo(beijing("2025-02-06T00:00"));
    assertThat(rejected(dispute.decide(d, Command.of("requestConfirmation", as(Role.CITIZEN)),
        beijing("2025-02-06T08:00"))).reason()).isEqualTo(Rejection.Reason.WINDOW_CLOSED);
    assertThat(stepAs(dispute, d, "requestConfirmation", Role.CITIZEN, "2025-02-05T16:00")
        .state().name().value()).isEqualTo("CONFIRMATION_REQUESTED");
  }

  @Test
  void aFollowUpVisitDoesNotEndTheJudicialConfirmationWindow() {
    Workflow dispute = DisputeMediationWorkflow.definition();
    Case d = register(dispute, "D-2", Role.GRID_WORKER, "dispute.neighbour",
        beijing("2025-03-03T09:00"));
    d = stepAs(dispute, d, "accept", Role.GOVERNANCE_CENTER, "2025-03-03T10:00");
    d = stepAs(dispute, d, "resolveOnSpot", Role.GRID_WORKER, "2025-03-04T10:00");
    // the agreement of Tue Mar 4: the window ends with Thu Apr 3 (Qingming is Apr 4-6)
    assertThat(d.deadline(DisputeMediationWorkflow.CONFIRMATION_WINDOW).orElseThrow().due())
        .isEqualTo(beijing("2025-04-04T00:00"));
    d = stepAs(dispute, d, "followUp", Role.MEDIATOR, "2025-03-14T15:00");      // day 10
    assertThat(d.deadline(DisputeMediationWorkflow.CONFIRMATION_WINDOW)).isPresent();
    d = stepAs(dispute, d, "requestConfirmation", Role.CITIZEN, "2025-03-29T10:00"); // day 25
    assertThat(d.state().name()).isEqualTo(DisputeMediationWorkflow.CONFIRMATION_REQUESTED);
  }

  @Test
  void afterAReferralAFollowedUpCaseCannotAskForConfirmation() {
    Workflow dispute = DisputeMediationWorkflow.definition();
    Case d = register(dispute, "D-3", Role.GRID_WORKER, "dispute.neighbour",
        beijing("2025-03-03T09:00"));
    d = stepAs(dispute, d, "accept", Role.GOVERNANCE_CENTER, "2025-03-03T10:00");
    d = step(dispute, d, Command.of("assess", as(Role.GOVERNANCE_CENTER)).withTier(Tier.SIMPLE)
        .withRiskLevel(RiskLevel.YELLOW), beijing("2025-03-03T11:00"));
    d = step(dispute, d, Command.of("route", as(Role.GOVERNANCE_CENTER)).withHandler("司法所"),
        beijing("2025-03-04T09:00"));
    d = step(dispute, d, Command.of("fail", as(Role.MEDIATOR)).withReason("no agreement"),
        beijing("2025-03-10T09:00"));
    d = step(dispute, d, Command.of("referToLitigation", as(Role.MEDIATOR))
        .withReason("to the court"), beijing("2025-03-11T09:00"));
    d = stepAs(dispute, d, "followUp", Role.MEDIATOR, "2025-03-14T15:00");
    assertThat(rejected(dispute.decide(d, Command.of("requestConfirmation", as(Role.CITIZEN)),
        beijing("2025-03-20T10:00"))).reason()).isEqualTo(Rejection.Reason.WINDOW_CLOSED);
  }

  @Test
  void theLastDaysOf2018AnswerFromThe2019Notice() {
    // The 2019 New Year notice set Sat 2018-12-29 as a working day and Dec 30 - Jan 1 as
    // the holiday: those days answer from it, not as a missing 2018.
    WorkCalendar china = WorkCalendar.china();
    assertThat(china.isWorkingDay(LocalDate.parse("2018-12-29"))).isTrue();
    assertThat(china.isHoliday(LocalDate.parse("2018-12-30"))).isTrue();
    assertThat(china.isHoliday(LocalDate.parse("2018-12-31"))).isTrue();
    // a consultation of Fri Dec 28 (2 working days): Sat Dec 29, then Wed Jan 2
    Case consultation = register(WORK_ORDER, "WO-2018", Role.OPERATIONS_CENTER,
        "hotline.consultation", beijing("2018-12-28T09:00"));
    assertThat(consultation.due()).contains(beijing("2019-01-03T00:00"));
  }

  @Test
  void preLitigationMediationIsFiledWhen30DaysPassWithoutAgreement() {
    Workflow pre = PreLitigationMediationWorkflow.definition();
    Case m = register(pre, "S-1", Role.COURT, "dispute.contract", beijing("2025-06-03T09:00"));
    m = step(pre, m, Command.of("accept", as(Role.MEDIATOR)).withHandler("committee-1"),
        beijing("2025-06-03T11:00"));
    assertThat(m.due()).contains(beijing("2025-07-04T00:00"));   // Jun 3 + 30 = Thu Jul 3
    Command lapse = Command.of("lapse", Actor.system());
    assertThat(rejected(pre.decide(m, lapse, beijing("2025-07-03T23:00"))).reason())
        .isEqualTo(Rejection.Reason.GUARD_FAILED);
    CaseEvent filed = pre.decide(m, lapse, beijing("2025-07-04T00:00")).event();
    assertThat(filed.to().value()).isEqualTo("FILED");
    assertThat(filed.tags()).contains(EventTag.FILING, EventTag.CONCLUSION);
  }

  @Test
  void departmentsMustRespondToAWhistleWithin30Minutes() {
    Workflow grid = GridIncidentWorkflow.definition();
    Case g = register(grid, "G-1", Role.GRID_WORKER, "citymgmt.event",
        beijing("2025-06-03T09:00"));
    g = stepAs(grid, g, "report", Role.GRID_WORKER, "2025-06-03T09:05");
    g = stepAs(grid, g, "accept", Role.GOVERNANCE_CENTER, "2025-06-03T09:10");
    g = stepAs(grid, g, "whistle", Role.GOVERNANCE_CENTER, "2025-06-03T09:15");
    assertThat(g.deadline(GridIncidentWorkflow.RESPONSE_CLOCK).orElseThrow().due())
        .isEqualTo(beijing("2025-06-03T09:45"));
    DeadlineMonitor monitor = DeadlineMonitor.defaults();
    List<Warning> near = monitor.check(g, beijing("2025-06-03T09:40"));
    assertThat(near).extracting(Warning::clock, Warning::level)
        .containsExactly(tuple("responseClock", Warning.Level.NEAR));
    assertThat(monitor.check(g, beijing("2025-06-03T09:45"))).extracting(Warning::level)
        .containsExactly(Warning.Level.OVERDUE);
    assertThat(monitor.check(g, beijing("2025-06-03T09:30"))).isEmpty();
  }
}
