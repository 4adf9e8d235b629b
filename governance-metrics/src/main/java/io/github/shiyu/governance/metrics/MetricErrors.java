package io.github.shiyu.governance.metrics;

import io.github.shiyu.governance.core.ErrorCode;

/**
 * The error codes of the metrics module, with English and Chinese templates.
 *
 * <pre>{@code
 * try {
 *   MetricSet.standard().require("nope");
 * } catch (InvalidValueException e) {
 *   e.code() == MetricErrors.UNKNOWN_METRIC;   // true
 * }
 * }</pre>
 */
public final class MetricErrors {

  /** A metric id that the set does not contain. */
  public static final ErrorCode UNKNOWN_METRIC = ErrorCode.of("metrics.unknown_metric",
      "no metric ''{0}'' in this set", "指标集中没有指标“{0}”");
  /** A metric definition that breaks a rule. */
  public static final ErrorCode DEFINITION = ErrorCode.of("metrics.definition",
      "metric {0}: {1}", "指标{0}：{1}");
  /** A count below zero or otherwise out of range. */
  public static final ErrorCode COUNT = ErrorCode.of("metrics.count",
      "{0} must be at least 0, got {1}", "{0}不能小于0，实际为{1}");
  /** A case fact whose columns contradict each other. */
  public static final ErrorCode FACT = ErrorCode.of("metrics.fact",
      "case fact {0}: {1}", "案件事实{0}：{1}");
  /** A CSV or JSON row that cannot be read. */
  public static final ErrorCode ROW = ErrorCode.of("metrics.row",
      "row {0}, column {1}: {2}", "第{0}行{1}列：{2}");
  /** A JSON document that is not JSON; the argument names the line, column and pointer. */
  public static final ErrorCode JSON_SYNTAX = ErrorCode.of("metrics.json_syntax",
      "not valid JSON: {0}", "不是有效的JSON：{0}");
  /** A report specification that breaks a rule. */
  public static final ErrorCode SPEC = ErrorCode.of("metrics.spec",
      "report specification: {0}", "报表定义：{0}");
  /** More distinct values in one dimension than the accumulator can key. */
  public static final ErrorCode TOO_MANY_KEYS = ErrorCode.of("metrics.too_many_keys",
      "dimension {0} has more than {1} distinct values", "维度{0}的取值超过{1}个");
  /** Accumulators built from different specifications cannot be merged. */
  public static final ErrorCode INCOMPATIBLE = ErrorCode.of("metrics.incompatible",
      "cannot merge accumulators of different report specifications",
      "不同报表定义的累加器不能合并");
  /** Bytes that are not an accumulator's binary form ({@code Accumulator.toBytes}). */
  public static final ErrorCode STATE = ErrorCode.of("metrics.state",
      "not an accumulator's binary form: {0}", "不是累加器的二进制形式：{0}");
  /** A metric value whose parts contradict each other (a negative count, a value over 0). */
  public static final ErrorCode VALUE = ErrorCode.of("metrics.value",
      "metric value {0}: {1}", "指标值{0}：{1}");
  /** A ranking entry whose rank is below 1. */
  public static final ErrorCode RANK = ErrorCode.of("metrics.rank",
      "rank must be at least 1, got {0}", "名次不能小于1，实际为{0}");
  /** A dimension whose levels are the wrong way round. */
  public static final ErrorCode DIMENSION = ErrorCode.of("metrics.dimension",
      "dimension {0}: {1}", "维度{0}：{1}");
  /** A range of rows outside a table. */
  public static final ErrorCode ROWS = ErrorCode.of("metrics.rows",
      "rows {0} to {1} are not within a table of {2} rows",
      "第{0}至{1}行不在共{2}行的表内");
  /** A table builder used again after it built its table. */
  public static final ErrorCode TABLE_BUILT = ErrorCode.of("metrics.table_built",
      "the table builder has already built its table", "该表构建器已经生成过表");
  /** An assessment definition that breaks a rule. */
  public static final ErrorCode ASSESSMENT = ErrorCode.of("metrics.assessment",
      "assessment: {0}", "考核：{0}");

  private MetricErrors() {
  }
}
