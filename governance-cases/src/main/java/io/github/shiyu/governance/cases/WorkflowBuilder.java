package io.github.shiyu.governance.cases;

import io.github.shiyu.governance.core.InvalidValueException;
import io.github.shiyu.governance.core.time.WorkCalendar;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Builds a {@link Workflow}: started by {@link Workflow#builder(String, CaseType)} or by a
 * standard workflow's {@code builder()} (to copy and change it). Not thread-safe;
 * {@link #build()} checks the whole definition. The registration is declared with
 * {@link #registration()} (a {@link RegistrationBuilder}: no source state, guards that see the
 * {@link Registration}), every other transition with {@link #on(CommandName)} (a
 * {@link TransitionBuilder}).
 *
 * <pre>{@code
 * WorkflowBuilder b = Workflow.builder("grid-incident", CaseType.GRID_INCIDENT)
 *     .state("FOUND", StateKind.OPEN, "发现")
 *     .state("CONCLUDED", StateKind.TERMINAL, "办结");
 * }</pre>
 */
public final class WorkflowBuilder {

  private static final Pattern STATE = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");
  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,63}");

  String name;
  int version = 1;
  final CaseType type;
  private final Map<String, StateKind> kinds = new LinkedHashMap<>();
  private final Map<String, String> labels = new HashMap<>();
  final List<String> clocks = new ArrayList<>();
  final List<TransitionBuilder> transitions = new ArrayList<>();
  RegistrationBuilder registration;
  TimeLimits limits = TimeLimits.builder().build();
  WorkCalendar calendar;

  WorkflowBuilder(String name, CaseType type) {
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
  public WorkflowBuilder version(int number) {
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
  public WorkflowBuilder state(StateName state, StateKind kind, String label) {
    return state(state.value(), kind, label);
  }

  /**
   * Declares a state.
   *
   * @param state upper snake case name
   * @param kind  open, settled or terminal
   * @return this builder
   */
  public WorkflowBuilder state(String state, StateKind kind) {
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
  public WorkflowBuilder state(String state, StateKind kind, String label) {
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
  public WorkflowBuilder timeLimits(TimeLimits timeLimits) {
    this.limits = Objects.requireNonNull(timeLimits, "timeLimits");
    return this;
  }

  /**
   * Sets the work calendar (else {@link WorkCalendar#china()}).
   *
   * @param workCalendar the calendar
   * @return this builder
   */
  public WorkflowBuilder calendar(WorkCalendar workCalendar) {
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
  public WorkflowBuilder clock(String clock) {
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
   * <pre>{@code
   * builder.registration().to("REGISTERED").by(Role.PETITION_OFFICE)
   *     .guard("a group visit elects at most 5 representatives",
   *         (registration, command, now) -> registration.parties().size() <= 5)
   *     .startsClock("handling", "routing").tags(EventTag.REGISTRATION).add();
   * }</pre>
   *
   * @return a registration builder; finish it with {@link RegistrationBuilder#add()}
   */
  public RegistrationBuilder registration() {
    return new RegistrationBuilder(this);
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
    if (Workflow.RECOMPUTE_DEADLINES.equals(command)) {
      throw new InvalidValueException(CaseErrors.DEFINITION, name,
          "'" + Workflow.RECOMPUTE_DEADLINES + "' is built into every workflow");
    }
    return new TransitionBuilder(this, command);
  }

  /**
   * Renames the workflow (a vendor's copy of a standard one).
   *
   * @param newName lower kebab case
   * @return this builder
   */
  public WorkflowBuilder named(String newName) {
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
  public WorkflowBuilder withoutCommand(String command) {
    transitions.removeIf(t -> t.command.value().equals(command));
    return this;
  }

  /**
   * Removes every transition fired by a command (to adapt a copied standard workflow).
   *
   * @param command the command, e.g. {@code WorkOrderWorkflow.TRANSFER}
   * @return this builder
   */
  public WorkflowBuilder withoutCommand(CommandName command) {
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
  public WorkflowBuilder withoutState(StateName state) {
    return withoutState(state.value());
  }

  /**
   * Removes a state and every transition from or to it (to adapt a copied standard
   * workflow); a transition from several states loses only this one.
   *
   * @param state the state name
   * @return this builder
   */
  public WorkflowBuilder withoutState(String state) {
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
    registration.clockLimits.stream().filter(l -> !limitNames.contains(l))
        .forEach(limitNames::add);
    List<String> clockNames = List.copyOf(clocks);
    Transition reg = registration.make(require(byName, registration.to), limitNames,
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
    int[][] startSlots = new int[clockNames.size()][];
    for (int c = 0; c < clockNames.size(); c++) {
      List<Integer> slots = new ArrayList<>();
      for (Transition t : all) {
        for (int a = 0; a < t.clockActions.length; a++) {
          if (t.clockActions[a] == Transition.ClockAction.START && t.clockIndexes[a] == c
              && !slots.contains(t.limitSlots[a])) {
            slots.add(t.limitSlots[a]);
          }
        }
      }
      startSlots[c] = slots.stream().mapToInt(Integer::intValue).toArray();
    }
    for (Transition t : all) {
      t.startSlotsByClock = startSlots;
    }
    checkReachable(states, all);
    checkDeadEnds(states, all);
    return new Workflow(name, version, type, clockNames, limits, calendar, states,
        Collections.unmodifiableMap(byName), commands, table, reg, List.copyOf(all), owner,
        limitNames.toArray(new String[0]));
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

