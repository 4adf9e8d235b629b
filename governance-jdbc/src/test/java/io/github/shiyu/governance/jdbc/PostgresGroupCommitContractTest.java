package io.github.shiyu.governance.jdbc;

import javax.sql.DataSource;

/** The contract on the group-commit store over a real PostgreSQL 16 server. */
class PostgresGroupCommitContractTest extends GroupCommitContract {

  @Override
  DataSource freshDatabase() throws Exception {
    return Postgres.freshDatabase();
  }
}
