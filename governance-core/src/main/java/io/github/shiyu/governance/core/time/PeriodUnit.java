package io.github.shiyu.governance.core.time;

/**
 * The unit a legal period is counted in.
 *
 * <pre>{@code
 * DeadlinePolicy policy = new DeadlinePolicy(15, PeriodUnit.CALENDAR_DAYS);
 * }</pre>
 */
public enum PeriodUnit {
  /**
   * Calendar days (日) under Civil Code arts. 200–204: counting starts the day after the
   * event, a last day that is not a working day rolls forward to the next working day, and the
   * last day ends at 24:00 Asia/Shanghai.
   */
  CALENDAR_DAYS,
  /**
   * Working days (工作日): the n-th working day after the start day (the start day never
   * counts), ending at 24:00 of that day.
   */
  WORKING_DAYS,
  /** Hours of elapsed time, with no calendar rule. */
  HOURS
}
