package io.github.shiyu.governance.core.time;

import io.github.shiyu.governance.core.InvalidValueException;
import io.github.shiyu.governance.core.internal.time.ShanghaiDays;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A running time limit: when it started, when it is due, and the intervals its clock was
 * stopped. An immutable value (equal by value) holding no calendar: the operations that need
 * one take it as an argument.
 *
 * <p>{@link #due()} is exclusive: at that instant the time is up. Clock stops (hearing time in
 * a petition re-review, a suspended work order) never count as used time; on
 * {@link #resume} the due instant moves later by the stopped time, in the deadline's unit:
 * <ul>
 *   <li>{@link PeriodUnit#HOURS}: by the stopped duration exactly;
 *   <li>{@link PeriodUnit#CALENDAR_DAYS}: by the stopped duration rounded up to whole days,
 *       counted from the current last day, then rolled forward to a working day;
 *   <li>{@link PeriodUnit#WORKING_DAYS}: by the stopped time that fell on working days,
 *       rounded up to whole working days, counted from the current last day.
 * </ul>
 * A stop that begins once the time is already up leaves the due instant alone (the deadline
 * is missed), but it still does not count as used time. (See
 * {@code docs/decisions/0005-calendar-and-deadlines.md}.)
 *
 * <pre>{@code
 * WorkCalendar calendar = WorkCalendar.china();
 * Deadline reply = Deadline.start(acceptedAt, DeadlinePolicy.calendarDays(60), calendar);
 * reply = reply.extend(DeadlinePolicy.calendarDays(30), calendar);   // head of body extends
 * reply = reply.stop(hearingOpens).resume(hearingCloses, calendar);  // hearing not counted
 * reply.isOverdue(Instant.now());
 * reply.fractionUsed(Instant.now());                                 // 0.42
 * }</pre>
 */
public final class Deadline {

  private static final Instant[] NO_STOPS = new Instant[0];
  private static final long DAY_SECONDS = 86_400L;

  private final Instant start;
  private final Instant due;
  private final PeriodUnit unit;
  /** Completed stops as pairs: stop, resume, stop, resume, ... */
  private final Instant[] stops;
  /** The instant the clock stopped, null while it runs. */
  private final Instant stoppedAt;
  /** Whether a day of a provisional calendar year went into the due instant. */
  private final boolean provisional;

  private Deadline(Instant start, Instant due, PeriodUnit unit, Instant[] stops,
      Instant stoppedAt, boolean provisional) {
    this.start = start;
    this.due = due;
    this.unit = unit;
    this.stops = stops;
    this.stoppedAt = stoppedAt;
    this.provisional = provisional;
  }

  /**
   * Starts a deadline.
   *
   * @param start    the event that starts the period
   * @param policy   the time limit
   * @param calendar the work calendar
   * @return the running deadline, {@linkplain #isProvisional() provisional} if the period
   *     counted days of a provisional calendar year
   * @throws InvalidValueException {@code deadline.instant_range} for a start outside 1900–9999
   * @throws io.github.shiyu.governance.core.MissingDataException {@code calendar.year_missing}
   *     when the period reaches a year without calendar data in the strict mode
   */
  public static Deadline start(Instant start, DeadlinePolicy policy, WorkCalendar calendar) {
    Instant due = policy.dueFrom(start, calendar);
    boolean provisional = policy.unit() != PeriodUnit.HOURS
        && calendar.isProvisional(ShanghaiDays.dateOf(start), lastDayOf(due));
    return new Deadline(start, due, policy.unit(), NO_STOPS, null, provisional);
  }

  /**
   * Rebuilds a running deadline from stored values (for example a case event's due instant).
   *
   * @param start the start
   * @param due   the due instant, not before the start
   * @param unit  the unit stops are counted in
   * @return the deadline
   * @throws InvalidValueException {@code deadline.state} if due precedes start, or
   *     {@code deadline.instant_range} for instants outside 1900–9999
   */
  public static Deadline of(Instant start, Instant due, PeriodUnit unit) {
    DeadlinePolicy.checkRange(start);
    DeadlinePolicy.checkRange(due);
    Objects.requireNonNull(unit, "unit");
    if (due.isBefore(start)) {
      throw new InvalidValueException(
          TimeErrors.STATE, "due " + due + " precedes start " + start);
    }
    return new Deadline(start, due, unit, NO_STOPS, null, false);
  }

  /**
   * Rebuilds a deadline exactly, with its completed clock stops and a running stop, from
   * stored values (for example the JSON form). The due instant is taken as stored: it already
   * includes the moves made by the stops.
   *
   * <pre>{@code
   * Deadline copy = Deadline.of(d.start(), d.due(), d.unit(), d.stops(), d.stoppedSince());
   * copy.equals(d);   // true
   * }</pre>
   *
   * @param start        the start
   * @param due          the due instant, not before the start
   * @param unit         the unit stops are counted in
   * @param stops        the completed stops in order, none before the start or the previous
   *                     stop's end
   * @param stoppedSince when the running stop began, not before the start or the last
   *                     completed stop's end; empty while the clock runs
   * @return the deadline
   * @throws InvalidValueException {@code deadline.state} for values out of order, or
   *     {@code deadline.instant_range} for instants outside 1900–9999
   */
  public static Deadline of(Instant start, Instant due, PeriodUnit unit, List<ClockStop> stops,
      Optional<Instant> stoppedSince) {
    Deadline running = of(start, due, unit);
    Instant[] pairs = stops.isEmpty() ? NO_STOPS : new Instant[stops.size() * 2];
    Instant floor = start;
    int i = 0;
    for (ClockStop s : stops) {
      checkNotBefore("stop", s.from(), floor);
      pairs[i++] = s.from();
      pairs[i++] = s.to();
      floor = s.to();
    }
    Instant since = stoppedSince.orElse(null);
    if (since != null) {
      DeadlinePolicy.checkRange(since);
      checkNotBefore("stop", since, floor);
    }
    return pairs.length == 0 && since == null ? running
        : new Deadline(start, due, unit, pairs, since, false);
  }

  /**
   * This deadline marked provisional: for rebuilding a stored deadline that was computed
   * across a provisional calendar year ({@code of} rebuilds it unmarked).
   *
   * @return the marked deadline (this one if already marked)
   */
  public Deadline asProvisional() {
    return provisional ? this : new Deadline(start, due, unit, stops, stoppedAt, true);
  }

  /**
   * Whether the due instant rests on a provisional calendar year (one without its State
   * Council notice, answered by the holiday law's projection): it may move when the notice is
   * loaded, and the case engine then records the recomputed deadline. Hours never are.
   *
   * @return true if a provisional day was counted in starting, extending or resuming it
   */
  public boolean isProvisional() {
    return provisional;
  }

  /**
   * When the period started.
   *
   * @return the start instant
   */
  public Instant start() {
    return start;
  }

  /**
   * When the time is up (exclusive). For day units this is 00:00 Asia/Shanghai of the day
   * after the last day.
   *
   * @return the due instant
   */
  public Instant due() {
    return due;
  }

  /**
   * The last day of the period in Asia/Shanghai: the day {@link #due()} ends.
   *
   * @return the last day
   */
  public LocalDate lastDay() {
    return lastDayOf(due);
  }

  /**
   * The unit the period was set in, which decides how stops move the due instant.
   *
   * @return the unit
   */
  public PeriodUnit unit() {
    return unit;
  }

  /**
   * Whether the clock is stopped now.
   *
   * @return true between {@link #stop} and {@link #resume}
   */
  public boolean isStopped() {
    return stoppedAt != null;
  }

  /**
   * When the clock stopped, if it is stopped.
   *
   * @return the stop instant or empty
   */
  public Optional<Instant> stoppedSince() {
    return Optional.ofNullable(stoppedAt);
  }

  /**
   * The completed clock stops, oldest first (a running stop is {@link #stoppedSince()}).
   *
   * @return the stops, empty without any
   */
  public List<ClockStop> stops() {
    List<ClockStop> out = new ArrayList<>(stops.length / 2);
    for (int i = 0; i < stops.length; i += 2) {
      out.add(new ClockStop(stops[i], stops[i + 1]));
    }
    return List.copyOf(out);
  }

  /**
   * The total time of completed stops.
   *
   * @return the duration, zero without stops
   */
  public Duration stoppedTime() {
    Duration total = Duration.ZERO;
    for (int i = 0; i < stops.length; i += 2) {
      total = total.plus(Duration.between(stops[i], stops[i + 1]));
    }
    return total;
  }

  /**
   * Extends the period (延期): the extra period counts from the current last day for day units
   * (from the due instant for hours).
   *
   * @param more     the extension
   * @param calendar the work calendar
   * @return the extended deadline
   * @throws io.github.shiyu.governance.core.MissingDataException {@code calendar.year_missing}
   *     when the period reaches a year without calendar data
   */
  public Deadline extend(DeadlinePolicy more, WorkCalendar calendar) {
    if (more.unit() == PeriodUnit.HOURS) {
      Instant newDue = due.plusSeconds(more.amount() * 3600L);
      DeadlinePolicy.checkRange(newDue);
      return new Deadline(start, newDue, unit, stops, stoppedAt, provisional);
    }
    LocalDate last = more.lastDayAfter(lastDay(), calendar);
    Instant newDue = DeadlinePolicy.endOfDay(last);
    DeadlinePolicy.checkRange(newDue);
    return new Deadline(start, newDue, unit, stops, stoppedAt,
        provisional || calendar.isProvisional(lastDay(), last));
  }

  /**
   * Extends the deadline by an exact duration (延期 of minutes or hours): the due instant moves
   * by exactly {@code more}, whatever the unit; the provisional mark is kept.
   *
   * <pre>{@code
   * Deadline longer = deadline.extend(Duration.ofMinutes(30));   // due 30 minutes later
   * }</pre>
   *
   * @param more a positive duration
   * @return the extended deadline
   * @throws io.github.shiyu.governance.core.InvalidValueException {@code deadline.duration} if
   *     {@code more} is not positive, {@code deadline.instant_range} if the new due instant is
   *     out of range
   */
  public Deadline extend(Duration more) {
    if (more.isNegative() || more.isZero()) {
      throw new InvalidValueException(TimeErrors.DURATION, more);
    }
    Instant newDue = due.plus(more);
    DeadlinePolicy.checkRange(newDue);
    return new Deadline(start, newDue, unit, stops, stoppedAt, provisional);
  }

  /**
   * Stops the clock.
   *
   * @param at when it stops: not before the start or the last resume
   * @return the stopped deadline
   * @throws InvalidValueException {@code deadline.state} if already stopped or out of order
   */
  public Deadline stop(Instant at) {
    DeadlinePolicy.checkRange(at);
    if (stoppedAt != null) {
      throw new InvalidValueException(
          TimeErrors.STATE, "the clock is already stopped since " + stoppedAt);
    }
    checkNotBefore("stop", at, stops.length == 0 ? start : stops[stops.length - 1]);
    return new Deadline(start, due, unit, stops, at, provisional);
  }

  /**
   * Restarts the clock; the due instant moves later by the stopped time (see the class
   * description for the rule per unit).
   *
   * @param at       when it restarts: not before the stop
   * @param calendar the work calendar
   * @return the running deadline
   * @throws InvalidValueException {@code deadline.state} if not stopped or out of order
   * @throws io.github.shiyu.governance.core.MissingDataException {@code calendar.year_missing}
   *     when the period reaches a year without calendar data
   */
  public Deadline resume(Instant at, WorkCalendar calendar) {
    Objects.requireNonNull(at, "at");
    if (stoppedAt == null) {
      throw new InvalidValueException(TimeErrors.STATE, "the clock is not stopped");
    }
    DeadlinePolicy.checkRange(at);
    checkNotBefore("resume", at, stoppedAt);
    Instant newDue = !stoppedAt.isBefore(due) ? due : switch (unit) {
      case HOURS -> due.plus(Duration.between(stoppedAt, at));
      case CALENDAR_DAYS -> {
        long days = ceilDays(Duration.between(stoppedAt, at));
        yield days == 0
            ? due
            : DeadlinePolicy.endOfDay(calendar.nextWorkingDayOrSame(lastDay().plusDays(days)));
      }
      case WORKING_DAYS -> {
        long days = ceilDays(workingTime(stoppedAt, at, calendar));
        yield days == 0
            ? due
            : DeadlinePolicy.endOfDay(calendar.plusWorkingDays(lastDay(), (int) days));
      }
    };
    DeadlinePolicy.checkRange(newDue);
    Instant[] more = Arrays.copyOf(stops, stops.length + 2);
    more[stops.length] = stoppedAt;
    more[stops.length + 1] = at;
    boolean counted = unit != PeriodUnit.HOURS && stoppedAt.isBefore(due)
        && calendar.isProvisional(ShanghaiDays.dateOf(stoppedAt), lastDayOf(newDue));
    return new Deadline(start, newDue, unit, more, null, provisional || counted);
  }

  private static LocalDate lastDayOf(Instant due) {
    return ShanghaiDays.dateOf(due.minusNanos(1));
  }

  /**
   * Whether the time is up at {@code now}. While the clock is stopped, time does not pass.
   *
   * @param now the instant asked about
   * @return true once the running time reaches the due instant
   */
  public boolean isOverdue(Instant now) {
    Instant effective = stoppedAt != null && now.isAfter(stoppedAt) ? stoppedAt : now;
    return !effective.isBefore(due);
  }

  /**
   * Running time used divided by running time allowed. Stopped intervals count in neither.
   * 0 before the start; above 1 once overdue.
   *
   * @param now the instant asked about
   * @return the fraction, 0 or more
   */
  public double fractionUsed(Instant now) {
    double allowed = seconds(start, due) - stoppedSeconds(due);
    if (allowed <= 0) {
      return now.isBefore(due) ? 0 : 1;
    }
    Instant effective = stoppedAt != null && now.isAfter(stoppedAt) ? stoppedAt : now;
    if (!effective.isAfter(start)) {
      return 0;
    }
    double used = seconds(start, effective) - stoppedSeconds(effective);
    return Math.max(0, used / allowed);
  }

  /** The one order rule of clock events: {@code deadline.state} if {@code at} precedes. */
  static void checkNotBefore(String event, Instant at, Instant floor) {
    if (at.isBefore(floor)) {
      throw new InvalidValueException(TimeErrors.STATE, event + " at " + at + " precedes " + floor);
    }
  }

  /** Seconds of completed stops before {@code until}. */
  private double stoppedSeconds(Instant until) {
    double total = 0;
    for (int i = 0; i < stops.length; i += 2) {
      if (!stops[i].isBefore(until)) {
        break;
      }
      Instant end = stops[i + 1].isAfter(until) ? until : stops[i + 1];
      total += seconds(stops[i], end);
    }
    return total;
  }

  private static double seconds(Instant from, Instant to) {
    return (to.getEpochSecond() - from.getEpochSecond()) + (to.getNano() - from.getNano()) / 1e9;
  }

  private static long ceilDays(Duration d) {
    long s = d.getSeconds() + (d.getNano() > 0 ? 1 : 0);
    return (s + DAY_SECONDS - 1) / DAY_SECONDS;
  }

  /** The part of [from, to) that falls on working days. */
  private static Duration workingTime(Instant from, Instant to, WorkCalendar calendar) {
    Duration total = Duration.ZERO;
    LocalDate day = ShanghaiDays.dateOf(from);
    Instant dayStart = ShanghaiDays.startOf(day);
    while (dayStart.isBefore(to)) {
      Instant dayEnd = DeadlinePolicy.endOfDay(day);
      if (calendar.isWorkingDay(day)) {
        Instant a = from.isAfter(dayStart) ? from : dayStart;
        Instant b = to.isBefore(dayEnd) ? to : dayEnd;
        if (b.isAfter(a)) {
          total = total.plus(Duration.between(a, b));
        }
      }
      day = day.plusDays(1);
      dayStart = dayEnd;
    }
    return total;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Deadline d
        && start.equals(d.start)
        && due.equals(d.due)
        && unit == d.unit
        && Objects.equals(stoppedAt, d.stoppedAt)
        && provisional == d.provisional
        && Arrays.equals(stops, d.stops);
  }

  @Override
  public int hashCode() {
    int h = start.hashCode();
    h = 31 * h + due.hashCode();
    h = 31 * h + unit.hashCode();
    h = 31 * h + Objects.hashCode(stoppedAt);
    h = 31 * h + Boolean.hashCode(provisional);
    return 31 * h + Arrays.hashCode(stops);
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("Deadline[start=").append(start)
        .append(", due=").append(due).append(", unit=").append(unit);
    if (stops.length > 0) {
      out.append(", stops=").append(stops.length / 2);
    }
    if (stoppedAt != null) {
      out.append(", stopped since ").append(stoppedAt);
    }
    if (provisional) {
      out.append(", provisional");
    }
    return out.append(']').toString();
  }
}
