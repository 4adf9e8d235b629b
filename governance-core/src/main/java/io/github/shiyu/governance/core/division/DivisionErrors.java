package io.github.shiyu.governance.core.division;

import io.github.shiyu.governance.core.ErrorCode;

/**
 * The error codes of division codes and the division directory, with English and Chinese
 * templates. Ids are stable: applications may switch on them.
 *
 * <pre>{@code
 * try {
 *   DivisionCode.parse("42900");
 * } catch (InvalidValueException e) {
 *   e.code() == DivisionErrors.LENGTH;   // true
 * }
 * }</pre>
 */
public final class DivisionErrors {

  /** {@code division.length}: the text is not 6 or 12 characters long. */
  public static final ErrorCode LENGTH = ErrorCode.of("division.length",
      "expected 6 or 12 digits, got {0}", "应为6位或12位数字，实际为{0}位");

  /** {@code division.character}: a character is not an ASCII digit. */
  public static final ErrorCode CHARACTER = ErrorCode.of("division.character",
      "expected a digit at position {0}, got '{1}'", "第{0}位应为数字，实际为“{1}”");

  /** {@code division.province}: the first two digits are no province. */
  public static final ErrorCode PROVINCE = ErrorCode.of("division.province",
      "{0} is not a province code (digits 1-2 of {1})", "{0}不是省级代码（{1}的第1-2位）");

  /** {@code division.gap}: lower digits are set under an all-zero level. */
  public static final ErrorCode GAP = ErrorCode.of("division.gap",
      "{0}: the {1} digits are set but the {2} digits are zero",
      "{0}：{1}级代码不为零，但{2}级代码为零");

  /** {@code division.level}: an ancestor was asked for at a level below the code's own. */
  public static final ErrorCode LEVEL = ErrorCode.of("division.level",
      "{0} is at level {1}; it has no ancestor at the lower level {2}",
      "{0}为{1}级，没有更低的{2}级上级");

  /** {@code division.name}: a division's name is blank. */
  public static final ErrorCode NAME = ErrorCode.of("division.name",
      "the name of division {0} is blank", "区划{0}的名称为空");

  /** {@code division.level_mismatch}: a division's stated level differs from its code's. */
  public static final ErrorCode LEVEL_MISMATCH = ErrorCode.of("division.level_mismatch",
      "division {0} is given level {1} but its code is at level {2}",
      "区划{0}标为{1}级，但其代码为{2}级");

  /** {@code division.csv_row}: a row of a code table cannot be read. */
  public static final ErrorCode CSV_ROW = ErrorCode.of("division.csv_row",
      "line {0} of code table {1}: {2}", "区划代码表{1}第{0}行：{2}");

  /** {@code division.duplicate}: a code appears twice in one table. */
  public static final ErrorCode DUPLICATE = ErrorCode.of("division.duplicate",
      "code {0} appears twice", "代码{0}重复");

  /** {@code division.missing}: the directory has no row for a code. */
  public static final ErrorCode MISSING = ErrorCode.of("division.missing",
      "code table {1} has no division {0}", "区划代码表{1}中没有{0}");

  /** {@code division.csv_header}: a code table's header has no {@code name} column. */
  public static final ErrorCode CSV_HEADER = ErrorCode.of("division.csv_header",
      "the header has no 'name' column", "表头缺少name列");

  /** {@code division.csv_columns}: a code table's line has fewer columns than the header needs. */
  public static final ErrorCode CSV_COLUMNS = ErrorCode.of("division.csv_columns",
      "expected at least {0} columns, got {1}", "应至少有{0}列，实际为{1}列");

  /** {@code division.csv_level}: a code table's level column names no {@link DivisionLevel}. */
  public static final ErrorCode CSV_LEVEL = ErrorCode.of("division.csv_level",
      "unknown level '{0}'", "未知的层级'{0}'");

  /** {@code division.csv_quote}: a code table's line leaves a quoted field open. */
  public static final ErrorCode CSV_QUOTE = ErrorCode.of("division.csv_quote",
      "a quoted field is not closed", "引号内的字段未闭合");

  /**
   * {@code division.embedded_missing}: the embedded code table is not in the jar, a packaging
   * defect (a repackaged or shaded jar that dropped the resource), not the caller's input.
   */
  public static final ErrorCode EMBEDDED_MISSING = ErrorCode.of("division.embedded_missing",
      "the embedded code table {0} is missing from the jar", "JAR包中缺少内置区划代码表{0}");

  private DivisionErrors() {
  }
}
