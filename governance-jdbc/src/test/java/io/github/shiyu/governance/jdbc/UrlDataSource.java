package io.github.shiyu.governance.jdbc;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import javax.sql.DataSource;

/** A DataSource over DriverManager (the drivers' own need java.naming on the module path). */
record UrlDataSource(String url, String user, String password) implements PlainDataSource {

  UrlDataSource(String url) {
    this(url, "", "");
  }

  @Override
  public Connection getConnection() throws SQLException {
    return DriverManager.getConnection(url, user, password);
  }

  @Override
  public Connection getConnection(String u, String p) throws SQLException {
    return DriverManager.getConnection(url, u, p);
  }
}
