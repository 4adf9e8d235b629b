package io.github.shiyu.governance.benchmarks;

import io.github.shiyu.governance.benchmarks.jdbc.ThreadConnections;
import io.github.shiyu.governance.cases.Actor;
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
import io.github.shiyu.governance.core.category.CategoryTaxonomy;
import io.github.shiyu.governance.core.division.DivisionCode;
import io.github.shiyu.governance.jackson.CaseEventJson;
import io.github.shiyu.governance.jdbc.JdbcCaseStore;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Durable commands through {@code CaseService} and the JDBC store, side by side with a plain
 * hand-written JDBC "insert one row per event" (the same event JSON, a primary key on case id
 * and sequence, auto-commit), on H2 in file mode and on PostgreSQL 16 (zonky's binaries,
 * started with {@code fsync}, {@code synchronous_commit} and {@code full_page_writes} on, so a
 * commit is durable). Run with {@code -t 1} and {@code -t 8}.
 *
 * <p>One invocation is one command: the next of a work order's life (register, dispatch,
 * acknowledge, reply, verify, follow up, rate, close), with an idempotency key; the store
 * loads the case (its cached version and the events committed after it: none here), checks
 * the version, appends the event with its key (unique per case: a repeated request is found
 * when the database refuses it), in one transaction per command
 * ({@code store}) or coalesced with other threads' commands ({@code groupCommit}, at most 64
 * per transaction). A follower thread reads the feed throughout (up to 1,000 events per read;
 * once caught up, again after 10 ms, as a polling projection would), which gives the
 * committed events their positions. Each thread drives its own
 * cases. Sample time mode: the score is the mean time per command, with percentiles
 * (commands/s = threads / mean). The bytes per event on disk (tables and indexes, over the
 * events stored) are printed at the end of each trial.
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar JdbcStoreBenchmark -t 8
 * }</pre>
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
// The store's path keeps C2 busy for more than 25 s at 8 threads: a shorter warm-up measures
// the compiler.
@Warmup(iterations = 4, time = 10)
@Measurement(iterations = 3, time = 10)
@Fork(1)
@State(Scope.Benchmark)
public class JdbcStoreBenchmark {

  /** The database. */
  @Param({"h2", "postgresql"})
  public String database;

  /** Whether the feed follower runs ({@code -p follow=false}: what the feed costs). */
  @Param({"true"})
  public boolean follow;

  private EmbeddedPostgres postgres;
  private Path h2Dir;
  private ThreadConnections connections;
  private JdbcCaseStore store;
  private CaseService service;
  private CaseService grouped;
  private final AtomicLong cases = new AtomicLong();
  private final AtomicLong plainEvents = new AtomicLong();
  private String sampleBody;
  private Command[] life;
  private Thread follower;
  private volatile boolean following = true;
  private final AtomicLong followed = new AtomicLong();
  private static final int FEED_BATCH = 1000;
  private static final int BATCH = 64;

  /** Starts the database and creates both schemas. */
  @Setup(Level.Trial)
  public void start() throws Exception {
    String url;
    String user = "";
    if (database.equals("postgresql")) {
      postgres = EmbeddedPostgres.builder().setServerConfig("fsync", "on")
          .setServerConfig("synchronous_commit", "on").setServerConfig("full_page_writes", "on")
          .start();
      url = "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
      user = "postgres";
    } else {
      h2Dir = Files.createTempDirectory("shiyu-h2-bench");
      url = "jdbc:h2:file:" + h2Dir.resolve("db").toAbsolutePath();
    }
    connections = new ThreadConnections(url, user, "");
    List<Workflow> workflows = StandardWorkflows.all();
    store = JdbcCaseStore.create(connections, workflows);
    store.createSchema();
    AtomicLong tick = new AtomicLong();
    Clock clock = new Clock() {
      private final Instant start = Instant.parse("2025-06-09T01:00:00Z");

      @Override
      public ZoneId getZone() {
        return ZoneId.of("UTC");
      }

      @Override
      public Clock withZone(ZoneId zone) {
        return this;
      }

      @Override
      public Instant instant() {
        return start.plusSeconds(tick.incrementAndGet());
      }
    };
    service = new CaseService(store, clock, workflows);
    grouped = new CaseService(store.withGroupCommit(64), clock, workflows);
    Actor center = Actor.of("op-1", Role.OPERATIONS_CENTER);
    Actor department = Actor.of("dept-1", Role.DEPARTMENT);
    Actor citizen = Actor.of("citizen-1", Role.CITIZEN);
    life = new Command[] {
        Command.register(center, Registration.of(CaseType.WORK_ORDER,
            CategoryTaxonomy.standard().require("hotline.complaint"),
            DivisionCode.parse("420602003012"))),
        Command.of("dispatch", center).withHandler("dept-housing"),
        Command.of("acknowledge", department),
        Command.of("reply", department),
        Command.of("verify", center),
        Command.of("followUp", center),
        Command.of("rate", citizen).withRating(Rating.SATISFIED),
        Command.of("close", center)};
    CaseId probe = CaseId.of("probe");
    CaseEvent first = service.register(probe, life[0].withIdempotencyKey("probe/1")).event();
    sampleBody = CaseEventJson.of(workflows).write(first);
    follower = new Thread(() -> {
      while (following) {
        int n = store.feed(followed.get(), FEED_BATCH).size();
        followed.addAndGet(n);
        // caught up: the next read in 10 ms (a full batch is followed by the next at once)
        if (n < FEED_BATCH) {
          try {
            Thread.sleep(10);
          } catch (InterruptedException e) {
            return;
          }
        }
      }
    }, "feed-follower");
    follower.setDaemon(true);
    following = follow;
    follower.start();
    try (Connection c = connections.getConnection(); Statement s = c.createStatement()) {
      s.execute("CREATE TABLE plain_event (case_id VARCHAR(64) NOT NULL, seq INTEGER NOT NULL,"
          + " body " + (database.equals("h2") ? "CHARACTER VARYING(1000000)" : "TEXT") + " NOT NULL,"
          + " PRIMARY KEY (case_id, seq))");
    }
  }

  /** Prints the bytes per event on disk, stops the database. */
  @TearDown(Level.Trial)
  public void stop() throws Exception {
    following = false;
    follower.join();
    long events = count("SELECT COUNT(*) FROM shiyu_event");
    System.out.printf(Locale.ROOT, "%nthe feed follower read %d of %d events%n",
        followed.get(), events);
    long plain = count("SELECT COUNT(*) FROM plain_event");
    if (postgres != null) {
      long ours = count("SELECT pg_total_relation_size('shiyu_event')"
          + " + pg_total_relation_size('shiyu_case') + pg_total_relation_size('shiyu_feed')"
          + " + pg_total_relation_size('shiyu_feed_pending')"
          + " + pg_total_relation_size('shiyu_feed_position')");
      long theirs = count("SELECT pg_total_relation_size('plain_event')");
      System.out.printf(Locale.ROOT, "%nbytes per event on disk: store %s, plain %s%n",
          events > 1 ? ours / events : "-", plain > 0 ? theirs / plain : "-");
      connections.close();
      postgres.close();
    } else {
      connections.close();
      try (Connection c = java.sql.DriverManager.getConnection("jdbc:h2:file:"
          + h2Dir.resolve("db").toAbsolutePath()); Statement s = c.createStatement()) {
        s.execute("SHUTDOWN COMPACT");
      } catch (SQLException e) {
        // closed by the shutdown
      }
      long size = Files.size(h2Dir.resolve("db.mv.db"));
      // one of the two tables holds the trial's events, the other (nearly) none
      System.out.printf(Locale.ROOT, "%nbytes per event on disk (whole H2 file): %s%n",
          size / Math.max(1, Math.max(events, plain)));
      try (Stream<Path> files = Files.walk(h2Dir)) {
        files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
      }
    }
  }

  private long count(String sql) throws SQLException {
    try (Connection c = connections.getConnection(); Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }

  /** A thread's cases: the current one and where it is in its life. */
  @State(Scope.Thread)
  public static class Writer {
    CaseId id;
    int step = 8;
  }

  private Decision next(CaseService via, Writer w) {
    if (w.step == life.length) {
      w.id = CaseId.of("B-" + cases.incrementAndGet());
      w.step = 0;
    }
    Command c = life[w.step].withIdempotencyKey(w.id.value() + "/" + w.step);
    Decision d = w.step == 0 ? via.register(w.id, c) : via.execute(w.id, c);
    if (!d.accepted()) {
      throw new IllegalStateException("refused: " + d);
    }
    w.step++;
    return d;
  }

  /**
   * One command through CaseService and the store, one transaction per command.
   *
   * @param w the thread's cases
   * @return the decision
   */
  @Benchmark
  public Decision store(Writer w) {
    return next(service, w);
  }

  /**
   * One command through CaseService and the group-commit store.
   *
   * @param w the thread's cases
   * @return the decision
   */
  @Benchmark
  public Decision groupCommit(Writer w) {
    return next(grouped, w);
  }

  /** A thread's batch of cases, each at its own step. */
  @State(Scope.Thread)
  public static class Batch {
    final CaseId[] ids = new CaseId[BATCH];
    final int[] steps = new int[BATCH];

    /** Every case starts by being registered. */
    public Batch() {
      Arrays.fill(steps, 8);
    }
  }

  /**
   * {@value #BATCH} commands of as many cases through {@code CaseService.executeAll}: decided
   * one after another, stored in one transaction (one commit). The score is per command.
   *
   * @param b the thread's cases
   * @return the decisions
   */
  @Benchmark
  @OperationsPerInvocation(BATCH)
  public List<Decision> batch(Batch b) {
    List<CaseCommand> commands = new ArrayList<>(BATCH);
    for (int k = 0; k < BATCH; k++) {
      if (b.steps[k] == life.length) {
        b.ids[k] = CaseId.of("A-" + cases.incrementAndGet());
        b.steps[k] = 0;
      }
      commands.add(CaseCommand.of(b.ids[k],
          life[b.steps[k]].withIdempotencyKey(b.ids[k].value() + "/" + b.steps[k])));
      b.steps[k]++;
    }
    List<Decision> decided = service.executeAll(commands);
    for (Decision d : decided) {
      if (!d.accepted()) {
        throw new IllegalStateException("refused: " + d);
      }
    }
    return decided;
  }

  /**
   * The baseline: one row per event, inserted with auto-commit.
   *
   * @param w the thread's cases
   * @return the rows inserted
   * @throws SQLException if the insert fails
   */
  @Benchmark
  public int plainInsert(Writer w) throws SQLException {
    if (w.step == life.length) {
      w.id = CaseId.of("P-" + cases.incrementAndGet());
      w.step = 0;
    }
    w.step++;
    plainEvents.incrementAndGet();
    try (Connection c = connections.getConnection();
        PreparedStatement p = c.prepareStatement(
            "INSERT INTO plain_event (case_id, seq, body) VALUES (?, ?, ?)")) {
      p.setString(1, w.id.value());
      p.setInt(2, w.step);
      p.setString(3, sampleBody);
      return p.executeUpdate();
    }
  }
}
