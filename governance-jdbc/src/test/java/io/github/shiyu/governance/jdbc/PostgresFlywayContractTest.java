package io.github.shiyu.governance.jdbc;

import javax.sql.DataSource;

/** The contract on PostgreSQL 16 with the schema Flyway made from the jar's scripts. */
class PostgresFlywayContractTest extends FlywayContract {

  @Override
  Dialect expectedDialect() {
    return Dialect.POSTGRESQL;
  }

  @Override
  DataSource freshDatabase() throws Exception {
    return Postgres.freshDatabase();
  }
}
