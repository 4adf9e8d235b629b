package io.github.shiyu.governance.jdbc;

import javax.sql.DataSource;

/** The contract on MariaDB 11.4 with the schema Flyway made from the jar's mysql scripts. */
class MariaDbFlywayContractTest extends FlywayContract {

  @Override
  Dialect expectedDialect() {
    return Dialect.MYSQL;
  }

  @Override
  DataSource freshDatabase() throws Exception {
    return MariaDb.freshDatabase();
  }
}
