package io.github.shiyu.governance.jdbc;

import io.github.shiyu.governance.cases.Case;
import io.github.shiyu.governance.cases.CaseErrors;
import io.github.shiyu.governance.cases.CaseEvent;
import io.github.shiyu.governance.cases.CaseId;
import io.github.shiyu.governance.cases.StateKind;
import io.github.shiyu.governance.cases.Workflow;
import io.github.shiyu.governance.cases.store.Append;
import io.github.shiyu.governance.cases.store.CaseStore;
import io.github.shiyu.governance.cases.store.ConcurrencyConflictException;
import io.github.shiyu.governance.core.GovernanceException;
import io.github.shiyu.governance.core.InvalidValueException;
import io.github.shiyu.governance.core.MissingDataException;
import io.github.shiyu.governance.core.time.Deadline;
import io.github.shiyu.governance.jackson.CaseEventJson;
import io.github.shiyu.governance.jdbc.internal.Gate;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * A {@link CaseStore} over a {@link DataSource}: one row per event (its {@linkplain
 * CaseEventJson JSON form} with its key columns), one row per case (its version, whether it is
 * terminal, the earliest running due instant), and the feed's tables: a narrow row per event
 * waiting for its position, a narrow row per position given, and one counter row.
 *
 * <p>One {@link #append} is one transaction: the case row is inserted (version 0) or updated
 * {@code WHERE case_version = expected}, the events are inserted, and all of it commits or
 * none (with the events' rows waiting for a feed position). On PostgreSQL that transaction
 * is one statement (a data-modifying {@code WITH}) in
 * auto-commit mode, so one round trip. The expected version is enforced by the database
 * (the primary key of the case row and the unique key on case id and sequence), so two JVMs
 * on one database cannot both win; idempotency keys are unique per case (a unique key on case
 * id and key). {@link #openCasesDueBefore} is an indexed query on the case rows.
 *
 * <p><b>The cost of a command.</b> A store keeps the latest version of recently used cases
 * ({@link #withCaseCache}); a {@link #load} reads only the events committed after that
 * version, in one indexed query, so it still sees every other writer's events.
 * {@link io.github.shiyu.governance.cases.store.CaseService} decides a command against the
 * cached version first ({@link #loadRecent}, no read) and lets the database's version check
 * catch a version another JVM moved on from. A command on a cached case is then the append
 * alone: one statement on PostgreSQL, four elsewhere (case row, events, their rows waiting for
 * a feed position, commit); ADR 0014
 * counts them.
 *
 * <p><b>The feed.</b> Every event gets a global position, given after its append has
 * committed: {@link #feed(long, int)} first gives the committed events that have none the
 * next positions, in the order they were inserted, in a short transaction that holds the
 * counter row (so two readers, in two JVMs say, take turns). Only committed events are seen
 * and a rolled-back append leaves nothing to number, so the positions are always a gap-free
 * prefix and a reader that has seen position {@code p} has seen every position below it; a
 * case's events get rising positions, since each append of a case is inserted after the one
 * before it committed. Appends never touch the counter, so they do not wait for one another's
 * commit, and giving a position moves a narrow row from the waiting table to the positions
 * without rewriting the event's row (ADR 0014). The feed reads after a checkpoint the
 * subscriber stores itself.
 *
 * <p><b>On H2.</b> The store sets H2's {@code WRITE_DELAY} to 0 (a commit is on the file
 * when it returns), and lets one transaction write at a time with no other of its transactions
 * ending meanwhile, for all the stores of a JVM on one database. Only then did H2 come back
 * whole after its process was killed (ADR 0014). H2's server mode with several client JVMs is
 * not covered: use PostgreSQL for that.
 *
 * <pre>{@code
 * DataSource ds = ...;                       // H2 file, PostgreSQL, MySQL or MariaDB
 * JdbcCaseStore store = JdbcCaseStore.create(ds, StandardWorkflows.all());
 * store.createSchema();                      // or run the Flyway scripts of store.dialect()
 * CaseService service = new CaseService(store, Clock.systemUTC(), StandardWorkflows.all());
 * List<StoredEvent> next = store.feed(checkpoint, 1000);
 * }</pre>
 */
@SuppressWarnings("try") // a Gate.Held is held for its try block, not used in it
public final class JdbcCaseStore implements CaseStore {

  private final DataSource dataSource;
  private final CaseEventJson json;
  private final Dialect dialect;
  /** The group committer, or null: one transaction per append. */
  private final GroupCommit group;
  /** The latest case versions this store has seen, or null: every load replays. */
  private final CaseCache cache;
  /** On H2, one writer at a time and no reader ending while it writes (see ADR 0014). */
  private final Gate gate;

  /** The cases a store keeps unless told otherwise ({@link #withCaseCache}). */
  public static final int DEFAULT_CACHED_CASES = 4096;

  private JdbcCaseStore(DataSource dataSource, CaseEventJson json, Dialect dialect,
      int maxBatch, int cachedCases, Gate gate) {
    this.dataSource = dataSource;
    this.gate = gate;
    this.json = json;
    this.dialect = dialect;
    this.group = maxBatch > 1 ? new GroupCommit(maxBatch) : null;
    this.cache = cachedCases > 0 ? new CaseCache(cachedCases) : null;
  }

  /**
   * A store over the same database that keeps the latest version of at most {@code maxCases}
   * cases in this JVM (the least recently used go first; 0 keeps none), instead of the
   * {@value #DEFAULT_CACHED_CASES} every store keeps. The cache saves reading and replaying a
   * case's whole history on each {@link #load}, never the database's word: a load still asks
   * the database for the events after the cached version (an indexed query that finds none
   * when no other writer moved the case), so it sees every event committed before it, by this
   * JVM or any other, and the expected version of an append is checked by the database as
   * without a cache. {@link #loadRecent}, which {@code CaseService} decides a command against
   * first, answers from the cache without asking: a command decided against a version another
   * JVM has moved on from is refused by the database's version check and decided again
   * against {@link #load}. A case enters the cache when it is loaded; an append to a cached
   * case moves it to the new version after the commit. Rows already read are not read again: a row
   * damaged after its case was cached is found by {@link #events}, the feed, and by loads once
   * the case has left the cache.
   *
   * @param maxCases the most cases kept, 0 for none
   * @return the store; this one is unchanged (the two do not share a cache)
   * @throws InvalidValueException {@code jdbc.cache} if {@code maxCases} is negative
   */
  public JdbcCaseStore withCaseCache(int maxCases) {
    if (maxCases < 0) {
      throw new InvalidValueException(JdbcErrors.CACHE, maxCases);
    }
    return new JdbcCaseStore(dataSource, json, dialect, group == null ? 1 : group.maxBatch,
        maxCases, gate);
  }

  /**
   * A store over the same database that coalesces appends made at the same time by many
   * threads into one transaction per batch (group commit): one commit, so one log flush, for
   * up to {@code maxBatch} commands. Each command is still all or nothing and version-checked
   * by the database: within the batch's transaction it runs under its own savepoint, and a
   * command that conflicts or reuses an idempotency key is rolled back to it and refused as in
   * {@link #append}, the others commit. If the batch's transaction fails, every command of it
   * fails with {@code jdbc.database} and none is stored. No thread is started: the first
   * waiting caller commits the batch for the others.
   *
   * <p>A thread's append returns once its batch has committed, so a single thread gains
   * nothing; the gain grows with the threads appending at once.
   *
   * @param maxBatch the most commands per transaction, at least 2
   * @return the batching store
   * @throws InvalidValueException {@code jdbc.batch} if {@code maxBatch} is below 2
   */
  public JdbcCaseStore withGroupCommit(int maxBatch) {
    if (maxBatch < 2) {
      throw new InvalidValueException(JdbcErrors.BATCH, maxBatch);
    }
    return new JdbcCaseStore(dataSource, json, dialect, maxBatch,
        cache == null ? 0 : cache.max, gate);
  }

  /**
   * A store for events of these workflows; the dialect is the database's.
   *
   * @param dataSource the database
   * @param workflows  the workflows whose events are stored
   * @return the store
   * @throws GovernanceException {@code jdbc.database} if the database cannot be reached,
   *     {@code jdbc.dialect} if it is not H2, PostgreSQL, MySQL or MariaDB
   */
  public static JdbcCaseStore create(DataSource dataSource, Collection<Workflow> workflows) {
    return create(dataSource, CaseEventJson.of(workflows));
  }

  /**
   * A store reading and writing events with a codec (with a vendor's renamings, say).
   *
   * @param dataSource the database
   * @param json       the event codec
   * @return the store
   * @throws GovernanceException {@code jdbc.database} if the database cannot be reached,
   *     {@code jdbc.dialect} if it is not H2, PostgreSQL, MySQL or MariaDB,
   *     {@code jdbc.h2_write_delay} if H2's user may not set its write delay to 0
   */
  public static JdbcCaseStore create(DataSource dataSource, CaseEventJson json) {
    Objects.requireNonNull(dataSource, "dataSource");
    Objects.requireNonNull(json, "json");
    Dialect dialect;
    try (Connection c = dataSource.getConnection()) {
      dialect = Dialect.ofProduct(c.getMetaData().getDatabaseProductName());
    } catch (SQLException e) {
      throw database("connect", "-", e);
    }
    return create(dataSource, json, dialect);
  }

  /**
   * Makes H2 write each commit to its file before the commit returns ({@code SET WRITE_DELAY
   * 0}, a persistent database setting). With H2's default of 500 ms a commit it acknowledged
   * can be lost to a killed process, and, worse, its background writer can save a transaction
   * half-way: after a {@code kill -9} while several transactions ran, an event row was found
   * by a scan and not by its index, and a case row refused every further update (ADR 0014).
   */
  private static void writeThrough(Connection c) {
    try (Statement s = c.createStatement()) {
      s.execute("SET WRITE_DELAY 0");
    } catch (SQLException e) {
      throw new GovernanceException(JdbcErrors.H2_WRITE_DELAY, e, e.getSQLState());
    }
  }

  /**
   * A store with a dialect named by the caller, for a database that reports another product
   * name but speaks one of the dialects (a PostgreSQL-compatible database, say: see ADR 0014
   * for what that needs; such databases are not tested).
   *
   * @param dataSource the database
   * @param json       the event codec
   * @param dialect    the dialect whose schema the database has
   * @return the store
   * @throws GovernanceException {@code jdbc.h2_write_delay} if the dialect is H2 and its user
   *     may not set its write delay to 0
   */
  public static JdbcCaseStore create(DataSource dataSource, CaseEventJson json,
      Dialect dialect) {
    Objects.requireNonNull(dataSource, "dataSource");
    Gate gate = Gate.none();
    if (dialect == Dialect.H2) {
      try (Connection c = dataSource.getConnection()) {
        gate = Gate.ofH2(c);
        try (Gate.Held held = gate.write()) {
          writeThrough(c);
        }
      } catch (SQLException e) {
        throw database("connect", "-", e);
      }
    }
    return new JdbcCaseStore(dataSource, Objects.requireNonNull(json, "json"),
        Objects.requireNonNull(dialect, "dialect"), 1, DEFAULT_CACHED_CASES, gate);
  }

  /**
   * The database's dialect.
   *
   * @return the dialect
   */
  public Dialect dialect() {
    return dialect;
  }

  /**
   * Creates the tables (version 1 of the schema) unless they exist, from the script Flyway
   * would run. For production, prefer Flyway with {@link Dialect#migrationLocation()}.
   *
   * @throws GovernanceException {@code jdbc.database} if the script fails
   */
  public void createSchema() {
    String script;
    try (InputStream in = JdbcCaseStore.class.getClassLoader()
        .getResourceAsStream(dialect.resourceFolder() + "/V1__case_events.sql")) {
      script = new String(Objects.requireNonNull(in, "schema script").readAllBytes(),
          StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new MissingDataException(JdbcErrors.DIALECT, dialect);
    }
    try (Gate.Held held = gate.write(); Connection c = dataSource.getConnection()) {
      if (schemaExists(c)) {
        return;
      }
      c.setAutoCommit(false);
      try (Statement s = c.createStatement()) {
        for (String sql : statements(script)) {
          s.execute(sql);
        }
        c.commit();
      } catch (SQLException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw database("createSchema", "-", e);
    }
  }

  /** Whether the schema is there: asked of the connection's own database (catalog). */
  private static boolean schemaExists(Connection c) {
    try (Statement s = c.createStatement()) {
      s.executeQuery("SELECT last_position FROM shiyu_feed WHERE id = 1").close();
      return true;
    } catch (SQLException e) {
      return false;
    }
  }

  private static List<String> statements(String script) {
    StringBuilder clean = new StringBuilder();
    for (String line : script.split("\n")) {
      String l = line.strip();
      if (!l.startsWith("--")) {
        clean.append(line).append('\n');
      }
    }
    List<String> out = new ArrayList<>();
    for (String s : clean.toString().split(";")) {
      if (!s.isBlank()) {
        out.add(s.strip());
      }
    }
    return out;
  }

  @Override
  public void append(CaseId id, long expectedVersion, List<CaseEvent> events) {
    Objects.requireNonNull(id, "id");
    if (events.isEmpty()) {
      return;
    }
    Pending pending = pending(id, expectedVersion, events);
    if (group != null) {
      group.append(pending);
      return;
    }
    if (dialect == Dialect.POSTGRESQL) {
      appendInOneStatement(pending);
      return;
    }
    try (Gate.Held held = gate.write(); Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        if (!claim(c, pending)) {
          c.rollback();
          throw new ConcurrencyConflictException(id, expectedVersion, version(c, id));
        }
        insert(c, pending);
        c.commit();
        cached(id, expectedVersion, events);
      } catch (SQLException e) {
        rollbackQuietly(c, e);
        if (isConstraint(e)) {
          throw constraint(id, expectedVersion, events, e);
        }
        throw e;
      } catch (RuntimeException e) {
        rollbackQuietly(c, e);
        throw e;
      }
    } catch (SQLException e) {
      throw database("append", id.value(), e);
    }
  }

  /** Checks an append's events and writes their bodies. */
  private Pending pending(CaseId id, long expectedVersion, List<CaseEvent> events) {
    long next = expectedVersion;
    Set<String> keys = new HashSet<>();
    for (CaseEvent e : events) {
      if (!e.caseId().equals(id) || e.sequence() != next + 1) {
        throw new InvalidValueException(CaseErrors.EVENT_ORDER, e.sequence(), e.caseId(), next,
            id);
      }
      next = e.sequence();
      if (e.idempotencyKey().isPresent() && !keys.add(e.idempotencyKey().get())) {
        throw new InvalidValueException(CaseErrors.IDEMPOTENCY_KEY_REUSED,
            e.idempotencyKey().get(), id, e.command(), e.command());
      }
    }
    List<String> bodies = events.stream().map(json::write).toList();
    CaseEvent last = events.get(events.size() - 1);
    return new Pending(id, expectedVersion, next, events, bodies, last,
        last.toKind() == StateKind.TERMINAL, nextDue(last));
  }

  /**
   * Appends the commands in one transaction, as a group commit's batch (in a few statements
   * for all of them; one by one, each under a savepoint, when the database refuses one or
   * when two are of one case): one commit, one log flush, for every store, with or without
   * {@link #withGroupCommit}. Each append is still all or nothing and checked against its
   * expected version by the database.
   *
   * @throws GovernanceException {@code jdbc.database} if the transaction failed: none of the
   *     appends is stored
   */
  @Override
  public List<Optional<GovernanceException>> appendAll(List<Append> appends) {
    int n = appends.size();
    List<Optional<GovernanceException>> out = new ArrayList<>(
        Collections.nCopies(n, Optional.empty()));
    Pending[] at = new Pending[n];
    List<Pending> batch = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Append a = appends.get(i);
      if (a.events().isEmpty()) {
        continue;
      }
      try {
        at[i] = pending(a.caseId(), a.expectedVersion(), a.events());
        batch.add(at[i]);
      } catch (InvalidValueException e) {
        out.set(i, Optional.of(e));
      }
    }
    if (!batch.isEmpty()) {
      commitBatch(batch);
    }
    for (int i = 0; i < n; i++) {
      RuntimeException f = at[i] == null ? null : at[i].failure;
      if (f instanceof ConcurrencyConflictException || f instanceof InvalidValueException) {
        out.set(i, Optional.of((GovernanceException) f));
      } else if (f != null) {
        throw f;
      }
    }
    return out;
  }

  /**
   * On PostgreSQL, an append is one statement in auto-commit mode, so one round trip: the case
   * row's version-checked update (or its insert, for a new case) in a data-modifying
   * {@code WITH}, the events inserted for the row it returns, and their rows waiting for a
   * feed position inserted for the events the insert returns. A version that moved on
   * updates no row and inserts no event; a refused unique key fails the whole statement.
   */
  private void appendInOneStatement(Pending pending) {
    CaseId id = pending.id;
    long expected = pending.expected;
    List<CaseEvent> events = pending.events;
    StringBuilder sql = new StringBuilder("WITH c AS (")
        .append(expected == 0 ? INSERT_CASE : UPDATE_CASE)
        .append(" RETURNING case_id), e AS (INSERT INTO shiyu_event (case_id, seq,"
            + " idempotency_key, command, recorded_at, schema_version, body) SELECT v.* FROM c,"
            + " (VALUES ");
    for (int i = 0; i < events.size(); i++) {
      sql.append(i == 0 ? "" : ", ").append("(?::varchar, ?::integer, ?::varchar, ?::varchar,"
          + " ?::bigint, ?::integer, ?::text)");
    }
    sql.append(") AS v RETURNING event_id) INSERT INTO shiyu_feed_pending (event_id)"
        + " SELECT event_id FROM e");
    try (Connection c = dataSource.getConnection()) {
      if (!c.getAutoCommit()) {
        c.setAutoCommit(true);
      }
      int inserted;
      try (PreparedStatement p = c.prepareStatement(sql.toString())) {
        int i = expected == 0 ? bindNewCase(p, pending) : bindMove(p, pending);
        for (int j = 0; j < events.size(); j++) {
          i = bindEvent(p, i, id, events.get(j), pending.bodies.get(j));
        }
        inserted = p.executeUpdate();
      } catch (SQLException e) {
        if (isConstraint(e)) {
          throw constraint(id, expected, events, e);
        }
        throw e;
      }
      if (inserted != events.size()) {
        throw new ConcurrencyConflictException(id, expected, version(c, id));
      }
      cached(id, expected, events);
    } catch (SQLException e) {
      throw database("append", id.value(), e);
    }
  }

  /** One command waiting in a batch; its outcome is set by the thread committing the batch. */
  private static final class Pending {
    final CaseId id;
    final long expected;
    final long next;
    final List<CaseEvent> events;
    final List<String> bodies;
    final CaseEvent last;
    final boolean terminal;
    final Long due;
    boolean done;
    RuntimeException failure;

    Pending(CaseId id, long expected, long next, List<CaseEvent> events, List<String> bodies,
        CaseEvent last, boolean terminal, Long due) {
      this.id = id;
      this.expected = expected;
      this.next = next;
      this.events = events;
      this.bodies = bodies;
      this.last = last;
      this.terminal = terminal;
      this.due = due;
    }
  }

  /**
   * Leader and followers: callers queue their command; whoever finds no batch running takes
   * up to maxBatch queued commands and commits them, then wakes the others.
   *
   * <p>Before it takes them, a leader waits for as many commands as the last batch held, at
   * most half the time the last commit took (and never more than {@link #MAX_GATHER_NANOS}):
   * the callers a commit wakes come back together, and the first of them would otherwise
   * commit alone while the others queue behind it, so that batches alternate between one
   * command and all the others. A single caller never waits (its last batch held one).
   */
  private final class GroupCommit {
    private static final long MAX_GATHER_NANOS = 5_000_000;
    private final int maxBatch;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition finished = lock.newCondition();
    private final Condition queued = lock.newCondition();
    private final java.util.ArrayDeque<Pending> queue = new java.util.ArrayDeque<>();
    private boolean committing;
    private int lastBatch = 1;
    private long lastCommitNanos;

    GroupCommit(int maxBatch) {
      this.maxBatch = maxBatch;
    }

    void append(Pending mine) {
      boolean interrupted = false;
      lock.lock();
      try {
        queue.add(mine);
        queued.signal();
        while (true) {
          while (!mine.done && committing) {
            try {
              finished.await();
            } catch (InterruptedException e) {
              // the command may commit with another's batch: wait for its outcome
              interrupted = true;
            }
          }
          if (mine.done) {
            break;
          }
          committing = true;
          long wait = Math.min(lastCommitNanos / 2, MAX_GATHER_NANOS);
          while (queue.size() < Math.min(maxBatch, lastBatch) && wait > 0) {
            try {
              wait = queued.awaitNanos(wait);
            } catch (InterruptedException e) {
              interrupted = true;
              break;
            }
          }
          List<Pending> batch = new ArrayList<>();
          while (batch.size() < maxBatch && !queue.isEmpty()) {
            batch.add(queue.poll());
          }
          lock.unlock();
          long started = System.nanoTime();
          try {
            commitBatch(batch);
          } finally {
            lock.lock();
            lastCommitNanos = System.nanoTime() - started;
            lastBatch = batch.size();
            for (Pending p : batch) {
              p.done = true;
            }
            committing = false;
            finished.signalAll();
          }
        }
      } finally {
        lock.unlock();
      }
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
      if (mine.failure != null) {
        throw mine.failure;
      }
    }
  }

  /**
   * Commits a batch: first in a few statements for all its commands together (one statement
   * batch of case-row inserts, one of version-checked updates, one of events); if the database
   * refuses any of it (a unique key), the transaction is rolled back and the batch is run again
   * one command per savepoint, which tells the refused command from the others.
   */
  private void commitBatch(List<Pending> batch) {
    Set<CaseId> cases = new HashSet<>();
    boolean distinct = batch.stream().allMatch(p -> cases.add(p.id));
    if (distinct && batch.size() > 1) {
      try (Gate.Held held = gate.write(); Connection c = dataSource.getConnection()) {
        c.setAutoCommit(false);
        try {
          commitTogether(c, batch);
          c.commit();
          for (Pending p : batch) {
            if (p.failure == null) {
              cached(p.id, p.expected, p.events);
            }
          }
          return;
        } catch (SQLException e) {
          // a refused key (or a driver reporting it in its own way): one by one tells which
          rollbackQuietly(c, e);
        } catch (RuntimeException e) {
          rollbackQuietly(c, e);
          throw e;
        }
      } catch (SQLException | RuntimeException e) {
        fail(batch, List.of(), e);
        return;
      }
      for (Pending p : batch) {
        p.failure = null;
      }
    }
    commitOneByOne(batch);
  }

  /** The batch's commands of distinct cases in a handful of statements; throws on any refusal. */
  private void commitTogether(Connection c, List<Pending> batch) throws SQLException {
    // Case rows in case id order: two batches of other JVMs that share cases cannot deadlock.
    List<Pending> inserts = new ArrayList<>();
    List<Pending> updates = new ArrayList<>();
    for (Pending p : batch) {
      (p.expected == 0 ? inserts : updates).add(p);
    }
    Comparator<Pending> byCase = Comparator.comparing(p -> p.id.value());
    inserts.sort(byCase);
    updates.sort(byCase);
    if (!inserts.isEmpty()) {
      try (PreparedStatement ps = c.prepareStatement(INSERT_CASE)) {
        for (Pending p : inserts) {
          bindNewCase(ps, p);
          ps.addBatch();
        }
        ps.executeBatch();
      }
    }
    if (!updates.isEmpty()) {
      try (PreparedStatement ps = c.prepareStatement(UPDATE_CASE)) {
        for (Pending p : updates) {
          bindMove(ps, p);
          ps.addBatch();
        }
        int[] counts = ps.executeBatch();
        for (int i = 0; i < counts.length; i++) {
          if (counts[i] == 0) {
            Pending p = updates.get(i);
            p.failure = new ConcurrencyConflictException(p.id, p.expected, version(c, p.id));
          }
        }
      }
    }
    if (batch.stream().allMatch(p -> p.failure != null)) {
      return;
    }
    try (PreparedStatement ps = c.prepareStatement(INSERT_EVENT)) {
      for (Pending p : batch) {
        if (p.failure != null) {
          continue;
        }
        for (int i = 0; i < p.events.size(); i++) {
          bindEvent(ps, 1, p.id, p.events.get(i), p.bodies.get(i));
          ps.addBatch();
        }
      }
      ps.executeBatch();
    }
    try (PreparedStatement ps = c.prepareStatement(INSERT_PENDING)) {
      for (Pending p : batch) {
        if (p.failure == null) {
          ps.setString(1, p.id.value());
          ps.setLong(2, p.expected);
          ps.addBatch();
        }
      }
      ps.executeBatch();
    }
  }

  private static long lockCounter(Connection c) throws SQLException {
    try (PreparedStatement p = c.prepareStatement(
        "SELECT last_position FROM shiyu_feed WHERE id = 1 FOR UPDATE");
        ResultSet r = p.executeQuery()) {
      if (!r.next()) {
        throw new SQLException("the feed counter row is missing", "02000");
      }
      return r.getLong(1);
    }
  }

  private static void advanceCounter(Connection c, long base, long used) throws SQLException {
    if (used > 0) {
      try (PreparedStatement p = c.prepareStatement(
          "UPDATE shiyu_feed SET last_position = ? WHERE id = 1")) {
        p.setLong(1, base + used);
        p.executeUpdate();
      }
    }
  }

  private void fail(List<Pending> batch, List<Pending> stored, Exception e) {
    GovernanceException failed = e instanceof SQLException sql
        ? database("append", batch.size() == 1 ? batch.get(0).id.value() : "-", sql)
        : new GovernanceException(JdbcErrors.DATABASE, e, "append", "-", "-");
    for (Pending p : stored) {
      p.failure = failed;
    }
    for (Pending p : batch) {
      if (p.failure == null) {
        p.failure = failed;
      }
    }
  }

  private void commitOneByOne(List<Pending> batch) {
    List<Pending> stored = new ArrayList<>();
    try (Gate.Held held = gate.write(); Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        for (Pending p : batch) {
          java.sql.Savepoint point = c.setSavepoint();
          try {
            if (!claim(c, p)) {
              c.rollback(point);
              p.failure = new ConcurrencyConflictException(p.id, p.expected, version(c, p.id));
              continue;
            }
            insert(c, p);
            stored.add(p);
          } catch (SQLException e) {
            c.rollback(point);
            if (!isConstraint(e)) {
              throw e;
            }
            p.failure = constraintWithin(c, p, e);
          }
        }
        c.commit();
        for (Pending p : stored) {
          cached(p.id, p.expected, p.events);
        }
      } catch (SQLException | RuntimeException e) {
        rollbackQuietly(c, e);
        throw e;
      }
    } catch (SQLException | RuntimeException e) {
      fail(batch, stored, e);
    }
  }

  /** Why a unique key refused a command of a batch, asked on the batch's connection. */
  private GovernanceException constraintWithin(Connection c, Pending p, SQLException e)
      throws SQLException {
    long actual = version(c, p.id);
    if (actual != p.expected) {
      return new ConcurrencyConflictException(p.id, p.expected, actual);
    }
    for (CaseEvent ev : p.events) {
      if (ev.idempotencyKey().isPresent()) {
        Optional<CaseEvent> earlier = findByIdempotencyKey(c, p.id, ev.idempotencyKey().get());
        if (earlier.isPresent()) {
          return new InvalidValueException(CaseErrors.IDEMPOTENCY_KEY_REUSED,
              ev.idempotencyKey().get(), p.id, earlier.get().command(), ev.command());
        }
      }
    }
    return new ConcurrencyConflictException(p.id, p.expected, actual);
  }

  private static void rollbackQuietly(Connection c, Exception cause) {
    try {
      c.rollback();
    } catch (SQLException again) {
      cause.addSuppressed(again);
    }
  }

  /** Why a unique key refused the append: another version won, or a key was used before. */
  private GovernanceException constraint(CaseId id, long expected, List<CaseEvent> events,
      SQLException e) {
    long actual;
    try (Gate.Held held = gate.read(); Connection c = dataSource.getConnection()) {
      actual = version(c, id);
    } catch (SQLException again) {
      e.addSuppressed(again);
      return database("append", id.value(), e);
    }
    if (actual != expected) {
      return new ConcurrencyConflictException(id, expected, actual);
    }
    for (CaseEvent ev : events) {
      if (ev.idempotencyKey().isPresent()) {
        Optional<CaseEvent> earlier = findByIdempotencyKey(id, ev.idempotencyKey().get());
        if (earlier.isPresent()) {
          return new InvalidValueException(CaseErrors.IDEMPOTENCY_KEY_REUSED,
              ev.idempotencyKey().get(), id, earlier.get().command(), ev.command());
        }
      }
    }
    // The winner rolled back in between: report the race as a conflict, the caller retries.
    return new ConcurrencyConflictException(id, expected, actual);
  }

  private static boolean isConstraint(SQLException e) {
    String state = e.getSQLState();
    return e instanceof java.sql.SQLIntegrityConstraintViolationException
        || (state != null && state.startsWith("23"));
  }

  private static Long nextDue(CaseEvent last) {
    Long min = null;
    for (Deadline d : last.deadlines().values()) {
      if (!d.isStopped()) {
        long due = d.due().toEpochMilli();
        min = min == null ? due : Math.min(min, due);
      }
    }
    return min;
  }

  private static boolean claim(Connection c, Pending pending) throws SQLException {
    if (pending.expected == 0) {
      try (PreparedStatement p = c.prepareStatement(INSERT_CASE)) {
        bindNewCase(p, pending);
        p.executeUpdate();
        return true;
      }
    }
    try (PreparedStatement p = c.prepareStatement(UPDATE_CASE)) {
      bindMove(p, pending);
      return p.executeUpdate() == 1;
    }
  }

  /** A new case's row, at the version of its last event. */
  private static final String INSERT_CASE = "INSERT INTO shiyu_case (case_id, case_version,"
      + " workflow, terminal, next_due, updated_at) VALUES (?, ?, ?, ?, ?, ?)";
  /** A case row moved to a new version if it is still at the expected one. */
  private static final String UPDATE_CASE = "UPDATE shiyu_case SET case_version = ?,"
      + " terminal = ?, next_due = ?, updated_at = ? WHERE case_id = ? AND case_version = ?";

  /** Binds {@link #INSERT_CASE}'s parameters; returns the index after them. */
  private static int bindNewCase(PreparedStatement p, Pending a) throws SQLException {
    p.setString(1, a.id.value());
    p.setLong(2, a.next);
    p.setString(3, a.last.workflow());
    p.setBoolean(4, a.terminal);
    setDue(p, 5, a.due);
    p.setLong(6, a.last.at().toEpochMilli());
    return 7;
  }

  /** Binds {@link #UPDATE_CASE}'s parameters; returns the index after them. */
  private static int bindMove(PreparedStatement p, Pending a) throws SQLException {
    p.setLong(1, a.next);
    p.setBoolean(2, a.terminal);
    setDue(p, 3, a.due);
    p.setLong(4, a.last.at().toEpochMilli());
    p.setString(5, a.id.value());
    p.setLong(6, a.expected);
    return 7;
  }

  private static void setDue(PreparedStatement p, int i, Long due) throws SQLException {
    if (due == null) {
      p.setNull(i, java.sql.Types.BIGINT);
    } else {
      p.setLong(i, due);
    }
  }

  private static final String INSERT_EVENT = "INSERT INTO shiyu_event (case_id, seq,"
      + " idempotency_key, command, recorded_at, schema_version, body)"
      + " VALUES (?, ?, ?, ?, ?, ?, ?)";

  /**
   * A command's events waiting for their feed position, which the feed's reader gives them
   * after commit: found by the case and the sequences after the version they were decided
   * against.
   */
  private static final String INSERT_PENDING = "INSERT INTO shiyu_feed_pending (event_id)"
      + " SELECT event_id FROM shiyu_event WHERE case_id = ? AND seq > ?";

  private static void insert(Connection c, Pending a) throws SQLException {
    try (PreparedStatement p = c.prepareStatement(INSERT_EVENT)) {
      for (int i = 0; i < a.events.size(); i++) {
        bindEvent(p, 1, a.id, a.events.get(i), a.bodies.get(i));
        p.addBatch();
      }
      p.executeBatch();
    }
    try (PreparedStatement p = c.prepareStatement(INSERT_PENDING)) {
      p.setString(1, a.id.value());
      p.setLong(2, a.expected);
      p.executeUpdate();
    }
  }

  /** Binds an event's seven columns of {@link #INSERT_EVENT} from {@code i}; returns the next. */
  private static int bindEvent(PreparedStatement p, int i, CaseId id, CaseEvent e, String body)
      throws SQLException {
    p.setString(i, id.value());
    p.setLong(i + 1, e.sequence());
    if (e.idempotencyKey().isPresent()) {
      p.setString(i + 2, e.idempotencyKey().get());
    } else {
      p.setNull(i + 2, java.sql.Types.VARCHAR);
    }
    p.setString(i + 3, e.command().value());
    p.setLong(i + 4, e.at().toEpochMilli());
    p.setInt(i + 5, CaseEventJson.SCHEMA_VERSION);
    p.setString(i + 6, body);
    return i + 7;
  }

  private static long version(Connection c, CaseId id) throws SQLException {
    try (PreparedStatement p = c.prepareStatement(
        "SELECT case_version FROM shiyu_case WHERE case_id = ?")) {
      p.setString(1, id.value());
      try (ResultSet r = p.executeQuery()) {
        return r.next() ? r.getLong(1) : 0;
      }
    }
  }

  /**
   * The current version of a case: the cached version (see {@link #withCaseCache}) moved on by
   * the events committed after it, read in one indexed query; the whole history replayed for a
   * case not cached.
   */
  @Override
  public Optional<Case> load(CaseId id) {
    Case kase = cache == null ? null : cache.get(id);
    long after = kase == null ? 0 : kase.version();
    try (Gate.Held held = gate.read(); Connection c = dataSource.getConnection();
        PreparedStatement p = c.prepareStatement(
            "SELECT seq, body FROM shiyu_event WHERE case_id = ? AND seq > ? ORDER BY seq")) {
      p.setString(1, id.value());
      p.setLong(2, after);
      try (ResultSet r = p.executeQuery()) {
        long expected = after + 1;
        while (r.next()) {
          long seq = r.getLong(1);
          if (seq != expected) {
            throw new MissingDataException(JdbcErrors.GAP, id, seq, expected);
          }
          CaseEvent e = json.read(id, seq, r.getString(2));
          kase = kase == null ? Case.start(e) : kase.apply(e);
          expected++;
        }
      }
    } catch (SQLException e) {
      throw database("load", id.value(), e);
    }
    if (kase != null && cache != null && kase.version() > after) {
      cache.put(kase);
    }
    return Optional.ofNullable(kase);
  }

  /**
   * The case as cached in this JVM (see {@link #withCaseCache}), without asking the database;
   * a case not cached is loaded. The cached version lags the stored one when another JVM
   * appended to the case since: an append decided against it is refused by the database's
   * version check, and {@link io.github.shiyu.governance.cases.store.CaseService} decides the
   * command again against {@link #load}.
   */
  @Override
  public Optional<Case> loadRecent(CaseId id) {
    Case kase = cache == null ? null : cache.get(id);
    return kase != null ? Optional.of(kase) : load(id);
  }

  /** After a commit: a case cached at the version the events followed moves to the new one. */
  private void cached(CaseId id, long expected, List<CaseEvent> events) {
    if (cache == null) {
      return;
    }
    Case kase = cache.get(id);
    if (kase == null || kase.version() != expected) {
      return;
    }
    try {
      for (CaseEvent e : events) {
        kase = kase.apply(e);
      }
      cache.put(kase);
    } catch (InvalidValueException e) {
      // stored, but not a continuation of the case: the next load replays it and says why
      cache.remove(id);
    }
  }

  /**
   * The latest version of recently used cases, least recently used out first. A version is
   * only ever replaced by a later one: two threads that read a case at different moments
   * cannot move it back.
   */
  private static final class CaseCache {
    final int max;
    private final java.util.LinkedHashMap<CaseId, Case> cases;

    CaseCache(int max) {
      this.max = max;
      this.cases = new java.util.LinkedHashMap<>(Math.min(max, 1024), 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(java.util.Map.Entry<CaseId, Case> eldest) {
          return size() > CaseCache.this.max;
        }
      };
    }

    synchronized Case get(CaseId id) {
      return cases.get(id);
    }

    synchronized void put(Case kase) {
      Case old = cases.get(kase.id());
      if (old == null || old.version() < kase.version()) {
        cases.put(kase.id(), kase);
      }
    }

    synchronized void remove(CaseId id) {
      cases.remove(id);
    }
  }

  @Override
  public List<CaseEvent> events(CaseId id) {
    try (Gate.Held held = gate.read(); Connection c = dataSource.getConnection();
        PreparedStatement p = c.prepareStatement(
            "SELECT seq, body FROM shiyu_event WHERE case_id = ? ORDER BY seq")) {
      p.setString(1, id.value());
      List<CaseEvent> out = new ArrayList<>();
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          long seq = r.getLong(1);
          if (seq != out.size() + 1) {
            throw new MissingDataException(JdbcErrors.GAP, id, seq, out.size() + 1);
          }
          out.add(json.read(id, seq, r.getString(2)));
        }
      }
      return out;
    } catch (SQLException e) {
      throw database("events", id.value(), e);
    }
  }

  @Override
  public Optional<CaseEvent> findByIdempotencyKey(CaseId id, String key) {
    try (Gate.Held held = gate.read(); Connection c = dataSource.getConnection()) {
      return findByIdempotencyKey(c, id, key);
    } catch (SQLException e) {
      throw database("findByIdempotencyKey", id.value(), e);
    }
  }

  private Optional<CaseEvent> findByIdempotencyKey(Connection c, CaseId id, String key)
      throws SQLException {
    try (PreparedStatement p = c.prepareStatement("SELECT seq, body FROM shiyu_event"
        + " WHERE case_id = ? AND idempotency_key = ?")) {
      p.setString(1, id.value());
      p.setString(2, key);
      try (ResultSet r = p.executeQuery()) {
        return r.next() ? Optional.of(json.read(id, r.getLong(1), r.getString(2)))
            : Optional.empty();
      }
    }
  }

  @Override
  public Stream<Case> openCases() {
    return cases("SELECT case_id FROM shiyu_case WHERE terminal = ? ORDER BY case_id", null);
  }

  /** An indexed query on the earliest running due instant of each open case. */
  @Override
  public Stream<Case> openCasesDueBefore(Instant instant) {
    return cases("SELECT case_id FROM shiyu_case WHERE terminal = ? AND next_due < ?"
        + " ORDER BY case_id", instant);
  }

  private Stream<Case> cases(String sql, Instant bound) {
    List<CaseId> ids = new ArrayList<>();
    try (Gate.Held held = gate.read(); Connection c = dataSource.getConnection();
        PreparedStatement p = c.prepareStatement(sql)) {
      p.setBoolean(1, false);
      if (bound != null) {
        p.setLong(2, bound.toEpochMilli());
      }
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          ids.add(CaseId.of(r.getString(1)));
        }
      }
    } catch (SQLException e) {
      throw database("openCases", "-", e);
    }
    return ids.stream().map(id -> load(id).orElseThrow(
        () -> new MissingDataException(CaseErrors.UNKNOWN_CASE, id)));
  }

  @Override
  public Stream<CaseEvent> allEvents() {
    List<CaseId> ids = new ArrayList<>();
    try (Gate.Held held = gate.read(); Connection c = dataSource.getConnection();
        PreparedStatement p = c.prepareStatement(
            "SELECT case_id FROM shiyu_case ORDER BY case_id");
        ResultSet r = p.executeQuery()) {
      while (r.next()) {
        ids.add(CaseId.of(r.getString(1)));
      }
    } catch (SQLException e) {
      throw database("allEvents", "-", e);
    }
    return ids.stream().flatMap(id -> events(id).stream());
  }

  /**
   * The events after a checkpoint, in position order: each event once, every case's events in
   * sequence order, no position skipped (see the class description). Committed events that
   * have no position yet are given theirs first (up to {@code limit} of them), so the feed
   * writes to the database: a reader needs a connection that may write the feed's tables.
   *
   * @param after the last position the subscriber has processed (0 at first)
   * @param limit at most this many events, at least 1
   * @return the events, positions rising from {@code after + 1} without gaps
   * @throws GovernanceException {@code jdbc.database}, {@code jdbc.feed_gap} if a position's
   *     event row is gone (never stepped over), or an unreadable event
   *     naming its case and sequence
   * @throws InvalidValueException {@code jdbc.feed_limit} if {@code limit} is below 1
   */
  public List<StoredEvent> feed(long after, int limit) {
    if (limit < 1) {
      throw new InvalidValueException(JdbcErrors.FEED_LIMIT, limit);
    }
    // the reader numbers events, so it writes; the rows are parsed after the gate and the
    // connection are given back, so that H2's writers do not wait for the parsing
    List<FeedRow> rows = new ArrayList<>();
    try (Gate.Held held = gate.write(); Connection c = dataSource.getConnection()) {
      sequence(c, limit);
      try (PreparedStatement p = c.prepareStatement(
          "SELECT f.feed_position, e.case_id, e.seq, e.body FROM shiyu_feed_position f"
          + " LEFT JOIN shiyu_event e ON e.event_id = f.event_id"
          + " WHERE f.feed_position > ? AND f.feed_position <= ? ORDER BY f.feed_position")) {
        // the range bounds the rows, so the planner joins by the events' key, never by a scan
        p.setLong(1, after);
        p.setLong(2, after + limit);
        try (ResultSet r = p.executeQuery()) {
          while (r.next()) {
            rows.add(new FeedRow(r.getLong(1), r.getString(2), r.getLong(3), r.getString(4)));
          }
        }
      }
    } catch (SQLException e) {
      throw database("feed", "-", e);
    }
    List<StoredEvent> out = new ArrayList<>(rows.size());
    for (FeedRow row : rows) {
      // never step over an event: a position is its event, or the feed stops here
      if (row.position != after + out.size() + 1 || row.caseId == null) {
        throw new GovernanceException(JdbcErrors.FEED_GAP, after + out.size() + 1,
            row.caseId == null ? "a position without its event" : "position " + row.position);
      }
      out.add(new StoredEvent(row.position,
          json.read(CaseId.of(row.caseId), row.seq, row.body)));
    }
    return out;
  }

  /** A feed row as read; the case id is null where the position's event row is gone. */
  private record FeedRow(long position, String caseId, long seq, String body) {}

  /**
   * Gives up to {@code max} committed events without a position the next positions, in
   * insertion order, in one transaction holding the counter row. Read committed, so that each
   * statement sees every commit before it (MySQL's default, repeatable read, would keep the
   * first read's snapshot).
   */
  private static void sequence(Connection c, int max) throws SQLException {
    int isolation = c.getTransactionIsolation();
    c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
    c.setAutoCommit(false);
    try {
      long base = lockCounter(c);
      // the oldest waiting events, numbered in insertion order in one statement
      int given;
      try (PreparedStatement p = c.prepareStatement("INSERT INTO shiyu_feed_position"
          + " (feed_position, event_id) SELECT ? + ROW_NUMBER() OVER (ORDER BY w.event_id),"
          + " w.event_id FROM (SELECT event_id FROM shiyu_feed_pending ORDER BY event_id"
          + " LIMIT ?) w")) {
        p.setLong(1, base);
        p.setInt(2, max);
        given = p.executeUpdate();
      }
      if (given > 0) {
        // exactly those numbered: an event committed since, below the last id, keeps waiting
        try (PreparedStatement p = c.prepareStatement("DELETE FROM shiyu_feed_pending"
            + " WHERE event_id IN (SELECT event_id FROM shiyu_feed_position"
            + " WHERE feed_position > ?)")) {
          p.setLong(1, base);
          p.executeUpdate();
        }
        advanceCounter(c, base, given);
      }
      c.commit();
    } catch (SQLException | RuntimeException e) {
      rollbackQuietly(c, e);
      throw e;
    } finally {
      c.setAutoCommit(true);
      c.setTransactionIsolation(isolation);
    }
  }

  private static GovernanceException database(String operation, String caseId,
      SQLException e) {
    return new GovernanceException(JdbcErrors.DATABASE, e, operation, caseId, e.getSQLState());
  }
}
