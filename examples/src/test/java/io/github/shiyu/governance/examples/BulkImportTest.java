package io.github.shiyu.governance.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.shiyu.governance.cases.CaseId;
import io.github.shiyu.governance.cases.Decision;
import io.github.shiyu.governance.cases.standard.StandardWorkflows;
import io.github.shiyu.governance.cases.store.CaseCommand;
import io.github.shiyu.governance.cases.store.CaseService;
import io.github.shiyu.governance.cases.store.InMemoryCaseStore;
import io.github.shiyu.governance.jdbc.JdbcCaseStore;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bulk import: in batches on H2 it stores what the commands one by one store in memory;
 * an import stopped half-way and run again from the start stores nothing twice.
 */
class BulkImportTest {

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-03-04T01:00:00Z"),
      ZoneOffset.UTC);

  @TempDir
  Path dir;

  @Test
  @SuppressWarnings("try") // the connection keeps the H2 database open for the test
  void batchesStoreWhatOneByOneStoresAndARerunStoresNothingTwice() throws Exception {
    DataSource db = new UrlDataSource("jdbc:h2:file:" + dir.resolve("db").toAbsolutePath());
    try (Connection keeper = db.getConnection()) {
      JdbcCaseStore store = JdbcCaseStore.create(db, StandardWorkflows.all());
      store.createSchema();
      CaseService batched = new CaseService(store, CLOCK,
          StandardWorkflows.all());
      // stopped half-way: the first 150 of 320 commands
      List<CaseCommand> all = BulkImport.commands(40);
      batched.executeAll(all.subList(0, 150));
      BulkImport.Result r = BulkImport.run(batched, 40, 64);
      assertThat(r).isEqualTo(new BulkImport.Result(320, 5, 320));
      assertThat(BulkImport.events(store, 40)).isEqualTo(320);

      CaseService single = new CaseService(new InMemoryCaseStore(), CLOCK,
          StandardWorkflows.all());
      List<Decision> expected = new ArrayList<>();
      for (CaseCommand c : all) {
        expected.add(c.command().registration().isPresent()
            ? single.register(c.caseId(), c.command()) : single.execute(c.caseId(), c.command()));
      }
      for (int n = 1; n <= 40; n++) {
        CaseId id = CaseId.of("WO-" + n);
        assertThat(store.events(id)).isEqualTo(single.history(id));
        assertThat(store.load(id).orElseThrow().state().name().value()).isEqualTo("CLOSED");
      }
      assertThat(store.feed(0, 1000)).hasSize(320);
    }
  }

  @Test
  void theExampleRuns() {
    String out = ExamplesTest.output(o -> BulkImport.run(o, dir.resolve("example")));
    assertThat(out).contains("imported 4000 commands in 20 batches: 4000 accepted,"
        + " 4000 events stored", "the same import again: 4000 of 4000 answered with their"
        + " earlier events, 4000 events stored");
  }
}
