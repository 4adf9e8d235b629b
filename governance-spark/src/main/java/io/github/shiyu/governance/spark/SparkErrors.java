package io.github.shiyu.governance.spark;

import io.github.shiyu.governance.core.ErrorCode;

/**
 * The error codes of the Spark module, with English and Chinese templates.
 *
 * <pre>{@code
 * try {
 *   SparkReport.of(source).report(facts);
 * } catch (InvalidValueException e) {
 *   e.code() == SparkErrors.ROW;   // a row that is not a case fact
 * }
 * }</pre>
 */
public final class SparkErrors {

  /** A row of a Dataset that is not a case fact; values quoted have their digit runs masked. */
  public static final ErrorCode ROW = ErrorCode.of("spark.row",
      "partition {0}, row {1}, column {2}: {3}", "分区{0}第{1}行{2}列：{3}");
  /** A Dataset whose columns are not the case-fact column set. */
  public static final ErrorCode SCHEMA = ErrorCode.of("spark.schema",
      "not the case-fact column set: {0}", "不是案件事实的列集：{0}");

  private SparkErrors() {
  }
}
