package io.github.shiyu.governance.jdbc;

import javax.sql.DataSource;

/** What a command sends, on PostgreSQL. */
class PostgresCommandPathTest extends CommandPathContract {

  @Override
  DataSource freshDatabase() throws Exception {
    return Postgres.freshDatabase();
  }
}
