package io.github.shiyu.governance.metrics.fact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.shiyu.governance.cases.Actor;
import io.github.shiyu.governance.cases.Case;
import io.github.shiyu.governance.cases.CaseEvent;
import io.github.shiyu.governance.cases.CaseId;
import io.github.shiyu.governance.cases.CaseType;
import io.github.shiyu.governance.cases.Command;
import io.github.shiyu.governance.cases.Decision;
import io.github.shiyu.governance.cases.Rating;
import io.github.shiyu.governance.cases.Registration;
import io.github.shiyu.governance.cases.ReplyOutcome;
import io.github.shiyu.governance.cases.RiskLevel;
import io.github.shiyu.governance.cases.Role;
import io.github.shiyu.governance.cases.Transition;
import io.github.shiyu.governance.cases.Workflow;
import io.github.shiyu.governance.cases.standard.StandardWorkflows;
import io.github.shiyu.governance.core.category.CategoryTaxonomy;
import io.github.shiyu.governance.core.division.DivisionCode;
import io.github.shiyu.governance.core.division.DivisionLevel;
import io.github.shiyu.governance.core.org.ExpertField;
import io.github.shiyu.governance.core.party.Party;
import io.github.shiyu.governance.core.party.PartyRole;
import io.github.shiyu.governance.metrics.report.Dimension;
import io.github.shiyu.governance.metrics.report.IncrementalReport;
import io.github.shiyu.governance.metrics.report.Period;
import io.github.shiyu.governance.metrics.report.ReportSpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CaseEventsTest {

  private static final DivisionCode VILLAGE = DivisionCode.parse("429006001001");
  private static final Instant T0 = Instant.parse("2024-03-04T01:00:00Z");
  private static final Map<CaseType, Workflow> WORKFLOWS = StandardWorkflows.all().stream()
      .collect(Collectors.toMap(Workflow::type, Function.identity()));
  private static final Map<CaseType, String> CATEGORY = Map.of(
      CaseType.DISPUTE, "dispute.neighbour", CaseType.PETITION, "dispute.other",
      CaseType.WORK_ORDER, "hotline.complaint", CaseType.PRE_LITIGATION, "dispute.contract",
      CaseType.GRID_INCIDENT, "citymgmt.event");

  /** A random walk through a standard workflow: every event the engine accepted. */
  static List<CaseEvent> walk(Random r, String id, CaseType type) {
    return walk(r, id, registration(type));
  }

  static Registration registration(CaseType type) {
    return Registration.of(type, CategoryTaxonomy.standard().require(CATEGORY.get(type)), VILLAGE)
        .withParties(List.of(Party.person("张三", PartyRole.PETITIONER),
            Party.person("李四", PartyRole.PETITIONER)));
  }

  /** A random walk from the given registration. */
  static List<CaseEvent> walk(Random r, String id, Registration reg) {
    CaseType type = reg.type();
    Workflow w = WORKFLOWS.get(type);
    Transition first = w.transitions().stream().filter(t -> t.from().isEmpty()).findFirst()
        .orElseThrow();
    Instant now = T0.plusSeconds(r.nextInt(60 * 86_400));
    CaseEvent e = w.register(CaseId.of(id), Command.register(
        Actor.of("clerk", first.roles().get(0)), reg), now).event();
    List<CaseEvent> events = new ArrayList<>(List.of(e));
    Case kase = Case.start(e);
    for (int step = 0; step < 25; step++) {
      Case current = kase;
      List<Transition> options = w.transitions().stream()
          .filter(t -> t.from().isPresent() && t.from().get().equals(current.state()))
          .toList();
      if (options.isEmpty()) {
        break;
      }
      now = now.plusSeconds(r.nextInt(5 * 86_400));
      Transition t = options.get(r.nextInt(options.size()));
      Role role = t.roles().get(r.nextInt(t.roles().size()));
      Command c = Command.of(t.command(), Actor.of("actor", role)).withReason("reason")
          .withHandler("dept-" + r.nextInt(3)).withRating(Rating.values()[r.nextInt(3)])
          .withReplyOutcome(ReplyOutcome.EXPLAIN).withRiskLevel(RiskLevel.YELLOW)
          .withExpert(r.nextBoolean() ? ExpertField.PSYCHOLOGY : ExpertField.LAWYER);
      Decision d = w.decide(kase, c, now);
      if (d.accepted()) {
        events.add(d.event());
        kase = kase.apply(d.event());
      }
    }
    return events;
  }

  @Test
  void theExpertsWhoJoinedADisputeAreInItsFactAndSurviveAReopening() {
    Workflow w = WORKFLOWS.get(CaseType.DISPUTE);
    Actor center = Actor.of("center", Role.GOVERNANCE_CENTER);
    Actor mediator = Actor.of("med", Role.MEDIATOR);
    Actor court = Actor.of("court", Role.COURT);
    Actor citizen = Actor.of("citizen", Role.CITIZEN);
    CaseEvent e = w.register(CaseId.of("D-1"), Command.register(center,
        registration(CaseType.DISPUTE)), T0).event();
    List<CaseEvent> events = new ArrayList<>(List.of(e));
    Case kase = Case.start(e);
    List<Command> steps = List.of(Command.of("accept", center),
        Command.of("joinExpert", mediator).withExpert(ExpertField.PSYCHOLOGY),
        Command.of("assess", center).withTier(io.github.shiyu.governance.core.org.Tier.SIMPLE)
            .withRiskLevel(RiskLevel.YELLOW),
        Command.of("route", center).withHandler("med"),
        Command.of("joinExpert", mediator).withExpert(ExpertField.LEGAL_CONSULTATION),
        Command.of("resolve", mediator), Command.of("requestConfirmation", citizen),
        Command.of("refuseConfirmation", court).withReason("违反法律规定"),
        Command.of("mediate", mediator),
        Command.of("joinExpert", mediator).withExpert(ExpertField.PSYCHOLOGY),
        Command.of("resolve", mediator));
    Instant now = T0;
    for (Command c : steps) {
      now = now.plusSeconds(3600);
      Decision d = w.decide(kase, c, now);
      assertThat(d.accepted()).as(c + " " + d).isTrue();
      events.add(d.event());
      kase = kase.apply(d.event());
    }
    CaseFact f = CaseEvents.fold(events).orElseThrow();
    assertThat(f.handling().experts()).containsExactly("legal_consultation", "psychology");
    assertThat(f.handling().hasExpert(ExpertField.PSYCHOLOGY)).isTrue();
    assertThat(f.handling().hasExpert(ExpertField.LAWYER)).isFalse();
    assertThat(f.outcome().resolved()).isTrue();
    assertThat(CaseEvents.fold(events.subList(0, 3)).orElseThrow().handling().experts())
        .containsExactly("psychology");
    assertThat(CaseEvents.fold(events.subList(0, 2)).orElseThrow().handling().experts())
        .isEmpty();
  }

  @Test
  void aWorkOrderFoldsIntoItsFact() {
    Workflow w = WORKFLOWS.get(CaseType.WORK_ORDER);
    Actor center = Actor.of("center", Role.OPERATIONS_CENTER);
    Actor dept = Actor.of("dept", Role.DEPARTMENT);
    Actor citizen = Actor.of("citizen", Role.CITIZEN);
    Registration reg = Registration.of(CaseType.WORK_ORDER,
        CategoryTaxonomy.standard().require("hotline.complaint"), VILLAGE);
    List<CaseEvent> events = new ArrayList<>();
    CaseEvent e = w.register(CaseId.of("WO-1"), Command.register(center, reg), T0).event();
    events.add(e);
    Case kase = Case.start(e);
    Object[][] steps = {
      {"dispatch", center, null}, {"acknowledge", dept, null}, {"reply", dept, null},
      {"verify", center, null}, {"rate", citizen, Rating.DISSATISFIED}, {"reply", dept, null},
      {"verify", center, null}, {"followUp", center, null}, {"rate", citizen, Rating.SATISFIED},
      {"close", center, null}};
    Instant now = T0;
    for (Object[] s : steps) {
      now = now.plusSeconds(3600);
      Command c = Command.of((String) s[0], (Actor) s[1]).withHandler("住建局")
          .withReason("checked");
      if (s[2] != null) {
        c = c.withRating((Rating) s[2]);
      }
      Decision d = w.decide(kase, c, now);
      assertThat(d.accepted()).as(s[0] + " " + d).isTrue();
      events.add(d.event());
      kase = kase.apply(d.event());
    }
    CaseFact f = CaseEvents.fold(events).orElseThrow();
    assertThat(f.subject().type()).isEqualTo(CaseType.WORK_ORDER);
    assertThat(f.timeline().registeredAt()).isEqualTo(T0);
    assertThat(f.timeline().acceptedAt()).contains(T0); // a work order is taken on when registered
    assertThat(f.timeline().concludedAt()).contains(T0.plusSeconds(6 * 3600)); // the second reply
    assertThat(f.handling().reopened()).isTrue();
    assertThat(f.timeline().concludedAt()).isPresent();
    assertThat(f.outcome().rating()).contains(Rating.SATISFIED);
    assertThat(f.outcome().followedUp()).isTrue();
    assertThat(f.timeline().closedAt()).contains(now);
    assertThat(f.handling().department()).contains("住建局");
    assertThat(f.handling().responded()).isTrue();
    assertThat(f.timeline().dueAt()).isPresent();
    assertThat(f.concludedOnTime()).isTrue();
    List<CaseEvent> withoutRegistration = events.subList(1, events.size());
    assertThat(CaseEvents.fold(withoutRegistration)).isEmpty();
  }

  @Test
  void theAgreementsJudicialConfirmationIsItsOwnOutcome() {
    Workflow w = WORKFLOWS.get(CaseType.DISPUTE);
    Actor center = Actor.of("center", Role.GOVERNANCE_CENTER);
    Actor worker = Actor.of("worker", Role.GRID_WORKER);
    Actor mediator = Actor.of("mediator", Role.MEDIATOR);
    Actor citizen = Actor.of("citizen", Role.CITIZEN);
    Actor court = Actor.of("court", Role.COURT);
    Registration reg = Registration.of(CaseType.DISPUTE,
        CategoryTaxonomy.standard().require("dispute.neighbour"), VILLAGE);
    List<CaseEvent> events = new ArrayList<>();
    CaseEvent e = w.register(CaseId.of("D-1"), Command.register(worker, reg), T0).event();
    events.add(e);
    Case kase = Case.start(e);
    Object[][] steps = {
      {"accept", center, JudicialConfirmation.NOT_APPLIED},
      {"resolveOnSpot", worker, JudicialConfirmation.NOT_APPLIED},
      {"requestConfirmation", citizen, JudicialConfirmation.APPLIED},
      {"refuseConfirmation", court, JudicialConfirmation.REFUSED},
      // mediated again: concluded no more, nothing to confirm until a new agreement
      {"mediate", mediator, JudicialConfirmation.NOT_APPLIED},
      {"resolve", mediator, JudicialConfirmation.NOT_APPLIED},
      {"requestConfirmation", citizen, JudicialConfirmation.APPLIED},
      {"confirm", court, JudicialConfirmation.CONFIRMED}};
    Instant now = T0;
    for (Object[] s : steps) {
      now = now.plusSeconds(86_400);
      Decision d = w.decide(kase, Command.of((String) s[0], (Actor) s[1]).withReason("r"), now);
      assertThat(d.accepted()).as(s[0] + " " + d).isTrue();
      events.add(d.event());
      kase = kase.apply(d.event());
      Outcome o = CaseEvents.fold(events).orElseThrow().outcome();
      assertThat(o.confirmation()).as((String) s[0]).isEqualTo(s[2]);
      assertThat(o.confirmationInWindow()).isEqualTo(s[2] != JudicialConfirmation.NOT_APPLIED);
      assertThat(o.judicialConfirmation()).isEqualTo(s[2] == JudicialConfirmation.CONFIRMED);
    }
    CaseFact f = CaseEvents.fold(events).orElseThrow();
    assertThat(f.outcome().resolved()).isTrue();
    assertThat(f.handling().reopened()).isTrue();
    assertThat(f.timeline().concludedAt()).contains(T0.plusSeconds(6 * 86_400));
  }

  @Test
  void shufflingAndRepeatingEventsChangesNothing() {
    qt().withExamples(300).forAll(longs().all(), integers().between(0, 4)).check((seed, ti) -> {
      Random r = new Random(seed);
      List<CaseEvent> events = walk(r, "C" + seed, CaseType.values()[ti]);
      CaseFact ordered = CaseEvents.fold(events).orElseThrow();
      List<CaseEvent> shuffled = new ArrayList<>(events);
      shuffled.addAll(events.subList(0, r.nextInt(events.size() + 1)));
      Collections.shuffle(shuffled, r);
      return CaseEvents.fold(shuffled).orElseThrow().equals(ordered);
    });
  }

  @Test
  void aLateEventWaitsForTheEventsBeforeIt() {
    List<CaseEvent> events = walk(new Random(7), "L", CaseType.WORK_ORDER);
    assertThat(events.size()).isGreaterThan(3);
    List<CaseEvent> gap = new ArrayList<>(events);
    gap.remove(2); // sequence 3 is late
    assertThat(CaseEvents.fold(gap)).isEqualTo(CaseEvents.fold(events.subList(0, 2)));
  }

  @Test
  void eventsOfTwoCasesAreRefused() {
    List<CaseEvent> mixed = new ArrayList<>(walk(new Random(1), "A", CaseType.DISPUTE));
    mixed.addAll(walk(new Random(2), "B", CaseType.DISPUTE));
    assertThatThrownBy(() -> CaseEvents.fold(mixed)).hasMessageContaining("another case");
  }

  @Test
  void anIncrementalReportFromShuffledEventsEqualsTheBatchReport() {
    ReportSpec spec = ReportSpec.builder()
        .by(Dimension.division(DivisionLevel.COUNTY), Dimension.type())
        .periods(Period.parse("2024-01"), Period.parse("2024-12")).stockAndFlow().build();
    qt().withExamples(100).forAll(longs().all(), integers().between(1, 12)).check((seed, n) -> {
      Random r = new Random(seed);
      List<CaseEvent> all = new ArrayList<>();
      List<CaseFact> facts = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        List<CaseEvent> events = walk(r, "C" + i, CaseType.values()[r.nextInt(5)]);
        all.addAll(events);
        facts.add(CaseEvents.fold(events).orElseThrow());
      }
      Collections.shuffle(all, r);
      IncrementalReport live = new IncrementalReport(spec);
      all.forEach(live::accept);
      all.subList(0, all.size() / 3).forEach(live::accept); // delivered twice
      return live.report().equals(spec.accumulate(facts).report());
    });
  }
  @Test
  void repeatAndPersonVisitsComeFromTheRegistration() {
    // Huaibei county: a second petition on the same land matter, five villagers came.
    Registration reg = registration(CaseType.PETITION).withRepeatOf(CaseId.of("XF-2024-001"))
        .withPersonVisits(5);
    CaseFact f = CaseEvents.fold(walk(new Random(3), "XF-2024-002", reg)).orElseThrow();
    assertThat(f.subject().repeat()).isTrue();
    assertThat(f.subject().personVisits()).isEqualTo(5);
    // two petitioners named, nobody said how many came: one visit, not two
    CaseFact plain = CaseEvents.fold(walk(new Random(3), "XF-2024-003", CaseType.PETITION))
        .orElseThrow();
    assertThat(plain.subject().repeat()).isFalse();
    assertThat(plain.subject().personVisits()).isEqualTo(1);
  }

  @Test
  void foldingGeneratedStreamsGivesTheRegistrationsRepeatAndPersonVisitCounts() {
    ReportSpec spec = ReportSpec.builder().by(Dimension.type())
        .periods(Period.parse("2024-01"), Period.parse("2024-12")).build();
    qt().withExamples(100).forAll(longs().all(), integers().between(1, 15)).check((seed, n) -> {
      Random r = new Random(seed);
      List<CaseEvent> all = new ArrayList<>();
      long repeats = 0;
      long visits = 0;
      for (int i = 0; i < n; i++) {
        Registration reg = registration(CaseType.values()[r.nextInt(5)])
            .withPersonVisits(1 + r.nextInt(6));
        if (r.nextBoolean()) {
          reg = reg.withRepeatOf(CaseId.of("EARLIER-" + r.nextInt(5)));
        }
        repeats += reg.repeatOf().isPresent() ? 1 : 0;
        visits += reg.personVisits();
        all.addAll(walk(r, "C" + i, reg));
      }
      Collections.shuffle(all, r);
      Map<CaseId, List<CaseEvent>> byCase = all.stream()
          .collect(Collectors.groupingBy(CaseEvent::caseId));
      List<CaseFact> facts = byCase.values().stream()
          .map(es -> CaseEvents.fold(es).orElseThrow()).toList();
      long foldedRepeats = facts.stream().filter(f -> f.subject().repeat()).count();
      long foldedVisits = facts.stream().mapToLong(f -> f.subject().personVisits()).sum();
      IncrementalReport live = new IncrementalReport(spec);
      all.forEach(live::accept);
      return foldedRepeats == repeats && foldedVisits == visits
          && live.report().equals(spec.accumulate(facts).report());
    });
  }
}
