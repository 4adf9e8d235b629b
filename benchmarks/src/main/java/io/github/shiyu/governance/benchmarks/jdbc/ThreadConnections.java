package io.github.shiyu.governance.benchmarks.jdbc;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * One open connection per thread, handed out again and again (close() only resets it): the
 * pool a server would have, so that neither side measures connecting. Both the store and the
 * baseline use it.
 */
public final class ThreadConnections implements DataSource, AutoCloseable {

  private final String url;
  private final String user;
  private final String password;
  private final ThreadLocal<Connection> mine = new ThreadLocal<>();
  private final List<Connection> all = new CopyOnWriteArrayList<>();

  /**
   * A pool over a URL.
   *
   * @param url      the JDBC URL
   * @param user     the user
   * @param password the password
   */
  public ThreadConnections(String url, String user, String password) {
    this.url = url;
    this.user = user;
    this.password = password;
  }

  @Override
  public Connection getConnection() throws SQLException {
    Connection real = mine.get();
    if (real == null) {
      real = DriverManager.getConnection(url, user, password);
      mine.set(real);
      all.add(real);
    }
    Connection target = real;
    return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
        new Class<?>[] {Connection.class}, (proxy, method, args) -> {
          if (method.getName().equals("close")) {
            if (!target.getAutoCommit()) {
              target.rollback();
              target.setAutoCommit(true);
            }
            return null;
          }
          try {
            return method.invoke(target, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
  }

  @Override
  public void close() throws SQLException {
    for (Connection c : all) {
      c.close();
    }
  }

  @Override
  public Connection getConnection(String u, String p) throws SQLException {
    throw new SQLFeatureNotSupportedException();
  }

  @Override
  public PrintWriter getLogWriter() {
    return null;
  }

  @Override
  public void setLogWriter(PrintWriter out) {
    // not used
  }

  @Override
  public void setLoginTimeout(int seconds) {
    // not used
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
}
