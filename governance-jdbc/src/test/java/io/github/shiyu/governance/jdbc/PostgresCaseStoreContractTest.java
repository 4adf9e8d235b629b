package io.github.shiyu.governance.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The contract against a real PostgreSQL 16 server the test starts itself. */
class PostgresCaseStoreContractTest extends JdbcContract {

  private DataSource last;

  @Override
  DataSource freshDatabase() throws Exception {
    last = Postgres.freshDatabase();
    return last;
  }

  @Test
  void runsOnPostgresql15OrLater() throws Exception {
    assertThat(jdbc.dialect()).isEqualTo(Dialect.POSTGRESQL);
    try (Connection c = last.getConnection(); Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SHOW server_version_num")) {
      r.next();
      assertThat(Integer.parseInt(r.getString(1))).isGreaterThanOrEqualTo(150000);
    }
  }
}
