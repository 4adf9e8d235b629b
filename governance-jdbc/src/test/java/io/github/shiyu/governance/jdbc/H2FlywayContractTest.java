package io.github.shiyu.governance.jdbc;

import java.nio.file.Path;
import javax.sql.DataSource;
import org.junit.jupiter.api.io.TempDir;

/** The contract on H2 (file mode) with the schema Flyway made from the jar's h2 scripts. */
class H2FlywayContractTest extends FlywayContract {

  @TempDir
  Path dir;
  private int n;

  @Override
  Dialect expectedDialect() {
    return Dialect.H2;
  }

  @Override
  DataSource freshDatabase() {
    return new UrlDataSource("jdbc:h2:file:" + dir.resolve("flyway-" + n++).toAbsolutePath()
        + ";DB_CLOSE_DELAY=-1");
  }
}
