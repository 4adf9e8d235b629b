package io.github.shiyu.governance.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.shiyu.governance.cases.Actor;
import io.github.shiyu.governance.cases.Case;
import io.github.shiyu.governance.cases.CaseEvent;
import io.github.shiyu.governance.cases.CaseId;
import io.github.shiyu.governance.cases.CaseType;
import io.github.shiyu.governance.cases.Command;
import io.github.shiyu.governance.cases.Decision;
import io.github.shiyu.governance.cases.Rating;
import io.github.shiyu.governance.cases.Registration;
import io.github.shiyu.governance.cases.Role;
import io.github.shiyu.governance.cases.Workflow;
import io.github.shiyu.governance.cases.standard.StandardWorkflows;
import io.github.shiyu.governance.cases.store.CaseCommand;
import io.github.shiyu.governance.cases.store.CaseService;
import io.github.shiyu.governance.cases.store.CaseStore;
import io.github.shiyu.governance.cases.store.InMemoryCaseStore;
import io.github.shiyu.governance.core.InvalidValueException;
import io.github.shiyu.governance.core.category.CategoryTaxonomy;
import io.github.shiyu.governance.core.division.DivisionCode;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * What one command through {@link CaseService} sends to the database, counted (a count that
 * can fail; speed itself is measured only in benchmarks/), and the case cache that keeps it
 * small: it never hides another writer's events. The commands are a work order's life, each
 * with an idempotency key, as in the benchmark.
 */
abstract class CommandPathContract {

  /**
   * What a registration sends: on PostgreSQL one statement in auto-commit mode (the case row
   * the event and its row waiting for a feed position in one data-modifying {@code WITH});
   * elsewhere the case row, the event, the waiting row and the commit. The feed's reader gives
   * the event its position later.
   */
  abstract List<String> registration();

  /**
   * What a later command sends when its case is cached: the version-checked update of the
   * case row and the event, as a registration does (no read: the database checks the
   * version).
   */
  abstract List<String> command();

  /** What a load sends: the events after the cached version. */
  static final String LOAD = "SELECT shiyu_event";

  private static final Actor CENTER = Actor.of("op-1", Role.OPERATIONS_CENTER);
  private static final Actor DEPARTMENT = Actor.of("dept-1", Role.DEPARTMENT);
  private static final Actor CITIZEN = Actor.of("citizen-1", Role.CITIZEN);
  private static final List<Workflow> FLOWS = StandardWorkflows.all();
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-09T01:00:00Z"),
      ZoneOffset.UTC);

  abstract DataSource freshDatabase() throws Exception;

  static List<Command> life() {
    return List.of(
        Command.register(CENTER, Registration.of(CaseType.WORK_ORDER,
            CategoryTaxonomy.standard().require("hotline.complaint"),
            DivisionCode.parse("420602003012"))),
        Command.of("dispatch", CENTER).withHandler("dept-housing"),
        Command.of("acknowledge", DEPARTMENT),
        Command.of("reply", DEPARTMENT),
        Command.of("verify", CENTER),
        Command.of("followUp", CENTER),
        Command.of("rate", CITIZEN).withRating(Rating.SATISFIED),
        Command.of("close", CENTER));
  }

  private static Command step(String id, int step) {
    return life().get(step).withIdempotencyKey(id + "/" + step);
  }

  private static Decision run(CaseService service, String id, int step) {
    Command c = step(id, step);
    Decision d = step == 0 ? service.register(CaseId.of(id), c)
        : service.execute(CaseId.of(id), c);
    assertThat(d.accepted()).as("%s %s", id, c.name()).isTrue();
    return d;
  }

  /** Runs the life of one case; returns what each command sent and the event rows it read. */
  private static List<List<String>> run(CaseService service, CountingDataSource counted,
      String id, List<Long> rows) {
    List<List<String>> out = new ArrayList<>();
    for (int step = 0; step < life().size(); step++) {
      counted.take();
      counted.takeEventRows();
      run(service, id, step);
      out.add(counted.take());
      rows.add(counted.takeEventRows());
    }
    return out;
  }

  private static JdbcCaseStore store(DataSource db) {
    JdbcCaseStore store = JdbcCaseStore.create(db, FLOWS);
    store.createSchema();
    return store;
  }

  @Test
  void aCommandIsOneTransactionOfAFewStatements() throws Exception {
    CountingDataSource counted = new CountingDataSource(freshDatabase());
    CaseService service = new CaseService(store(counted), CLOCK, FLOWS);
    run(service, counted, "W-0", new ArrayList<>());
    List<Long> rows = new ArrayList<>();
    List<List<String>> sent = run(service, counted, "W-1", rows);
    System.out.println("statements per command: " + sent);
    assertThat(sent.get(0)).containsExactlyElementsOf(registration());
    // the first command loads the case (reads the registration), which enters the cache
    assertThat(sent.get(1)).containsExactlyElementsOf(loadThen(command()));
    for (List<String> command : sent.subList(2, sent.size())) {
      assertThat(command).containsExactlyElementsOf(command());
    }
    assertThat(rows).containsExactly(0L, 1L, 0L, 0L, 0L, 0L, 0L, 0L);
  }

  private static List<String> loadThen(List<String> command) {
    List<String> out = new ArrayList<>(List.of(LOAD));
    out.addAll(command);
    return out;
  }

  @Test
  void withoutTheCacheEveryLoadReplaysTheWholeHistory() throws Exception {
    CountingDataSource counted = new CountingDataSource(freshDatabase());
    CaseService service = new CaseService(store(counted).withCaseCache(0), CLOCK, FLOWS);
    List<Long> rows = new ArrayList<>();
    List<List<String>> sent = run(service, counted, "N-1", rows);
    assertThat(rows).containsExactly(0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L);
    assertThat(sent.get(7)).containsExactlyElementsOf(loadThen(command()));
  }

  @Test
  void theCacheKeepsAtMostItsSizeLeastRecentlyUsedFirst() throws Exception {
    CountingDataSource counted = new CountingDataSource(freshDatabase());
    CaseService service = new CaseService(store(counted).withCaseCache(1), CLOCK, FLOWS);
    for (String id : List.of("L-1", "L-2")) {
      run(service, id, 0);
      run(service, id, 1);
    }
    // L-2 is cached (one row read for it when loaded after its registration); L-1 is not
    counted.takeEventRows();
    run(service, "L-2", 2);
    assertThat(counted.takeEventRows()).isZero();
    run(service, "L-1", 2);
    assertThat(counted.takeEventRows()).isEqualTo(2);
    run(service, "L-2", 3);
    assertThat(counted.takeEventRows()).isEqualTo(3);
  }

  @Test
  void aBatchOfCommandsIsOneCommitAndDecidesAsOneByOne() throws Exception {
    CountingDataSource counted = new CountingDataSource(freshDatabase());
    JdbcCaseStore store = store(counted);
    CaseService batched = new CaseService(store, CLOCK, FLOWS);
    CaseService single = new CaseService(new InMemoryCaseStore(), CLOCK, FLOWS);
    // eight cases, each at its own step: registrations, commands on cached cases, a repeat
    List<CaseCommand> before = new ArrayList<>();
    List<CaseCommand> batch = new ArrayList<>();
    for (int k = 0; k < 8; k++) {
      String id = "G-" + k;
      for (int step = 0; step < k; step++) {
        before.add(CaseCommand.of(CaseId.of(id), step(id, step)));
      }
      batch.add(CaseCommand.of(CaseId.of(id), step(id, k)));
    }
    for (CaseCommand c : before) {
      run(batched, c.caseId().value(), before.indexOf(c) - firstOf(before, c.caseId()));
      run(single, c.caseId().value(), before.indexOf(c) - firstOf(before, c.caseId()));
    }
    counted.take();
    List<Decision> decided = batched.executeAll(batch);
    List<String> sent = counted.take();
    assertThat(sent.stream().filter(s -> s.equals("COMMIT"))).hasSize(1);
    List<Decision> expected = new ArrayList<>();
    for (int k = 0; k < 8; k++) {
      expected.add(run(single, "G-" + k, k));
    }
    assertThat(decided).isEqualTo(expected);
    // the same batch again: every command is a repeated request and gets its earlier event
    assertThat(batched.executeAll(batch)).isEqualTo(expected);
    for (int k = 0; k < 8; k++) {
      CaseId id = CaseId.of("G-" + k);
      assertThat(store.events(id)).isEqualTo(single.history(id));
    }
    assertThat(store.feed(0, 1000)).hasSize(8 + 28);
  }

  private static int firstOf(List<CaseCommand> commands, CaseId id) {
    for (int i = 0; i < commands.size(); i++) {
      if (commands.get(i).caseId().equals(id)) {
        return i;
      }
    }
    return -1;
  }

  @Test
  void aRepeatedRequestGetsItsEarlierEventFromTheDatabasesUniqueKey() throws Exception {
    CountingDataSource counted = new CountingDataSource(freshDatabase());
    JdbcCaseStore store = store(counted);
    CaseService service = new CaseService(store, CLOCK, FLOWS);
    CaseEvent registered = run(service, "D-1", 0).event();
    CaseEvent dispatched = run(service, "D-1", 1).event();
    assertThat(service.register(CaseId.of("D-1"), step("D-1", 0))).isEqualTo(registered);
    assertThat(service.execute(CaseId.of("D-1"), step("D-1", 1))).isEqualTo(dispatched);
    // the key of the dispatch, sent with another command
    assertThatThrownBy(() -> service.execute(CaseId.of("D-1"),
        life().get(2).withIdempotencyKey("D-1/1")))
        .isInstanceOfSatisfying(InvalidValueException.class,
            e -> assertThat(e.code().id()).isEqualTo("case.idempotency_key_reused"));
    assertThat(store.events(CaseId.of("D-1"))).containsExactly(registered, dispatched);
  }

  @Test
  void aStaleCachedCaseLosesTheAppendAndIsDecidedAgain() throws Exception {
    DataSource db = freshDatabase();
    JdbcCaseStore a = store(db);
    CaseService other = new CaseService(JdbcCaseStore.create(db, FLOWS), CLOCK, FLOWS);
    CaseService first = new CaseService(a, CLOCK, FLOWS);
    run(first, "S-1", 0);
    run(first, "S-1", 1);   // the case is cached at version 2 in a
    // the same request reaches the other node between this one's load and its append
    List<Decision> others = new ArrayList<>();
    CaseService racing = new CaseService(beforeFirstAppend(a,
        () -> others.add(run(other, "S-1", 2))), CLOCK, FLOWS);
    Decision mine = racing.execute(CaseId.of("S-1"), step("S-1", 2));
    assertThat(others).hasSize(1);
    assertThat(mine).isEqualTo(others.get(0));
    List<CaseEvent> stored = a.events(CaseId.of("S-1"));
    assertThat(stored).hasSize(3);
    assertThat(a.load(CaseId.of("S-1"))).contains(Case.replay(stored));
    // a's cache moved on: the next command is decided against version 3
    assertThat(run(first, "S-1", 3).event().sequence()).isEqualTo(4);
    assertThat(other.find(CaseId.of("S-1")).orElseThrow().version()).isEqualTo(4);
  }

  @Test
  void aCaseMovedByAnotherWriterIsDecidedAgainAgainstTheStoredVersion() throws Exception {
    CountingDataSource counted = new CountingDataSource(freshDatabase());
    JdbcCaseStore a = store(counted);
    CaseService mine = new CaseService(a, CLOCK, FLOWS);
    CaseService other = new CaseService(JdbcCaseStore.create(counted, FLOWS), CLOCK, FLOWS);
    run(mine, "M-1", 0);
    run(mine, "M-1", 1);   // cached in a at version 2, dispatched
    run(other, "M-1", 2);  // acknowledged at version 3 by another node: a's cache is behind
    counted.take();
    // decided against version 2 first: the append is refused, then decided against 3
    CaseEvent replied = run(mine, "M-1", 3).event();
    assertThat(replied.sequence()).isEqualTo(4);
    List<String> sent = counted.take();
    assertThat(sent).contains(LOAD);
    assertThat(sent.subList(sent.size() - command().size(), sent.size()))
        .containsExactlyElementsOf(command());
    run(other, "M-1", 4);  // verified at version 5, a's cache at 4
    // a follow-up is not allowed before verification: against a's version 4 it would be
    // rejected, against the stored version 5 it is accepted
    assertThat(run(mine, "M-1", 5).event().sequence()).isEqualTo(6);
    List<CaseEvent> stored = a.events(CaseId.of("M-1"));
    assertThat(stored).extracting(e -> e.command().value()).containsExactly("register",
        "dispatch", "acknowledge", "reply", "verify", "followUp");
    assertThat(a.load(CaseId.of("M-1"))).contains(Case.replay(stored));
  }

  /** The real store, letting another writer in once: before the first append. */
  private static CaseStore beforeFirstAppend(CaseStore real, Runnable writer) {
    AtomicBoolean done = new AtomicBoolean();
    return new CaseStore() {
      @Override
      public void append(CaseId id, long expectedVersion, List<CaseEvent> events) {
        if (done.compareAndSet(false, true)) {
          writer.run();
        }
        real.append(id, expectedVersion, events);
      }

      @Override
      public Optional<Case> load(CaseId id) {
        return real.load(id);
      }

      @Override
      public List<CaseEvent> events(CaseId id) {
        return real.events(id);
      }

      @Override
      public Optional<CaseEvent> findByIdempotencyKey(CaseId id, String key) {
        return real.findByIdempotencyKey(id, key);
      }

      @Override
      public Stream<Case> openCases() {
        return real.openCases();
      }

      @Override
      public Stream<CaseEvent> allEvents() {
        return real.allEvents();
      }
    };
  }
}
