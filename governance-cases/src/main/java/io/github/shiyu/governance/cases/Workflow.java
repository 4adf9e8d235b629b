package io.github.shiyu.governance.cases;

import io.github.shiyu.governance.cases.internal.DueCache;
import io.github.shiyu.governance.cases.internal.Rendering;
import io.github.shiyu.governance.core.InvalidValueException;
import io.github.shiyu.governance.core.time.Deadline;
import io.github.shiyu.governance.core.time.WorkCalendar;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * A workflow definition as data: states with their kinds, commands, and the transitions between
 * them with roles, guards and effects. It decides commands against cases (a pure function:
 * {@link #decide} returns an event or a rejection and changes nothing).
 *
 * <p>Built with {@link #builder(String, CaseType)}; {@link Builder#build()} rejects unreachable
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
  private final String[] limitNames;
  private final TimeLimits limits;
  private final WorkCalendar calendar;
  private final ConcurrentHashMap<String, TimeLimit[]> limitsByCategory = new ConcurrentHashMap<>();
  private final DueCache dues = new DueCache();
  private final Deadline[] noClocks;
  /** Per state, the built-in self-transition of a deadline recomputation; null if terminal. */
  private final Transition[] recomputations;

  private Workflow(Builder b, State[] states, Map<String, State> stateByName,
      CommandName[] commands,
      Transition[] table, Transition registration, List<Transition> transitions, Object owner,
      String[] limitNames) {
    this.name = b.name;
    this.version = b.version;
    this.type = b.type;
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
    this.clockNames = b.clocks.toArray(new String[0]);
    this.clockList = List.of(clockNames);
    this.noClocks = new Deadline[clockNames.length];
    this.limitNames = limitNames;
    this.limits = b.limits;
    this.calendar = b.calendar;
    this.recomputations = new Transition[states.length];
    for (State s : states) {
      if (s.kind() != StateKind.TERMINAL) {
        recomputations[s.index] = new Transition(name, version, RECOMPUTE_DEADLINES, s, s,
            new Role[] {Role.SYSTEM}, EnumSet.of(EventTag.DEADLINE_RECOMPUTED), null, null,
            new String[0], new Condition[0], false, false, false, false, false, false,
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

  private TimeLimit[] limitsFor(String category) {
    TimeLimit[] found = limitsByCategory.get(category);
    if (found == null) {
      found = new TimeLimit[limitNames.length];
      for (int i = 0; i < limitNames.length; i++) {
        found[i] = limits.find(limitNames[i], category);
      }
      limitsByCategory.putIfAbsent(category, found);
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
  public static Builder builder(String name, CaseType type) {
    return new Builder(name, type);
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
   * @return the version, from 1 ({@link Builder#version(int)})
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
      return new Rejection(Rejection.Reason.UNKNOWN_COMMAND, command.name().value(), "",
          "only 'register' can start a case");
    }
    Transition t = registration;
    if (!t.allows(command.actor().role())) {
      return roleNotAllowed(t, command, "");
    }
    if (r.type() != type) {
      return new Rejection(Rejection.Reason.GUARD_FAILED, command.name().value(), "",
          "case type " + r.type() + " is not handled by workflow '" + name + "' (" + type + ")");
    }
    Rejection failed = checkGuards(t, null, command, now, "");
    if (failed != null) {
      return failed;
    }
    Deadline[] clocks = t.clocksAfter(noClocks, limitsFor(r.category()), now, calendar, dues);
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
      return new Rejection(Rejection.Reason.UNKNOWN_COMMAND, command.name().value(), s.name().value(),
          "workflow '" + name + "' has no command '" + command.name() + "'");
    }
    Transition t = table[index * commands.length + c];
    if (t == null) {
      return new Rejection(Rejection.Reason.NOT_PERMITTED, command.name().value(), s.name().value(),
          s.kind() == StateKind.TERMINAL ? "state " + s.name() + " is terminal"
              : "not permitted in state " + s.name());
    }
    Transition head = t;
    while (t.when != null && !t.when.test(kase, command, now)) {
      t = t.next;
      if (t == null) {
        return new Rejection(Rejection.Reason.GUARD_FAILED, command.name().value(), s.name().value(),
            "no branch applies: " + branches(head));
      }
    }
    if (!t.allows(command.actor().role())) {
      return roleNotAllowed(t, command, s.name().value());
    }
    Deadline[] clocks = kase.clocks();
    if (t.withinClock >= 0) {
      Deadline window = clocks[t.withinClock];
      if (window == null || window.isOverdue(now)) {
        return new Rejection(Rejection.Reason.WINDOW_CLOSED, command.name().value(), s.name().value(),
            "window '" + clockNames[t.withinClock] + "' "
                + (window == null ? "is not open" : "closed at " + window.due()));
      }
    }
    if (t.lapsedClock >= 0) {
      Deadline window = clocks[t.lapsedClock];
      if (window == null || !window.isOverdue(now)) {
        return guardFailed(command, s.name().value(), "window '" + clockNames[t.lapsedClock] + "' "
            + (window == null ? "is not open" : "has not lapsed (due " + window.due() + ")"));
      }
    }
    if (t.countLimit != null) {
      int max = limits.countOr(t.countLimit, 0);
      int done = t.countsExtension ? kase.extensions() : t.countsReturn ? kase.returns()
          : t.countsReopening ? kase.reopenings() : t.countsSupervision ? kase.supervisions()
          : kase.escalations();
      if (done >= max) {
        return guardFailed(command, s.name().value(), "at most " + max + " " + t.countLimit
            + " allowed, " + done + " done");
      }
    }
    Rejection failed = checkGuards(t, kase, command, now, s.name().value());
    if (failed != null) {
      return failed;
    }
    if (t.clockActions.length > 0) {
      clocks = t.clocksAfter(clocks, limitsFor(kase.category()), now, calendar, dues);
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
    for (CaseEvent e : history) {
      Transition made = transitionOf(e);
      if (made.clockActions.length > 0) {
        clocks = made.clocksAfter(clocks, caseLimits, e.at(), calendar, dues);
      }
    }
    Deadline[] current = kase.clocks();
    if (Arrays.equals(clocks, current)) {
      return Optional.empty();
    }
    return Optional.of(CaseEvent.recomputed(kase.id(), kase.version() + 1, now, t,
        Command.of(RECOMPUTE_DEADLINES, Actor.system()), kase.handling(), clocks, current));
  }

  private Rejection checkGuards(Transition t, Case kase, Command command, Instant now,
      String state) {
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
    if (t.escalates && kase != null && kase.escalationLevel().next().isEmpty()) {
      return guardFailed(command, state, "already at the top of the escalation ladder ("
          + kase.escalationLevel() + ")");
    }
    for (int i = 0; i < t.guards.length; i++) {
      if (!t.guards[i].test(kase, command, now)) {
        return guardFailed(command, state, t.guardReasons[i]);
      }
    }
    return null;
  }

  private static Rejection guardFailed(Command command, String state, String reason) {
    return new Rejection(Rejection.Reason.GUARD_FAILED, command.name().value(), state, reason);
  }

  private static Rejection roleNotAllowed(Transition t, Command command, String state) {
    return new Rejection(Rejection.Reason.ROLE_NOT_ALLOWED, command.name().value(), state,
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

  /** The transition that made an event of this workflow, found by name for a restored one. */
  private Transition transitionOf(CaseEvent e) {
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
        if (t.to.name().equals(e.to())) {
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

  /**
   * Builds a {@link Workflow}. Not thread-safe; {@link #build()} checks the whole definition.
   *
   * <pre>{@code
   * Workflow.Builder b = Workflow.builder("grid-incident", CaseType.GRID_INCIDENT)
   *     .state("FOUND", StateKind.OPEN, "发现")
   *     .state("CONCLUDED", StateKind.TERMINAL, "办结");
   * }</pre>
   */
  public static final class Builder {

    private static final Pattern STATE = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,63}");

    private String name;
    private int version = 1;
    private final CaseType type;
    private final Map<String, StateKind> kinds = new LinkedHashMap<>();
    private final Map<String, String> labels = new HashMap<>();
    private final List<String> clocks = new ArrayList<>();
    private final List<TransitionBuilder> transitions = new ArrayList<>();
    private TransitionBuilder registration;
    private TimeLimits limits = TimeLimits.builder().build();
    private WorkCalendar calendar;

    private Builder(String name, CaseType type) {
      if (name == null || !NAME.matcher(name).matches()) {
        throw new InvalidValueException(CaseErrors.DEFINITION, String.valueOf(name),
            "a workflow name is lower kebab case");
      }
      this.name = name;
      this.type = Objects.requireNonNull(type, "type");
    }

    /**
     * Sets the definition's version (else 1): raise it when a changed definition decides new
     * events differently, so that stored events say which one made them.
     *
     * @param number 1 or more
     * @return this builder
     * @throws InvalidValueException {@code workflow.definition} if below 1
     */
    public Builder version(int number) {
      if (number < 1) {
        throw new InvalidValueException(CaseErrors.DEFINITION, name,
            "a version is from 1, got " + number);
      }
      this.version = number;
      return this;
    }

    /**
     * Declares a state.
     *
     * @param state the state's name, e.g. {@code WorkOrderWorkflow.DISPATCHED}
     * @param kind  open, settled or terminal
     * @param label the label shown in diagrams, e.g. {@code 已派单}
     * @return this builder
     */
    public Builder state(StateName state, StateKind kind, String label) {
      return state(state.value(), kind, label);
    }

    /**
     * Declares a state.
     *
     * @param state upper snake case name
     * @param kind  open, settled or terminal
     * @return this builder
     */
    public Builder state(String state, StateKind kind) {
      return state(state, kind, state);
    }

    /**
     * Declares a state with a human label.
     *
     * @param state upper snake case name
     * @param kind  open, settled or terminal
     * @param label the label shown in diagrams, e.g. {@code 已派单}
     * @return this builder
     */
    public Builder state(String state, StateKind kind, String label) {
      if (state == null || !STATE.matcher(state).matches()) {
        throw new InvalidValueException(CaseErrors.DEFINITION, name,
            "a state name is upper snake case, got '" + state + "'");
      }
      if (kinds.putIfAbsent(state, Objects.requireNonNull(kind, "kind")) != null) {
        throw new InvalidValueException(CaseErrors.DEFINITION, name,
            "state " + state + " declared twice");
      }
      labels.put(state, Objects.requireNonNull(label, "label"));
      return this;
    }

    /**
     * Sets the time limits (else none: every limit the transitions use must be given).
     *
     * @param timeLimits the limits with their defaults
     * @return this builder
     */
    public Builder timeLimits(TimeLimits timeLimits) {
      this.limits = Objects.requireNonNull(timeLimits, "timeLimits");
      return this;
    }

    /**
     * Sets the work calendar (else {@link WorkCalendar#china()}).
     *
     * @param workCalendar the calendar
     * @return this builder
     */
    public Builder calendar(WorkCalendar workCalendar) {
      this.calendar = Objects.requireNonNull(workCalendar, "workCalendar");
      return this;
    }

    /**
     * Declares a clock (a deadline the case may run): e.g. {@code handling}, {@code review}.
     * The first clock declared is the primary one.
     *
     * @param clock lower camel case name
     * @return this builder
     */
    public Builder clock(String clock) {
      if (clocks.contains(clock)) {
        throw new InvalidValueException(CaseErrors.DEFINITION, name,
            "clock " + clock + " declared twice");
      }
      clocks.add(Objects.requireNonNull(clock, "clock"));
      return this;
    }

    /**
     * Starts the registration transition ({@code register}): its target is the
     * initial state.
     *
     * @return a transition builder; finish it with {@link TransitionBuilder#add()}
     */
    public TransitionBuilder registration() {
      return new TransitionBuilder(this, Command.REGISTER, true);
    }

    /**
     * Starts a transition fired by a command.
     *
     * @param command lower camel case name, e.g. {@code returnOrder}
     * @return a transition builder; finish it with {@link TransitionBuilder#add()}
     */
    public TransitionBuilder on(String command) {
      return on(CommandName.of(command));
    }

    /**
     * Starts a transition fired by a command.
     *
     * @param command the command, e.g. {@code WorkOrderWorkflow.RETURN_ORDER}
     * @return a transition builder; finish it with {@link TransitionBuilder#add()}
     */
    public TransitionBuilder on(CommandName command) {
      if (Command.REGISTER.equals(command)) {
        throw new InvalidValueException(CaseErrors.DEFINITION, name,
            "use registration() for 'register'");
      }
      if (RECOMPUTE_DEADLINES.equals(command)) {
        throw new InvalidValueException(CaseErrors.DEFINITION, name,
            "'" + RECOMPUTE_DEADLINES + "' is built into every workflow");
      }
      return new TransitionBuilder(this, command, false);
    }

    /**
     * Renames the workflow (a vendor's copy of a standard one).
     *
     * @param newName lower kebab case
     * @return this builder
     */
    public Builder named(String newName) {
      if (newName == null || !NAME.matcher(newName).matches()) {
        throw new InvalidValueException(CaseErrors.DEFINITION, String.valueOf(newName),
            "a workflow name is lower kebab case");
      }
      this.name = newName;
      return this;
    }

    /**
     * Removes every transition fired by a command (to adapt a copied standard workflow).
     *
     * @param command the command name
     * @return this builder
     */
    public Builder withoutCommand(String command) {
      transitions.removeIf(t -> t.command.value().equals(command));
      return this;
    }

    /**
     * Removes every transition fired by a command (to adapt a copied standard workflow).
     *
     * @param command the command, e.g. {@code WorkOrderWorkflow.TRANSFER}
     * @return this builder
     */
    public Builder withoutCommand(CommandName command) {
      transitions.removeIf(t -> t.command.equals(command));
      return this;
    }

    /**
     * Removes a state and every transition from or to it (to adapt a copied standard
     * workflow); a transition from several states loses only this one.
     *
     * @param state the state name
     * @return this builder
     */
    public Builder withoutState(StateName state) {
      return withoutState(state.value());
    }

    /**
     * Removes a state and every transition from or to it (to adapt a copied standard
     * workflow); a transition from several states loses only this one.
     *
     * @param state the state name
     * @return this builder
     */
    public Builder withoutState(String state) {
      kinds.remove(state);
      labels.remove(state);
      transitions.removeIf(t -> state.equals(t.to));
      for (TransitionBuilder t : transitions) {
        t.from.remove(state);
      }
      transitions.removeIf(t -> t.from.isEmpty());
      return this;
    }

    int clockIndex(String clock) {
      int i = clocks.indexOf(clock);
      if (i < 0) {
        throw new InvalidValueException(CaseErrors.DEFINITION, name,
            "clock '" + clock + "' is not declared");
      }
      return i;
    }

    /**
     * Checks the definition and builds the workflow.
     *
     * @return the immutable workflow
     * @throws InvalidValueException {@code workflow.unknown_state},
     *     {@code workflow.exit_from_terminal}, {@code workflow.ambiguous_transition},
     *     {@code workflow.unreachable_state}, {@code workflow.dead_end} or
     *     {@code workflow.definition}, with a message naming the states and commands at fault
     */
    public Workflow build() {
      if (registration == null) {
        throw new InvalidValueException(CaseErrors.DEFINITION, name,
            "no registration(): the initial state is unknown");
      }
      Object owner = new Object();
      State[] states = new State[kinds.size()];
      Map<String, State> byName = new HashMap<>();
      int i = 0;
      for (Map.Entry<String, StateKind> e : kinds.entrySet()) {
        states[i] = new State(StateName.of(e.getKey()), e.getValue(), labels.get(e.getKey()), i,
            owner);
        byName.put(e.getKey(), states[i]);
        i++;
      }
      Map<CommandName, Integer> commandIndex = new LinkedHashMap<>();
      for (TransitionBuilder tb : transitions) {
        commandIndex.putIfAbsent(tb.command, commandIndex.size());
      }
      CommandName[] commands = commandIndex.keySet().toArray(new CommandName[0]);
      List<Transition> all = new ArrayList<>();
      if (calendar == null) {
        calendar = WorkCalendar.china();
      }
      List<String> limitNames = new ArrayList<>();
      for (TransitionBuilder tb : transitions) {
        tb.clockLimits.stream().filter(l -> l != null && !limitNames.contains(l))
            .forEach(limitNames::add);
      }
      registration.clockLimits.stream().filter(l -> l != null && !limitNames.contains(l))
          .forEach(limitNames::add);
      List<String> clockNames = List.copyOf(clocks);
      Transition reg = registration.make(null, require(byName, registration.to), limitNames,
          clockNames);
      all.add(reg);
      // per (state, command): conditional branches in declaration order, then the default
      Map<String, List<Transition>> cells = new LinkedHashMap<>();
      for (TransitionBuilder tb : transitions) {
        if (tb.from.isEmpty()) {
          throw new InvalidValueException(CaseErrors.DEFINITION, name,
              "transition '" + tb.command + "' has no from()");
        }
        for (String f : tb.from) {
          State from = require(byName, f);
          State to = tb.stay ? from : require(byName, tb.to);
          if (from.kind() == StateKind.TERMINAL) {
            throw new InvalidValueException(CaseErrors.EXIT_FROM_TERMINAL, name, f, tb.command);
          }
          Transition t = tb.make(from, to, limitNames, clockNames);
          all.add(t);
          cells.computeIfAbsent(f + "\u0000" + tb.command, k -> new ArrayList<>()).add(t);
        }
      }
      Transition[] table = new Transition[states.length * commands.length];
      for (List<Transition> cell : cells.values()) {
        List<Transition> ordered = new ArrayList<>();
        Transition fallback = null;
        Set<String> conditions = new LinkedHashSet<>();
        for (Transition t : cell) {
          if (t.when == null) {
            if (fallback != null) {
              throw new InvalidValueException(CaseErrors.AMBIGUOUS_TRANSITION, name, t.command,
                  t.from.name() + " (to " + fallback.to.name() + " and to " + t.to.name()
                      + ", neither with a condition)");
            }
            fallback = t;
          } else {
            if (!conditions.add(t.whenDescription)) {
              throw new InvalidValueException(CaseErrors.AMBIGUOUS_TRANSITION, name, t.command,
                  t.from.name() + " (condition '" + t.whenDescription + "' twice)");
            }
            ordered.add(t);
          }
        }
        if (fallback != null) {
          ordered.add(fallback);
        }
        for (int k = 0; k + 1 < ordered.size(); k++) {
          ordered.get(k).next = ordered.get(k + 1);
        }
        Transition head = ordered.get(0);
        table[head.from.index * commands.length + commandIndex.get(head.command)] = head;
      }
      checkReachable(states, all);
      checkDeadEnds(states, all);
      return new Workflow(this, states, Collections.unmodifiableMap(byName), commands, table,
          reg, List.copyOf(all), owner, limitNames.toArray(new String[0]));
    }

    private void checkReachable(State[] states, List<Transition> all) {
      Set<State> seen = new LinkedHashSet<>();
      ArrayDeque<State> queue = new ArrayDeque<>();
      queue.add(all.get(0).to);
      seen.add(all.get(0).to);
      while (!queue.isEmpty()) {
        State s = queue.poll();
        for (Transition t : all) {
          if (t.from == s && seen.add(t.to)) {
            queue.add(t.to);
          }
        }
      }
      List<String> unreachable = new ArrayList<>();
      for (State s : states) {
        if (!seen.contains(s)) {
          unreachable.add(s.name().value());
        }
      }
      if (!unreachable.isEmpty()) {
        throw new InvalidValueException(CaseErrors.UNREACHABLE_STATE, name, unreachable);
      }
    }

    private void checkDeadEnds(State[] states, List<Transition> all) {
      List<String> dead = new ArrayList<>();
      for (State s : states) {
        if (s.kind() == StateKind.TERMINAL) {
          continue;
        }
        boolean exit = false;
        for (Transition t : all) {
          if (t.from == s && t.to != s) {
            exit = true;
            break;
          }
        }
        if (!exit) {
          dead.add(s.name().value());
        }
      }
      if (!dead.isEmpty()) {
        throw new InvalidValueException(CaseErrors.DEAD_END, name, dead);
      }
    }

    private State require(Map<String, State> byName, String state) {
      State s = byName.get(state);
      if (s == null) {
        throw new InvalidValueException(CaseErrors.UNKNOWN_STATE, name, String.valueOf(state));
      }
      return s;
    }
  }

  /**
   * Builds one transition (or one per source state) of a {@link Builder}.
   *
   * <pre>{@code
   * builder.on("returnOrder").from("DISPATCHED", "ACKNOWLEDGED").to("RETURNED")
   *     .by(Role.DEPARTMENT).requiresReason().clearsHandler()
   *     .within("return").tags(EventTag.RETURN).add();
   * }</pre>
   */
  public static final class TransitionBuilder {

    private final Builder owner;
    private final CommandName command;
    private final boolean isRegistration;
    private final List<String> from = new ArrayList<>();
    private String to;
    private boolean stay;
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
    private final List<String> clockLimits = new ArrayList<>();
    private int withinClock = -1;
    private int lapsedClock = -1;
    private String countLimit;

    private TransitionBuilder(Builder owner, CommandName command, boolean isRegistration) {
      this.owner = owner;
      this.command = command;
      this.isRegistration = isRegistration;
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
      if (isRegistration) {
        throw new InvalidValueException(CaseErrors.DEFINITION, owner.name,
            "the registration has no source state");
      }
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
    public Builder add() {
      if (roles.isEmpty()) {
        throw new InvalidValueException(CaseErrors.DEFINITION, owner.name,
            "transition '" + command + "' has no role: add by(...)");
      }
      if (!stay && to == null) {
        throw new InvalidValueException(CaseErrors.DEFINITION, owner.name,
            "transition '" + command + "' has no target: add to(...) or stay()");
      }
      if (isRegistration) {
        if (owner.registration != null) {
          throw new InvalidValueException(CaseErrors.DEFINITION, owner.name,
              "registration() declared twice");
        }
        if (stay) {
          throw new InvalidValueException(CaseErrors.DEFINITION, owner.name,
              "the registration needs a target state");
        }
        owner.registration = this;
      } else {
        owner.transitions.add(this);
      }
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
          guards.toArray(new Condition[0]), requiresReason, assignsHandler, clearsHandler,
          setsTier, escalates, recordsRating,
          clockActions.toArray(new Transition.ClockAction[0]), indexes,
          clockLimits.toArray(new String[0]), slots, clockNames, withinClock, lapsedClock,
          countLimit);
    }
  }
}
