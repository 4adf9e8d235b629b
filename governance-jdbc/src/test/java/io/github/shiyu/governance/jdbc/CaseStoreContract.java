package io.github.shiyu.governance.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.shiyu.governance.cases.Case;
import io.github.shiyu.governance.cases.CaseErrors;
import io.github.shiyu.governance.cases.CaseEvent;
import io.github.shiyu.governance.cases.CaseId;
import io.github.shiyu.governance.cases.Command;
import io.github.shiyu.governance.cases.Role;
import io.github.shiyu.governance.cases.Workflow;
import io.github.shiyu.governance.cases.standard.StandardWorkflows;
import io.github.shiyu.governance.cases.store.Append;
import io.github.shiyu.governance.cases.store.CaseStore;
import io.github.shiyu.governance.cases.store.ConcurrencyConflictException;
import io.github.shiyu.governance.core.GovernanceException;
import io.github.shiyu.governance.core.org.ExpertField;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link CaseStore} keeps: append, conflict, idempotency, replay, the due
 * query and the feed's order. Subclasses give a fresh, empty store for each test.
 */
abstract class CaseStoreContract {

  static final Instant START = Instant.parse("2024-03-04T01:00:00Z");

  CaseStore store;

  /** A fresh, empty store. */
  abstract CaseStore newStore() throws Exception;

  /** The feed after a position, or an empty list if the store has no feed. */
  List<StoredEvent> feed(long after, int limit) {
    return List.of();
  }

  boolean hasFeed() {
    return false;
  }

  @BeforeEach
  void fresh() throws Exception {
    store = newStore();
  }

  /** Stores generated histories, event by event, as CaseService would; returns them. */
  Map<CaseId, List<CaseEvent>> fill(int casesPerWorkflow) {
    Map<CaseId, List<CaseEvent>> all = new HashMap<>();
    List<Workflow> flows = StandardWorkflows.all();
    List<List<CaseEvent>> histories = new ArrayList<>();
    for (int i = 0; i < casesPerWorkflow; i++) {
      for (Workflow w : flows) {
        String id = w.name() + "-" + i;
        List<CaseEvent> h = Histories.history(w, id, START.plusSeconds(i * 3600L), i * 31L + 7,
            12);
        histories.add(h);
        all.put(CaseId.of(id), h);
      }
    }
    // interleave the cases, as a live system would
    for (int step = 0; step < 13; step++) {
      for (List<CaseEvent> h : histories) {
        if (step < h.size()) {
          store.append(h.get(step).caseId(), step, List.of(h.get(step)));
        }
      }
    }
    return all;
  }

  /** A history of at least five events. */
  static List<CaseEvent> longHistory(Workflow w, String id) {
    for (long seed = 1; ; seed++) {
      List<CaseEvent> h = Histories.history(w, id, START, seed, 8);
      if (h.size() >= 5) {
        return h;
      }
    }
  }

  @Test
  void appendedEventsReadBackEqualAndReplayToTheSameCase() {
    Map<CaseId, List<CaseEvent>> all = fill(3);
    for (Map.Entry<CaseId, List<CaseEvent>> e : all.entrySet()) {
      assertThat(store.events(e.getKey())).isEqualTo(e.getValue());
      assertThat(store.load(e.getKey())).contains(Case.replay(e.getValue()));
    }
    assertThat(store.load(CaseId.of("nobody"))).isEmpty();
    assertThat(store.events(CaseId.of("nobody"))).isEmpty();
    assertThat(store.allEvents().count())
        .isEqualTo(all.values().stream().mapToLong(List::size).sum());
  }

  @Test
  void theExpertsWhoJoinedACaseAreStoredWithItsEvents() {
    Workflow dispute = StandardWorkflows.all().stream()
        .filter(w -> w.name().equals("dispute-mediation")).findFirst().orElseThrow();
    Case kase = Case.start(dispute.register(CaseId.of("E-1"),
        Histories.registration(dispute, "E-1"), START).event());
    List<CaseEvent> events = new ArrayList<>(List.of(kase.lastEvent()));
    Instant at = START;
    for (ExpertField field : List.of(ExpertField.PSYCHOLOGY, Histories.FIELDS[3],
        ExpertField.PSYCHOLOGY)) {
      at = at.plusSeconds(3600);
      kase = kase.apply(dispute.decide(kase, Command.of("joinExpert",
          Histories.as(Role.MEDIATOR)).withExpert(field), at).event());
      events.add(kase.lastEvent());
    }
    store.append(CaseId.of("E-1"), 0, events);
    assertThat(store.events(CaseId.of("E-1"))).isEqualTo(events);
    assertThat(store.load(CaseId.of("E-1")).orElseThrow().experts())
        .containsExactly(ExpertField.PSYCHOLOGY, Histories.FIELDS[3]);
  }

  @Test
  void aStaleVersionIsAConflictAndStoresNothing() {
    Workflow w = StandardWorkflows.all().get(0);
    List<CaseEvent> h = longHistory(w, "C-1");
    assertThat(h.size()).isGreaterThan(2);
    store.append(CaseId.of("C-1"), 0, List.of(h.get(0)));
    assertThatThrownBy(() -> store.append(CaseId.of("C-1"), 0, List.of(h.get(0))))
        .isInstanceOf(ConcurrencyConflictException.class);
    store.append(CaseId.of("C-1"), 1, List.of(h.get(1)));
    assertThatThrownBy(() -> store.append(CaseId.of("C-1"), 1, List.of(h.get(1))))
        .isInstanceOfSatisfying(ConcurrencyConflictException.class,
            e -> assertThat(e.actualVersion()).isEqualTo(2));
    assertThatThrownBy(() -> store.append(CaseId.of("C-2"), 3, List.of(h.get(1))))
        .isInstanceOf(GovernanceException.class);
    assertThat(store.events(CaseId.of("C-1"))).isEqualTo(h.subList(0, 2));
  }

  @Test
  void appendAllStoresEachAppendByItselfAndReportsTheRefusedOnes() {
    List<Workflow> flows = StandardWorkflows.all();
    List<CaseEvent> a = longHistory(flows.get(0), "A-1");
    List<CaseEvent> b = longHistory(flows.get(1), "A-2");
    List<CaseEvent> c = longHistory(flows.get(2), "A-3");
    store.append(CaseId.of("A-1"), 0, a.subList(0, 2));
    List<Optional<GovernanceException>> refused = store.appendAll(List.of(
        Append.of(CaseId.of("A-2"), 0, b.subList(0, 3)),
        Append.of(CaseId.of("A-1"), 1, List.of(a.get(1))),
        Append.of(CaseId.of("A-1"), 2, a.subList(2, 4)),
        Append.of(CaseId.of("A-3"), 0, c.subList(1, 2)),
        Append.of(CaseId.of("A-3"), 0, c.subList(0, 1)),
        Append.of(CaseId.of("A-4"), 0, List.of())));
    assertThat(refused).hasSize(6);
    assertThat(refused.get(0)).isEmpty();
    assertThat(refused.get(1)).get().isInstanceOfSatisfying(ConcurrencyConflictException.class,
        e -> assertThat(e.actualVersion()).isEqualTo(2));
    assertThat(refused.get(2)).isEmpty();
    assertThat(refused.get(3)).get()
        .satisfies(e -> assertThat(e.code()).isEqualTo(CaseErrors.EVENT_ORDER));
    assertThat(refused.get(4)).isEmpty();
    assertThat(refused.get(5)).isEmpty();
    assertThat(store.events(CaseId.of("A-1"))).isEqualTo(a.subList(0, 4));
    assertThat(store.events(CaseId.of("A-2"))).isEqualTo(b.subList(0, 3));
    assertThat(store.events(CaseId.of("A-3"))).isEqualTo(c.subList(0, 1));
    assertThat(store.load(CaseId.of("A-4"))).isEmpty();
    assertThat(store.appendAll(List.of())).isEmpty();
    // appends of distinct cases only: together in one go, none refused
    assertThat(store.appendAll(List.of(Append.of(CaseId.of("A-2"), 3, b.subList(3, 4)),
        Append.of(CaseId.of("A-3"), 1, c.subList(1, 3))))).allMatch(Optional::isEmpty);
    assertThat(store.events(CaseId.of("A-3"))).isEqualTo(c.subList(0, 3));
    assertThat(store.load(CaseId.of("A-2"))).contains(Case.replay(b.subList(0, 4)));
    if (hasFeed()) {
      List<StoredEvent> fed = feed(0, 1000);
      assertThat(fed).hasSize(4 + 4 + 3);
      assertThat(fed.stream().filter(e -> e.event().caseId().value().equals("A-3"))
          .map(StoredEvent::event)).containsExactlyElementsOf(c.subList(0, 3));
    }
  }

  @Test
  void aCommandsEventsAreStoredAllOrNone() {
    Workflow w = StandardWorkflows.all().get(0);
    List<CaseEvent> h = longHistory(w, "C-3");
    assertThat(h.size()).isGreaterThan(3);
    store.append(CaseId.of("C-3"), 0, h.subList(0, 3));
    assertThat(store.load(CaseId.of("C-3")).orElseThrow().version()).isEqualTo(3);
    // two events of which the second repeats the first's idempotency key: neither is stored
    assertThatThrownBy(() -> store.append(CaseId.of("C-3"), 3, List.of(h.get(3), h.get(3))))
        .isInstanceOf(GovernanceException.class);
    assertThat(store.events(CaseId.of("C-3"))).isEqualTo(h.subList(0, 3));
  }

  @Test
  void idempotencyKeysFindTheirEventAndAreUniquePerCase() {
    Map<CaseId, List<CaseEvent>> all = fill(1);
    for (List<CaseEvent> h : all.values()) {
      for (CaseEvent e : h) {
        assertThat(store.findByIdempotencyKey(e.caseId(), e.idempotencyKey().orElseThrow()))
            .contains(e);
      }
      assertThat(store.findByIdempotencyKey(h.get(0).caseId(), "never")).isEmpty();
    }
    Workflow w = StandardWorkflows.all().get(0);
    List<CaseEvent> h = all.get(CaseId.of(w.name() + "-0"));
    // an event of another history carrying a key already used by this case
    List<CaseEvent> other = Histories.history(w, w.name() + "-0", START, 99, 3);
    assertThat(other.size()).isGreaterThan(1);
    CaseEvent reuse = other.get(1);
    if (reuse.sequence() == h.size() + 1 || h.size() >= 2) {
      long version = h.size();
      List<CaseEvent> fake = Histories.history(w, w.name() + "-0", START, 99, 40);
      if (fake.size() > version) {
        CaseEvent candidate = fake.get((int) version);
        if (h.stream().anyMatch(e -> e.idempotencyKey().equals(candidate.idempotencyKey()))) {
          assertThatThrownBy(() -> store.append(candidate.caseId(), version,
              List.of(candidate))).isInstanceOf(GovernanceException.class);
        }
      }
    }
    assertThat(store.events(CaseId.of(w.name() + "-0"))).isEqualTo(h);
  }

  @Test
  void theDueQueryFindsTheOpenCasesWithARunningClockDueBefore() {
    fill(3);
    for (int days : new int[] {0, 3, 10, 30, 90, 400}) {
      Instant bound = START.plusSeconds(days * 86_400L);
      Set<CaseId> expected = store.openCases().filter(c -> c.deadlines().values().stream()
          .anyMatch(d -> !d.isStopped() && d.due().isBefore(bound))).map(Case::id)
          .collect(Collectors.toSet());
      assertThat(store.openCasesDueBefore(bound).map(Case::id).collect(Collectors.toSet()))
          .as("due before %s", bound).isEqualTo(expected);
    }
  }

  @Test
  void theFeedDeliversEveryEventOnceGapFreeInOrderPerCase() {
    assumeTrue(hasFeed(), "this store has no feed");
    Map<CaseId, List<CaseEvent>> all = fill(2);
    List<StoredEvent> read = new ArrayList<>();
    long checkpoint = 0;
    while (true) {
      List<StoredEvent> page = feed(checkpoint, 7);
      if (page.isEmpty()) {
        break;
      }
      read.addAll(page);
      checkpoint = page.get(page.size() - 1).position();
    }
    for (int i = 0; i < read.size(); i++) {
      assertThat(read.get(i).position()).isEqualTo(i + 1L);
    }
    Map<CaseId, List<CaseEvent>> byCase = new HashMap<>();
    read.forEach(s -> byCase.computeIfAbsent(s.event().caseId(), k -> new ArrayList<>())
        .add(s.event()));
    assertThat(byCase).isEqualTo(all);
  }
}
