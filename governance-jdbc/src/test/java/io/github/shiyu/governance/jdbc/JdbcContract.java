package io.github.shiyu.governance.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.shiyu.governance.cases.Case;
import io.github.shiyu.governance.cases.CaseEvent;
import io.github.shiyu.governance.cases.CaseId;
import io.github.shiyu.governance.cases.StateKind;
import io.github.shiyu.governance.cases.Workflow;
import io.github.shiyu.governance.cases.standard.StandardWorkflows;
import io.github.shiyu.governance.cases.store.CaseStore;
import io.github.shiyu.governance.cases.store.ConcurrencyConflictException;
import io.github.shiyu.governance.core.GovernanceException;
import io.github.shiyu.governance.core.InvalidValueException;
import io.github.shiyu.governance.jackson.UnreadableEventException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * The contract against a JDBC database; subclasses give a fresh, empty database. Also: rows
 * that cannot be read (corrupt, truncated, an unknown schema version, an unknown workflow, a
 * missing event) give a typed error naming the case and the sequence on every read path;
 * nothing is skipped.
 */
abstract class JdbcContract extends CaseStoreContract {

  JdbcCaseStore jdbc;
  DataSource database;

  abstract DataSource freshDatabase() throws Exception;

  @Override
  CaseStore newStore() throws Exception {
    database = freshDatabase();
    jdbc = JdbcCaseStore.create(database, StandardWorkflows.all());
    jdbc.createSchema();
    jdbc.createSchema();   // a second time does nothing
    return jdbc;
  }

  @Override
  boolean hasFeed() {
    return true;
  }

  @Override
  List<StoredEvent> feed(long after, int limit) {
    return jdbc.feed(after, limit);
  }

  /**
   * Stores a case of at least five events (the first four of them, so that it is open with a
   * running clock) and runs an UPDATE on its second.
   */
  private void damaged(String id, String set, String... arguments) throws Exception {
    List<CaseEvent> h = longHistory(StandardWorkflows.all().get(0), id).subList(0, 4);
    assertThat(h.get(3).toKind()).isNotEqualTo(StateKind.TERMINAL);
    store.append(CaseId.of(id), 0, h);
    try (Connection c = database.getConnection();
        PreparedStatement p = c.prepareStatement(
            "UPDATE shiyu_event SET " + set + " WHERE case_id = ? AND seq = 2")) {
      for (int i = 0; i < arguments.length; i++) {
        p.setString(i + 1, arguments[i]);
      }
      p.setString(arguments.length + 1, id);
      assertThat(p.executeUpdate()).isEqualTo(1);
    }
  }

  /** Every way of reading the case refuses with this error, naming case and sequence 2. */
  private void everyReadRefuses(String id, String code, boolean open) {
    Consumer<Throwable> named = t -> {
      assertThat(t).isInstanceOf(UnreadableEventException.class);
      UnreadableEventException e = (UnreadableEventException) t;
      assertThat(e.code().id()).isEqualTo(code);
      assertThat(e.caseId()).isEqualTo(id);
      assertThat(e.sequence()).isEqualTo(2);
    };
    List<ThrowingCallable> reads = new ArrayList<>(List.of(
        () -> store.events(CaseId.of(id)),
        () -> store.load(CaseId.of(id)),
        () -> store.allEvents().toList(),
        () -> jdbc.feed(0, 100),
        () -> jdbc.feed(1, 1)));
    if (open) {
      reads.add(() -> store.openCases().toList());
      reads.add(() -> store.openCasesDueBefore(Instant.parse("2100-01-01T00:00:00Z")).toList());
    }
    for (ThrowingCallable read : reads) {
      assertThatThrownBy(read).satisfies(named);
    }
    // the rows before the bad one are still delivered, and the feed does not step over it
    assertThat(jdbc.feed(0, 1)).hasSize(1);
  }

  @Test
  void aTruncatedRowIsATypedErrorNamingCaseAndSequence() throws Exception {
    damaged("T-1", "body = SUBSTRING(body, 1, 40)");
    everyReadRefuses("T-1", "event.unreadable", true);
  }

  @Test
  void aCorruptRowIsATypedErrorNamingCaseAndSequence() throws Exception {
    damaged("T-2", "body = REPLACE(body, ?, ?)", "\"at\":\"", "\"at\":\"x");
    everyReadRefuses("T-2", "event.unreadable", true);
  }

  @Test
  void anUnknownSchemaVersionIsATypedErrorNamingCaseAndSequence() throws Exception {
    // as a later writer would store it: the column and the JSON both say 2
    damaged("T-3", "schema_version = 2, body = REPLACE(body, ?, ?)", "{\"schema\":1,",
        "{\"schema\":2,");
    everyReadRefuses("T-3", "event.schema_version", true);
  }

  @Test
  void anEventOfAnUnknownWorkflowIsATypedErrorNamingCaseAndSequence() throws Exception {
    Workflow w = StandardWorkflows.all().get(0);
    damaged("T-4", "body = REPLACE(body, ?, ?)", "\"workflow\":\"" + w.name() + "\"",
        "\"workflow\":\"no-such-workflow\"");
    everyReadRefuses("T-4", "event.unknown_workflow", true);
  }

  @Test
  void aStoreWithoutTheWorkflowRefusesItsEventsNamingCaseAndSequence() {
    Workflow w = StandardWorkflows.all().get(0);
    List<CaseEvent> h = longHistory(w, "T-5");
    store.append(CaseId.of("T-5"), 0, h);
    JdbcCaseStore narrow = JdbcCaseStore.create(database, StandardWorkflows.all().stream()
        .filter(o -> !o.name().equals(w.name())).toList());
    assertThatThrownBy(() -> narrow.events(CaseId.of("T-5")))
        .isInstanceOfSatisfying(UnreadableEventException.class, e -> {
          assertThat(e.code().id()).isEqualTo("event.unknown_workflow");
          assertThat(e.caseId()).isEqualTo("T-5");
          assertThat(e.sequence()).isEqualTo(1);
        });
    assertThatThrownBy(() -> narrow.feed(0, 10))
        .isInstanceOf(UnreadableEventException.class);
  }

  @Test
  void aMissingEventIsATypedErrorNamingCaseAndSequence() throws Exception {
    List<CaseEvent> h = longHistory(StandardWorkflows.all().get(0), "T-6");
    store.append(CaseId.of("T-6"), 0, h);
    try (Connection c = database.getConnection();
        PreparedStatement p = c.prepareStatement(
            "DELETE FROM shiyu_event WHERE case_id = ? AND seq = 3")) {
      p.setString(1, "T-6");
      assertThat(p.executeUpdate()).isEqualTo(1);
    }
    assertThatThrownBy(() -> store.events(CaseId.of("T-6")))
        .isInstanceOfSatisfying(GovernanceException.class, e -> {
          assertThat(e.code()).isEqualTo(JdbcErrors.GAP);
          assertThat(e.arguments()).containsExactly("T-6", "4", "3");
        });
    assertThatThrownBy(() -> store.load(CaseId.of("T-6")))
        .isInstanceOf(GovernanceException.class);
  }

  @Test
  void aPositionWhoseEventIsGoneStopsTheFeedThere() throws Exception {
    List<CaseEvent> h = longHistory(StandardWorkflows.all().get(0), "T-7");
    store.append(CaseId.of("T-7"), 0, h);
    List<StoredEvent> fed = feed(0, 1000);
    assertThat(fed).hasSize(h.size());
    try (Connection c = database.getConnection();
        PreparedStatement p = c.prepareStatement(
            "DELETE FROM shiyu_event WHERE case_id = ? AND seq = 3")) {
      p.setString(1, "T-7");
      assertThat(p.executeUpdate()).isEqualTo(1);
    }
    assertThat(feed(0, 2)).isEqualTo(fed.subList(0, 2));
    assertThatThrownBy(() -> feed(0, 1000))
        .isInstanceOfSatisfying(GovernanceException.class, e -> {
          assertThat(e.code()).isEqualTo(JdbcErrors.FEED_GAP);
          assertThat(e.arguments()).startsWith("3");
        });
    assertThatThrownBy(() -> feed(2, 1000)).isInstanceOf(GovernanceException.class);
    assertThat(feed(3, 1000)).isEqualTo(fed.subList(3, fed.size()));
  }

  @Test
  void aCachedCaseFollowsTheAppendsOfAnotherStore() {
    // two stores over one database keep a cache each, as two JVMs would
    List<CaseEvent> h = longHistory(StandardWorkflows.all().get(0), "K-1");
    CaseId id = CaseId.of("K-1");
    JdbcCaseStore other = JdbcCaseStore.create(database, StandardWorkflows.all());
    store.append(id, 0, h.subList(0, 2));
    assertThat(store.load(id)).contains(Case.replay(h.subList(0, 2)));
    assertThat(other.load(id)).contains(Case.replay(h.subList(0, 2)));
    other.append(id, 2, List.of(h.get(2)));
    // this store's cached version is stale now: the load still sees the other's event
    assertThat(store.load(id)).contains(Case.replay(h.subList(0, 3)));
    // and a writer deciding on the stale version loses to the database, not to a cache
    assertThatThrownBy(() -> other.append(id, 2, List.of(h.get(2))))
        .isInstanceOfSatisfying(ConcurrencyConflictException.class,
            e -> assertThat(e.actualVersion()).isEqualTo(3));
    store.append(id, 3, List.of(h.get(3)));
    assertThatThrownBy(() -> other.append(id, 3, List.of(h.get(3))))
        .isInstanceOf(ConcurrencyConflictException.class);
    assertThat(other.load(id)).contains(Case.replay(h.subList(0, 4)));
    assertThat(store.load(id)).contains(Case.replay(h.subList(0, 4)));
    assertThat(store.events(id)).isEqualTo(h.subList(0, 4));
    assertThat(jdbc.withCaseCache(0).load(id)).contains(Case.replay(h.subList(0, 4)));
    assertThatThrownBy(() -> jdbc.withCaseCache(-1)).isInstanceOf(InvalidValueException.class);
  }
}
