package io.github.shiyu.governance.core.time;

/**
 * What a {@link WorkCalendar} answers for a year it has no data for.
 *
 * <pre>{@code
 * WorkCalendar planning = WorkCalendar.china().withFallback(CalendarFallback.MONDAY_TO_FRIDAY);
 * planning.isWorkingDay(LocalDate.of(2031, 5, 1));   // true: a Thursday, holidays unknown
 * }</pre>
 */
public enum CalendarFallback {
  /** Report the gap: {@code MissingDataException} with {@code calendar.year_missing}. The default. */
  NONE,
  /**
   * Treat Monday to Friday as working days and Saturday and Sunday as weekends, with no
   * holidays. For planning only: every real year has about 11–13 statutory holiday days and
   * several 调休 days that this ignores, so a legal deadline computed this way can be wrong by
   * days.
   */
  MONDAY_TO_FRIDAY
}
