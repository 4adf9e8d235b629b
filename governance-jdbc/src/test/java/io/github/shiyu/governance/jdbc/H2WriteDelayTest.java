package io.github.shiyu.governance.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.shiyu.governance.cases.standard.StandardWorkflows;
import io.github.shiyu.governance.core.GovernanceException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store makes H2 write each commit through (ADR 0014), or says why it cannot. */
class H2WriteDelayTest {

  @TempDir
  Path dir;

  @Test
  void theStoreSetsH2sWriteDelayToZeroAndItStays() throws Exception {
    String url = "jdbc:h2:file:" + dir.resolve("db").toAbsolutePath();
    UrlDataSource database = new UrlDataSource(url + ";WRITE_DELAY=500");
    try (Connection keeper = database.getConnection()) {
      assertThat(writeDelay(keeper)).isEqualTo("500");
      JdbcCaseStore.create(database, StandardWorkflows.all());
      assertThat(writeDelay(keeper)).isEqualTo("0");
    }
    try (Connection again = new UrlDataSource(url).getConnection()) {
      assertThat(writeDelay(again)).as("persistent").isEqualTo("0");
    }
  }

  @Test
  void aUserWhoMayNotSetItIsToldWhatToRun() throws Exception {
    String url = "jdbc:h2:file:" + dir.resolve("db").toAbsolutePath();
    try (Connection admin = new UrlDataSource(url, "sa", "").getConnection();
        Statement s = admin.createStatement()) {
      s.execute("CREATE USER clerk PASSWORD 'clerk'");
      assertThatThrownBy(() -> JdbcCaseStore.create(new UrlDataSource(url, "clerk", "clerk"),
          StandardWorkflows.all()))
          .isInstanceOfSatisfying(GovernanceException.class,
              e -> assertThat(e.code()).isEqualTo(JdbcErrors.H2_WRITE_DELAY))
          .hasMessageContaining("SET WRITE_DELAY 0");
    }
  }

  /** The database's own value: H2 lists the URL's value under the same name after it. */
  private static String writeDelay(Connection c) throws Exception {
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS"
            + " WHERE SETTING_NAME = 'WRITE_DELAY'")) {
      r.next();
      return r.getString(1);
    }
  }
}
