package io.github.shiyu.governance.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.shiyu.governance.cases.CaseEvent;
import io.github.shiyu.governance.cases.CaseId;
import io.github.shiyu.governance.cases.standard.StandardWorkflows;
import java.nio.file.Path;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The contract against H2 in file mode, the embedded default. */
class H2FileCaseStoreContractTest extends JdbcContract {

  @TempDir
  Path dir;
  private int n;

  @Override
  DataSource freshDatabase() {
    return new UrlDataSource("jdbc:h2:file:"
        + dir.resolve("store-" + n++).toAbsolutePath() + ";DB_CLOSE_DELAY=-1");
  }

  @Test
  void theStoreSurvivesReopeningTheFile() {
    List<CaseEvent> h = Histories.history(StandardWorkflows.all().get(1), "C-8",
        START, 8, 6);
    store.append(CaseId.of("C-8"), 0, h);
    JdbcCaseStore again = JdbcCaseStore.create(database, StandardWorkflows.all());
    assertThat(again.events(CaseId.of("C-8"))).isEqualTo(h);
    assertThat(again.dialect()).isEqualTo(Dialect.H2);
  }
}
