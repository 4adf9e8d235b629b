package io.github.shiyu.governance.metrics.report;

import io.github.shiyu.governance.core.InvalidValueException;
import io.github.shiyu.governance.core.time.WorkCalendar;
import io.github.shiyu.governance.metrics.MetricErrors;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period: a granularity and its first day, in {@code Asia/Shanghai}
 * ({@link WorkCalendar#ZONE}).
 *
 * <p>Labels: {@code 2024-03-05} (day), {@code 2024-W10} (ISO week), {@code 2024-03}
 * (month), {@code 2024-Q1} (quarter), {@code 2024} (year).
 *
 * <pre>{@code
 * Period march = Period.parse("2022-03");
 * march.previous();         // 2022-02
 * march.sameLastYear();     // 2021-03
 * Period.containing(Instant.parse("2022-12-31T16:30:00Z"), Granularity.YEAR);   // 2023
 * }</pre>
 *
 * @param granularity the period's length
 * @param start       the period's first day
 */
public record Period(Granularity granularity, LocalDate start) implements Comparable<Period> {

  private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");
  private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern YEAR = Pattern.compile("\\d{4}");

  /**
   * Checks that the start is the first day of its period.
   *
   * @throws InvalidValueException {@code metrics.spec} if it is not
   */
  public Period {
    Objects.requireNonNull(granularity, "granularity");
    Objects.requireNonNull(start, "start");
    if (!granularity.start(start).equals(start)) {
      throw new InvalidValueException(MetricErrors.SPEC,
          start + " is not the first day of a " + granularity.name().toLowerCase() + " period");
    }
  }

  /**
   * The period of a granularity that contains a day.
   *
   * @param granularity the granularity
   * @param day         any day
   * @return the period
   */
  public static Period of(Granularity granularity, LocalDate day) {
    return new Period(granularity, granularity.start(day));
  }

  /**
   * The period that contains an instant, in {@code Asia/Shanghai}.
   *
   * @param at          the instant
   * @param granularity the granularity
   * @return the period
   */
  public static Period containing(Instant at, Granularity granularity) {
    return of(granularity, LocalDate.ofInstant(at, WorkCalendar.ZONE));
  }

  /**
   * Reads a label.
   *
   * @param label {@code 2024-03-05}, {@code 2024-W10}, {@code 2024-03}, {@code 2024-Q1} or
   *              {@code 2024}
   * @return the period
   * @throws InvalidValueException {@code metrics.spec} naming the label
   */
  public static Period parse(CharSequence label) {
    String s = label.toString().trim();
    try {
      Matcher m;
      if (YEAR.matcher(s).matches()) {
        return new Period(Granularity.YEAR, LocalDate.of(Integer.parseInt(s), 1, 1));
      }
      if ((m = QUARTER.matcher(s)).matches()) {
        int q = Integer.parseInt(m.group(2));
        return new Period(Granularity.QUARTER, LocalDate.of(Integer.parseInt(m.group(1)),
            3 * q - 2, 1));
      }
      if ((m = WEEK.matcher(s)).matches()) {
        int year = Integer.parseInt(m.group(1));
        int week = Integer.parseInt(m.group(2));
        LocalDate monday = LocalDate.of(year, 1, 4)
            .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(DayOfWeek.MONDAY);
        if (monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) != week) {
          throw new InvalidValueException(MetricErrors.SPEC, "no week " + week + " in " + year);
        }
        return new Period(Granularity.WEEK, monday);
      }
      if ((m = MONTH.matcher(s)).matches()) {
        return new Period(Granularity.MONTH, LocalDate.of(Integer.parseInt(m.group(1)),
            Integer.parseInt(m.group(2)), 1));
      }
      return new Period(Granularity.DAY, LocalDate.parse(s));
    } catch (java.time.DateTimeException e) {
      throw new InvalidValueException(MetricErrors.SPEC, "not a period label: '" + s + "'");
    }
  }

  /**
   * The day after the period's last day.
   *
   * @return the exclusive end
   */
  public LocalDate end() {
    return granularity.plus(start, 1);
  }

  /**
   * Whether a day falls in the period.
   *
   * @param day a day
   * @return true if {@code start <= day < end}
   */
  public boolean contains(LocalDate day) {
    return !day.isBefore(start) && day.isBefore(end());
  }

  /**
   * The period moved by whole periods.
   *
   * @param periods how many, negative for earlier
   * @return the moved period
   */
  public Period plus(long periods) {
    return new Period(granularity, granularity.plus(start, periods));
  }

  /**
   * The next period.
   *
   * @return the period after this one
   */
  public Period next() {
    return plus(1);
  }

  /**
   * The previous period, for period-over-period (环比) change.
   *
   * @return the period before this one
   */
  public Period previous() {
    return plus(-1);
  }

  /**
   * The same period a year earlier, for year-on-year (同比) change. For weeks: the same ISO
   * week number of the previous week-based year (week 53 falls back to week 52); for days:
   * the same date (29 February falls back to 28 February).
   *
   * @return the comparison period
   */
  public Period sameLastYear() {
    if (granularity == Granularity.WEEK) {
      int week = start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
      int year = start.get(IsoFields.WEEK_BASED_YEAR) - 1;
      LocalDate jan4 = LocalDate.of(year, 1, 4);
      long weeks = IsoFields.WEEK_OF_WEEK_BASED_YEAR.rangeRefinedBy(jan4).getMaximum();
      return new Period(granularity, jan4.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR,
          Math.min(week, weeks)).with(DayOfWeek.MONDAY));
    }
    return new Period(granularity, start.minusYears(1));
  }

  /**
   * The label.
   *
   * @return for example {@code 2024-Q1}
   */
  public String label() {
    return switch (granularity) {
      case DAY -> start.toString();
      case WEEK -> String.format("%04d-W%02d", start.get(IsoFields.WEEK_BASED_YEAR),
          start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      case MONTH -> String.format("%04d-%02d", start.getYear(), start.getMonthValue());
      case QUARTER -> start.getYear() + "-Q" + start.get(IsoFields.QUARTER_OF_YEAR);
      case YEAR -> String.valueOf(start.getYear());
    };
  }

  @Override
  public int compareTo(Period o) {
    int c = start.compareTo(o.start);
    return c != 0 ? c : granularity.compareTo(o.granularity);
  }

  @Override
  public String toString() {
    return label();
  }
}
