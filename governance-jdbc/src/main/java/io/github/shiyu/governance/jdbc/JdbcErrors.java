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
  /** A feed position whose event row is gone (deleted by hand), or a position missing. */
  public static final ErrorCode FEED_GAP = ErrorCode.of("jdbc.feed_gap",
      "the feed has no event at position {0} (found {1})",
      "事件流在位置 {0} 处没有事件（实为 {1}）");

  /** An H2 database whose write delay the store may not set to 0 (see ADR 0014). */
  public static final ErrorCode H2_WRITE_DELAY = ErrorCode.of("jdbc.h2_write_delay",
      "H2 must write each commit to its file before acknowledging it, and this user may not"
          + " run SET WRITE_DELAY 0 (SQLState {0}): connect once as an admin, or have one run"
          + " it (the setting is persistent)",
      "H2 须在确认提交前将其写入文件，而当前用户无权执行 SET WRITE_DELAY 0（SQLState {0}）："
          + "请以管理员身份连接一次，或请管理员执行该语句（该设置会持久保存）");

  /** A group commit batch size below 2. */
  public static final ErrorCode BATCH = ErrorCode.of("jdbc.batch",
      "a group commit needs at least 2 commands per batch, got {0}",
      "批量提交每批至少 2 条命令，实为 {0}");

  /** A negative case cache size. */
  public static final ErrorCode CACHE = ErrorCode.of("jdbc.cache",
      "a case cache holds 0 or more cases, got {0}",
      "事项缓存的容量应不小于 0，实为 {0}");

  /** A feed page of fewer than one event. */
  public static final ErrorCode FEED_LIMIT = ErrorCode.of("jdbc.feed_limit",
      "a feed page holds at least 1 event, got {0}",
      "事件流每页至少 1 条事件，实为 {0}");

  private JdbcErrors() {}
}
