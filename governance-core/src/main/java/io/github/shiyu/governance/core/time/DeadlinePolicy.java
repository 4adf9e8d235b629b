package io.github.shiyu.governance.core.time;

import io.github.shiyu.governance.core.InvalidValueException;
import io.github.shiyu.governance.core.internal.time.ShanghaiDays;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A legal time limit: an amount of calendar days, working days or hours. Policies differ by
 * province and are configuration; this type only does the arithmetic.
 *
 * <ul>
 *   <li>{@link PeriodUnit#CALENDAR_DAYS} (Civil Code arts. 200–204): counting starts the day
 *       after the event's day; when the last day is not a working day (a weekend or a day of a
 *       holiday block) the period ends on the next working day; it ends at 24:00, so
 *       {@link #dueFrom} is 00:00 of the following day in Asia/Shanghai.
 *   <li>{@link PeriodUnit#WORKING_DAYS}: ends at 24:00 of the n-th working day after the
 *       event's day (the event's day never counts).
 *   <li>{@link PeriodUnit#HOURS}: elapsed time.
 * </ul>
 *
 * <pre>{@code
 * DeadlinePolicy routing = DeadlinePolicy.calendarDays(15);   // petition: route within 15 days
 * Instant due = routing.dueFrom(registeredAt, WorkCalendar.china());
 * }</pre>
 *
 * @param amount how many units, 1 to {@link #MAX_AMOUNT}
 * @param unit   the unit
 */
public record DeadlinePolicy(int amount, PeriodUnit unit) {

  /** The largest amount accepted. */
  public static final int MAX_AMOUNT = 100_000;



  private static final Instant MIN = Instant.parse("1900-01-01T00:00:00Z");
  private static final Instant MAX = Instant.parse("9999-01-01T00:00:00Z");

  /**
   * Checks the amount.
   *
   * @throws InvalidValueException {@code deadline.amount} for an amount out of range
   */
  public DeadlinePolicy {
    Objects.requireNonNull(unit, "unit");
    if (amount < 1 || amount > MAX_AMOUNT) {
      throw new InvalidValueException(TimeErrors.AMOUNT, amount, MAX_AMOUNT);
    }
  }

  /**
   * A period of calendar days.
   *
   * @param days the number of days
   * @return the policy
   */
  public static DeadlinePolicy calendarDays(int days) {
    return new DeadlinePolicy(days, PeriodUnit.CALENDAR_DAYS);
  }

  /**
   * A period of working days.
   *
   * @param days the number of working days
   * @return the policy
   */
  public static DeadlinePolicy workingDays(int days) {
    return new DeadlinePolicy(days, PeriodUnit.WORKING_DAYS);
  }

  /**
   * A period of hours.
   *
   * @param hours the number of hours
   * @return the policy
   */
  public static DeadlinePolicy hours(int hours) {
    return new DeadlinePolicy(hours, PeriodUnit.HOURS);
  }

  /**
   * The instant the period ends (exclusive: at that instant the time is up).
   *
   * @param start    the event that starts the period
   * @param calendar the work calendar
   * @return the due instant
   * @throws InvalidValueException {@code deadline.instant_range} for a start outside 1900–9999
   * @throws io.github.shiyu.governance.core.MissingDataException {@code calendar.year_missing}
   *     when the period reaches a year the calendar has no data for
   */
  public Instant dueFrom(Instant start, WorkCalendar calendar) {
    checkRange(start);
    if (unit == PeriodUnit.HOURS) {
      return start.plusSeconds(amount * 3600L);
    }
    return endOfDay(lastDayAfter(ShanghaiDays.dateOf(start), calendar));
  }

  /**
   * The last day of this period counted from a day, for the day units.
   *
   * @param day      the day counting starts after
   * @param calendar the calendar
   * @return the last day
   */
  LocalDate lastDayAfter(LocalDate day, WorkCalendar calendar) {
    return unit == PeriodUnit.WORKING_DAYS
        ? calendar.plusWorkingDays(day, amount)
        : calendar.nextWorkingDayOrSame(day.plusDays(amount));
  }

  static Instant endOfDay(LocalDate day) {
    return ShanghaiDays.startOf(day.plusDays(1));
  }

  static void checkRange(Instant at) {
    Objects.requireNonNull(at, "instant");
    if (at.isBefore(MIN) || at.isAfter(MAX)) {
      throw new InvalidValueException(TimeErrors.INSTANT_RANGE, at);
    }
  }
}
