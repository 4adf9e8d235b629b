package io.github.shiyu.governance.jdbc;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * A real data source that records what is sent to the database: each statement execution
 * (a JDBC batch counts once: the drivers send it as one request), each commit and rollback
 * sent. Not a mock: everything is passed on to the database and its answers come back.
 */
final class CountingDataSource implements PlainDataSource {

  private final DataSource target;
  private final List<String> sent = new ArrayList<>();
  private long eventRows;

  CountingDataSource(DataSource target) {
    this.target = target;
  }

  /** What was sent since the last call, one line each ("UPDATE shiyu_case", "COMMIT"). */
  synchronized List<String> take() {
    List<String> out = List.copyOf(sent);
    sent.clear();
    return out;
  }

  /** The rows of shiyu_event read since the last call: what loads and lookups replayed. */
  synchronized long takeEventRows() {
    long out = eventRows;
    eventRows = 0;
    return out;
  }

  private synchronized void eventRow() {
    eventRows++;
  }

  private synchronized void sent(String what) {
    sent.add(what);
  }

  /** The verb and the first table of a statement: enough to tell the store's statements apart. */
  private static String shape(String sql) {
    String[] words = sql.strip().split("[\\s(]+");
    String verb = words[0].toUpperCase(Locale.ROOT);
    String table = "";
    for (String w : words) {
      if (w.toLowerCase(Locale.ROOT).startsWith("shiyu_")) {
        table = w.toLowerCase(Locale.ROOT);
        break;
      }
    }
    return table.isEmpty() ? verb : verb + " " + table;
  }

  @Override
  public Connection getConnection() throws SQLException {
    Connection real = target.getConnection();
    return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
        new Class<?>[] {Connection.class}, (proxy, method, args) -> {
          String name = method.getName();
          // a commit or rollback outside a transaction sends nothing
          if ((name.equals("commit") || name.equals("rollback")) && args == null
              && !real.getAutoCommit()) {
            sent(name.toUpperCase(Locale.ROOT));
          }
          Object result;
          try {
            result = method.invoke(real, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
          if (result instanceof Statement s) {
            String sql = args != null && args.length > 0 && args[0] instanceof String q ? q : null;
            return statement(s, sql);
          }
          return result;
        });
  }

  private Object statement(Statement real, String preparedSql) {
    Class<?> type = real instanceof java.sql.CallableStatement ? java.sql.CallableStatement.class
        : real instanceof java.sql.PreparedStatement ? java.sql.PreparedStatement.class
        : Statement.class;
    return Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {type},
        (proxy, method, args) -> {
          String name = method.getName();
          String shape = null;
          if (name.startsWith("execute")) {
            String sql = args != null && args.length > 0 && args[0] instanceof String q
                ? q : preparedSql;
            shape = shape(sql);
            sent(name.equals("executeBatch") ? "BATCH " + shape : shape);
          }
          Object result;
          try {
            result = method.invoke(real, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
          if (result instanceof ResultSet rows && "SELECT shiyu_event".equals(shape)) {
            return counted(rows);
          }
          return result;
        });
  }

  private ResultSet counted(ResultSet real) {
    return (ResultSet) Proxy.newProxyInstance(Connection.class.getClassLoader(),
        new Class<?>[] {ResultSet.class}, (proxy, method, args) -> {
          Object result;
          try {
            result = method.invoke(real, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
          if (method.getName().equals("next") && Boolean.TRUE.equals(result)) {
            eventRow();
          }
          return result;
        });
  }

  @Override
  public Connection getConnection(String u, String p) throws SQLException {
    return getConnection();
  }
}
