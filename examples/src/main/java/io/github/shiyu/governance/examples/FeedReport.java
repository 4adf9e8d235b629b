package io.github.shiyu.governance.examples;

import io.github.shiyu.governance.cases.CaseEvent;
import io.github.shiyu.governance.cases.CaseId;
import io.github.shiyu.governance.jdbc.JdbcCaseStore;
import io.github.shiyu.governance.jdbc.StoredEvent;
import io.github.shiyu.governance.metrics.fact.CaseFact;
import io.github.shiyu.governance.metrics.fact.CaseFactFormat;
import io.github.shiyu.governance.metrics.report.IncrementalReport;
import io.github.shiyu.governance.metrics.report.Report;
import io.github.shiyu.governance.metrics.report.ReportSpec;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * A projection kept current from the store's feed: an {@link IncrementalReport}, with the
 * checkpoint the subscriber stores itself, that survives a restart without counting anything
 * twice.
 *
 * <p><b>How.</b> Two tables of the projection's own (in the store's database here; any
 * database would do): {@code feed_report_checkpoint} (the last feed position processed) and
 * {@code feed_report_case} (per case: the last sequence taken and its current fact, as a
 * {@link CaseFactFormat} CSV line, which a dashboard can query). Each page of the feed is
 * applied to the report in memory and then written, checkpoint and case rows, in one
 * transaction: after a crash the tables are as they were after some page, never between two.
 * On a restart the report is rebuilt from the cases' stored events up to the sequences in
 * {@code feed_report_case} (an {@code IncrementalReport} holds the events it has seen, so it
 * is rebuilt from events, not from facts; each rebuilt fact is checked against the stored
 * one), and reading goes on after the checkpoint. Re-application is idempotent as well: the
 * report ignores an event it has seen, so a page delivered again (at-least-once) cannot count
 * twice either.
 *
 * <pre>{@code
 * FeedReport live = FeedReport.open(dataSource, store, spec);
 * while (live.poll(500) > 0) {}      // or on a timer
 * live.report();                      // equals the one-shot report of the stored events
 * }</pre>
 */
public final class FeedReport {

  private final DataSource database;
  private final JdbcCaseStore store;
  private final IncrementalReport live;
  /** Per case, the last sequence the report has taken (what the case table holds). */
  private final Map<CaseId, Long> taken = new LinkedHashMap<>();
  private long checkpoint;

  private FeedReport(DataSource database, JdbcCaseStore store, ReportSpec spec) {
    this.database = database;
    this.store = store;
    this.live = new IncrementalReport(spec);
  }

  /**
   * Opens the projection: creates its tables if missing, or rebuilds the report from them.
   *
   * @param database where the projection's tables are (and, here, the store's)
   * @param store    the store whose feed is read
   * @param spec     the report
   * @return the projection at its stored checkpoint
   * @throws IllegalStateException if a rebuilt fact differs from the stored one
   */
  public static FeedReport open(DataSource database, JdbcCaseStore store, ReportSpec spec) {
    FeedReport r = new FeedReport(Objects.requireNonNull(database, "database"),
        Objects.requireNonNull(store, "store"), Objects.requireNonNull(spec, "spec"));
    try (Connection c = database.getConnection()) {
      r.createTables(c);
      r.restore(c);
    } catch (SQLException e) {
      throw new IllegalStateException("feed report tables: " + e.getMessage(), e);
    }
    return r;
  }

  private void createTables(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("CREATE TABLE IF NOT EXISTS feed_report_checkpoint (id INTEGER NOT NULL"
          + " PRIMARY KEY, feed_position BIGINT NOT NULL)");
      s.execute("CREATE TABLE IF NOT EXISTS feed_report_case (case_id VARCHAR(64) NOT NULL"
          + " PRIMARY KEY, last_seq INTEGER NOT NULL, fact VARCHAR(4000) NOT NULL)");
    }
  }

  private void restore(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT feed_position FROM feed_report_checkpoint"
            + " WHERE id = 1")) {
      checkpoint = r.next() ? r.getLong(1) : 0;
    }
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT case_id, last_seq, fact FROM feed_report_case")) {
      while (r.next()) {
        CaseId id = CaseId.of(r.getString(1));
        long last = r.getLong(2);
        for (CaseEvent e : store.events(id)) {
          if (e.sequence() <= last) {
            live.accept(e);
          }
        }
        taken.put(id, last);
        String rebuilt = line(live.fact(id).orElseThrow());
        if (!rebuilt.equals(r.getString(3))) {
          throw new IllegalStateException("the stored fact of case " + id
              + " differs from the one rebuilt from its events");
        }
      }
    }
  }

  /**
   * Reads one page of the feed after the checkpoint into the report and stores the new
   * checkpoint with the changed case rows, in one transaction.
   *
   * @param limit at most this many events
   * @return how many events the page had (0: the report is current)
   */
  public int poll(int limit) {
    List<StoredEvent> page = store.feed(checkpoint, limit);
    if (page.isEmpty()) {
      return 0;
    }
    Map<CaseId, Long> changed = new LinkedHashMap<>();
    for (StoredEvent s : page) {
      live.accept(s.event());
      changed.merge(s.event().caseId(), s.event().sequence(), Math::max);
    }
    long next = page.get(page.size() - 1).position();
    try (Connection c = database.getConnection()) {
      c.setAutoCommit(false);
      try {
        for (Map.Entry<CaseId, Long> e : changed.entrySet()) {
          upsert(c, e.getKey(), e.getValue(), line(live.fact(e.getKey()).orElseThrow()));
        }
        try (PreparedStatement p = c.prepareStatement(
            "UPDATE feed_report_checkpoint SET feed_position = ? WHERE id = 1")) {
          p.setLong(1, next);
          if (p.executeUpdate() == 0) {
            try (PreparedStatement i = c.prepareStatement(
                "INSERT INTO feed_report_checkpoint (id, feed_position) VALUES (1, ?)")) {
              i.setLong(1, next);
              i.executeUpdate();
            }
          }
        }
        c.commit();
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("feed report: " + e.getMessage(), e);
    }
    taken.putAll(changed);
    checkpoint = next;
    return page.size();
  }

  private static void upsert(Connection c, CaseId id, long seq, String fact)
      throws SQLException {
    try (PreparedStatement p = c.prepareStatement(
        "UPDATE feed_report_case SET last_seq = ?, fact = ? WHERE case_id = ?")) {
      p.setLong(1, seq);
      p.setString(2, fact);
      p.setString(3, id.value());
      if (p.executeUpdate() == 1) {
        return;
      }
    }
    try (PreparedStatement p = c.prepareStatement(
        "INSERT INTO feed_report_case (case_id, last_seq, fact) VALUES (?, ?, ?)")) {
      p.setString(1, id.value());
      p.setLong(2, seq);
      p.setString(3, fact);
      p.executeUpdate();
    }
  }

  /** The fact's CSV line (without the header). */
  private static String line(CaseFact fact) {
    String csv = CaseFactFormat.toCsv(List.of(fact));
    return csv.substring(csv.indexOf('\n') + 1).strip();
  }

  /**
   * The report now.
   *
   * @return the report over every event up to the checkpoint
   */
  public Report report() {
    return live.report();
  }

  /**
   * The last feed position taken.
   *
   * @return the checkpoint (0 before the first event)
   */
  public long checkpoint() {
    return checkpoint;
  }

  /**
   * Runs the example on an H2 file database under {@code target/feed-report}: a small year
   * into the store, the feed read in pages with a restart half way, the report printed.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out, Path.of("target", "feed-report"));
  }

  /**
   * Runs the example.
   *
   * @param out the terminal
   * @param dir where the H2 database file goes
   */
  public static void run(PrintStream out, Path dir) {
    try {
      Files.createDirectories(dir);
    } catch (java.io.IOException e) {
      throw new UncheckedIOException(e);
    }
    String url = "jdbc:h2:file:" + dir.resolve("kuiwen").toAbsolutePath();
    DataSource db = new UrlDataSource(url);
    try (Connection keeper = db.getConnection()) {
      JdbcCaseStore store = JdbcCaseStore.create(db, DurableCounty.workflows());
      store.createSchema();
      DurableCounty.run(store, Quickstart.SEED, 60, out);
      ReportSpec spec = DurableCounty.spec();
      FeedReport first = open(db, store, spec);
      first.poll(200);
      out.printf("feed read to position %d; restarting%n", first.checkpoint());
      FeedReport again = open(db, store, spec);   // as after a restart
      while (again.poll(200) > 0) {
        // until current
      }
      out.printf("feed read to position %d%n%s", again.checkpoint(), again.report().toCsv());
      keeper.isValid(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

}
