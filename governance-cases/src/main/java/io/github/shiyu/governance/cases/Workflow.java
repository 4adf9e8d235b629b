package io.github.shiyu.governance.cases;

import io.github.shiyu.governance.cases.internal.DueCache;
import io.github.shiyu.governance.cases.internal.Rendering;
import io.github.shiyu.governance.core.InvalidValueException;
import io.github.shiyu.governance.core.category.CaseCategory;
import io.github.shiyu.governance.core.time.Deadline;
import io.github.shiyu.governance.core.time.DeadlinePolicy;
import io.github.shiyu.governance.core.time.PeriodUnit;
import io.github.shiyu.governance.core.time.WorkCalendar;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A workflow definition as data: states with their kinds, commands, and the transitions between
 * them with roles, guards and effects. It decides commands against cases (a pure function:
 * {@link #decide} returns an event or a rejection and changes nothing).
 *
 * <p>Built with {@link #builder(String, CaseType)}; {@link WorkflowBuilder#build()} rejects unreachable
 * states, non-terminal dead ends, ambiguous transitions and exits from terminal states. A built
 * workflow is immutable and thread-safe, shared by every case and thread, and lives in no
 * global registry: whoever needs it holds a reference. States and commands are indexed into
 * arrays, so deciding a command costs a map lookup, a few array loads, the guards and a role
 * check.
 *
 * <pre>{@code
 * Workflow w = Workflow.builder("complaint", CaseType.WORK_ORDER)
 *     .state("REGISTERED", StateKind.OPEN)
 *     .state("DONE", StateKind.TERMINAL)
 *     .registration().to("REGISTERED").by(Role.OPERATIONS_CENTER).add()
 *     .on("conclude").from("REGISTERED").to("DONE").by(Role.DEPARTMENT)
 *         .tags(EventTag.CONCLUSION).add()
 *     .build();
 * w.permitted(w.state("REGISTERED").orElseThrow(), Role.DEPARTMENT);   // [conclude]
 * }</pre>
 */
public final class Workflow {

  /**
   * The built-in command of a deadline recomputation, which every workflow accepts in every
   * non-terminal state through {@link #recomputeDeadlines} (not through {@link #decide}); a
   * definition cannot declare a command of that name.
   */
  public static final CommandName RECOMPUTE_DEADLINES = CommandName.RECOMPUTE_DEADLINES;

  private final String name;
  private final int version;
  private final CaseType type;
  private final State[] states;
  private final Map<String, State> stateByName;
  private final CommandName[] commands;
  private final String[] commandKeys;
  private final int[] commandSlots;
  private final Transition[] table;
  private final Transition registration;
  private final List<Transition> transitions;
  private final Object owner;
  private final String[] clockNames;
  private final List<String> clockList;
  private final List<String> windows;
  private final String[] limitNames;
  private final TimeLimits limits;
  private final WorkCalendar calendar;
  private final ConcurrentHashMap<String, TimeLimit[]> limitsByCategory = new ConcurrentHashMap<>();
  private final DueCache dues = new DueCache();
  private final Deadline[] noClocks;
  /** Per state, the built-in self-transition of a deadline recomputation; null if terminal. */
  private final Transition[] recomputations;

  /** A definition {@link WorkflowBuilder#build()} checked and indexed. */
  Workflow(String name, int version, CaseType type, List<String> clocks, TimeLimits limits,
      WorkCalendar calendar, State[] states, Map<String, State> stateByName,
      CommandName[] commands, Transition[] table, Transition registration,
      List<Transition> transitions, Object owner, String[] limitNames) {
    this.name = name;
    this.version = version;
    this.type = type;
    this.states = states;
    this.stateByName = stateByName;
    this.commands = commands;
    int size = Integer.highestOneBit(Math.max(4, commands.length * 4 - 1)) << 1;
    this.commandKeys = new String[size];
    this.commandSlots = new int[size];
    for (int c = 0; c < commands.length; c++) {
      int i = spread(commands[c].value().hashCode()) & (size - 1);
      while (commandKeys[i] != null) {
        i = (i + 1) & (size - 1);
      }
      commandKeys[i] = commands[c].value();
      commandSlots[i] = c;
    }
    this.table = table;
    this.registration = registration;
    this.transitions = transitions;
    this.owner = owner;
    this.clockNames = clocks.toArray(new String[0]);
    this.clockList = List.of(clockNames);
    this.windows = windows(clockNames, transitions);
    this.noClocks = new Deadline[clockNames.length];
    this.limitNames = limitNames;
    this.limits = limits;
    this.calendar = calendar;
    this.recomputations = new Transition[states.length];
    for (State s : states) {
      if (s.kind() != StateKind.TERMINAL) {
        recomputations[s.index] = new Transition(name, version, RECOMPUTE_DEADLINES, s, s,
            new Role[] {Role.SYSTEM}, EnumSet.of(EventTag.DEADLINE_RECOMPUTED), null, null,
            new String[0], new Condition[0], new RegistrationGuard[0], false, false, false,
            false, false, false,
            new Transition.ClockAction[0], new int[0], new String[0], new int[0], clockList,
            -1, -1, null);
      }
    }
    checkLimits(limits);
  }

  private Workflow(Workflow base, TimeLimits limits, WorkCalendar calendar) {
    this.name = base.name;
    this.version = base.version;
    this.type = base.type;
    this.states = base.states;
    this.stateByName = base.stateByName;
    this.commands = base.commands;
    this.commandKeys = base.commandKeys;
    this.commandSlots = base.commandSlots;
    this.table = base.table;
    this.registration = base.registration;
    this.transitions = base.transitions;
    this.owner = base.owner;
    this.clockNames = base.clockNames;
    this.clockList = base.clockList;
    this.windows = base.windows;
    this.noClocks = base.noClocks;
    this.limitNames = base.limitNames;
    this.limits = Objects.requireNonNull(limits, "limits");
    this.calendar = Objects.requireNonNull(calendar, "calendar");
    this.recomputations = base.recomputations;
    checkLimits(limits);
  }

  private void checkLimits(TimeLimits candidate) {
    List<String> missing = new ArrayList<>();
    for (String limit : limitNames) {
      if (!candidate.hasDefault(limit)) {
        missing.add(limit);
      }
    }
    for (Transition t : transitions) {
      if (t.countLimit != null && candidate.count(t.countLimit).isEmpty()
          && !missing.contains(t.countLimit)) {
        missing.add(t.countLimit);
      }
    }
    if (!missing.isEmpty()) {
      throw new InvalidValueException(CaseErrors.TIME_LIMIT, String.join(", ", missing),
          "workflow '" + name + "' uses it but the time limits have no default for it");
    }
  }

  /**
   * A copy of this workflow running other time limits; states, transitions and cases are
   * shared with this one.
   *
   * @param other the limits, with a default for every limit and count the workflow uses
   * @return the reconfigured workflow
   * @throws InvalidValueException {@code workflow.time_limit} naming the limits missing
   */
  public Workflow withTimeLimits(TimeLimits other) {
    return new Workflow(this, other, calendar);
  }

  /**
   * A copy of this workflow counting working days with another calendar (for example the
   * national calendar with a province's local adjustments).
   *
   * @param other the calendar
   * @return the reconfigured workflow
   */
  public Workflow withCalendar(WorkCalendar other) {
    return new Workflow(this, limits, other);
  }

  /**
   * The time limits in force.
   *
   * @return the limits
   */
  public TimeLimits timeLimits() {
    return limits;
  }

  /**
   * The work calendar deadlines are computed with.
   *
   * @return the calendar
   */
  public WorkCalendar calendar() {
    return calendar;
  }

  /**
   * The clocks a case of this workflow may run; the first is the primary clock, whose due
   * instant events report as {@link CaseEvent#due()}.
   *
   * @return the clock names
   */
  public List<String> clocks() {
    return clockList;
  }

  private static int spread(int h) {
    return h ^ (h >>> 16);
  }

  /** The command's index, or -1: open addressing over a table at most a quarter full. */
  private int commandIndexOf(CommandName name) {
    String command = name.value();
    int mask = commandKeys.length - 1;
    int i = spread(command.hashCode()) & mask;
    while (true) {
      String k = commandKeys[i];
      if (k == null) {
        return -1;
      }
      if (k == command || k.equals(command)) {
        return commandSlots[i];
      }
      i = (i + 1) & mask;
    }
  }

  /**
   * The limits in force for a category, per limit slot. Cached by code, not by category:
   * limits match codes, and a code's hash is cached while a record's hash is recomputed.
   */
  private TimeLimit[] limitsFor(CaseCategory category) {
    String code = category.code();
    TimeLimit[] found = limitsByCategory.get(code);
    if (found == null) {
      found = new TimeLimit[limitNames.length];
      for (int i = 0; i < limitNames.length; i++) {
        found[i] = limits.find(limitNames[i], code);
      }
      limitsByCategory.putIfAbsent(code, found);
    }
    return found;
  }

  /**
   * Starts a definition.
   *
   * @param name a short name, lower kebab case, e.g. {@code work-order}
   * @param type the case type it handles
   * @return the builder
   */
  public static WorkflowBuilder builder(String name, CaseType type) {
    return new WorkflowBuilder(name, type);
  }

  /**
   * The workflow's name.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * The definition's version, recorded in every event it decides (a store keeps the versions
   * its events name; see {@link CaseEvent#workflowVersion()}).
   *
   * @return the version, from 1 ({@link WorkflowBuilder#version(int)})
   */
  public int version() {
    return version;
  }

  /**
   * The case type it handles.
   *
   * @return the type
   */
  public CaseType type() {
    return type;
  }

  /**
   * The states, in declaration order.
   *
   * @return the states
   */
  public List<State> states() {
    return List.of(states);
  }

  /**
   * A state by name.
   *
   * @param name the state's name
   * @return the state, or empty
   */
  public Optional<State> state(String name) {
    return Optional.ofNullable(stateByName.get(name));
  }

  /**
   * A state by its typed name.
   *
   * @param stateName the name, e.g. {@code WorkOrderWorkflow.DISPATCHED}
   * @return the state, or empty if the workflow has none of that name
   */
  public Optional<State> state(StateName stateName) {
    return Optional.ofNullable(stateByName.get(stateName.value()));
  }

  /**
   * The typed name of one of this workflow's states, for a custom workflow's constants.
   *
   * <pre>{@code
   * StateName replied = workflow.stateName("REPLIED");
   * }</pre>
   *
   * @param text the state's name
   * @return the typed name
   * @throws InvalidValueException {@code workflow.unknown_state} if the workflow has no such
   *     state
   */
  public StateName stateName(String text) {
    State s = stateByName.get(text);
    if (s == null) {
      throw new InvalidValueException(CaseErrors.UNKNOWN_STATE, name, String.valueOf(text));
    }
    return s.name();
  }

  /**
   * The typed name of one of this workflow's commands, for a custom workflow's constants.
   *
   * <pre>{@code
   * CommandName answer = workflow.command("answer");
   * Command c = Command.of(answer, clerk);
   * }</pre>
   *
   * @param text the command's name
   * @return the typed name
   * @throws InvalidValueException {@code workflow.unknown_command} if the workflow has no such
   *     command
   */
  public CommandName command(String text) {
    for (CommandName c : commands()) {
      if (c.value().equals(text)) {
        return c;
      }
    }
    throw new InvalidValueException(CaseErrors.UNKNOWN_COMMAND, name, String.valueOf(text));
  }

  /**
   * The state every case starts in.
   *
   * @return the initial state
   */
  public State initial() {
    return registration.to;
  }

  /**
   * The command names, in declaration order ({@code register} first).
   *
   * @return the names
   */
  public List<CommandName> commands() {
    List<CommandName> all = new ArrayList<>(commands.length + 1);
    all.add(Command.REGISTER);
    all.addAll(Arrays.asList(commands));
    return Collections.unmodifiableList(all);
  }

  /**
   * Every transition, the registration first, then in declaration order.
   *
   * @return the transitions
   */
  public List<Transition> transitions() {
    return transitions;
  }

  /**
   * The commands a role may issue in a state (guards and windows not evaluated).
   *
   * @param state a state of this workflow
   * @param role  the role
   * @return the command names, in declaration order
   */
  public List<CommandName> permitted(State state, Role role) {
    int index = indexOf(state, "(state)");
    List<CommandName> out = new ArrayList<>();
    for (int c = 0; c < commands.length; c++) {
      if (anyAllows(table[index * commands.length + c], role)) {
        out.add(commands[c]);
      }
    }
    return out;
  }

  /**
   * Whether a role may issue a command in a state (guards and windows not evaluated): the
   * same as {@code permitted(state, role).contains(command)}, without building the list.
   *
   * @param state   a state of this workflow
   * @param role    the role
   * @param command the command name
   * @return {@code true} if some transition of that command leaves the state for that role
   */
  public boolean permits(State state, Role role, CommandName command) {
    int index = indexOf(state, "(state)");
    int c = commandIndexOf(Objects.requireNonNull(command, "command"));
    return c >= 0 && anyAllows(table[index * commands.length + c], role);
  }

  private static boolean anyAllows(Transition head, Role role) {
    for (Transition t = head; t != null; t = t.next) {
      if (t.allows(role)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Decides the registration of a new case.
   *
   * @param id      the new case's id
   * @param command a {@link Command#register} command whose registration has this type
   * @param now     the time of registration
   * @return the first event, or a rejection
   */
  public Decision register(CaseId id, Command command, Instant now) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(now, "now");
    Registration r = command.rawRegistration();
    if (r == null) {
      return Rejection.ofRegistration(Rejection.Reason.UNKNOWN_COMMAND, command.name(),
          "only 'register' can start a case");
    }
    Transition t = registration;
    if (!t.allows(command.actor().role())) {
      return roleNotAllowed(t, command, null);
    }
    if (r.type() != type) {
      return Rejection.ofRegistration(Rejection.Reason.GUARD_FAILED, command.name(),
          "case type " + r.type() + " is not handled by workflow '" + name + "' (" + type + ")");
    }
    Rejection failed = checkFields(t, command, null);
    if (failed != null) {
      return failed;
    }
    for (int i = 0; i < t.registrationGuards.length; i++) {
      if (!t.registrationGuards[i].test(r, command, now)) {
        return guardFailed(command, null, t.guardReasons[i]);
      }
    }
    Deadline[] clocks = t.clocksAfter(noClocks, limitsFor(r.category()), now, calendar, dues,
        command);
    return new CaseEvent(id, 1, now, t, command, Handling.initial(r, command), clocks);
  }

  /**
   * Decides a command against a case. Pure: nothing changes until the caller applies the event.
   *
   * @param kase    a case of this workflow
   * @param command the command
   * @param now     the time of the decision, not before the case's last change
   * @return the event the command produces, or why it is rejected
   * @throws InvalidValueException {@code workflow.foreign_case} if the case belongs to another
   *     workflow, {@code case.clock_backwards} if {@code now} is before the case's last change
   */
  public Decision decide(Case kase, Command command, Instant now) {
    State s = kase.state();
    int index = s.owner == owner ? s.index : indexOf(kase);
    if (now.isBefore(kase.updatedAt())) {
      throw new InvalidValueException(CaseErrors.CLOCK_BACKWARDS, kase.id(), kase.updatedAt(),
          now);
    }
    int c = commandIndexOf(command.name());
    if (c < 0) {
      return Rejection.of(Rejection.Reason.UNKNOWN_COMMAND, command.name(), s.name(),
          "workflow '" + name + "' has no command '" + command.name() + "'");
    }
    Transition t = table[index * commands.length + c];
    if (t == null) {
      return Rejection.of(Rejection.Reason.NOT_PERMITTED, command.name(), s.name(),
          s.kind() == StateKind.TERMINAL ? "state " + s.name() + " is terminal"
              : "not permitted in state " + s.name());
    }
    Transition head = t;
    while (t.when != null && !t.when.test(kase, command, now)) {
      t = t.next;
      if (t == null) {
        return Rejection.of(Rejection.Reason.GUARD_FAILED, command.name(), s.name(),
            "no branch applies: " + branches(head));
      }
    }
    if (!t.allows(command.actor().role())) {
      return roleNotAllowed(t, command, s.name());
    }
    Deadline[] clocks = kase.clocks();
    if (t.withinClock >= 0) {
      Deadline window = clocks[t.withinClock];
      if (window == null || window.isOverdue(now)) {
        return Rejection.of(Rejection.Reason.WINDOW_CLOSED, command.name(), s.name(),
            "window '" + clockNames[t.withinClock] + "' "
                + (window == null ? "is not open" : "closed at " + window.due()));
      }
    }
    if (t.lapsedClock >= 0) {
      Deadline window = clocks[t.lapsedClock];
      if (window == null || !window.isOverdue(now)) {
        return guardFailed(command, s.name(), "window '" + clockNames[t.lapsedClock] + "' "
            + (window == null ? "is not open" : "has not lapsed (due " + window.due() + ")"));
      }
    }
    if (t.countLimit != null) {
      int max = limits.countOr(t.countLimit, 0);
      int done = t.countsExtension ? kase.extensions() : t.countsReturn ? kase.returns()
          : t.countsReopening ? kase.reopenings() : t.countsSupervision ? kase.supervisions()
          : kase.escalations();
      if (done >= max) {
        return guardFailed(command, s.name(), "at most " + max + " " + t.countLimit
            + " allowed, " + done + " done");
      }
    }
    Rejection failed = checkFields(t, command, s.name());
    if (failed != null) {
      return failed;
    }
    if (command.rawExtension() != null) {
      Rejection tooLong = checkExtension(t, command, limitsFor(kase.category()), s.name());
      if (tooLong != null) {
        return tooLong;
      }
    }
    if (t.escalates && kase.escalationLevel().next().isEmpty()) {
      return guardFailed(command, s.name(), "already at the top of the escalation ladder ("
          + kase.escalationLevel() + ")");
    }
    for (int i = 0; i < t.guards.length; i++) {
      if (!t.guards[i].test(kase, command, now)) {
        return guardFailed(command, s.name(), t.guardReasons[i]);
      }
    }
    if (t.clockActions.length > 0) {
      clocks = t.clocksAfter(clocks, limitsFor(kase.category()), now, calendar, dues, command);
    }
    return new CaseEvent(kase.id(), kase.version() + 1, now, t, command,
        kase.handling().after(t, command), clocks);
  }

  /**
   * Recomputes an open case's deadlines with this workflow's calendar and time limits, for
   * example after a State Council notice was loaded for a year that was provisional: the clock
   * actions of the whole history (start, extend, stop, resume) are run again at their events'
   * instants. Pure, like {@link #decide}.
   *
   * <pre>{@code
   * Workflow updated = workflow.withCalendar(WorkCalendar.china().with(notice2027));
   * updated.recomputeDeadlines(kase, store.events(kase.id()), now)
   *     .ifPresent(e -> e.deadlineChanges().forEach(System.out::println));
   * }</pre>
   *
   * @param kase    a case of this workflow
   * @param history the case's events in order, as stored ({@code Case.replay(history)} is the
   *                case)
   * @param now     the time of the recomputation, not before the case's last change
   * @return an event tagged {@link EventTag#DEADLINE_RECOMPUTED}, by {@link Actor#system()},
   *     carrying the recomputed deadlines and {@link CaseEvent#deadlineChanges() what changed};
   *     empty if no deadline changes (including its provisional mark) or the case is terminal
   * @throws InvalidValueException {@code workflow.foreign_case} if the case belongs to another
   *     workflow, {@code case.event_order} if the history is not the case's,
   *     {@code case.clock_backwards} if {@code now} is before the case's last change
   */
  public Optional<CaseEvent> recomputeDeadlines(Case kase, List<CaseEvent> history,
      Instant now) {
    State s = kase.state();
    int index = s.owner == owner ? s.index : indexOf(kase);
    if (history.isEmpty() || history.size() != kase.version()
        || !history.get(history.size() - 1).equals(kase.lastEvent())) {
      throw new InvalidValueException(CaseErrors.EVENT_ORDER, history.size(), kase.id(),
          kase.version(), kase.id());
    }
    if (now.isBefore(kase.updatedAt())) {
      throw new InvalidValueException(CaseErrors.CLOCK_BACKWARDS, kase.id(), kase.updatedAt(),
          now);
    }
    Transition t = recomputations[index];
    if (t == null) {
      return Optional.empty();
    }
    TimeLimit[] caseLimits = limitsFor(kase.category());
    Deadline[] clocks = noClocks;
    Case before = null;
    for (CaseEvent e : history) {
      Transition made = transitionOf(e, before);
      if (made.clockActions.length > 0) {
        clocks = made.clocksAfter(clocks, caseLimits, e.at(), calendar, dues, e.request());
      }
      before = before == null ? Case.start(e) : before.apply(e);
    }
    Deadline[] current = kase.clocks();
    if (Arrays.equals(clocks, current)) {
      return Optional.empty();
    }
    return Optional.of(CaseEvent.recomputed(kase.id(), kase.version() + 1, now, t,
        Command.of(RECOMPUTE_DEADLINES, Actor.system()), kase.handling(), clocks, current));
  }

  /** A requested extension longer than the limit, or in another unit, is refused. */
  private Rejection checkExtension(Transition t, Command command, TimeLimit[] caseLimits,
      StateName state) {
    Extension asked = command.rawExtension();
    if (asked == null || asked.length().isEmpty()) {
      return null;
    }
    for (int a = 0; a < t.clockActions.length; a++) {
      if (t.clockActions[a] != Transition.ClockAction.EXTEND_UP_TO) {
        continue;
      }
      DeadlinePolicy length = asked.length().get();
      TimeLimit max = caseLimits[t.limitSlots[a]];
      boolean fits = max instanceof TimeLimit.Period p
          ? p.policy().unit() == length.unit() && length.amount() <= p.policy().amount()
          : max instanceof TimeLimit.Exact x && length.unit() == PeriodUnit.HOURS
              && length.amount() * 3600L <= x.duration().getSeconds();
      if (!fits) {
        return guardFailed(command, state, "an extension of up to " + max + ", asked for "
            + length.amount() + " " + length.unit());
      }
    }
    return null;
  }

  /**
   * The clocks some transition reads as a window ({@link TransitionBuilder#within} or
   * {@link TransitionBuilder#afterLapse}): time a party has to act (a review request, a
   * judicial confirmation, a return), not a duty of the handler. Besides the primary clock,
   * the other clocks are duties ({@link io.github.shiyu.governance.cases.monitor.EscalationPolicy}
   * escalates when one runs out: a whistle response, a risk report, a supervision notice).
   *
   * @return the window clocks' names, in the workflow's clock order
   */
  public List<String> windowClocks() {
    return windows;
  }

  private static List<String> windows(String[] clockNames, List<Transition> transitions) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < clockNames.length; i++) {
      for (Transition t : transitions) {
        if (t.withinClock == i || t.lapsedClock == i) {
          out.add(clockNames[i]);
          break;
        }
      }
    }
    return List.copyOf(out);
  }

  /** The parts the transition needs the command to carry; {@code state} null at registration. */
  private static Rejection checkFields(Transition t, Command command, StateName state) {
    if (t.requiresReason && !command.hasReason()) {
      return guardFailed(command, state, "a reason is required");
    }
    if (t.requiresHandler && !command.hasHandler()) {
      return guardFailed(command, state, "a handler is required");
    }
    if (t.requiresRating && !command.hasRating()) {
      return guardFailed(command, state, "a rating is required");
    }
    if (t.requiresTier && command.rawTier() == null) {
      return guardFailed(command, state, "a tier is required");
    }
    if (t.recordsExpert && command.rawExpert() == null) {
      return guardFailed(command, state, "an expert field is required");
    }
    return null;
  }

  /** A rejection in a state, or of a registration when {@code state} is null. */
  private static Rejection rejection(Rejection.Reason reason, Command command, StateName state,
      String detail) {
    return state == null ? Rejection.ofRegistration(reason, command.name(), detail)
        : Rejection.of(reason, command.name(), state, detail);
  }

  private static Rejection guardFailed(Command command, StateName state, String reason) {
    return rejection(Rejection.Reason.GUARD_FAILED, command, state, reason);
  }

  private static Rejection roleNotAllowed(Transition t, Command command, StateName state) {
    return rejection(Rejection.Reason.ROLE_NOT_ALLOWED, command, state,
        "role " + command.actor().role() + " not allowed, only " + Arrays.toString(t.roles));
  }

  private static String branches(Transition head) {
    List<String> out = new ArrayList<>();
    for (Transition t = head; t != null; t = t.next) {
      out.add(t.whenDescription == null ? "(default)" : t.whenDescription);
    }
    return String.join("; ", out);
  }

  private int indexOf(State s, String caseId) {
    if (s.owner == owner) {
      return s.index;
    }
    State mine = stateByName.get(s.name().value());
    if (mine == null || mine.kind() != s.kind()) {
      throw new InvalidValueException(CaseErrors.FOREIGN_CASE, caseId, s.name(), name);
    }
    return mine.index;
  }

  /**
   * The slow path for a case rebuilt from restored events (or decided by another instance of
   * this definition): its state is found by name, and its events must name this workflow and
   * run its clocks.
   */
  private int indexOf(Case kase) {
    CaseEvent last = kase.lastEvent();
    if (!last.workflow().equals(name) || !last.clocks().equals(clockList)) {
      throw new InvalidValueException(CaseErrors.FOREIGN_CASE, kase.id().value(),
          kase.state().name(), name);
    }
    return indexOf(kase.state(), kase.id().value());
  }

  /**
   * The transition that made an event of this workflow, found by name for a restored one;
   * of several branches to the same state, the first whose condition holds for the case
   * before the event (as {@link #decide} chose it).
   */
  private Transition transitionOf(CaseEvent e, Case before) {
    if (e.transition != null && e.transition.to.owner == owner) {
      return e.transition;
    }
    Optional<StateName> from = e.from();
    if (from.isEmpty()) {
      return registration;
    }
    State s = stateByName.get(from.get().value());
    int c = commandIndexOf(e.command());
    if (s != null && e.command().equals(RECOMPUTE_DEADLINES) && recomputations[s.index] != null) {
      return recomputations[s.index];
    }
    if (s != null && c >= 0) {
      for (Transition t = table[s.index * commands.length + c]; t != null; t = t.next) {
        if (t.to.name().equals(e.to())
            && (t.when == null || before == null || t.when.test(before, e.request(), e.at()))) {
          return t;
        }
      }
    }
    throw new InvalidValueException(CaseErrors.EVENT_ORDER, e.sequence(), e.caseId(),
        e.sequence() - 1, e.caseId());
  }

  /**
   * Renders the workflow as a Mermaid state diagram.
   *
   * @return the diagram's source, {@code stateDiagram-v2}
   */
  public String toMermaid() {
    return Rendering.mermaid(this);
  }

  /**
   * Renders the workflow as a PlantUML state diagram.
   *
   * @return the diagram's source, from {@code @startuml} to {@code @enduml}
   */
  public String toPlantUml() {
    return Rendering.plantUml(this);
  }

  @Override
  public String toString() {
    return "Workflow[" + name + ", " + type + ", " + states.length + " states, "
        + transitions.size() + " transitions]";
  }
}
