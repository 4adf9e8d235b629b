package io.github.shiyu.governance.cases.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.shiyu.governance.cases.Case;
import io.github.shiyu.governance.cases.CaseEvent;
import io.github.shiyu.governance.cases.CaseId;
import io.github.shiyu.governance.cases.CaseType;
import io.github.shiyu.governance.cases.Command;
import io.github.shiyu.governance.cases.Decision;
import io.github.shiyu.governance.cases.Fixtures;
import io.github.shiyu.governance.cases.Role;
import io.github.shiyu.governance.cases.standard.StandardWorkflows;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@link CaseService} decides a command first against {@link CaseStore#loadRecent}, which may
 * lag the stored version (a cache in front of a database another JVM writes to): a lagging
 * decision never reaches the store, and the command gets the answer the stored version gives.
 */
class RecentVersionTest {

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-09T01:00:00Z"),
      ZoneOffset.UTC);
  private static final CaseId ID = CaseId.of("R-1");

  /** The in-memory store, whose recent versions are what it held when {@link #freeze} ran. */
  private static final class Lagging extends ForwardingStore {
    final Map<CaseId, Case> frozen = new HashMap<>();
    int appends;
    int loads;

    void freeze() {
      real.load(ID).ifPresent(c -> frozen.put(ID, c));
    }

    @Override
    public void append(CaseId id, long expectedVersion, List<CaseEvent> events) {
      appends++;
      super.append(id, expectedVersion, events);
    }

    @Override
    public Optional<Case> load(CaseId id) {
      loads++;
      return super.load(id);
    }

    @Override
    public Optional<Case> loadRecent(CaseId id) {
      return frozen.containsKey(id) ? Optional.of(frozen.get(id)) : load(id);
    }
  }

  private static Command dispatch() {
    return Command.of("dispatch", Fixtures.as(Role.OPERATIONS_CENTER)).withHandler("dept-1");
  }

  private static Command acknowledge() {
    return Command.of("acknowledge", Fixtures.as(Role.DEPARTMENT));
  }

  private static Command reply() {
    return Command.of("reply", Fixtures.as(Role.DEPARTMENT));
  }

  private static CaseService service(Lagging store, int attempts) {
    CaseService s = new CaseService(store, CLOCK, StandardWorkflows.all(), attempts);
    s.register(ID, Command.register(Fixtures.as(Role.OPERATIONS_CENTER),
        Fixtures.registration(CaseType.WORK_ORDER, "hotline.complaint")));
    return s;
  }

  /** A service with one attempt; the store's recent version dispatched (2), stored 3. */
  private static CaseService behindByOne(Lagging store) {
    CaseService service = service(store, 1);
    service.execute(ID, dispatch());
    store.freeze();
    service.execute(ID, acknowledge());
    return service;
  }

  @Test
  void anAppendAgainstALaggingVersionConflictsAndTheCommandIsDecidedAgain() {
    Lagging store = new Lagging();
    // one attempt: the lagging decision does not count as one
    CaseService service = behindByOne(store);
    store.appends = 0;
    store.loads = 0;
    // against version 2 an acknowledgement is accepted again, and refused by the store
    Decision d = service.execute(ID, acknowledge().withIdempotencyKey("ack-again"));
    assertThat(store.appends).isEqualTo(1);
    assertThat(store.loads).isEqualTo(1);
    assertThat(d.accepted()).isFalse();
    assertThat(store.events(ID)).hasSize(3);
  }

  @Test
  void aRejectionAgainstALaggingVersionIsDecidedAgainstTheStoredOne() {
    Lagging store = new Lagging();
    CaseService service = behindByOne(store);
    // a reply is refused before an acknowledgement, accepted after it
    Decision d = service.execute(ID, reply());
    assertThat(d.accepted()).isTrue();
    assertThat(d.event().sequence()).isEqualTo(4);
    assertThat(store.real.load(ID).orElseThrow()).isEqualTo(Case.replay(store.events(ID)));
  }

  @Test
  void aCurrentRecentVersionCostsNoLoad() {
    Lagging store = new Lagging();
    CaseService service = service(store, 1);
    service.execute(ID, dispatch());
    store.freeze();
    store.loads = 0;
    assertThat(service.execute(ID, acknowledge()).accepted()).isTrue();
    assertThat(store.loads).isZero();
  }
}
