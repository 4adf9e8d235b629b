package io.github.shiyu.governance.jdbc;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.concurrent.LinkedBlockingQueue;
import javax.sql.DataSource;

/**
 * A minimal connection pool for the tests (a new PostgreSQL connection is a new server
 * process): close() gives the connection back, reset to auto-commit.
 */
final class PooledDataSource implements PlainDataSource, AutoCloseable {

  private final DataSource target;
  private final LinkedBlockingQueue<Connection> idle = new LinkedBlockingQueue<>();

  PooledDataSource(DataSource target) {
    this.target = target;
  }

  @Override
  public Connection getConnection() throws SQLException {
    Connection c = idle.poll();
    Connection real = c == null ? target.getConnection() : c;
    return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
        new Class<?>[] {Connection.class}, (proxy, method, args) -> {
          if (method.getName().equals("close")) {
            if (!real.getAutoCommit()) {
              real.rollback();
              real.setAutoCommit(true);
            }
            idle.add(real);
            return null;
          }
          try {
            return method.invoke(real, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
  }

  @Override
  public void close() throws SQLException {
    for (Connection c : idle) {
      c.close();
    }
  }

  @Override
  public Connection getConnection(String u, String p) throws SQLException {
    throw new SQLFeatureNotSupportedException();
  }
}
