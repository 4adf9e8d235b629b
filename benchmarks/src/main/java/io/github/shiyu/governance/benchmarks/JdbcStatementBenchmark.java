package io.github.shiyu.governance.benchmarks;

import io.github.shiyu.governance.benchmarks.jdbc.ThreadConnections;
import io.github.shiyu.governance.cases.Actor;
import io.github.shiyu.governance.cases.CaseEvent;
import io.github.shiyu.governance.cases.CaseId;
import io.github.shiyu.governance.cases.CaseType;
import io.github.shiyu.governance.cases.Command;
import io.github.shiyu.governance.cases.Registration;
import io.github.shiyu.governance.cases.Role;
import io.github.shiyu.governance.cases.Workflow;
import io.github.shiyu.governance.cases.standard.StandardWorkflows;
import io.github.shiyu.governance.cases.store.CaseService;
import io.github.shiyu.governance.cases.store.InMemoryCaseStore;
import io.github.shiyu.governance.core.category.CategoryTaxonomy;
import io.github.shiyu.governance.core.division.DivisionCode;
import io.github.shiyu.governance.jackson.CaseEventJson;
import io.github.shiyu.governance.jdbc.JdbcCaseStore;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What each part of a durable command costs PostgreSQL, without the JVM's side: one SQL
 * statement per invocation, auto-commit (one commit, one log flush each), on PostgreSQL 16
 * with {@code fsync}, {@code synchronous_commit} and {@code full_page_writes} on, as in
 * {@link JdbcStoreBenchmark}. The statements grow from the plain baseline's insert to the
 * store's one-statement append:
 *
 * <ul>
 *   <li>{@code plain}: the baseline, {@code (case_id, seq, body)} with a primary key on case
 *       id and sequence;</li>
 *   <li>{@code eventRow}: the store's event columns (key, command, instant, schema version)
 *       under the same primary key;</li>
 *   <li>{@code eventKey}: and the idempotency key unique per case;</li>
 *   <li>{@code storeEvent}: the store's {@code shiyu_event} itself (its identity key as well);</li>
 *   <li>{@code storeEventCase}: and the version-checked case row in the same statement;</li>
 *   <li>{@code storeAppend}: and the event's row waiting for its feed position: the store's
 *       append on PostgreSQL, statement for statement.</li>
 * </ul>
 *
 * <p>Each thread walks cases of eight events, as the store benchmark's work orders. The
 * event's body is the JSON of a real registration event.
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar JdbcStatementBenchmark -t 1
 * }</pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(1)
@State(Scope.Benchmark)
public class JdbcStatementBenchmark {

  /** The statement. */
  @Param({"plain", "eventRow", "eventKey", "storeEvent", "storeEventCase", "storeAppend"})
  public String statement;

  private static final String COLUMNS = " (case_id, seq, idempotency_key, command, recorded_at,"
      + " schema_version, body) ";
  private static final String EVENT = "(case_id VARCHAR(64) NOT NULL, seq INTEGER NOT NULL,"
      + " idempotency_key VARCHAR(255), command VARCHAR(64) NOT NULL, recorded_at BIGINT NOT NULL,"
      + " schema_version INTEGER NOT NULL, body TEXT NOT NULL, PRIMARY KEY (case_id, seq)";

  private EmbeddedPostgres postgres;
  private ThreadConnections connections;
  private String body;
  // the statement for a case's first event and for the others; chosen once, not per call
  private String first;
  private String next;
  private boolean plain;
  private boolean withCase;
  private final AtomicLong cases = new AtomicLong();

  /** Starts PostgreSQL, creates the store's schema and the others' tables. */
  @Setup(Level.Trial)
  public void start() throws Exception {
    plain = statement.equals("plain");
    withCase = statement.equals("storeEventCase") || statement.equals("storeAppend");
    first = sql(true);
    next = sql(false);
    postgres = EmbeddedPostgres.builder().setServerConfig("fsync", "on")
        .setServerConfig("synchronous_commit", "on").setServerConfig("full_page_writes", "on")
        .start();
    connections = new ThreadConnections(
        "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres", "postgres", "");
    List<Workflow> workflows = StandardWorkflows.all();
    JdbcCaseStore.create(connections, workflows).createSchema();
    CaseEvent registered = new CaseService(new InMemoryCaseStore(), Clock.systemUTC(), workflows)
        .register(CaseId.of("probe"), Command.register(Actor.of("op-1", Role.OPERATIONS_CENTER),
            Registration.of(CaseType.WORK_ORDER,
                CategoryTaxonomy.standard().require("hotline.complaint"),
                DivisionCode.parse("420602003012"))).withIdempotencyKey("probe/1")).event();
    body = CaseEventJson.of(workflows).write(registered);
    try (Connection c = connections.getConnection(); Statement s = c.createStatement()) {
      s.execute("CREATE TABLE plain_event (case_id VARCHAR(64) NOT NULL, seq INTEGER NOT NULL,"
          + " body TEXT NOT NULL, PRIMARY KEY (case_id, seq))");
      s.execute("CREATE TABLE event_row " + EVENT + ")");
      s.execute("CREATE TABLE event_key " + EVENT + ", UNIQUE (case_id, idempotency_key))");
    }
  }

  /** Stops PostgreSQL. */
  @TearDown(Level.Trial)
  public void stop() throws Exception {
    connections.close();
    postgres.close();
  }

  /** A thread's case and its next sequence. */
  @State(Scope.Thread)
  public static class Walk {
    String id;
    int seq = 8;
  }

  /**
   * One statement of the chosen kind, committed.
   *
   * @param w the thread's case
   * @return the rows the statement inserted
   * @throws SQLException if it fails
   */
  @Benchmark
  public int execute(Walk w) throws SQLException {
    if (w.seq == 8) {
      w.id = "S-" + cases.incrementAndGet();
      w.seq = 0;
    }
    w.seq++;
    long now = 1_700_000_000_000L + w.seq;
    try (Connection c = connections.getConnection();
        PreparedStatement p = c.prepareStatement(w.seq == 1 ? first : next)) {
      int i = 1;
      if (plain) {
        p.setString(1, w.id);
        p.setInt(2, w.seq);
        p.setString(3, body);
        return p.executeUpdate();
      }
      if (withCase) {
        i = w.seq == 1 ? bindNewCase(p, w.id, now) : bindMove(p, w.id, w.seq, now);
      }
      p.setString(i, w.id);
      p.setInt(i + 1, w.seq);
      p.setString(i + 2, w.id + "/" + w.seq);
      p.setString(i + 3, "dispatch");
      p.setLong(i + 4, now);
      p.setInt(i + 5, 1);
      p.setString(i + 6, body);
      int rows = p.executeUpdate();
      if (rows != 1) {
        throw new IllegalStateException(statement + " inserted " + rows + " rows");
      }
      return rows;
    }
  }

  /** The chosen statement, for a case's first event or a later one. */
  private String sql(boolean firstEvent) {
    return switch (statement) {
      case "plain" -> "INSERT INTO plain_event (case_id, seq, body) VALUES (?, ?, ?)";
      case "eventRow" -> "INSERT INTO event_row" + COLUMNS + "VALUES (?, ?, ?, ?, ?, ?, ?)";
      case "eventKey" -> "INSERT INTO event_key" + COLUMNS + "VALUES (?, ?, ?, ?, ?, ?, ?)";
      case "storeEvent" -> "INSERT INTO shiyu_event" + COLUMNS + "VALUES (?, ?, ?, ?, ?, ?, ?)";
      case "storeEventCase" -> withCase(firstEvent, false);
      case "storeAppend" -> withCase(firstEvent, true);
      default -> throw new IllegalArgumentException(statement);
    };
  }

  /**
   * The store's append: the case row's insert or version-checked update, then the event. The
   * text of {@code JdbcCaseStore}'s one-statement append on PostgreSQL (its SQL is not API):
   * a change there is to be made here too.
   */
  private static String withCase(boolean first, boolean pending) {
    String kase = first
        ? "INSERT INTO shiyu_case (case_id, case_version, workflow, terminal, next_due,"
            + " updated_at) VALUES (?, ?, ?, ?, ?, ?)"
        : "UPDATE shiyu_case SET case_version = ?, terminal = ?, next_due = ?, updated_at = ?"
            + " WHERE case_id = ? AND case_version = ?";
    return "WITH c AS (" + kase + " RETURNING case_id)" + (pending ? ", e AS (" : " ")
        + "INSERT INTO shiyu_event" + COLUMNS + "SELECT v.* FROM c, (VALUES (?::varchar,"
        + " ?::integer, ?::varchar, ?::varchar, ?::bigint, ?::integer, ?::text)) AS v"
        + (pending ? " RETURNING event_id) INSERT INTO shiyu_feed_pending (event_id)"
            + " SELECT event_id FROM e" : "");
  }

  private static int bindNewCase(PreparedStatement p, String id, long now) throws SQLException {
    p.setString(1, id);
    p.setInt(2, 1);
    p.setString(3, "work-order");
    p.setBoolean(4, false);
    p.setLong(5, now + 86_400_000L);
    p.setLong(6, now);
    return 7;
  }

  private static int bindMove(PreparedStatement p, String id, int seq, long now)
      throws SQLException {
    p.setInt(1, seq);
    p.setBoolean(2, seq == 8);
    p.setLong(3, now + seq * 86_400_000L);
    p.setLong(4, now);
    p.setString(5, id);
    p.setInt(6, seq - 1);
    return 7;
  }
}
