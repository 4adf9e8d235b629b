package io.github.shiyu.governance.cases.monitor;

import static io.github.shiyu.governance.cases.Fixtures.as;
import static io.github.shiyu.governance.cases.Fixtures.beijing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.shiyu.governance.cases.Case;
import io.github.shiyu.governance.cases.CaseEvent;
import io.github.shiyu.governance.cases.CaseId;
import io.github.shiyu.governance.cases.CaseType;
import io.github.shiyu.governance.cases.Command;
import io.github.shiyu.governance.cases.Decision;
import io.github.shiyu.governance.cases.EventTag;
import io.github.shiyu.governance.cases.Fixtures;
import io.github.shiyu.governance.cases.Fixtures.HandClock;
import io.github.shiyu.governance.cases.ReplyOutcome;
import io.github.shiyu.governance.cases.Role;
import io.github.shiyu.governance.cases.standard.PetitionWorkflow;
import io.github.shiyu.governance.cases.standard.PreLitigationMediationWorkflow;
import io.github.shiyu.governance.cases.standard.StandardWorkflows;
import io.github.shiyu.governance.cases.store.CaseService;
import io.github.shiyu.governance.cases.store.InMemoryCaseStore;
import io.github.shiyu.governance.core.org.EscalationLevel;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EscalationPolicyTest {

  /** A service over an empty store, with the standard workflows, on the test's clock. */
  private static CaseService service(HandClock clock) {
    return new CaseService(new InMemoryCaseStore(), clock, StandardWorkflows.all());
  }

  /** Registers a petition at the petition office. */
  private static void registerPetition(CaseService service, CaseId id) {
    service.register(id, Command.register(as(Role.PETITION_OFFICE),
        Fixtures.registration(CaseType.PETITION, "petition")));
  }

  @Test
  void huaibeiEscalatesOverduePetitionsOnceWithTheReasonRecorded() {
    HandClock clock = new HandClock(beijing("2025-03-03T09:00"));
    CaseService service = service(clock);
    CaseId petition = CaseId.of("P-1");
    CaseId order = CaseId.of("WO-1");
    registerPetition(service, petition);
    service.register(order, Command.register(as(Role.OPERATIONS_CENTER),
        Fixtures.registration(CaseType.WORK_ORDER, "hotline.complaint")));
    service.execute(petition, Command.of("accept", as(Role.PETITION_OFFICE)));
    EscalationPolicy policy = EscalationPolicy.huaibei();

    clock.now.set(beijing("2025-04-30T09:00"));   // accepted Mar 3 + 60 = May 2: not yet
    assertThat(policy.plan(service, clock.instant())).isEmpty();
    DeadlineMonitor monitor = DeadlineMonitor.defaults();
    assertThat(monitor.scan(service.store(), clock.instant()))
        .extracting(Warning::caseId, Warning::level)
        .contains(tuple(petition, Warning.Level.NEAR));

    assertThat(service.store().openCasesDueBefore(beijing("2025-05-07T00:01")))
        .extracting(Case::id).containsExactlyInAnyOrder(order, petition);
    assertThat(service.store().openCasesDueBefore(beijing("2025-05-06T00:00")))
        .extracting(Case::id).containsExactly(order);
    clock.now.set(beijing("2025-05-08T09:00"));   // May 2 in the Labour Day holiday -> May 6
    List<Decision> first = policy.run(service, clock.instant());
    assertThat(first).hasSize(1);
    CaseEvent escalation = first.get(0).event();
    assertThat(escalation.caseId()).isEqualTo(petition);
    assertThat(escalation.has(EventTag.ESCALATION)).isTrue();
    assertThat(escalation.actor().role()).isEqualTo(Role.SYSTEM);
    assertThat(escalation.reason().orElseThrow()).startsWith("overdue: handling was due");
    assertThat(escalation.escalationLevel()).isEqualTo(EscalationLevel.TOWNSHIP);
    // running the policy again escalates nothing new: the same overdue deadline, same key
    policy.run(service, clock.instant());
    Case after = service.find(petition).orElseThrow();
    assertThat(after.escalations()).isEqualTo(1);
    assertThat(after.escalationLevel()).isEqualTo(EscalationLevel.TOWNSHIP);
    // the work order is overdue too, but the policy escalates petitions only
    assertThat(service.find(order).orElseThrow().escalations()).isZero();
    assertThat(monitor.scan(service.store(), clock.instant()))
        .extracting(Warning::caseId).contains(order, petition);
  }

  @Test
  void aRepeatPetitionEscalatesAutomaticallyInHuaibei() {
    HandClock clock = new HandClock(beijing("2025-03-03T09:00"));
    CaseService service = service(clock);
    CaseId first = CaseId.of("P-1");
    CaseId again = CaseId.of("P-2");
    registerPetition(service, first);
    service.register(again, Command.register(as(Role.PETITION_OFFICE),
        Fixtures.registration(CaseType.PETITION, "petition").withRepeatOf(first)
            .withPersonVisits(3)));
    for (CaseId id : List.of(first, again)) {
      service.execute(id, Command.of("accept", as(Role.PETITION_OFFICE)));
    }
    // both escalate: the repeat, and the earlier petition the petitioners came back about
    // (petitions are never reopened or returned, so counting those alone never fires)
    List<Decision> done = EscalationPolicy.huaibei().run(service, clock.instant());
    assertThat(done).extracting(d -> d.event().caseId())
        .containsExactlyInAnyOrder(first, again);
    assertThat(done).allSatisfy(d ->
        assertThat(d.event().reason().orElseThrow()).startsWith("repeated: a repeat"));
    assertThat(done).filteredOn(d -> d.event().caseId().equals(first)).singleElement()
        .satisfies(d -> assertThat(d.event().reason().orElseThrow())
            .contains("repeated by 1 later"));
    assertThat(EscalationPolicy.huaibei().run(service, clock.instant())).hasSize(2)
        .containsExactlyInAnyOrderElementsOf(done);
    assertThat(service.find(again).orElseThrow().escalations()).isEqualTo(1);
    assertThat(service.find(first).orElseThrow().escalations()).isEqualTo(1);
    // a petition nobody repeats, not overdue, is left alone
    CaseId alone = CaseId.of("P-3");
    registerPetition(service, alone);
    assertThat(EscalationPolicy.huaibei().plan(service, clock.instant()))
        .extracting(Escalation::caseId).doesNotContain(alone);
    assertThat(service.history(again).get(0).registration().orElseThrow().personVisits())
        .isEqualTo(3);
  }

  @Test
  void lapsedWindowsCloseOnceAndOpenWindowsStayOpen() {
    HandClock clock = new HandClock(beijing("2025-03-03T09:00"));
    CaseService service = service(clock);
    CaseId replied = CaseId.of("P-1");
    CaseId handling = CaseId.of("P-2");
    CaseId mediation = CaseId.of("S-1");
    for (CaseId id : List.of(replied, handling)) {
      registerPetition(service, id);
      service.execute(id, Command.of("accept", as(Role.PETITION_OFFICE)));
    }
    service.execute(replied, Command.of("reply", as(Role.DEPARTMENT))
        .withReplyOutcome(ReplyOutcome.EXPLAIN));
    service.register(mediation, Command.register(as(Role.COURT),
        Fixtures.registration(CaseType.PRE_LITIGATION, "dispute.contract")));
    DeadlineMonitor monitor = DeadlineMonitor.defaults();
    clock.now.set(beijing("2025-04-01T09:00"));   // review window (to Apr 3) still open
    assertThat(monitor.closeLapsed(service, clock.instant())).isEmpty();
    clock.now.set(beijing("2025-04-08T09:00"));   // window lapsed; mediation's 30 days too
    List<CaseEvent> closed = monitor.closeLapsed(service, clock.instant());
    assertThat(closed).extracting(CaseEvent::caseId, CaseEvent::to).containsExactlyInAnyOrder(
        tuple(replied, PetitionWorkflow.CLOSED),
        tuple(mediation, PreLitigationMediationWorkflow.FILED));
    assertThat(monitor.closeLapsed(service, clock.instant())).isEmpty();
    assertThat(service.find(handling).orElseThrow().state().name().value()).isEqualTo("ACCEPTED");
  }

  @Test
  void repeatedCasesEscalateAndTheLadderStopsAtTheCity() {
    HandClock clock = new HandClock(beijing("2025-03-03T09:00"));
    CaseService service = service(clock);
    CaseId id = CaseId.of("WO-2");
    service.register(id, Command.register(as(Role.OPERATIONS_CENTER),
        Fixtures.registration(CaseType.WORK_ORDER, "hotline.complaint")
            .withEscalationLevel(EscalationLevel.COUNTY)));
    service.execute(id, Command.of("dispatch", as(Role.OPERATIONS_CENTER)).withHandler("d1"));
    service.execute(id, Command.of("returnOrder", as(Role.DEPARTMENT)).withReason("wrong"));
    EscalationPolicy policy = EscalationPolicy.of(Set.of(CaseType.WORK_ORDER))
        .repeatedAfter(1);
    // returned once: repeated, escalated from the county to the city, then the top
    assertThat(policy.run(service, clock.instant())).singleElement()
        .satisfies(d -> assertThat(d.event().reason().orElseThrow()).contains("returned 1"));
    assertThat(service.find(id).orElseThrow().escalationLevel())
        .isEqualTo(EscalationLevel.CITY);
    assertThat(policy.plan(service, clock.instant())).isEmpty();

    CaseId dispute = CaseId.of("D-1");
    service.register(dispute, Command.register(as(Role.GRID_WORKER),
        Fixtures.registration(CaseType.DISPUTE, "dispute.neighbour")
            .withEscalationLevel(EscalationLevel.COUNTY)));
    service.execute(dispute, Command.of("accept", as(Role.GOVERNANCE_CENTER)));
    EscalationPolicy disputes = EscalationPolicy.of(Set.of(CaseType.DISPUTE));
    clock.now.set(beijing("2025-04-10T09:00"));
    assertThat(disputes.run(service, clock.instant())).hasSize(1);
    assertThat(service.find(dispute).orElseThrow().escalationLevel())
        .isEqualTo(EscalationLevel.CITY);
    Decision top = service.execute(dispute, Command.of("escalate", as(Role.SUPERVISOR))
        .withReason("more"));
    assertThat(top.rejection().orElseThrow().detail()).contains("top of the escalation ladder");
    assertThat(disputes.plan(service, clock.instant())).isEmpty();
  }
}
