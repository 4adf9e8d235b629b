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
  /** An assessment definition that breaks a rule. */
  public static final ErrorCode ASSESSMENT = ErrorCode.of("metrics.assessment",
      "assessment: {0}", "考核：{0}");

  private MetricErrors() {
  }
}
