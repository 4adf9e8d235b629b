package io.github.shiyu.governance.core.grid;

import io.github.shiyu.governance.core.ErrorCode;

/**
 * The error codes of grid codes and grid code schemes, with English and Chinese templates.
 *
 * <pre>{@code
 * try {
 *   GridCode.parse("11010100100100");
 * } catch (InvalidValueException e) {
 *   e.code() == GridErrors.LENGTH;   // true: 14 digits
 * }
 * }</pre>
 */
public final class GridErrors {

  /** {@code grid.length}: the text has the wrong number of characters. */
  public static final ErrorCode LENGTH = ErrorCode.of("grid.length",
      "expected {0} digits for a {1} grid code, got {2}", "{1}网格编码应为{0}位数字，实际为{2}位");

  /** {@code grid.character}: a character is not an ASCII digit. */
  public static final ErrorCode CHARACTER = ErrorCode.of("grid.character",
      "expected a digit at position {0}, got '{1}'", "第{0}位应为数字，实际为“{1}”");

  /** {@code grid.community}: the division is not a village or community. */
  public static final ErrorCode COMMUNITY = ErrorCode.of("grid.community",
      "a grid lies in one village or community, but {0} is at level {1}",
      "网格应属于一个村（社区），但{0}为{1}级");

  /** {@code grid.sequence}: the grid sequence number is out of range. */
  public static final ErrorCode SEQUENCE = ErrorCode.of("grid.sequence",
      "grid sequence number must be 1 to {0}, got {1}", "网格顺序号应为1至{0}，实际为{1}");

  /** {@code grid.managed_object}: a managed-object code is malformed or not the scheme's. */
  public static final ErrorCode MANAGED_OBJECT = ErrorCode.of("grid.managed_object",
      "managed-object code must be {0}, got {1}", "管理对象代码应为{0}，实际为{1}");

  private GridErrors() {
  }
}
