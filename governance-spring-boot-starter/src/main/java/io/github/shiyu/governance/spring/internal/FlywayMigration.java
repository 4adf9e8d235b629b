package io.github.shiyu.governance.spring.internal;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * The JDBC store's migrations with Flyway, in a history table of their own
 * ({@code shiyu_schema_history}) so that they never mix with the application's own.
 * Loaded only when Flyway is on the class path.
 */
public final class FlywayMigration {

  /** The history table of the store's migrations. */
  public static final String HISTORY_TABLE = "shiyu_schema_history";

  private FlywayMigration() {
  }

  /**
   * Migrates the store's schema.
   *
   * @param dataSource the database
   * @param location   the dialect's scripts, e.g. {@code classpath:META-INF/shiyu-jdbc/migration/h2}
   * @return the number of migrations applied
   */
  public static int migrate(DataSource dataSource, String location) {
    return Flyway.configure().dataSource(dataSource).locations(location)
        .table(HISTORY_TABLE).baselineOnMigrate(true).baselineVersion("0").load()
        .migrate().migrationsExecuted;
  }
}
