package io.github.shiyu.governance.cases.standard;

import static io.github.shiyu.governance.cases.Fixtures.as;
import static io.github.shiyu.governance.cases.Fixtures.beijing;
import static io.github.shiyu.governance.cases.Fixtures.register;
import static io.github.shiyu.governance.cases.Fixtures.step;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.shiyu.governance.cases.Actor;
import io.github.shiyu.governance.cases.Case;
import io.github.shiyu.governance.cases.CaseEvent;
import io.github.shiyu.governance.cases.CaseId;
import io.github.shiyu.governance.cases.CaseType;
import io.github.shiyu.governance.cases.Command;
import io.github.shiyu.governance.cases.Decision;
import io.github.shiyu.governance.cases.EventTag;
import io.github.shiyu.governance.cases.Extension;
import io.github.shiyu.governance.cases.Fixtures;
import io.github.shiyu.governance.cases.Fixtures.HandClock;
import io.github.shiyu.governance.cases.Procedure;
import io.github.shiyu.governance.cases.Registration;
import io.github.shiyu.governance.cases.Rejection;
import io.github.shiyu.governance.cases.ReplyOutcome;
import io.github.shiyu.governance.cases.RiskLevel;
import io.github.shiyu.governance.cases.Role;
import io.github.shiyu.governance.cases.SupervisionNotice;
import io.github.shiyu.governance.cases.Workflow;
import io.github.shiyu.governance.cases.monitor.Escalation;
import io.github.shiyu.governance.cases.monitor.EscalationPolicy;
import io.github.shiyu.governance.cases.store.CaseService;
import io.github.shiyu.governance.cases.store.InMemoryCaseStore;
import io.github.shiyu.governance.core.division.DivisionCode;
import io.github.shiyu.governance.core.org.EscalationLevel;
import io.github.shiyu.governance.core.org.ExpertField;
import io.github.shiyu.governance.core.org.Tier;
import io.github.shiyu.governance.core.party.PartyRole;
import io.github.shiyu.governance.core.time.DeadlinePolicy;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The rules of WORKFLOWS.md the standard workflows keep, each pinned on real 2025 dates:
 * judicial confirmation refused and what follows, risk levels with their reporting deadlines,
 * consented and counted extensions, reply outcomes, "up to 30 days", escalation from every
 * open state, the re-petition on terminated facts, cross-level visits, work orders escalated,
 * urgent transfers and supervision notices, mediation after filing, the whistle response.
 */
class WorkflowRulesTest {

  private static final Workflow DISPUTE = DisputeMediationWorkflow.definition();
  private static final Workflow PETITION = PetitionWorkflow.definition();
  private static final Workflow WORK_ORDER = WorkOrderWorkflow.definition();
  private static final Workflow PRE = PreLitigationMediationWorkflow.definition();
  private static final Workflow GRID = GridIncidentWorkflow.definition();
  private static final Extension BOTH_AGREE =
      Extension.full().withConsentOf(PartyRole.APPLICANT, PartyRole.RESPONDENT);

  private static Case stepAs(Workflow w, Case kase, String command, Role role, String at) {
    return step(w, kase, Command.of(command, as(role)), beijing(at));
  }

  private static Rejection rejected(Decision d) {
    assertThat(d.accepted()).as("expected a rejection, got %s", d).isFalse();
    return d.rejection().orElseThrow();
  }

  /** A dispute resolved with an agreement on the spot. */
  private static Case agreed(String id, String registered, String agreement) {
    Case d = register(DISPUTE, id, Role.GRID_WORKER, "dispute.neighbour", beijing(registered));
    d = stepAs(DISPUTE, d, "accept", Role.GOVERNANCE_CENTER, registered.substring(0, 11) + "23:00");
    return stepAs(DISPUTE, d, "resolveOnSpot", Role.GRID_WORKER, agreement);
  }

  /** A dispute assessed at a risk level and routed to one department. */
  private static Case assessed(String id, RiskLevel level, String at) {
    Case d = register(DISPUTE, id, Role.GRID_WORKER, "dispute.neighbour", beijing(at));
    d = stepAs(DISPUTE, d, "accept", Role.GOVERNANCE_CENTER, at);
    return step(DISPUTE, d, Command.of("assess", as(Role.GOVERNANCE_CENTER))
        .withTier(Tier.SIMPLE).withRiskLevel(level), beijing(at));
  }

  // dispute mediation

  @Test
  void expertsJoinAnOpenMediationOnceEachFieldWithoutMovingItAndNotAfterTheAgreement() {
    Case d = assessed("D-E", RiskLevel.YELLOW, "2025-03-03T09:00");
    d = step(DISPUTE, d, Command.of("route", as(Role.GOVERNANCE_CENTER)).withHandler("med-1"),
        beijing("2025-03-03T10:00"));
    Rejection noField = rejected(DISPUTE.decide(d, Command.of("joinExpert",
        as(Role.MEDIATOR)), beijing("2025-03-04T09:00")));
    assertThat(noField.detail()).isEqualTo("an expert field is required");
    CaseEvent psy = DISPUTE.decide(d, Command.of("joinExpert", as(Role.MEDIATOR))
        .withExpert(ExpertField.PSYCHOLOGY), beijing("2025-03-04T09:00")).event();
    assertThat(psy.has(EventTag.EXPERT_JOINED)).isTrue();
    assertThat(psy.to()).isEqualTo(DisputeMediationWorkflow.MEDIATING);
    assertThat(psy.handler()).contains("med-1");
    assertThat(psy.handling().experts()).containsExactly(ExpertField.PSYCHOLOGY);
    d = d.apply(psy);
    d = step(DISPUTE, d, Command.of("joinExpert", as(Role.MEDIATOR))
        .withExpert(ExpertField.LAWYER), beijing("2025-03-05T09:00"));
    d = step(DISPUTE, d, Command.of("joinExpert", as(Role.MEDIATOR))
        .withExpert(ExpertField.PSYCHOLOGY), beijing("2025-03-06T09:00"));
    assertThat(d.experts()).containsExactly(ExpertField.PSYCHOLOGY, ExpertField.LAWYER);
    assertThat(d.handling().hasExpert(ExpertField.LEGAL_CONSULTATION)).isFalse();
    assertThat(d.due()).as("joining leaves the month of mediation as it was")
        .contains(beijing("2025-04-03T00:00"));
    d = stepAs(DISPUTE, d, "resolve", Role.MEDIATOR, "2025-03-07T09:00");
    assertThat(d.experts()).containsExactly(ExpertField.PSYCHOLOGY, ExpertField.LAWYER);
    assertThat(rejected(DISPUTE.decide(d, Command.of("joinExpert", as(Role.MEDIATOR))
        .withExpert(ExpertField.LAWYER), beijing("2025-03-08T09:00"))).reason())
        .isEqualTo(Rejection.Reason.NOT_PERMITTED);
  }

  @Test
  void anExpertJoinsAPreLitigationMediationBeforeAndAfterFiling() {
    Case p = register(PRE, "P-E", Role.COURT, "dispute.contract", beijing("2025-03-03T09:00"));
    p = step(PRE, p, Command.of("joinExpert", as(Role.COURT))
        .withExpert(ExpertField.LEGAL_CONSULTATION), beijing("2025-03-03T10:00"));
    p = step(PRE, p, Command.of("accept", as(Role.MEDIATOR)).withHandler("med-2"),
        beijing("2025-03-04T10:00"));
    p = step(PRE, p, Command.of("mediateAfterFiling", as(Role.COURT)).withReason("立案")
        .withProcedure(Procedure.SIMPLIFIED), beijing("2025-03-05T10:00"));
    p = step(PRE, p, Command.of("joinExpert", as(Role.MEDIATOR))
        .withExpert(ExpertField.PSYCHOLOGY), beijing("2025-03-06T10:00"));
    assertThat(p.state().name()).isEqualTo(PreLitigationMediationWorkflow.MEDIATING_AFTER_FILING);
    assertThat(p.experts())
        .containsExactly(ExpertField.LEGAL_CONSULTATION, ExpertField.PSYCHOLOGY);
  }

  @Test
  void aFollowUpOnDay10AndAConfirmationRequestOnDay25AreAcceptedThenTheCourtRefuses() {
    Case d = agreed("D-10", "2025-03-03T09:00", "2025-03-04T10:00");
    d = stepAs(DISPUTE, d, "followUp", Role.MEDIATOR, "2025-03-14T15:00");            // day 10
    CaseEvent request = DISPUTE.decide(d, Command.of("requestConfirmation",
        as(Role.CITIZEN)), beijing("2025-03-29T10:00")).event();                        // day 25
    assertThat(request.has(EventTag.CONFIRMATION_REQUEST)).isTrue();
    d = d.apply(request);
    Rejection noReason = rejected(DISPUTE.decide(d, Command.of("refuseConfirmation",
        as(Role.COURT)), beijing("2025-04-10T10:00")));
    assertThat(noReason.detail()).isEqualTo("a reason is required");
    CaseEvent refusal = DISPUTE.decide(d, Command.of("refuseConfirmation", as(Role.COURT))
        .withReason("协议内容违反法律强制性规定"), beijing("2025-04-10T10:00")).event();
    assertThat(refusal.to()).isEqualTo(DisputeMediationWorkflow.CONFIRMATION_REFUSED);
    assertThat(refusal.has(EventTag.CONFIRMATION_REFUSAL)).isTrue();
    Case refused = d.apply(refusal);
    // 人民调解法 art. 33: mediate again (a new month) or go to court
    assertThat(DISPUTE.permitted(refused.state(), Role.MEDIATOR))
        .containsExactlyInAnyOrder(DisputeMediationWorkflow.MEDIATE,
            DisputeMediationWorkflow.REFER_TO_LITIGATION, DisputeMediationWorkflow.JOIN_EXPERT);
    Case again = stepAs(DISPUTE, refused, "mediate", Role.MEDIATOR, "2025-04-11T09:00");
    assertThat(again.state().name()).isEqualTo(DisputeMediationWorkflow.MEDIATING);
    // a new month: Apr 11 + 30 = Sun May 11, rolled to Mon May 12
    assertThat(again.due()).contains(beijing("2025-05-13T00:00"));
    Case court = step(DISPUTE, refused, Command.of("referToLitigation", as(Role.MEDIATOR))
        .withReason("向人民法院起诉"), beijing("2025-04-11T09:00"));
    assertThat(court.state().name()).isEqualTo(DisputeMediationWorkflow.REFERRED);
  }

  @Test
  void aConfirmationRequestOnDay31IsRefusedAsOutOfTheWindow() {
    Case d = agreed("D-11", "2025-03-03T09:00", "2025-03-04T10:00");
    // Mar 4 + 30 = Thu Apr 3, due at 24:00
    assertThat(rejected(DISPUTE.decide(d, Command.of("requestConfirmation", as(Role.CITIZEN)),
        beijing("2025-04-04T00:00"))).reason()).isEqualTo(Rejection.Reason.WINDOW_CLOSED);
  }

  @Test
  void riskLevelsSetTheirReportingDeadlines() {
    Case red = assessed("D-20", RiskLevel.RED, "2025-06-03T10:00");
    Case orange = assessed("D-21", RiskLevel.ORANGE, "2025-06-03T10:00");
    Case yellow = assessed("D-22", RiskLevel.YELLOW, "2025-06-06T10:00");   // a Friday
    String clock = DisputeMediationWorkflow.RISK_REPORT;
    assertThat(red.deadline(clock).orElseThrow().due()).isEqualTo(beijing("2025-06-03T11:00"));
    assertThat(orange.deadline(clock).orElseThrow().due())
        .isEqualTo(beijing("2025-06-04T00:00"));                           // by 24:00
    assertThat(yellow.deadline(clock).orElseThrow().due())
        .isEqualTo(beijing("2025-06-12T00:00"));                           // Mon-Wed: Jun 11
    Case none = register(DISPUTE, "D-23", Role.GRID_WORKER, "dispute.neighbour",
        beijing("2025-06-03T10:00"));
    none = stepAs(DISPUTE, none, "accept", Role.GOVERNANCE_CENTER, "2025-06-03T10:00");
    assertThat(rejected(DISPUTE.decide(none, Command.of("assess", as(Role.GOVERNANCE_CENTER))
        .withTier(Tier.SIMPLE), beijing("2025-06-03T10:00"))).detail())
        .contains("risk level");
    Case reported = stepAs(DISPUTE, red, "reportRisk", Role.GOVERNANCE_CENTER,
        "2025-06-03T10:50");
    assertThat(reported.deadline(clock)).isEmpty();
    assertThat(reported.lastEvent().has(EventTag.RISK_REPORT)).isTrue();
  }

  @Test
  void aRedRiskNotReportedWithinTheHourIsEscalated() {
    HandClock clock = new HandClock(beijing("2025-06-03T10:00"));
    CaseService service = new CaseService(new InMemoryCaseStore(), clock, List.of(DISPUTE));
    CaseId late = CaseId.of("D-30");
    CaseId done = CaseId.of("D-31");
    for (CaseId id : List.of(late, done)) {
      service.register(id, Command.register(as(Role.GRID_WORKER),
          Fixtures.registration(CaseType.DISPUTE, "dispute.neighbour")));
      service.execute(id, Command.of("accept", as(Role.GOVERNANCE_CENTER)));
      service.execute(id, Command.of("assess", as(Role.GOVERNANCE_CENTER))
          .withTier(Tier.COMPLEX).withRiskLevel(RiskLevel.RED));
    }
    clock.now.set(beijing("2025-06-03T10:40"));
    service.execute(done, Command.of("reportRisk", as(Role.GOVERNANCE_CENTER)));
    EscalationPolicy policy = EscalationPolicy.of(Set.of(CaseType.DISPUTE));
    clock.now.set(beijing("2025-06-03T10:59"));
    assertThat(policy.plan(service, clock.instant())).isEmpty();
    clock.now.set(beijing("2025-06-03T11:00"));
    List<Decision> out = policy.run(service, clock.instant());
    assertThat(out).singleElement().satisfies(d -> {
      assertThat(d.event().caseId()).isEqualTo(late);
      assertThat(d.event().reason().orElseThrow()).startsWith("overdue: riskReport was due");
    });
    assertThat(policy.run(service, clock.instant())).containsExactlyElementsOf(out);
    assertThat(service.find(late).orElseThrow().escalations()).isEqualTo(1);
  }

  @Test
  void mediationGoesOnOnlyWithBothPartiesConsentAndAtMostOnce() {
    Case d = assessed("D-40", RiskLevel.YELLOW, "2025-05-01T09:00");
    d = step(DISPUTE, d, Command.of("route", as(Role.GOVERNANCE_CENTER)).withHandler("司法所"),
        beijing("2025-05-01T10:00"));
    // May 1 + 30 = Sat May 31, Dragon Boat (May 31 - Jun 2): rolled to Tue Jun 3
    assertThat(d.due()).contains(beijing("2025-06-04T00:00"));
    Command oneSide = Command.of("extend", as(Role.MEDIATOR)).withReason("双方同意继续调解")
        .withExtension(Extension.full().withConsentOf(PartyRole.APPLICANT));
    assertThat(rejected(DISPUTE.decide(d, oneSide, beijing("2025-05-28T10:00"))).detail())
        .contains("both parties consent");
    assertThat(rejected(DISPUTE.decide(d, Command.of("extend", as(Role.MEDIATOR))
        .withReason("x"), beijing("2025-05-28T10:00"))).detail())
        .contains("both parties consent");
    CaseEvent extended = DISPUTE.decide(d, Command.of("extend", as(Role.MEDIATOR))
        .withReason("双方同意继续调解").withExtension(BOTH_AGREE), beijing("2025-05-28T10:00"))
        .event();
    assertThat(extended.request().extension().orElseThrow().consentedBy())
        .containsExactlyInAnyOrder(PartyRole.APPLICANT, PartyRole.RESPONDENT);
    d = d.apply(extended);
    // 30 more days from the nominal end Sat May 31 (not from Jun 3): Mon Jun 30
    assertThat(d.due()).contains(beijing("2025-07-01T00:00"));
    assertThat(rejected(DISPUTE.decide(d, Command.of("extend", as(Role.MEDIATOR))
        .withReason("again").withExtension(BOTH_AGREE), beijing("2025-06-20T10:00"))).detail())
        .contains("at most 1 " + DisputeMediationWorkflow.MEDIATION_EXTENSIONS);
  }

  @Test
  void windowsArePartiesTimeAndEveryOtherClockIsADuty() {
    assertThat(DISPUTE.windowClocks()).containsExactly(DisputeMediationWorkflow.CONFIRMATION_WINDOW);
    assertThat(PETITION.windowClocks())
        .containsExactly(PetitionWorkflow.REVIEW_WINDOW, PetitionWorkflow.RE_REVIEW_WINDOW);
    assertThat(WORK_ORDER.windowClocks()).containsExactly(WorkOrderWorkflow.RETURN_WINDOW);
    assertThat(GRID.windowClocks()).isEmpty();
    // a reply whose review window lapsed is not overdue work: it closes, it does not escalate
    HandClock clock = new HandClock(beijing("2025-03-03T09:00"));
    CaseService service = new CaseService(new InMemoryCaseStore(), clock, List.of(PETITION));
    CaseId id = CaseId.of("P-50");
    service.register(id, Command.register(as(Role.PETITION_OFFICE),
        Fixtures.registration(CaseType.PETITION, "petition")));
    service.execute(id, Command.of("accept", as(Role.PETITION_OFFICE)));
    service.execute(id, Command.of("reply", as(Role.DEPARTMENT))
        .withReplyOutcome(ReplyOutcome.SUPPORT));
    clock.now.set(beijing("2025-05-01T09:00"));
    assertThat(EscalationPolicy.huaibei().plan(service, clock.instant())).isEmpty();
  }

  // petition

  /** A petition registered and accepted on 2025-09-29 / 30 (60 days: Sat Nov 29 -> Dec 1). */
  private static Case acceptedPetition(String id) {
    Case p = register(PETITION, id, Role.PETITION_OFFICE, "petition",
        beijing("2025-09-29T09:00"));
    return stepAs(PETITION, p, "accept", Role.PETITION_OFFICE, "2025-09-30T17:00");
  }

  @Test
  void aTwentyDayPetitionExtensionAddsTwentyDaysAndNoMoreThanThirtyIsAllowed() {
    Case p = acceptedPetition("P-20");
    assertThat(p.due()).contains(beijing("2025-12-02T00:00"));
    Command head = Command.of("extend", as(Role.HEAD_OF_BODY)).withReason("需要调取档案");
    assertThat(rejected(PETITION.decide(p, head.withExtension(Extension.of(
        DeadlinePolicy.calendarDays(31))), beijing("2025-11-20T10:00"))).detail())
        .contains("up to 30 CALENDAR_DAYS, asked for 31 CALENDAR_DAYS");
    assertThat(rejected(PETITION.decide(p, head.withExtension(Extension.of(
        DeadlinePolicy.workingDays(10))), beijing("2025-11-20T10:00"))).reason())
        .isEqualTo(Rejection.Reason.GUARD_FAILED);
    Case twenty = step(PETITION, p, head.withExtension(Extension.of(
        DeadlinePolicy.calendarDays(20))), beijing("2025-11-20T10:00"));
    // from the nominal end Sat Nov 29: + 20 = Fri Dec 19
    assertThat(twenty.due()).contains(beijing("2025-12-20T00:00"));
    assertThat(twenty.extensions()).isEqualTo(1);
  }

  @Test
  void aWrittenReplyStatesItsOutcome() {
    Case p = acceptedPetition("P-21");
    assertThat(rejected(PETITION.decide(p, Command.of("reply", as(Role.DEPARTMENT)),
        beijing("2025-10-20T10:00"))).detail()).contains("outcome");
    CaseEvent reply = PETITION.decide(p, Command.of("reply", as(Role.DEPARTMENT))
        .withReplyOutcome(ReplyOutcome.SUPPORT), beijing("2025-10-20T10:00")).event();
    assertThat(reply.request().replyOutcome()).contains(ReplyOutcome.SUPPORT);
    assertThat(reply.tags()).contains(EventTag.REPLY, EventTag.CONCLUSION);
  }

  @Test
  void aPetitionInAHearingOrOverdueOnRoutingCanBeEscalated() {
    Case p = register(PETITION, "P-22", Role.PETITION_OFFICE, "petition",
        beijing("2025-03-03T09:00"));
    p = stepAs(PETITION, p, "accept", Role.PETITION_OFFICE, "2025-03-03T10:00");
    p = step(PETITION, p, Command.of("reply", as(Role.DEPARTMENT))
        .withReplyOutcome(ReplyOutcome.NOT_SUPPORT), beijing("2025-03-10T10:00"));
    p = stepAs(PETITION, p, "requestReview", Role.CITIZEN, "2025-03-11T10:00");
    p = stepAs(PETITION, p, "answerReview", Role.PETITION_OFFICE, "2025-03-20T10:00");
    p = stepAs(PETITION, p, "requestReReview", Role.CITIZEN, "2025-03-21T10:00");
    p = stepAs(PETITION, p, "startHearing", Role.PETITION_OFFICE, "2025-03-25T09:00");
    Case escalated = step(PETITION, p, Command.of("escalate", as(Role.SUPERVISOR))
        .withReason("听证久拖不决"), beijing("2025-03-26T09:00"));
    assertThat(escalated.state().name()).isEqualTo(PetitionWorkflow.HEARING);
    assertThat(escalated.escalationLevel()).isEqualTo(EscalationLevel.TOWNSHIP);
    assertThat(escalated.deadline(PetitionWorkflow.HANDLING).orElseThrow().isStopped()).isTrue();

    // overdue on the 15-day routing clock: Huaibei escalates it automatically
    HandClock clock = new HandClock(beijing("2025-06-03T09:00"));
    CaseService service = new CaseService(new InMemoryCaseStore(), clock, List.of(PETITION));
    CaseId unrouted = CaseId.of("P-23");
    service.register(unrouted, Command.register(as(Role.PETITION_OFFICE),
        Fixtures.registration(CaseType.PETITION, "petition")));
    clock.now.set(beijing("2025-06-19T00:00"));   // Jun 3 + 15 = Wed Jun 18, due at 24:00
    assertThat(EscalationPolicy.huaibei().run(service, clock.instant())).singleElement()
        .satisfies(d -> assertThat(d.event().reason().orElseThrow())
            .startsWith("overdue: handling"));
    assertThat(service.find(unrouted).orElseThrow().state().name())
        .isEqualTo(PetitionWorkflow.REGISTERED);
  }

  @Test
  void aNewPetitionOnTheFactsOfATerminatedOneIsRefusedAtRegistration() {
    HandClock clock = new HandClock(beijing("2025-03-03T09:00"));
    InMemoryCaseStore store = new InMemoryCaseStore();
    Workflow petition = PetitionWorkflow.definition(PetitionWorkflow.Terminations.in(store));
    CaseService service = new CaseService(store, clock, List.of(petition));
    CaseId first = CaseId.of("P-30");
    service.register(first, Command.register(as(Role.PETITION_OFFICE),
        Fixtures.registration(CaseType.PETITION, "petition")));
    String[][] path = {{"accept", "PETITION_OFFICE", "2025-03-04T09:00"},
        {"reply", "DEPARTMENT", "2025-03-20T09:00"},
        {"requestReview", "CITIZEN", "2025-03-25T09:00"},
        {"answerReview", "PETITION_OFFICE", "2025-04-15T09:00"},
        {"requestReReview", "CITIZEN", "2025-04-20T09:00"},
        {"answerReReview", "PETITION_OFFICE", "2025-05-15T09:00"}};
    Registration again = Fixtures.registration(CaseType.PETITION, "petition")
        .withRepeatOf(first);
    for (String[] s : path) {
      // while the first is still open (before its re-review ends), a repeat is registered
      if (s[0].equals("answerReReview")) {
        assertThat(petition.register(CaseId.of("P-31"), Command.register(
            as(Role.PETITION_OFFICE), again), clock.instant()).accepted()).isTrue();
      }
      clock.now.set(beijing(s[2]));
      Command c = Command.of(s[0], as(Role.of(s[1])));
      assertThat(service.execute(first, s[0].equals("reply")
          ? c.withReplyOutcome(ReplyOutcome.NOT_SUPPORT) : c).accepted()).as(s[0]).isTrue();
    }
    assertThat(service.find(first).orElseThrow().state().name())
        .isEqualTo(PetitionWorkflow.TERMINATED);
    clock.now.set(beijing("2025-06-03T09:00"));
    Decision refused = service.register(CaseId.of("P-32"), Command.register(
        as(Role.PETITION_OFFICE), again));
    assertThat(rejected(refused).detail()).isEqualTo(PetitionWorkflow.SAME_FACTS_REFUSED);
    assertThat(rejected(refused).state()).isEmpty();
    assertThat(service.find(CaseId.of("P-32"))).isEmpty();
    // a new petition on other facts (not registered as a repeat) is registered
    assertThat(service.register(CaseId.of("P-33"), Command.register(as(Role.PETITION_OFFICE),
        Fixtures.registration(CaseType.PETITION, "petition"))).accepted()).isTrue();
  }

  @Test
  void aCrossLevelVisitIsRedirectedNotAccepted() {
    // a village matter: the township has power to handle it, the county is one level up
    Registration atCity = Fixtures.registration(CaseType.PETITION, "petition")
        .withEscalationLevel(EscalationLevel.CITY);
    Registration atCounty = atCity.withEscalationLevel(EscalationLevel.COUNTY);
    Instant at = beijing("2025-06-03T09:00");
    Case city = Case.start(PETITION.register(CaseId.of("P-40"),
        Command.register(as(Role.PETITION_OFFICE), atCity), at).event());
    for (String command : List.of("accept", "assign", "transfer")) {
      assertThat(rejected(PETITION.decide(city, Command.of(command, as(Role.PETITION_OFFICE))
          .withHandler("县信访局"), at)).detail()).as(command)
          .isEqualTo(PetitionWorkflow.CROSS_LEVEL);
    }
    Case redirected = step(PETITION, city, Command.of("redirect", as(Role.PETITION_OFFICE))
        .withReason("越级走访，引导到有权处理的机关"), at);
    assertThat(redirected.state().name()).isEqualTo(PetitionWorkflow.REDIRECTED);
    Case county = Case.start(PETITION.register(CaseId.of("P-41"),
        Command.register(as(Role.PETITION_OFFICE), atCounty), at).event());
    assertThat(PETITION.decide(county, Command.of("accept", as(Role.PETITION_OFFICE)), at)
        .accepted()).isTrue();
    // a township matter at the city is cross-level too; a county matter at the city is not
    Registration countyMatter = Registration.of(CaseType.PETITION,
        Fixtures.category("petition"), DivisionCode.parse("420602"))
        .withEscalationLevel(EscalationLevel.CITY);
    Case up = Case.start(PETITION.register(CaseId.of("P-42"),
        Command.register(as(Role.PETITION_OFFICE), countyMatter), at).event());
    assertThat(PETITION.decide(up, Command.of("accept", as(Role.PETITION_OFFICE)), at)
        .accepted()).isTrue();
  }

  // work order

  @Test
  void aWorkOrderIsEscalatedWhenOverdue() {
    HandClock clock = new HandClock(beijing("2025-06-09T09:00"));   // Monday
    CaseService service = new CaseService(new InMemoryCaseStore(), clock, List.of(WORK_ORDER));
    CaseId id = CaseId.of("WO-10");
    service.register(id, Command.register(as(Role.OPERATIONS_CENTER),
        Fixtures.registration(CaseType.WORK_ORDER, "hotline.consultation")));
    service.execute(id, Command.of("dispatch", as(Role.OPERATIONS_CENTER)).withHandler("d1"));
    service.execute(id, Command.of("acknowledge", as(Role.DEPARTMENT)));
    EscalationPolicy policy = EscalationPolicy.of(Set.of(CaseType.WORK_ORDER));
    clock.now.set(beijing("2025-06-11T23:59"));   // 2 working days: due at 24:00 of Wed
    assertThat(policy.plan(service, clock.instant())).isEmpty();
    clock.now.set(beijing("2025-06-12T00:00"));
    assertThat(policy.run(service, clock.instant())).singleElement().satisfies(d -> {
      assertThat(d.event().has(EventTag.ESCALATION)).isTrue();
      assertThat(d.event().reason().orElseThrow()).startsWith("overdue: handling");
    });
    assertThat(service.find(id).orElseThrow().escalationLevel())
        .isEqualTo(EscalationLevel.TOWNSHIP);
  }

  @Test
  void anUrgentMatterIsTransferredAtOnceWithTheShorterLimit() {
    Case w = register(WORK_ORDER, "WO-11", Role.OPERATIONS_CENTER, "hotline.complaint",
        beijing("2025-06-09T09:00"));
    assertThat(w.due()).contains(beijing("2025-07-01T00:00"));   // 15 working days
    CaseEvent urgent = WORK_ORDER.decide(w, Command.of("transferUrgently",
            as(Role.OPERATIONS_CENTER)).withHandler("燃气公司").withReason("燃气泄漏"),
        beijing("2025-06-09T09:05")).event();
    assertThat(urgent.to()).isEqualTo(WorkOrderWorkflow.DISPATCHED);
    assertThat(urgent.tags()).contains(EventTag.DISPATCH, EventTag.TRANSFER);
    assertThat(urgent.due()).contains(beijing("2025-06-09T11:05"));
  }

  @Test
  void aSupervisionNoticeHasADeadlineAndAnUnansweredOneIsEscalated() {
    HandClock clock = new HandClock(beijing("2025-06-09T09:00"));
    CaseService service = new CaseService(new InMemoryCaseStore(), clock, List.of(WORK_ORDER));
    CaseId answered = CaseId.of("WO-12");
    CaseId ignored = CaseId.of("WO-13");
    for (CaseId id : List.of(answered, ignored)) {
      service.register(id, Command.register(as(Role.OPERATIONS_CENTER),
          Fixtures.registration(CaseType.WORK_ORDER, "hotline.complaint")));
      service.execute(id, Command.of("dispatch", as(Role.OPERATIONS_CENTER))
          .withHandler("d1"));
    }
    assertThat(rejected(service.execute(ignored, Command.of("supervise",
        as(Role.SUPERVISOR)))).detail()).isEqualTo("a reason is required");
    clock.now.set(beijing("2025-06-10T10:00"));
    CaseEvent issued = null;
    for (CaseId id : List.of(answered, ignored)) {
      issued = service.execute(id, Command.of("supervise", as(Role.SUPERVISOR))
          .withReason("群众反映三次未解决，请加快办理")).event();
    }
    SupervisionNotice notice = SupervisionNotice.of(issued, WorkOrderWorkflow.SUPERVISION_CLOCK)
        .orElseThrow();
    assertThat(notice.due().due()).isEqualTo(beijing("2025-06-12T00:00"));   // 1 working day
    assertThat(notice.issuer().role()).isEqualTo(Role.SUPERVISOR);
    assertThat(notice.toString()).doesNotContain("群众");
    clock.now.set(beijing("2025-06-11T16:00"));
    service.execute(answered, Command.of("answerSupervision", as(Role.DEPARTMENT))
        .withReason("已约定周五现场处理"));
    assertThat(service.find(answered).orElseThrow()
        .deadline(WorkOrderWorkflow.SUPERVISION_CLOCK)).isEmpty();
    clock.now.set(beijing("2025-06-12T00:00"));
    List<Decision> out = EscalationPolicy.of(Set.of(CaseType.WORK_ORDER))
        .run(service, clock.instant());
    assertThat(out).singleElement().satisfies(d -> {
      assertThat(d.event().caseId()).isEqualTo(ignored);
      assertThat(d.event().reason().orElseThrow())
          .startsWith("overdue: supervisionClock was due");
    });
  }

  // pre-litigation mediation

  @Test
  void mediationAfterFilingIsDueOnDay7UnderTheSimplifiedProcedureAnd15Otherwise() {
    Case m = register(PRE, "S-10", Role.COURT, "dispute.contract", beijing("2025-06-03T09:00"));
    m = step(PRE, m, Command.of("accept", as(Role.MEDIATOR)).withHandler("committee-1"),
        beijing("2025-06-03T11:00"));
    Command file = Command.of("mediateAfterFiling", as(Role.COURT)).withReason("立案后委托调解");
    Case simplified = step(PRE, m, file.withProcedure(Procedure.SIMPLIFIED),
        beijing("2025-06-04T09:00"));
    assertThat(simplified.state().name())
        .isEqualTo(PreLitigationMediationWorkflow.MEDIATING_AFTER_FILING);
    assertThat(simplified.due()).contains(beijing("2025-06-12T00:00"));   // Jun 4 + 7 = Wed Jun 11
    assertThat(simplified.lastEvent().has(EventTag.FILING)).isTrue();
    Case ordinary = step(PRE, m, file.withProcedure(Procedure.ORDINARY),
        beijing("2025-06-04T09:00"));
    assertThat(ordinary.due()).contains(beijing("2025-06-20T00:00"));     // Jun 4 + 15 = Thu Jun 19
    assertThat(step(PRE, m, file, beijing("2025-06-04T09:00")).due())
        .isEqualTo(ordinary.due());
    Command lapse = Command.of("lapse", Actor.system());
    assertThat(rejected(PRE.decide(simplified, lapse, beijing("2025-06-11T23:59"))).reason())
        .isEqualTo(Rejection.Reason.GUARD_FAILED);
    assertThat(step(PRE, simplified, lapse, beijing("2025-06-12T00:00")).state().name())
        .isEqualTo(PreLitigationMediationWorkflow.FILED);
    Case agreed = step(PRE, simplified, Command.of("agree", as(Role.COURT)),
        beijing("2025-06-10T15:00"));
    assertThat(agreed.lastEvent().tags()).contains(EventTag.AGREEMENT, EventTag.CONCLUSION);
    assertThat(stepAs(PRE, agreed, "confirm", Role.COURT, "2025-06-11T09:00").state().name())
        .isEqualTo(PreLitigationMediationWorkflow.CONFIRMED);
  }

  // grid incident

  @Test
  void aWhistleMissedByOneMinuteIsEscalated() {
    HandClock clock = new HandClock(beijing("2025-06-03T09:00"));
    CaseService service = new CaseService(new InMemoryCaseStore(), clock, List.of(GRID));
    CaseId id = CaseId.of("G-10");
    service.register(id, Command.register(as(Role.GRID_WORKER),
        Fixtures.registration(CaseType.GRID_INCIDENT, "citymgmt.event")));
    service.execute(id, Command.of("report", as(Role.GRID_WORKER)));
    service.execute(id, Command.of("accept", as(Role.GOVERNANCE_CENTER)));
    clock.now.set(beijing("2025-06-03T09:15"));
    service.execute(id, Command.of("whistle", as(Role.GOVERNANCE_CENTER)));
    EscalationPolicy policy = EscalationPolicy.of(Set.of(CaseType.GRID_INCIDENT));
    clock.now.set(beijing("2025-06-03T09:44"));
    assertThat(policy.plan(service, clock.instant())).isEmpty();
    clock.now.set(beijing("2025-06-03T09:46"));   // due 09:45: one minute late
    List<Escalation> planned = policy.plan(service, clock.instant());
    assertThat(planned).singleElement().satisfies(e ->
        assertThat(e.reason()).startsWith("overdue: responseClock was due"));
    policy.run(service, clock.instant());
    policy.run(service, clock.instant());
    assertThat(service.find(id).orElseThrow().escalations()).isEqualTo(1);
    // the handling clock is far from due: only the missed response escalated it
    assertThat(service.find(id).orElseThrow().deadline(GridIncidentWorkflow.HANDLING)
        .orElseThrow().isOverdue(clock.instant())).isFalse();
  }

  @Test
  void aReportTheCenterAcceptedAndHandledCanBeConcluded() {
    Case g = register(GRID, "G-11", Role.GRID_WORKER, "citymgmt.event",
        beijing("2025-06-03T09:00"));
    g = stepAs(GRID, g, "report", Role.GRID_WORKER, "2025-06-03T09:05");
    g = stepAs(GRID, g, "accept", Role.GOVERNANCE_CENTER, "2025-06-03T09:10");
    CaseEvent done = GRID.decide(g, Command.of("conclude", as(Role.GOVERNANCE_CENTER)),
        beijing("2025-06-03T11:00")).event();
    assertThat(done.to()).isEqualTo(GridIncidentWorkflow.CONCLUDED);
    assertThat(done.has(EventTag.CONCLUSION)).isTrue();
    assertThat(g.apply(done).deadline(GridIncidentWorkflow.HANDLING).orElseThrow().isStopped())
        .isTrue();
    assertThat(rejected(GRID.decide(g, Command.of("conclude", as(Role.GRID_WORKER)),
        beijing("2025-06-03T11:00"))).reason()).isEqualTo(Rejection.Reason.ROLE_NOT_ALLOWED);
  }
}
