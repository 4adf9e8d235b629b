package io.github.shiyu.governance.metrics.report;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/**
 * The length of a reporting period: day, week (ISO, Monday first), month, quarter or year,
 * all in {@code Asia/Shanghai}.
 *
 * <pre>{@code
 * Granularity.QUARTER.start(LocalDate.of(2023, 2, 14));   // 2023-01-01
 * }</pre>
 */
public enum Granularity {
  /** 日. */
  DAY,
  /** 周: ISO weeks, Monday to Sunday. */
  WEEK,
  /** 月. */
  MONTH,
  /** 季度. */
  QUARTER,
  /** 年. */
  YEAR;

  /**
   * The first day of the period containing a day.
   *
   * @param day any day
   * @return the period's first day
   */
  public LocalDate start(LocalDate day) {
    return switch (this) {
      case DAY -> day;
      case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      case MONTH -> day.withDayOfMonth(1);
      case QUARTER -> day.with(IsoFields.DAY_OF_QUARTER, 1);
      case YEAR -> day.withDayOfYear(1);
    };
  }

  /**
   * A period start moved by whole periods.
   *
   * @param start a period start
   * @param periods how many periods to move, negative for earlier
   * @return the moved start
   */
  public LocalDate plus(LocalDate start, long periods) {
    return switch (this) {
      case DAY -> start.plusDays(periods);
      case WEEK -> start.plusWeeks(periods);
      case MONTH -> start.plusMonths(periods);
      case QUARTER -> start.plusMonths(3 * periods);
      case YEAR -> start.plusYears(periods);
    };
  }
}
