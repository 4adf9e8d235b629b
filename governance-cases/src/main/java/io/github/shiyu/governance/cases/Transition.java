package io.github.shiyu.governance.cases;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One move of a workflow: a command that takes a case from one state to another, with the
 * roles allowed to fire it, its guards, its effects and the tags its events carry. Built by
 * {@link Workflow.Builder}; immutable and shared by all cases.
 *
 * <pre>{@code
 * for (Transition t : workflow.transitions()) {
 *   System.out.println(t.from().map(State::name).orElse("[*]") + " -" + t.command() + "-> " + t.to());
 * }
 * }</pre>
 */
public final class Transition {

  /** What a transition does to a clock. */
  enum ClockAction { START, EXTEND, STOP, RESUME, END }

  final String command;
  final State from;
  final State to;
  final Role[] roles;
  final Set<EventTag> tags;
  final String whenDescription;
  final Condition when;
  final String[] guardReasons;
  final Condition[] guards;
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
  final boolean changesHandling;
  final ClockAction[] clockActions;
  final int[] clockIndexes;
  final String[] clockLimits;
  final int[] limitSlots;
  final String[] clockNames;
  final int withinClock;
  final int lapsedClock;
  final String countLimit;
  Transition next;

  Transition(String command, State from, State to, Role[] roles, Set<EventTag> tags,
      String whenDescription, Condition when, String[] guardReasons, Condition[] guards,
      boolean requiresReason, boolean assignsHandler, boolean clearsHandler, boolean setsTier,
      boolean escalates, boolean recordsRating, ClockAction[] clockActions, int[] clockIndexes,
      String[] clockLimits, int[] limitSlots, String[] clockNames, int withinClock,
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
    this.changesHandling = assignsHandler || clearsHandler || setsTier || escalates
        || recordsRating || countsExtension || countsReturn || countsReopening
        || countsSupervision;
    this.clockActions = clockActions;
    this.clockIndexes = clockIndexes;
    this.clockLimits = clockLimits;
    this.limitSlots = limitSlots;
    this.clockNames = clockNames;
    this.withinClock = withinClock;
    this.lapsedClock = lapsedClock;
    this.countLimit = countLimit;
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
  public String command() {
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
