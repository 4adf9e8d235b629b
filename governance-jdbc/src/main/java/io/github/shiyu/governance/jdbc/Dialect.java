package io.github.shiyu.governance.jdbc;

import java.util.Locale;

/**
 * The SQL dialects the store ships a schema for. The SQL the store runs is the same on all;
 * the schema scripts differ in the type of the event body.
 *
 * <pre>{@code
 * Dialect.POSTGRESQL.migrationLocation();
 * // "classpath:META-INF/shiyu-jdbc/migration/postgresql" (for Flyway)
 * }</pre>
 */
public enum Dialect {
  /** H2 2.x, embedded (file mode is the default for a durable store). */
  H2("h2"),
  /** PostgreSQL 15 and later. */
  POSTGRESQL("postgresql"),
  /**
   * MariaDB (tested: 11.4) and, by the same SQL, MySQL 8 (InnoDB; not tested: no MySQL server
   * could be run where the store is built).
   */
  MYSQL("mysql");

  private final String folder;

  Dialect(String folder) {
    this.folder = folder;
  }

  /**
   * The Flyway location of this dialect's migration scripts in the jar.
   *
   * @return e.g. {@code classpath:META-INF/shiyu-jdbc/migration/h2}
   */
  public String migrationLocation() {
    return "classpath:" + resourceFolder();
  }

  String resourceFolder() {
    return "META-INF/shiyu-jdbc/migration/" + folder;
  }

  /**
   * The dialect of a database product name as JDBC reports it.
   *
   * @param productName {@link java.sql.DatabaseMetaData#getDatabaseProductName()}
   * @return the dialect; MYSQL for MySQL and MariaDB
   * @throws io.github.shiyu.governance.core.InvalidValueException {@code jdbc.dialect} for
   *     another product
   */
  public static Dialect ofProduct(String productName) {
    String p = productName.toLowerCase(Locale.ROOT);
    if (p.contains("h2")) {
      return H2;
    }
    if (p.contains("postgres")) {
      return POSTGRESQL;
    }
    if (p.contains("mysql") || p.contains("mariadb")) {
      return MYSQL;
    }
    throw new io.github.shiyu.governance.core.InvalidValueException(JdbcErrors.DIALECT,
        productName);
  }
}
