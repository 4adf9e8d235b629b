package io.github.shiyu.governance.jdbc;

import java.util.List;
import javax.sql.DataSource;

/** What a command sends, on PostgreSQL. */
class PostgresCommandPathTest extends CommandPathContract {

  @Override
  DataSource freshDatabase() throws Exception {
    return Postgres.freshDatabase();
  }

  @Override
  List<String> registration() {
    return List.of("WITH shiyu_case");
  }

  @Override
  List<String> command() {
    return List.of("WITH shiyu_case");
  }
}
