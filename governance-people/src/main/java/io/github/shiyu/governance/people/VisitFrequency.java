package io.github.shiyu.governance.people;

import io.github.shiyu.governance.core.InvalidValueException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * How often: every {@code amount} days, weeks or months.
 *
 * <pre>{@code
 * VisitFrequency.WEEKLY.after(LocalDate.of(2026, 3, 2));   // 2026-03-09
 * VisitFrequency.of(10, ChronoUnit.DAYS);
 * }</pre>
 *
 * @param amount at least 1
 * @param unit   {@code DAYS}, {@code WEEKS} or {@code MONTHS}
 */
public record VisitFrequency(int amount, ChronoUnit unit) {

  /** Every week (每周). */
  public static final VisitFrequency WEEKLY = new VisitFrequency(1, ChronoUnit.WEEKS);
  /** Every two weeks (每半月, as two weeks). */
  public static final VisitFrequency FORTNIGHTLY = new VisitFrequency(2, ChronoUnit.WEEKS);
  /** Every month (每月). */
  public static final VisitFrequency MONTHLY = new VisitFrequency(1, ChronoUnit.MONTHS);
  /** Every quarter (每季度). */
  public static final VisitFrequency QUARTERLY = new VisitFrequency(3, ChronoUnit.MONTHS);

  /**
   * Checks the values.
   *
   * @param amount at least 1
   * @param unit   days, weeks or months
   * @throws InvalidValueException {@link PeopleErrors#FREQUENCY}
   */
  public VisitFrequency {
    Objects.requireNonNull(unit, "unit");
    if (amount < 1 || amount > 366
        || !(unit == ChronoUnit.DAYS || unit == ChronoUnit.WEEKS || unit == ChronoUnit.MONTHS)) {
      throw new InvalidValueException(PeopleErrors.FREQUENCY, amount + " " + unit);
    }
  }

  /**
   * A frequency.
   *
   * @param amount at least 1
   * @param unit   days, weeks or months
   * @return the frequency
   */
  public static VisitFrequency of(int amount, ChronoUnit unit) {
    return new VisitFrequency(amount, unit);
  }

  /**
   * The calendar date one interval later.
   *
   * @param day the day
   * @return day plus the interval
   */
  public LocalDate after(LocalDate day) {
    return day.plus(amount, unit);
  }
}
