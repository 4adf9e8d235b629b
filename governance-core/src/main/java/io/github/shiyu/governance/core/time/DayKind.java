package io.github.shiyu.governance.core.time;

/**
 * What a date is in the work calendar. Exactly one kind applies to each date of a covered year.
 *
 * <table>
 *   <caption>Kinds of day</caption>
 *   <tr><th>kind</th><th>working day?</th><th>{@link WorkCalendar#isHoliday holiday}?</th></tr>
 *   <tr><td>{@link #WORKING_DAY}</td><td>yes</td><td>no</td></tr>
 *   <tr><td>{@link #ADJUSTED_WORKING_DAY}</td><td>yes</td><td>no</td></tr>
 *   <tr><td>{@link #WEEKEND}</td><td>no</td><td>no</td></tr>
 *   <tr><td>{@link #STATUTORY_HOLIDAY}</td><td>no</td><td>yes</td></tr>
 *   <tr><td>{@link #HOLIDAY_REST_DAY}</td><td>no</td><td>yes</td></tr>
 * </table>
 *
 * <pre>{@code
 * WorkCalendar.china().dayKind(LocalDate.of(2024, 9, 29));   // ADJUSTED_WORKING_DAY (a Sunday)
 * WorkCalendar.china().dayKind(LocalDate.of(2024, 10, 1));   // STATUTORY_HOLIDAY
 * WorkCalendar.china().dayKind(LocalDate.of(2024, 10, 5));   // HOLIDAY_REST_DAY
 * }</pre>
 */
public enum DayKind {
  /** Monday to Friday outside every holiday block. */
  WORKING_DAY,
  /** A Saturday or Sunday that the yearly notice makes a working day (调休上班). */
  ADJUSTED_WORKING_DAY,
  /** A Saturday or Sunday outside every holiday block (公休日). */
  WEEKEND,
  /** One of the statutory holiday days themselves (法定节假日: 11 a year to 2024, 13 from 2025). */
  STATUTORY_HOLIDAY,
  /** A day off inside a holiday block that is not a statutory day: a weekend or 调休 rest day. */
  HOLIDAY_REST_DAY;

  /**
   * Whether work is done on this kind of day.
   *
   * @return true for {@link #WORKING_DAY} and {@link #ADJUSTED_WORKING_DAY}
   */
  public boolean isWorkingDay() {
    return this == WORKING_DAY || this == ADJUSTED_WORKING_DAY;
  }

  /**
   * Whether this kind of day lies in a holiday block of the notice (放假).
   *
   * @return true for {@link #STATUTORY_HOLIDAY} and {@link #HOLIDAY_REST_DAY}
   */
  public boolean isHoliday() {
    return this == STATUTORY_HOLIDAY || this == HOLIDAY_REST_DAY;
  }
}
