package io.github.shiyu.governance.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.shiyu.governance.jdbc.JdbcCaseStore;
import io.github.shiyu.governance.metrics.fact.CaseFactFormat;
import io.github.shiyu.governance.metrics.report.Report;
import io.github.shiyu.governance.metrics.report.ReportSpec;
import java.io.PrintStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The feed example: an IncrementalReport kept from the store's feed, restarted mid-feed (also
 * with a checkpoint older than its state, as after an at-least-once redelivery), equals the
 * one-shot report of the stored events and counts nothing twice.
 */
class FeedReportTest {

  @TempDir
  Path dir;

  @Test
  void restartedMidFeedItEqualsTheOneShotReport() throws Exception {
    DataSource db = new UrlDataSource("jdbc:h2:file:" + dir.resolve("db").toAbsolutePath());
    try (Connection keeper = db.getConnection()) {
      JdbcCaseStore store = JdbcCaseStore.create(db, DurableCounty.workflows());
      store.createSchema();
      DurableCounty.run(store, 5, 40, new PrintStream(OutputStream.nullOutputStream()));
      ReportSpec spec = DurableCounty.spec();
      Report oneShot = spec.accumulate(DurableCounty.facts(store)).report();

      FeedReport first = FeedReport.open(db, store, spec);
      for (int i = 0; i < 3; i++) {
        assertThat(first.poll(17)).isEqualTo(17);   // pages that cut case histories
      }
      // restart: the rebuilt report is the one before the restart
      FeedReport second = FeedReport.open(db, store, spec);
      assertThat(second.checkpoint()).isEqualTo(51);
      assertThat(second.report()).isEqualTo(first.report());
      assertThat(second.report()).isNotEqualTo(oneShot);
      second.poll(23);
      second.poll(23);
      // a checkpoint older than the state (as if the last page were delivered again)
      try (Statement s = keeper.createStatement()) {
        s.executeUpdate("UPDATE feed_report_checkpoint SET feed_position = feed_position - 30");
      }
      FeedReport third = FeedReport.open(db, store, spec);
      assertThat(third.checkpoint()).isEqualTo(51 + 46 - 30);
      while (third.poll(29) > 0) {
        // to the end
      }
      assertThat(third.report()).isEqualTo(oneShot);
      assertThat(third.report().toCsv()).isEqualTo(oneShot.toCsv());
      assertThat(third.checkpoint()).isEqualTo(store.feed(0, 100_000).size());
      // the case table holds each case once, with its one-shot fact
      String facts = CaseFactFormat.toCsv(DurableCounty.facts(store));
      List<String> stored = new ArrayList<>();
      try (Statement s = keeper.createStatement();
          ResultSet r = s.executeQuery("SELECT fact FROM feed_report_case ORDER BY case_id")) {
        while (r.next()) {
          stored.add(r.getString(1));
        }
      }
      assertThat(stored).isEqualTo(facts.lines().skip(1).toList());
      // and a last restart at the end changes nothing
      FeedReport last = FeedReport.open(db, store, spec);
      assertThat(last.poll(100)).isZero();
      assertThat(last.report()).isEqualTo(oneShot);
    }
  }

  @Test
  void theExampleRuns() {
    String out = ExamplesTest.output(o -> FeedReport.run(o, dir.resolve("example")));
    assertThat(out).contains("restarting", "feed read to position ", "370705000000");
  }

}
