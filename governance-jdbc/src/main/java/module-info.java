/**
 * Shiyu jdbc: a durable {@link io.github.shiyu.governance.cases.store.CaseStore} over any
 * {@link javax.sql.DataSource} (H2, PostgreSQL 15+, MariaDB; MySQL 8 by the same dialect, untested),
 * with java.sql only.
 */
module io.github.shiyu.governance.jdbc {
  requires transitive java.sql;
  requires transitive io.github.shiyu.governance.cases;
  requires transitive io.github.shiyu.governance.jackson;

  exports io.github.shiyu.governance.jdbc;
  // the migration scripts are under META-INF/shiyu-jdbc/migration/, which the module system
  // does not encapsulate: Flyway or a vendor's tool reads them from the jar.
}
