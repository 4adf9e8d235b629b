package io.github.shiyu.governance.cases.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.shiyu.governance.cases.Case;
import io.github.shiyu.governance.cases.CaseEvent;
import io.github.shiyu.governance.cases.CaseId;
import io.github.shiyu.governance.cases.Command;
import io.github.shiyu.governance.cases.Decision;
import io.github.shiyu.governance.cases.EventTag;
import io.github.shiyu.governance.cases.Fixtures;
import io.github.shiyu.governance.cases.Role;
import io.github.shiyu.governance.cases.standard.StandardWorkflows;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Many threads firing commands at a few cases through one CaseService. */
class CaseServiceConcurrencyTest {

  /** A thread-safe clock that moves one second per reading. */
  static final class TickingClock extends Clock {
    private final AtomicLong seconds;

    TickingClock(Instant start) {
      this.seconds = new AtomicLong(start.getEpochSecond());
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return Instant.ofEpochSecond(seconds.getAndIncrement());
    }
  }

  private static final int CASES = 3;
  private static final int THREADS = 8;
  private static final int COMMANDS_PER_THREAD = 300;

  @Test
  void racingCommandsLoseNothingAndApplyEachRequestOnce() throws Exception {
    CaseStore store = new InMemoryCaseStore();
    CaseService service = new CaseService(store,
        new TickingClock(Instant.parse("2025-03-03T01:00:00Z")), StandardWorkflows.all(), 1000);
    List<CaseId> ids = new ArrayList<>();
    for (int i = 0; i < CASES; i++) {
      CaseId id = CaseId.of("WO-" + i);
      ids.add(id);
      service.register(id, Command.register(Fixtures.as(Role.OPERATIONS_CENTER),
          Fixtures.registration(io.github.shiyu.governance.cases.CaseType.WORK_ORDER,
              "hotline.complaint")));
      service.execute(id, Command.of("dispatch", Fixtures.as(Role.OPERATIONS_CENTER))
          .withHandler("dept-1"));
      service.execute(id, Command.of("acknowledge", Fixtures.as(Role.DEPARTMENT)));
    }
    // Each request has a key; every third request is sent twice (a client retry), possibly
    // by two threads at once. Supervision notices always succeed; one extension per case is
    // allowed, so of the many extension requests exactly one per case wins.
    Map<String, List<Decision>> answers = new ConcurrentHashMap<>();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<?>> done = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      int thread = t;
      done.add(pool.submit(() -> {
        go.await();
        for (int n = 0; n < COMMANDS_PER_THREAD; n++) {
          int request = (thread * COMMANDS_PER_THREAD + n) / 2;   // pairs share a request
          CaseId id = ids.get(request % CASES);
          String key = "req-" + request;
          Command command = request % 10 == 0
              ? Command.of("extend", Fixtures.as(Role.OPERATIONS_CENTER)).withReason("approved")
              : Command.of("supervise", Fixtures.as(Role.SUPERVISOR)).withReason("press");
          Decision d = service.execute(id, command.withIdempotencyKey(key));
          answers.computeIfAbsent(id + "/" + key, k -> new java.util.concurrent
              .CopyOnWriteArrayList<>()).add(d);
        }
        return null;
      }));
    }
    go.countDown();
    for (Future<?> f : done) {
      f.get(60, TimeUnit.SECONDS);
    }
    pool.shutdown();

    for (CaseId id : ids) {
      List<CaseEvent> events = store.events(id);
      for (int i = 0; i < events.size(); i++) {
        assertThat(events.get(i).sequence()).as("gap-free sequence").isEqualTo(i + 1);
        if (i > 0) {
          assertThat(events.get(i).at()).isAfterOrEqualTo(events.get(i - 1).at());
        }
      }
      Case stored = store.load(id).orElseThrow();
      assertThat(Case.replay(events)).isEqualTo(stored);
      assertThat(stored.version()).isEqualTo(events.size());
      Map<String, Integer> perKey = new HashMap<>();
      events.stream().map(CaseEvent::idempotencyKey).flatMap(Optional::stream)
          .forEach(k -> perKey.merge(k, 1, Integer::sum));
      assertThat(perKey.values()).as("each accepted request exactly once").containsOnly(1);
      assertThat(events.stream().filter(e -> e.has(EventTag.EXTENSION)).count())
          .as("one extension per case").isEqualTo(1);
      assertThat(stored.extensions()).isEqualTo(1);
      assertThat(stored.supervisions())
          .isEqualTo((int) events.stream().filter(e -> e.has(EventTag.SUPERVISION)).count());
    }
    int accepted = 0;
    for (Map.Entry<String, List<Decision>> e : answers.entrySet()) {
      List<Decision> ds = e.getValue();
      if (ds.get(0).accepted()) {
        accepted++;
        // a retried request gets the very event of its first attempt
        assertThat(ds).allSatisfy(d -> assertThat(d).isEqualTo(ds.get(0)));
      }
    }
    int supervisionsAndExtensions = ids.stream().mapToInt(id -> store.events(id).size() - 3)
        .sum();
    assertThat(accepted).isEqualTo(supervisionsAndExtensions);
    assertThat(answers).hasSize(THREADS * COMMANDS_PER_THREAD / 2);
  }

  @Test
  void aRepeatedKeyReturnsTheFirstEventAndAKeyReusedForAnotherCommandIsRefused() {
    CaseService service = new CaseService(new InMemoryCaseStore(),
        new TickingClock(Instant.parse("2025-03-03T01:00:00Z")), StandardWorkflows.all());
    CaseId id = CaseId.of("WO-9");
    Command register = Command.register(Fixtures.as(Role.OPERATIONS_CENTER),
        Fixtures.registration(io.github.shiyu.governance.cases.CaseType.WORK_ORDER,
            "hotline.complaint")).withIdempotencyKey("reg-1");
    CaseEvent first = service.register(id, register).event();
    assertThat(service.register(id, register).event()).isSameAs(first);
    Command dispatch = Command.of("dispatch", Fixtures.as(Role.OPERATIONS_CENTER))
        .withHandler("dept-1").withIdempotencyKey("k1");
    CaseEvent once = service.execute(id, dispatch).event();
    assertThat(service.execute(id, dispatch).event()).isSameAs(once);
    assertThat(service.history(id)).hasSize(2);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> service.execute(id,
            Command.of("acknowledge", Fixtures.as(Role.DEPARTMENT)).withIdempotencyKey("k1")))
        .hasMessageContaining("case.idempotency_key_reused").hasMessageContaining("dispatch");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> service.register(id,
            Command.register(Fixtures.as(Role.OPERATIONS_CENTER), Fixtures.registration(
                io.github.shiyu.governance.cases.CaseType.WORK_ORDER, "hotline.complaint"))))
        .hasMessageContaining("case.duplicate");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> service.execute(CaseId.of("nope"),
            dispatch)).hasMessageContaining("case.unknown");
  }
}
