package io.github.shiyu.governance.jdbc;

import io.github.shiyu.governance.core.ErrorCode;

/** The error codes of the JDBC store. */
public final class JdbcErrors {

  /** A database product the store has no schema for. */
  public static final ErrorCode DIALECT = ErrorCode.of("jdbc.dialect",
      "no schema for database product ''{0}'' (H2, PostgreSQL, MySQL and MariaDB have one)",
      "没有适用于数据库“{0}”的表结构（支持 H2、PostgreSQL、MySQL 和 MariaDB）");
  /** The database failed; the operation had no effect (its transaction was rolled back). */
  public static final ErrorCode DATABASE = ErrorCode.of("jdbc.database",
      "the database failed during {0} of case {1} (SQLState {2}); nothing was stored",
      "数据库在事项{1}的{0}中出错（SQLState {2}），未写入任何数据");
  /** A stored case whose event sequence has a gap. */
  public static final ErrorCode GAP = ErrorCode.of("jdbc.sequence_gap",
      "case {0} has event {1} where event {2} was expected",
      "事项{0}在应为第{2}条事件处存有第{1}条事件");

  /** A group commit batch size below 2. */
  public static final ErrorCode BATCH = ErrorCode.of("jdbc.batch",
      "a group commit needs at least 2 commands per batch, got {0}",
      "批量提交每批至少 2 条命令，实为 {0}");

  /** A negative case cache size. */
  public static final ErrorCode CACHE = ErrorCode.of("jdbc.cache",
      "a case cache holds 0 or more cases, got {0}",
      "事项缓存的容量应不小于 0，实为 {0}");

  private JdbcErrors() {}
}
