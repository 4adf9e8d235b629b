package io.github.shiyu.governance.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.shiyu.governance.cases.Case;
import io.github.shiyu.governance.cases.CaseEvent;
import io.github.shiyu.governance.cases.CaseId;
import io.github.shiyu.governance.cases.Command;
import io.github.shiyu.governance.cases.Decision;
import io.github.shiyu.governance.cases.Workflow;
import io.github.shiyu.governance.cases.standard.StandardWorkflows;
import io.github.shiyu.governance.cases.store.CaseService;
import io.github.shiyu.governance.cases.store.ConcurrencyConflictException;
import io.github.shiyu.governance.jackson.CaseEventJson;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * 8 threads over two DataSources (two pools, as two JVMs would have) issue at least 100,000
 * commands (each case's planned commands, every thread all of them, with idempotency keys) on
 * 1,000 cases of PostgreSQL, while two subscribers, one on each DataSource, follow the feed
 * (each numbering committed events as it reads, so they take turns on the counter).
 * Afterwards every case holds exactly its planned events (gap-free, each accepted command
 * once), replays to the planned case, and each subscriber was delivered every event, at
 * positions 1, 2, 3 ..., in order per case.
 */
class PostgresConcurrencyTest {

  private static final int CASES = 1_000;
  private static final int THREADS = 8;
  private static final int MIN_COMMANDS = 100_000;
  private static final CaseEventJson JSON = CaseEventJson.of(StandardWorkflows.all());
  private static final Instant NOW = Instant.parse("2024-03-04T01:00:00Z");

  @Test
  void eightThreadsTwoDataSourcesOneThousandCases() throws Exception {
    long started = System.nanoTime();
    DataSource db = Postgres.freshDatabase();
    List<Workflow> flows = StandardWorkflows.all();
    // the plan: per case, the commands of a generated history and the events they make
    Map<CaseId, List<Command>> plans = new HashMap<>();
    Map<CaseId, List<CaseEvent>> expected = new HashMap<>();
    int total = 0;
    int divergent = 0;
    for (int i = 0; i < CASES; i++) {
      Workflow w = flows.get(i % flows.size());
      CaseId id = CaseId.of("P-" + i);
      Random random = new Random(i);
      List<Command> commands = new ArrayList<>();
      List<CaseEvent> events = new ArrayList<>();
      Command register = Histories.registration(w, id.value());
      CaseEvent first = w.register(id, register, NOW).event();
      commands.add(register);
      events.add(first);
      Case kase = Case.start(first);
      for (int k = 0; k < 40 && events.size() < 14; k++) {
        Command c = Histories.next(w, kase, random);
        if (c == null) {
          break;
        }
        c = c.withIdempotencyKey(id.value() + "-" + k);
        // decided as CaseService decides: against the case replayed from stored events
        Decision d = w.decide(Case.replay(JSON.read(id, events.stream().map(JSON::write)
            .toList())), c, NOW);
        Decision direct = w.decide(kase, c, NOW);
        if (direct.accepted() != d.accepted()) {
          divergent++;
        }
        if (d instanceof CaseEvent e) {
          commands.add(c);
          events.add(e);
          kase = kase.apply(e);
        }
      }
      plans.put(id, commands);
      expected.put(id, events);
      total += commands.size();
    }
    System.out.printf("concurrency plan: %d commands decided differently on the live case and"
        + " on the case replayed from stored events%n", divergent);
    int passes = (MIN_COMMANDS + THREADS * total - 1) / (THREADS * total);
    PooledDataSource[] pools = {new PooledDataSource(db), new PooledDataSource(db)};
    JdbcCaseStore setup = JdbcCaseStore.create(pools[0], flows);
    setup.createSchema();
    Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    AtomicLong issued = new AtomicLong();
    AtomicLong conflicts = new AtomicLong();
    AtomicBoolean writing = new AtomicBoolean(true);
    List<Map<CaseId, List<CaseEvent>>> feds = List.of(new ConcurrentHashMap<>(),
        new ConcurrentHashMap<>());
    List<List<Long>> positionLists = List.of(Collections.synchronizedList(new ArrayList<>()),
        Collections.synchronizedList(new ArrayList<>()));
    ExecutorService pool = Executors.newFixedThreadPool(THREADS + 2);
    List<Future<?>> subscribers = new ArrayList<>();
    for (int sub = 0; sub < 2; sub++) {
      Map<CaseId, List<CaseEvent>> fed = feds.get(sub);
      List<Long> positions = positionLists.get(sub);
      JdbcCaseStore store = JdbcCaseStore.create(pools[1 - sub], flows);
      subscribers.add(pool.submit(() -> {
        long checkpoint = 0;
        while (true) {
          boolean last = !writing.get();
          List<StoredEvent> page = store.feed(checkpoint, 2_000);
          for (StoredEvent s : page) {
            positions.add(s.position());
            List<CaseEvent> seen = fed.computeIfAbsent(s.event().caseId(), k -> new ArrayList<>());
            assertThat(s.event().sequence()).as("feed order of %s", s.event().caseId())
                .isEqualTo(seen.size() + 1L);
            seen.add(s.event());
            checkpoint = s.position();
          }
          if (page.isEmpty() && last) {
            return null;
          }
        }
      }));
    }
    List<Future<?>> writers = new ArrayList<>();
    List<CaseId> ids = new ArrayList<>(plans.keySet());
    for (int t = 0; t < THREADS; t++) {
      int thread = t;
      writers.add(pool.submit(() -> {
        CaseService service = new CaseService(JdbcCaseStore.create(pools[thread % 2], flows),
            clock, flows);
        List<CaseId> order = new ArrayList<>(ids);
        for (int pass = 0; pass < passes; pass++) {
          Collections.shuffle(order, new Random(thread * 1000L + pass));
          for (int step = 0; step < 14; step++) {
            for (CaseId id : order) {
              List<Command> plan = plans.get(id);
              if (step >= plan.size()) {
                continue;
              }
              Command c = plan.get(step);
              while (true) {
                try {
                  Decision d = step == 0 ? service.register(id, c) : service.execute(id, c);
                  assertThat(d.accepted()).as("%s step %s: %s", id, step,
                      d.rejection().map(r -> r.message()).orElse("")).isTrue();
                  assertThat(d.event()).isEqualTo(expected.get(id).get(step));
                  break;
                } catch (ConcurrencyConflictException e) {
                  conflicts.incrementAndGet();
                }
              }
              issued.incrementAndGet();
            }
          }
        }
        return null;
      }));
    }
    for (Future<?> f : writers) {
      f.get();
    }
    writing.set(false);
    for (Future<?> f : subscribers) {
      f.get();
    }
    pool.shutdown();
    long writeSeconds = (System.nanoTime() - started) / 1_000_000_000L;

    assertThat(issued.get()).isGreaterThanOrEqualTo(MIN_COMMANDS);
    JdbcCaseStore check = JdbcCaseStore.create(pools[0], flows);
    long events = 0;
    for (CaseId id : ids) {
      List<CaseEvent> stored = check.events(id);   // refuses a gap
      assertThat(stored).as("events of %s", id).isEqualTo(expected.get(id));
      assertThat(check.load(id)).contains(Case.replay(expected.get(id)));
      for (Map<CaseId, List<CaseEvent>> fed : feds) {
        assertThat(fed.get(id)).as("fed events of %s", id).isEqualTo(stored);
      }
      events += stored.size();
    }
    for (List<Long> positions : positionLists) {
      for (int i = 0; i < positions.size(); i++) {
        assertThat(positions.get(i)).isEqualTo(i + 1L);
      }
      assertThat((long) positions.size()).isEqualTo(events);
    }
    try (Connection c = pools[0].getConnection(); Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT COUNT(*), COUNT(DISTINCT case_id || '/' ||"
            + " idempotency_key) FROM shiyu_event")) {
      r.next();
      assertThat(r.getLong(1)).isEqualTo(events).isEqualTo(r.getLong(2));
    }
    System.out.printf("concurrency: %d commands (%d events, %d conflicts retried) in %d s%n",
        issued.get(), events, conflicts.get(), writeSeconds);
    pools[0].close();
    pools[1].close();
  }
}
