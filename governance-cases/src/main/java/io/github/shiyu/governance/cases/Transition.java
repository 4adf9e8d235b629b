package io.github.shiyu.governance.cases;

import io.github.shiyu.governance.cases.internal.DueCache;
import io.github.shiyu.governance.cases.internal.Step;
import io.github.shiyu.governance.core.time.Deadline;
import io.github.shiyu.governance.core.time.WorkCalendar;
import io.github.shiyu.governance.core.time.PeriodUnit;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One move of a workflow: a command that takes a case from one state to another, with the
 * roles allowed to fire it, its guards, its effects and the tags its events carry. Built by
 * {@link WorkflowBuilder}; immutable and shared by all cases.
 *
 * <pre>{@code
 * for (Transition t : workflow.transitions()) {
 *   System.out.println(t.from().map(State::toString).orElse("[*]") + " -" + t.command() + "-> " + t.to());
 * }
 * }</pre>
 */
public final class Transition {

  /** What a transition does to a clock. */
  enum ClockAction { START, EXTEND, EXTEND_UP_TO, STOP, RESUME, END }

  final CommandName command;
  final State from;
  final State to;
  final Role[] roles;
  final Set<EventTag> tags;
  final String whenDescription;
  final Condition when;
  final String[] guardReasons;
  final Condition[] guards;
  /** The registration's guards (the other transitions have none); reasons in guardReasons. */
  final RegistrationGuard[] registrationGuards;
  final boolean requiresReason;
  final boolean requiresHandler;
  final boolean requiresRating;
  final boolean requiresTier;
  final boolean assignsHandler;
  final boolean clearsHandler;
  final boolean setsTier;
  final boolean escalates;
  final boolean recordsRating;
  final boolean countsExtension;
  final boolean countsReturn;
  final boolean countsReopening;
  final boolean countsSupervision;
  final boolean recordsExpert;
  final boolean changesHandling;
  final ClockAction[] clockActions;
  final int[] clockIndexes;
  final String[] clockLimits;
  final int[] limitSlots;
  final Step step;
  final int withinClock;
  final int lapsedClock;
  final String countLimit;
  Transition next;
  /**
   * Per clock, the limit slots of every transition of the workflow that starts it: an
   * extension of a calendar-day period finds the period's nominal end from them. Set once by
   * the builder, before the workflow is published.
   */
  int[][] startSlotsByClock = new int[0][];

  Transition(String workflow, int version, CommandName command, State from, State to,
      Role[] roles, Set<EventTag> tags, String whenDescription, Condition when,
      String[] guardReasons, Condition[] guards, RegistrationGuard[] registrationGuards,
      boolean requiresReason, boolean assignsHandler, boolean clearsHandler, boolean setsTier,
      boolean escalates, boolean recordsRating, ClockAction[] clockActions, int[] clockIndexes,
      String[] clockLimits, int[] limitSlots, List<String> clockNames, int withinClock,
      int lapsedClock, String countLimit) {
    this.command = command;
    this.from = from;
    this.to = to;
    this.roles = roles;
    EnumSet<EventTag> all = tags.isEmpty() ? EnumSet.noneOf(EventTag.class) : EnumSet.copyOf(tags);
    if (escalates) {
      all.add(EventTag.ESCALATION);
    }
    if (recordsRating) {
      all.add(EventTag.RATING);
    }
    this.tags = Collections.unmodifiableSet(all);
    this.whenDescription = whenDescription;
    this.when = when;
    this.guardReasons = guardReasons;
    this.guards = guards;
    this.registrationGuards = registrationGuards;
    this.requiresReason = requiresReason;
    this.requiresHandler = assignsHandler;
    this.requiresRating = recordsRating;
    this.requiresTier = setsTier;
    this.assignsHandler = assignsHandler;
    this.clearsHandler = clearsHandler;
    this.setsTier = setsTier;
    this.escalates = escalates;
    this.recordsRating = recordsRating;
    this.countsExtension = all.contains(EventTag.EXTENSION);
    this.countsReturn = all.contains(EventTag.RETURN);
    this.countsReopening = all.contains(EventTag.REOPENING);
    this.countsSupervision = all.contains(EventTag.SUPERVISION);
    this.recordsExpert = all.contains(EventTag.EXPERT_JOINED);
    this.changesHandling = assignsHandler || clearsHandler || setsTier || escalates
        || recordsRating || countsExtension || countsReturn || countsReopening
        || countsSupervision || recordsExpert;
    this.clockActions = clockActions;
    this.clockIndexes = clockIndexes;
    this.clockLimits = clockLimits;
    this.limitSlots = limitSlots;
    this.step = new Step(workflow, version, command, from == null ? null : from.name(), to,
        this.tags, clockNames);
    this.withinClock = withinClock;
    this.lapsedClock = lapsedClock;
    this.countLimit = countLimit;
  }

  /** The deadlines after this transition's clock actions; the same array if none changes. */
  Deadline[] clocksAfter(Deadline[] deadlines, TimeLimit[] limits, Instant now,
      WorkCalendar calendar, DueCache dues, Command command) {
    Deadline[] next = null;
    for (int a = 0; a < clockActions.length; a++) {
      int i = clockIndexes[a];
      Deadline current = next == null ? deadlines[i] : next[i];
      Deadline changed;
      switch (clockActions[a]) {
        case START -> changed = dues.start(limits[limitSlots[a]], now, calendar);
        case EXTEND -> changed = current == null ? null
            : extend(current, limits[limitSlots[a]], limits, i, calendar);
        case EXTEND_UP_TO -> {
          Extension asked = command.rawExtension();
          TimeLimit limit = limits[limitSlots[a]];
          if (asked != null && asked.length().isPresent()) {
            limit = TimeLimit.of(asked.length().get());
          }
          changed = current == null ? null : extend(current, limit, limits, i, calendar);
        }
        case STOP -> changed = current == null || current.isStopped() ? current
            : current.stop(now);
        case RESUME -> changed = current == null || !current.isStopped() ? current
            : current.resume(now, calendar);
        default -> changed = null;
      }
      if (changed != current) {
        if (next == null) {
          next = deadlines.clone();
        }
        next[i] = changed;
      }
    }
    return next == null ? deadlines : next;
  }

  /**
   * An extension of a calendar-day period counts from the period's nominal end, the day it
   * would have ended before the Civil Code's roll-forward (art. 203), so that "up to 30 days"
   * is never 32 (decision 0005). The nominal end is the latest day, among the current last day
   * and the run of days off just before it, that lies a whole number of the clock's starting
   * periods (plus earlier extensions of this length) after the start; a clock that has been
   * stopped, or whose end matches none, extends from its current last day.
   */
  private Deadline extend(Deadline current, TimeLimit limit, TimeLimit[] all, int clock,
      WorkCalendar calendar) {
    if (!(limit instanceof TimeLimit.Period p)
        || p.policy().unit() != PeriodUnit.CALENDAR_DAYS
        || current.unit() != PeriodUnit.CALENDAR_DAYS || current.isStopped()
        || !current.stops().isEmpty() || clock >= startSlotsByClock.length) {
      return limit.extend(current, calendar);
    }
    LocalDate start = LocalDate.ofInstant(current.start(), WorkCalendar.ZONE);
    LocalDate last = current.lastDay();
    LocalDate nominal = null;
    for (LocalDate n = last; !n.isBefore(start); n = n.minusDays(1)) {
      if (!n.equals(last) && calendar.isWorkingDay(n)) {
        break;
      }
      long days = ChronoUnit.DAYS.between(start, n);
      if (startedBy(days, all, clock, p.policy().amount())) {
        nominal = n;
        break;
      }
    }
    if (nominal == null || nominal.equals(last)) {
      return limit.extend(current, calendar);
    }
    Instant due = p.policy().dueFrom(nominal.atTime(12, 0).atZone(WorkCalendar.ZONE)
        .toInstant(), calendar);
    Deadline extended = Deadline.of(current.start(), due, current.unit());
    LocalDate newLast = extended.lastDay();
    return current.isProvisional() || calendar.isProvisional(last, newLast)
        ? extended.asProvisional() : extended;
  }

  private boolean startedBy(long days, TimeLimit[] all, int clock, int step) {
    for (int slot : startSlotsByClock[clock]) {
      if (slot >= 0 && slot < all.length && all[slot] instanceof TimeLimit.Period sp
          && sp.policy().unit() == PeriodUnit.CALENDAR_DAYS) {
        long rest = days - sp.policy().amount();
        if (rest >= 0 && rest % step == 0) {
          return true;
        }
      }
    }
    return false;
  }

  boolean allows(Role role) {
    for (Role r : roles) {
      if (r == role || r.name().equals(role.name())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The command that fires this transition.
   *
   * @return the command name
   */
  public CommandName command() {
    return command;
  }

  /**
   * The state left.
   *
   * @return the source state, empty for the registration
   */
  public Optional<State> from() {
    return Optional.ofNullable(from);
  }

  /**
   * The state entered.
   *
   * @return the target state
   */
  public State to() {
    return to;
  }

  /**
   * The roles that may fire it.
   *
   * @return the roles, in declaration order
   */
  public List<Role> roles() {
    return List.of(roles);
  }

  /**
   * The tags its events carry.
   *
   * @return the tags
   */
  public Set<EventTag> tags() {
    return tags;
  }

  /**
   * The branch condition, when several transitions answer the same command in the same state.
   *
   * @return the condition's description, or empty for the default branch
   */
  public Optional<String> condition() {
    return Optional.ofNullable(whenDescription);
  }

  /**
   * The reasons its guards give when they say no.
   *
   * @return the guard reasons
   */
  public List<String> guards() {
    return List.of(guardReasons);
  }

  @Override
  public String toString() {
    return (from == null ? "[*]" : from.name()) + " --" + command
        + (whenDescription == null ? "" : " [" + whenDescription + "]") + "--> " + to.name()
        + " by " + Arrays.toString(roles);
  }
}
