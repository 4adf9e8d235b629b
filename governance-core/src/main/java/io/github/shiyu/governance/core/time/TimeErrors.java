package io.github.shiyu.governance.core.time;

import io.github.shiyu.governance.core.ErrorCode;

/**
 * The error codes of the work calendar and deadlines, with English and Chinese templates. Ids
 * are stable: applications may switch on them.
 *
 * <pre>{@code
 * try {
 *   WorkCalendar.china().isWorkingDay(LocalDate.of(2031, 5, 1));
 * } catch (MissingDataException e) {
 *   e.code() == TimeErrors.YEAR_MISSING;   // true
 * }
 * }</pre>
 */
public final class TimeErrors {

  /** {@code calendar.year_missing}: a date falls in a year the calendar has no data for. */
  public static final ErrorCode YEAR_MISSING =
      ErrorCode.of(
          "calendar.year_missing",
          "no work calendar data for {0} (covered: {1}); load the year's notice or choose a"
              + " fallback",
          "缺少{0}年的工作日历数据（已有：{1}）；请加载当年放假安排或选择兜底规则");

  /** {@code calendar.data_format}: a line of a calendar file breaks the format. */
  public static final ErrorCode DATA_FORMAT =
      ErrorCode.of("calendar.data_format", "{0} line {1}: {2}", "{0} 第{1}行：{2}");

  /** {@code calendar.count_range}: a count of working days is out of range. */
  public static final ErrorCode COUNT_RANGE =
      ErrorCode.of(
          "calendar.count_range",
          "working-day count must be between 0 and {1}, got {0}",
          "工作日数应在0到{1}之间，实际为{0}");

  /** {@code calendar.date_range}: a date is outside the years 1900 to 9999. */
  public static final ErrorCode DATE_RANGE =
      ErrorCode.of(
          "calendar.date_range",
          "date {0} is outside the years 1900 to 9999",
          "日期{0}超出支持范围（1900年至9999年）");

  /** {@code deadline.amount}: a period's amount is out of range. */
  public static final ErrorCode AMOUNT =
      ErrorCode.of(
          "deadline.amount",
          "a period must be 1 to {1} units long, got {0}",
          "期限应为1至{1}个单位，实际为{0}");

  /** {@code deadline.duration}: an exact extension is zero or negative. */
  public static final ErrorCode DURATION =
      ErrorCode.of(
          "deadline.duration",
          "an extension must be a positive duration, got {0}",
          "延期时长应为正数，实际为{0}");

  /** {@code deadline.instant_range}: an instant is outside the years 1900 to 9999. */
  public static final ErrorCode INSTANT_RANGE =
      ErrorCode.of(
          "deadline.instant_range",
          "instant {0} is outside the supported years 1900 to 9999",
          "时间{0}超出支持范围（1900年至9999年）");

  /** {@code deadline.state}: an operation does not fit the deadline's state or event order. */
  public static final ErrorCode STATE = ErrorCode.of("deadline.state", "{0}", "{0}");

  private TimeErrors() {}
}
