package io.github.shiyu.governance.core.time;

/**
 * What a {@link WorkCalendar} answers for a year it has no published notice for.
 *
 * <p>{@link WorkCalendar#china()} uses {@link #PROVISIONAL}: intake never stops because a State
 * Council notice has not been loaded yet, and every answer that rests on such a year says so
 * ({@link WorkCalendar#isProvisional(java.time.Year)}, {@link Deadline#isProvisional()}).
 *
 * <pre>{@code
 * WorkCalendar calendar = WorkCalendar.china();              // PROVISIONAL
 * calendar.isHoliday(LocalDate.of(2031, 10, 2));            // true: projected National Day
 * calendar.isProvisional(Year.of(2031));                    // true
 * WorkCalendar strict = calendar.withFallback(CalendarFallback.NONE);
 * strict.isWorkingDay(LocalDate.of(2031, 5, 6));            // MissingDataException
 * }</pre>
 */
public enum CalendarFallback {
  /**
   * Strict: report the gap with {@code MissingDataException} ({@code calendar.year_missing}).
   * For those who would rather refuse than compute a deadline that may move.
   */
  NONE,
  /**
   * Project the year from the holiday law in force (全国年节及纪念日放假办法 as revised by
   * 国务院令第795号, effective 2025-01-01): New Year's Day 1 day, Spring Festival 4 days from
   * New Year's Eve (除夕), Qingming 1 (the solar term's day), Labour Day 2 (1–2 May), Dragon
   * Boat 1 (五月初五), Mid-Autumn 1 (八月十五), National Day 3 (1–3 October); weekends are rest
   * days; no 调休 working days and no bridging rest days, which only the notice sets. The
   * statutory days are fixed by the law, so when the notice lands a provisional deadline moves
   * only where the notice adds bridging rest days (later) or working weekends (earlier). Years
   * 1900 to 2100, the range of the shipped lunar data; other years are reported as with
   * {@link #NONE}.
   */
  PROVISIONAL,
  /**
   * Treat Monday to Friday as working days and Saturday and Sunday as weekends, with no
   * holidays. For planning only: every real year has about 11–13 statutory holiday days and
   * several 调休 days that this ignores, so a legal deadline computed this way can be wrong by
   * days.
   */
  MONDAY_TO_FRIDAY
}
