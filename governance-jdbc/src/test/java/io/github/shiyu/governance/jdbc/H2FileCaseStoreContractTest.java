package io.github.shiyu.governance.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.shiyu.governance.cases.CaseEvent;
import io.github.shiyu.governance.cases.CaseId;
import io.github.shiyu.governance.cases.standard.StandardWorkflows;
import io.github.shiyu.governance.jackson.UnreadableEventException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The contract against H2 in file mode, the embedded default; and corrupt rows. */
class H2FileCaseStoreContractTest extends JdbcContract {

  @TempDir
  Path dir;
  private int n;
  private DataSource last;

  @Override
  DataSource freshDatabase() {
    DataSource ds = new UrlDataSource("jdbc:h2:file:"
        + dir.resolve("store-" + n++).toAbsolutePath() + ";DB_CLOSE_DELAY=-1");
    last = ds;
    return ds;
  }

  @Test
  void aCorruptRowIsATypedErrorNamingCaseAndSequence() throws Exception {
    List<CaseEvent> h = longHistory(StandardWorkflows.all().get(0), "C-9");
    store.append(CaseId.of("C-9"), 0, h);
    try (Connection c = last.getConnection(); Statement s = c.createStatement()) {
      s.executeUpdate("UPDATE shiyu_event SET body = SUBSTRING(body, 1, 40)"
          + " WHERE case_id = 'C-9' AND seq = 2");
    }
    assertThatThrownBy(() -> store.events(CaseId.of("C-9")))
        .isInstanceOfSatisfying(UnreadableEventException.class, e -> {
          assertThat(e.caseId()).isEqualTo("C-9");
          assertThat(e.sequence()).isEqualTo(2);
        });
  }

  @Test
  void theStoreSurvivesReopeningTheFile() {
    List<CaseEvent> h = Histories.history(StandardWorkflows.all().get(1), "C-8",
        START, 8, 6);
    store.append(CaseId.of("C-8"), 0, h);
    JdbcCaseStore again = JdbcCaseStore.create(last, StandardWorkflows.all());
    assertThat(again.events(CaseId.of("C-8"))).isEqualTo(h);
    assertThat(again.dialect()).isEqualTo(Dialect.H2);
  }
}
