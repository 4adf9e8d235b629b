package io.github.shiyu.governance.jdbc;

import java.nio.file.Path;
import javax.sql.DataSource;
import org.junit.jupiter.api.io.TempDir;

/** The contract on the group-commit store over H2 in file mode. */
class H2GroupCommitContractTest extends GroupCommitContract {

  @TempDir
  Path dir;
  private int n;

  @Override
  DataSource freshDatabase() {
    return new UrlDataSource("jdbc:h2:file:" + dir.resolve("group-" + n++).toAbsolutePath()
        + ";DB_CLOSE_DELAY=-1");
  }
}
