package io.github.shiyu.governance.people;

import io.github.shiyu.governance.core.time.WorkCalendar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How often a person must be visited (or must report), and whether due dates fall on working
 * days only: with {@link Days#WORKING_DAYS} a due date on a rest day or holiday moves to the
 * next working day of the {@link WorkCalendar} (so a week of National Day holidays never makes a
 * visit due on 1 October).
 *
 * <pre>{@code
 * VisitRule rule = VisitRule.of(VisitFrequency.WEEKLY, VisitRule.Days.WORKING_DAYS);
 * rule.nextDue(LocalDate.of(2026, 9, 24), WorkCalendar.china());   // the first working day from 1 Oct
 * }</pre>
 *
 * @param frequency how often
 * @param days      whether due dates are working days
 */
public record VisitRule(VisitFrequency frequency, Days days) {

  /** Which days a visit may fall due on. */
  public enum Days {
    /** Any calendar day. */
    ANY_DAY,
    /** Working days of the work calendar only. */
    WORKING_DAYS
  }

  /**
   * Checks for null.
   *
   * @param frequency how often
   * @param days      which days
   */
  public VisitRule {
    Objects.requireNonNull(frequency, "frequency");
    Objects.requireNonNull(days, "days");
  }

  /**
   * A rule.
   *
   * @param frequency how often
   * @param days      which days
   * @return the rule
   */
  public static VisitRule of(VisitFrequency frequency, Days days) {
    return new VisitRule(frequency, days);
  }

  /**
   * The day the next visit is due after one on {@code last}.
   *
   * @param last     the last visit (or the start of the measure)
   * @param calendar the work calendar (its years without a State Council notice are
   *     provisional, see {@link WorkCalendar#isProvisional(java.time.Year)})
   * @return the due day
   */
  public LocalDate nextDue(LocalDate last, WorkCalendar calendar) {
    LocalDate raw = frequency.after(last);
    return days == Days.WORKING_DAYS ? calendar.nextWorkingDayOrSame(raw) : raw;
  }

  /**
   * Every due day from the start of a measure up to a day, assuming each visit happens on
   * its due day.
   *
   * @param start    the start of the measure
   * @param until    the last day to list (inclusive)
   * @param calendar the work calendar
   * @return the due days, ascending
   */
  public List<LocalDate> schedule(LocalDate start, LocalDate until, WorkCalendar calendar) {
    List<LocalDate> out = new ArrayList<>();
    for (int k = 1; ; k++) {
      LocalDate raw = start.plus((long) k * frequency.amount(), frequency.unit());
      if (raw.isAfter(until)) {
        return List.copyOf(out);
      }
      LocalDate due = days == Days.WORKING_DAYS ? calendar.nextWorkingDayOrSame(raw) : raw;
      if (!due.isAfter(until) && (out.isEmpty() || due.isAfter(out.get(out.size() - 1)))) {
        out.add(due);
      }
    }
  }
}
