package io.github.shiyu.governance.cases;

import io.github.shiyu.governance.core.InvalidValueException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Builds one transition (or one per source state) of a {@link WorkflowBuilder}: started by
 * {@link WorkflowBuilder#on(CommandName)}, finished by {@link #add()}. (The registration has
 * its own {@link RegistrationBuilder}.)
 *
 * <pre>{@code
 * builder.on("returnOrder").from("DISPATCHED", "ACKNOWLEDGED").to("RETURNED")
 *     .by(Role.DEPARTMENT).requiresReason().clearsHandler()
 *     .within("return").tags(EventTag.RETURN).add();
 * }</pre>
 */
public final class TransitionBuilder {

  private final WorkflowBuilder owner;
  final CommandName command;
  final List<String> from = new ArrayList<>();
  String to;
  boolean stay;
  private final List<Role> roles = new ArrayList<>();
  private final Set<EventTag> tags = EnumSet.noneOf(EventTag.class);
  private String whenDescription;
  private Condition when;
  private final List<String> guardReasons = new ArrayList<>();
  private final List<Condition> guards = new ArrayList<>();
  private boolean requiresReason;
  private boolean assignsHandler;
  private boolean clearsHandler;
  private boolean setsTier;
  private boolean escalates;
  private boolean recordsRating;
  private final List<Transition.ClockAction> clockActions = new ArrayList<>();
  private final List<Integer> clockIndexes = new ArrayList<>();
  final List<String> clockLimits = new ArrayList<>();
  private int withinClock = -1;
  private int lapsedClock = -1;
  private String countLimit;

  TransitionBuilder(WorkflowBuilder owner, CommandName command) {
    this.owner = owner;
    this.command = command;
  }

  /**
   * The source states (one transition per state).
   *
   * @param states state names
   * @return this builder
   */
  public TransitionBuilder from(StateName... states) {
    for (StateName s : states) {
      from(s.value());
    }
    return this;
  }

  /**
   * The source states (one transition per state).
   *
   * @param states state names
   * @return this builder
   */
  public TransitionBuilder from(String... states) {
    from.addAll(Arrays.asList(states));
    return this;
  }

  /**
   * The target state.
   *
   * @param state the state name
   * @return this builder
   */
  public TransitionBuilder to(StateName state) {
    return to(state.value());
  }

  /**
   * The target state.
   *
   * @param state the state name
   * @return this builder
   */
  public TransitionBuilder to(String state) {
    this.to = Objects.requireNonNull(state, "state");
    return this;
  }

  /**
   * The case stays in its state (supervision, extension, escalation).
   *
   * @return this builder
   */
  public TransitionBuilder stay() {
    this.stay = true;
    return this;
  }

  /**
   * The roles that may fire the transition (at least one).
   *
   * @param allowed the roles
   * @return this builder
   */
  public TransitionBuilder by(Role... allowed) {
    roles.addAll(Arrays.asList(allowed));
    return this;
  }

  /**
   * The tags its events carry.
   *
   * @param eventTags the tags
   * @return this builder
   */
  public TransitionBuilder tags(EventTag... eventTags) {
    tags.addAll(Arrays.asList(eventTags));
    return this;
  }

  /**
   * Makes this a conditional branch: of the transitions answering the same command in the
   * same state, the first whose condition holds is taken, else the one without condition.
   *
   * @param description what the condition says, e.g. {@code the rating is dissatisfied}
   * @param condition   the test
   * @return this builder
   */
  public TransitionBuilder when(String description, Condition condition) {
    this.whenDescription = Objects.requireNonNull(description, "description");
    this.when = Objects.requireNonNull(condition, "condition");
    return this;
  }

  /**
   * Adds a guard: if it does not hold, the command is rejected with the reason.
   *
   * @param reason    why the command is rejected when the guard fails
   * @param condition what must hold
   * @return this builder
   */
  public TransitionBuilder guard(String reason, Condition condition) {
    guardReasons.add(Objects.requireNonNull(reason, "reason"));
    guards.add(Objects.requireNonNull(condition, "condition"));
    return this;
  }

  /**
   * The command must carry a reason.
   *
   * @return this builder
   */
  public TransitionBuilder requiresReason() {
    this.requiresReason = true;
    return this;
  }

  /**
   * Sets the case's handler from the command (which must carry one).
   *
   * @return this builder
   */
  public TransitionBuilder assignsHandler() {
    this.assignsHandler = true;
    return this;
  }

  /**
   * Clears the case's handler (a returned order has none).
   *
   * @return this builder
   */
  public TransitionBuilder clearsHandler() {
    this.clearsHandler = true;
    return this;
  }

  /**
   * Sets the case's tier from the command (which must carry one).
   *
   * @return this builder
   */
  public TransitionBuilder setsTier() {
    this.setsTier = true;
    return this;
  }

  /**
   * Moves the case one rung up the escalation ladder; rejected at the top. Adds the
   * {@link EventTag#ESCALATION} tag.
   *
   * @return this builder
   */
  public TransitionBuilder escalates() {
    this.escalates = true;
    return this;
  }

  /**
   * Records the command's rating (which must carry one). Adds the {@link EventTag#RATING} tag.
   *
   * @return this builder
   */
  public TransitionBuilder recordsRating() {
    this.recordsRating = true;
    return this;
  }

  /**
   * Adds the field of the expert the command names (which must carry one, {@link
   * Command#withExpert}) to the case's {@link Handling#experts()}. Adds the {@link
   * EventTag#EXPERT_JOINED} tag.
   *
   * @return this builder
   */
  public TransitionBuilder recordsExpert() {
    tags.add(EventTag.EXPERT_JOINED);
    return this;
  }

  /**
   * Starts (or restarts) a clock with a named time limit of the workflow's
   * {@link TimeLimits}.
   *
   * @param clock a declared clock
   * @param limit the name of the time limit, e.g. {@code handling}
   * @return this builder
   */
  public TransitionBuilder startsClock(String clock, String limit) {
    return clockAction(Transition.ClockAction.START, clock, Objects.requireNonNull(limit));
  }

  /**
   * Extends a running clock by a named time limit.
   *
   * @param clock a declared clock
   * @param limit the name of the extension limit, e.g. {@code extension}
   * @return this builder
   */
  public TransitionBuilder extendsClock(String clock, String limit) {
    return clockAction(Transition.ClockAction.EXTEND, clock, Objects.requireNonNull(limit));
  }

  /**
   * Extends a running clock by the length the command's {@link Extension} asks for, at most
   * the named limit ("up to 30 days"); by the whole limit when the command asks for no
   * length. A longer request, or one in another unit, is rejected as
   * {@link Rejection.Reason#GUARD_FAILED}.
   *
   * @param clock a declared clock
   * @param limit the name of the longest extension, e.g. {@code extension}
   * @return this builder
   */
  public TransitionBuilder extendsClockUpTo(String clock, String limit) {
    return clockAction(Transition.ClockAction.EXTEND_UP_TO, clock,
        Objects.requireNonNull(limit));
  }

  /**
   * Stops a clock: the time until it resumes is not counted (hearings, suspension).
   *
   * @param clock a declared clock
   * @return this builder
   */
  public TransitionBuilder stopsClock(String clock) {
    return clockAction(Transition.ClockAction.STOP, clock, null);
  }

  /**
   * Resumes a stopped clock.
   *
   * @param clock a declared clock
   * @return this builder
   */
  public TransitionBuilder resumesClock(String clock) {
    return clockAction(Transition.ClockAction.RESUME, clock, null);
  }

  /**
   * Ends a clock: the case no longer runs that deadline.
   *
   * @param clock a declared clock
   * @return this builder
   */
  public TransitionBuilder endsClock(String clock) {
    return clockAction(Transition.ClockAction.END, clock, null);
  }

  /**
   * The command is accepted only while the clock runs and is not past its due instant,
   * else it is rejected with {@link Rejection.Reason#WINDOW_CLOSED}.
   *
   * @param clock a declared clock, e.g. {@code reviewWindow}
   * @return this builder
   */
  public TransitionBuilder within(String clock) {
    this.withinClock = owner.clockIndex(clock);
    return this;
  }

  /**
   * The command is accepted only after the clock's due instant has passed (a lapsed window).
   *
   * @param clock a declared clock
   * @return this builder
   */
  public TransitionBuilder afterLapse(String clock) {
    this.lapsedClock = owner.clockIndex(clock);
    return this;
  }

  /**
   * The transition may happen at most as many times per case as the workflow's
   * {@link TimeLimits} count of this name says, counted by its first counting tag
   * (extension, return, reopening, supervision, escalation).
   *
   * @param countName the count's name in the time limits, e.g. {@code extensions}
   * @return this builder
   */
  public TransitionBuilder atMost(String countName) {
    this.countLimit = Objects.requireNonNull(countName, "countName");
    return this;
  }

  private TransitionBuilder clockAction(Transition.ClockAction action, String clock,
      String limit) {
    clockActions.add(action);
    clockIndexes.add(owner.clockIndex(clock));
    clockLimits.add(limit);
    return this;
  }

  /**
   * Adds the transition to the workflow.
   *
   * @return the workflow builder
   */
  public WorkflowBuilder add() {
    if (roles.isEmpty()) {
      throw new InvalidValueException(CaseErrors.DEFINITION, owner.name,
          "transition '" + command + "' has no role: add by(...)");
    }
    if (!stay && to == null) {
      throw new InvalidValueException(CaseErrors.DEFINITION, owner.name,
          "transition '" + command + "' has no target: add to(...) or stay()");
    }
    owner.transitions.add(this);
    return owner;
  }

  Transition make(State fromState, State toState, List<String> limitNames,
      List<String> clockNames) {
    int[] indexes = clockIndexes.stream().mapToInt(Integer::intValue).toArray();
    int[] slots = clockLimits.stream().mapToInt(l -> l == null ? -1 : limitNames.indexOf(l))
        .toArray();
    return new Transition(owner.name, owner.version, command, fromState, toState,
        roles.toArray(new Role[0]), tags,
        whenDescription, when, guardReasons.toArray(new String[0]),
        guards.toArray(new Condition[0]), new RegistrationGuard[0], requiresReason,
        assignsHandler, clearsHandler, setsTier, escalates, recordsRating,
        clockActions.toArray(new Transition.ClockAction[0]), indexes,
        clockLimits.toArray(new String[0]), slots, clockNames, withinClock, lapsedClock,
        countLimit);
  }
}

