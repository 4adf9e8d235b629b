package io.github.shiyu.governance.cases;

import io.github.shiyu.governance.core.InvalidValueException;
import io.github.shiyu.governance.core.time.Deadline;
import io.github.shiyu.governance.core.time.DeadlinePolicy;
import io.github.shiyu.governance.core.time.PeriodUnit;
import io.github.shiyu.governance.core.time.WorkCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One time limit (时限) of a {@link TimeLimits} configuration: either a period counted on the
 * work calendar ({@link Period}: calendar days, working days, hours) or an exact duration
 * ({@link Exact}: Pinggu's 30-minute whistle response, a 90-minute extension), kept to the
 * second since {@link PeriodUnit} has no minutes.
 *
 * <pre>{@code
 * TimeLimit handling = TimeLimit.of(DeadlinePolicy.workingDays(15));
 * TimeLimit response = TimeLimit.of(Duration.ofMinutes(30));
 * Deadline d = response.start(now, WorkCalendar.china());   // due 30 minutes after now
 * }</pre>
 */
public sealed interface TimeLimit permits TimeLimit.Period, TimeLimit.Exact, TimeLimit.SameDay {

  /**
   * A period limit.
   *
   * @param policy the period
   * @return the limit
   */
  static TimeLimit of(DeadlinePolicy policy) {
    return new Period(policy);
  }

  /**
   * An exact limit.
   *
   * @param duration a positive duration
   * @return the limit
   * @throws InvalidValueException {@code workflow.time_limit} if it is not positive
   */
  static TimeLimit of(Duration duration) {
    return new Exact(duration);
  }

  /**
   * The limit "the same day" (当日): due at 24:00 of the day it starts, in Asia/Shanghai
   * (an orange-level risk is reported the same day).
   *
   * @return the limit
   */
  static TimeLimit sameDay() {
    return new SameDay();
  }

  /**
   * A deadline running this limit from an instant.
   *
   * @param now      the start
   * @param calendar the work calendar (day periods only)
   * @return the running deadline
   */
  Deadline start(Instant now, WorkCalendar calendar);

  /**
   * A running deadline extended by this limit (延期).
   *
   * @param deadline the deadline
   * @param calendar the work calendar (day periods only)
   * @return the extended deadline; a day period counts from its current last day, an exact
   *     limit moves the due instant by exactly its duration
   */
  Deadline extend(Deadline deadline, WorkCalendar calendar);

  /**
   * A limit counted on the work calendar.
   *
   * <pre>{@code
   * new TimeLimit.Period(DeadlinePolicy.calendarDays(60));
   * }</pre>
   *
   * @param policy the period
   */
  record Period(DeadlinePolicy policy) implements TimeLimit {

    /** Checks that the policy is there. */
    public Period {
      Objects.requireNonNull(policy, "policy");
    }

    @Override
    public Deadline start(Instant now, WorkCalendar calendar) {
      return Deadline.start(now, policy, calendar);
    }

    @Override
    public Deadline extend(Deadline deadline, WorkCalendar calendar) {
      return deadline.extend(policy, calendar);
    }

    /** As {@code 15 WORKING_DAYS}. */
    @Override
    public String toString() {
      return policy.amount() + " " + policy.unit();
    }
  }

  /**
   * A limit of an exact duration, to the second.
   *
   * <pre>{@code
   * new TimeLimit.Exact(Duration.ofMinutes(90));
   * }</pre>
   *
   * @param duration a positive duration
   */
  record Exact(Duration duration) implements TimeLimit {

    /**
     * Checks that the duration is positive.
     *
     * @throws InvalidValueException {@code workflow.time_limit} if it is zero or negative
     */
    public Exact {
      Objects.requireNonNull(duration, "duration");
      if (duration.isNegative() || duration.isZero()) {
        throw new InvalidValueException(CaseErrors.TIME_LIMIT, duration, "must be positive");
      }
    }

    @Override
    public Deadline start(Instant now, WorkCalendar calendar) {
      return Deadline.of(now, now.plus(duration), PeriodUnit.HOURS);
    }

    @Override
    public Deadline extend(Deadline deadline, WorkCalendar calendar) {
      return deadline.extend(duration);
    }

    /** As {@code PT30M}. */
    @Override
    public String toString() {
      return duration.toString();
    }
  }

  /**
   * A limit ending at 24:00 of the day it starts (当日), in {@link WorkCalendar#ZONE}; an
   * extension adds one calendar day.
   *
   * <pre>{@code
   * new TimeLimit.SameDay();
   * }</pre>
   */
  record SameDay() implements TimeLimit {

    @Override
    public Deadline start(Instant now, WorkCalendar calendar) {
      Instant due = LocalDate.ofInstant(now, WorkCalendar.ZONE).plusDays(1)
          .atStartOfDay(WorkCalendar.ZONE).toInstant();
      return Deadline.of(now, due, PeriodUnit.CALENDAR_DAYS);
    }

    @Override
    public Deadline extend(Deadline deadline, WorkCalendar calendar) {
      return deadline.extend(Duration.ofDays(1));
    }

    /** As {@code same day}. */
    @Override
    public String toString() {
      return "same day";
    }
  }
}
