package io.github.shiyu.governance.jdbc;

import io.github.shiyu.governance.cases.standard.StandardWorkflows;
import io.github.shiyu.governance.cases.store.CaseStore;
import java.util.List;
import javax.sql.DataSource;

/** The contract against a JDBC database; subclasses give a fresh, empty database. */
abstract class JdbcContract extends CaseStoreContract {

  JdbcCaseStore jdbc;

  abstract DataSource freshDatabase() throws Exception;

  @Override
  CaseStore newStore() throws Exception {
    jdbc = JdbcCaseStore.create(freshDatabase(), StandardWorkflows.all());
    jdbc.createSchema();
    jdbc.createSchema();   // a second time does nothing
    return jdbc;
  }

  @Override
  boolean hasFeed() {
    return true;
  }

  @Override
  List<StoredEvent> feed(long after, int limit) {
    return jdbc.feed(after, limit);
  }
}
