package io.github.shiyu.governance.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The contract against a real MariaDB 11.4 server the test starts itself (the MYSQL dialect). */
class MariaDbCaseStoreContractTest extends JdbcContract {

  @Override
  DataSource freshDatabase() throws Exception {
    return MariaDb.freshDatabase();
  }

  @Test
  void usesTheMysqlDialect() {
    assertThat(jdbc.dialect()).isEqualTo(Dialect.MYSQL);
  }
}
