package io.github.shiyu.governance.examples;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A {@code DataSource} over {@link DriverManager}, a new connection per call: enough for the
 * examples and the command-line tool, which open few. A server uses a pool (HikariCP, or Spring
 * Boot's).
 *
 * @param url the JDBC URL, e.g. {@code jdbc:h2:file:./target/kuiwen}
 */
public record UrlDataSource(String url) implements DataSource {

  @Override
  public Connection getConnection() throws SQLException {
    return DriverManager.getConnection(url);
  }

  @Override
  public Connection getConnection(String user, String password) throws SQLException {
    return DriverManager.getConnection(url, user, password);
  }

  @Override
  public PrintWriter getLogWriter() {
    return null;
  }

  @Override
  public void setLogWriter(PrintWriter writer) {
    // DriverManager's own log writer applies
  }

  @Override
  public void setLoginTimeout(int seconds) {
    // DriverManager's own login timeout applies
  }

  @Override
  public int getLoginTimeout() {
    return 0;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException();
  }

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    throw new SQLException("not a wrapper");
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) {
    return false;
  }

  /**
   * The URL without its query or properties, which may hold a password.
   *
   * @return the URL up to the first {@code ?} or {@code ;}
   */
  @Override
  public String toString() {
    int cut = url.length();
    for (char c : new char[] {'?', ';'}) {
      int i = url.indexOf(c);
      if (i >= 0) {
        cut = Math.min(cut, i);
      }
    }
    return "UrlDataSource[" + url.substring(0, cut) + "]";
  }
}
