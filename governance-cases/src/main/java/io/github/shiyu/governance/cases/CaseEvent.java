package io.github.shiyu.governance.cases;

import io.github.shiyu.governance.cases.internal.Clocks;
import io.github.shiyu.governance.cases.internal.Step;
import io.github.shiyu.governance.core.InvalidValueException;
import io.github.shiyu.governance.core.org.EscalationLevel;
import io.github.shiyu.governance.core.org.Tier;
import io.github.shiyu.governance.core.time.Deadline;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One immutable entry of a case's history (事件日志): an accepted command with its outcome.
 *
 * <p>Sequence numbers start at 1 (the registration) and have no gaps; the sequence of an event
 * is the case's version after it. An event is plain data and carries everything reporting and
 * replay need without the workflow: the workflow's name and {@linkplain #workflowVersion()
 * version}, the command as issued, the states left and entered and the kind of the latter, the
 * {@linkplain #tags() tags} of the transition (return, reopening, extension, agreement ...),
 * the {@linkplain #handling() handling} after it (handler, tier, rung, rating, counters), the
 * deadlines by clock; the first event also carries the {@linkplain #registration()
 * registration} (type, category, place, tier).
 *
 * <p>A store rebuilds events with {@link #restore(CaseId, long, Instant)}, field by field, and
 * {@link Case#replay(List)} rebuilds the case from them alone; a restored event equals the
 * event that was stored.
 *
 * <pre>{@code
 * for (CaseEvent e : store.events(id)) {
 *   if (e.has(EventTag.CONCLUSION)) { concluded++; }
 *   e.handler().ifPresent(byHandler::add);
 * }
 * }</pre>
 */
public final class CaseEvent implements Decision {

  private final CaseId caseId;
  private final int sequence;
  private final Instant at;
  final Step step;
  /** The transition that decided it: the engine's fast path; null for a restored event. */
  final Transition transition;
  private final Command command;
  final Handling handling;
  final Deadline[] clocks;
  private final List<DeadlineChange> changes;

  CaseEvent(CaseId caseId, long sequence, Instant at, Transition transition, Command command,
      Handling handling, Deadline[] clocks) {
    this(caseId, sequence, at, transition.step, transition, command, handling, clocks,
        List.of());
  }

  private CaseEvent(CaseId caseId, long sequence, Instant at, Step step, Transition transition,
      Command command, Handling handling, Deadline[] clocks, List<DeadlineChange> changes) {
    this.caseId = caseId;
    this.sequence = Math.toIntExact(sequence);
    this.at = at;
    this.step = step;
    this.transition = transition;
    this.command = command;
    this.handling = handling;
    this.clocks = clocks;
    this.changes = changes;
  }

  /** A recomputation: the changes are worked out once, here. */
  static CaseEvent recomputed(CaseId caseId, long sequence, Instant at, Transition transition,
      Command command, Handling handling, Deadline[] clocks, Deadline[] before) {
    List<DeadlineChange> out = new ArrayList<>();
    List<String> names = transition.step.clocks();
    for (int i = 0; i < clocks.length; i++) {
      if (before[i] != null && clocks[i] != null && !before[i].equals(clocks[i])) {
        out.add(new DeadlineChange(names.get(i), before[i], clocks[i]));
      }
    }
    return new CaseEvent(caseId, sequence, at, transition.step, transition, command, handling,
        clocks, List.copyOf(out));
  }

  /**
   * Starts restoring a stored event. Give every part as it was read from the event when it was
   * stored; {@link Restore#build()} checks that the parts fit together.
   *
   * <pre>{@code
   * CaseEvent e = CaseEvent.restore(CaseId.of("WO-1"), 2, at)
   *     .workflow("work-order", 1)
   *     .command(Command.of(WorkOrderWorkflow.DISPATCH, operator).withHandler("dept-housing"))
   *     .from(WorkOrderWorkflow.REGISTERED)
   *     .to(WorkOrderWorkflow.DISPATCHED, StateKind.OPEN)
   *     .tags(Set.of(EventTag.DISPATCH))
   *     .handling(Handling.of(EscalationLevel.VILLAGE, Tier.SIMPLE).withHandler("dept-housing"))
   *     .clocks(List.of("handling", "returnWindow"))
   *     .deadline("handling", handlingDeadline)
   *     .deadline("returnWindow", returnDeadline)
   *     .build();
   * }</pre>
   *
   * @param caseId   the case
   * @param sequence the event's position in the case's history, from 1
   * @param at       when the command was accepted
   * @return a builder
   */
  public static Restore restore(CaseId caseId, long sequence, Instant at) {
    return new Restore(caseId, sequence, at);
  }

  /**
   * What a deadline recomputation ({@link EventTag#DEADLINE_RECOMPUTED}) changed: each clock
   * whose deadline differs, with its old and new values.
   *
   * @return the changes in the workflow's clock order, empty for every other event
   */
  public List<DeadlineChange> deadlineChanges() {
    return changes;
  }

  /**
   * The due instant of the case's primary clock after this event (for a work order the
   * handling limit; for a petition the limit of its current stage). On the first event it is
   * the case's first due instant; a stopped clock keeps its due instant, so a conclusion event
   * tells whether the case concluded on time.
   *
   * @return the due instant, or empty if the primary clock does not run
   */
  public Optional<Instant> due() {
    Deadline d = Clocks.primary(clocks);
    return d == null ? Optional.empty() : Optional.of(d.due());
  }

  /**
   * A clock's deadline after this event.
   *
   * @param clock a clock of the workflow
   * @return the deadline, or empty if that clock does not run
   */
  public Optional<Deadline> deadline(String clock) {
    return Optional.ofNullable(Clocks.get(step.clocks(), clocks, clock));
  }

  /**
   * Every running (or stopped) clock after this event.
   *
   * @return clock name to deadline, in the workflow's order
   */
  public Map<String, Deadline> deadlines() {
    return Clocks.asMap(step.clocks(), clocks);
  }

  /**
   * The case.
   *
   * @return the case id
   */
  public CaseId caseId() {
    return caseId;
  }

  /**
   * The position in the case's history, from 1, without gaps.
   *
   * @return the sequence number (= the case's version after this event)
   */
  public long sequence() {
    return sequence;
  }

  /**
   * When the command was accepted.
   *
   * @return the instant
   */
  public Instant at() {
    return at;
  }

  /**
   * Who issued the command.
   *
   * @return the actor
   */
  public Actor actor() {
    return command.actor();
  }

  /**
   * The command's name.
   *
   * @return e.g. {@code dispatch}
   */
  public CommandName command() {
    return step.command();
  }

  /**
   * The command as it was issued (its data and idempotency key).
   *
   * @return the command
   */
  public Command request() {
    return command;
  }

  /**
   * The state left.
   *
   * @return its name, empty for the registration
   */
  public Optional<StateName> from() {
    return step.from();
  }

  /**
   * The state entered.
   *
   * @return its name
   */
  public StateName to() {
    return step.toName();
  }

  /**
   * The workflow that decided the event.
   *
   * @return its name, e.g. {@code work-order}
   */
  public String workflow() {
    return step.workflow();
  }

  /**
   * The version of the workflow that decided the event ({@link Workflow#version()}).
   *
   * @return the version, from 1
   */
  public int workflowVersion() {
    return step.version();
  }

  /**
   * The clocks the workflow declares, in its order; the first is the primary clock.
   *
   * @return the clock names
   */
  public List<String> clocks() {
    return step.clocks();
  }

  /**
   * How the case is handled after this event.
   *
   * @return the handling
   */
  public Handling handling() {
    return handling;
  }

  /**
   * The kind of the state entered.
   *
   * @return OPEN, SETTLED or TERMINAL
   */
  public StateKind toKind() {
    return step.toKind();
  }

  /**
   * The transition's tags.
   *
   * @return the tags (unmodifiable)
   */
  public Set<EventTag> tags() {
    return step.tags();
  }

  /**
   * Whether the event carries a tag.
   *
   * @param tag the tag
   * @return {@code true} if it does
   */
  public boolean has(EventTag tag) {
    return step.tags().contains(tag);
  }

  /**
   * Whether this is the first event of the case.
   *
   * @return {@code true} for the registration
   */
  public boolean isRegistration() {
    return step.rawFrom() == null;
  }

  /**
   * What was registered: on the first event only.
   *
   * @return the registration, or empty
   */
  public Optional<Registration> registration() {
    return command.registration();
  }

  /**
   * The request's idempotency key.
   *
   * @return the key, or empty
   */
  public Optional<String> idempotencyKey() {
    return command.idempotencyKey();
  }

  /**
   * The reason given with the command (return, refusal, extension, escalation, failure).
   *
   * @return the reason, or empty
   */
  public Optional<String> reason() {
    return command.reason();
  }

  /**
   * The rating the command recorded.
   *
   * @return the rating, or empty
   */
  public Optional<Rating> rating() {
    return step.tags().contains(EventTag.RATING) ? command.rating() : Optional.empty();
  }

  /**
   * The handler (department or person) of the case after this event.
   *
   * @return the handler id, or empty when none is assigned
   */
  public Optional<String> handler() {
    return handling.handler();
  }

  /**
   * The rung of the escalation ladder after this event.
   *
   * @return the level
   */
  public EscalationLevel escalationLevel() {
    return handling.level;
  }

  /**
   * The tier after this event.
   *
   * @return the tier
   */
  public Tier tier() {
    return handling.tier;
  }

  @Override
  public boolean accepted() {
    return true;
  }

  @Override
  public CaseEvent event() {
    return this;
  }

  @Override
  public Optional<Rejection> rejection() {
    return Optional.empty();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CaseEvent e && sequence == e.sequence && caseId.equals(e.caseId)
        && at.equals(e.at) && (step == e.step || step.equals(e.step))
        && command.equals(e.command) && handling.equals(e.handling)
        && Clocks.equal(clocks, e.clocks) && changes.equals(e.changes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(caseId, sequence, at, step.command(), step.toName());
  }

  @Override
  public String toString() {
    return "CaseEvent[" + caseId + "#" + sequence + " " + step.command() + " "
        + (step.rawFrom() == null ? "[*]" : step.rawFrom()) + "->" + step.toName()
        + " at " + at + " by " + command.actor().id() + "]";
  }

  /**
   * Restores a stored event, part by part; {@link #build()} checks the whole. Every part but
   * {@link #from}, {@link #tags}, {@link #deadline} and {@link #deadlineChanges} is required.
   * Not thread-safe.
   *
   * <pre>{@code
   * CaseEvent first = CaseEvent.restore(id, 1, registeredAt).workflow("work-order", 1)
   *     .command(Command.register(clerk, registration))
   *     .to(WorkOrderWorkflow.REGISTERED, StateKind.OPEN)
   *     .tags(Set.of(EventTag.REGISTRATION, EventTag.ACCEPTANCE))
   *     .handling(Handling.of(EscalationLevel.VILLAGE, Tier.SIMPLE))
   *     .clocks(List.of("handling", "returnWindow")).deadline("handling", due)
   *     .build();
   * }</pre>
   */
  public static final class Restore {

    private static final Pattern WORKFLOW = Pattern.compile("[a-z][a-z0-9-]{0,63}");

    private final CaseId caseId;
    private final long sequence;
    private final Instant at;
    private String workflow;
    private int version;
    private Command command;
    private StateName from;
    private StateName to;
    private StateKind toKind;
    private Set<EventTag> tags = Set.of();
    private Handling handling;
    private List<String> clockNames;
    private final Map<String, Deadline> deadlines = new LinkedHashMap<>();
    private List<DeadlineChange> changes = List.of();

    private Restore(CaseId caseId, long sequence, Instant at) {
      this.caseId = Objects.requireNonNull(caseId, "caseId");
      this.sequence = sequence;
      this.at = Objects.requireNonNull(at, "at");
    }

    /**
     * The workflow that decided the event.
     *
     * @param name    its name, lower kebab case
     * @param version its version, from 1
     * @return this builder
     */
    public Restore workflow(String name, int version) {
      this.workflow = Objects.requireNonNull(name, "name");
      this.version = version;
      return this;
    }

    /**
     * The command as it was issued: its name, actor and data (idempotency key, reason, rating,
     * tier, handler; the registration on the first event).
     *
     * @param request the command
     * @return this builder
     */
    public Restore command(Command request) {
      this.command = Objects.requireNonNull(request, "request");
      return this;
    }

    /**
     * The state left; not given for the registration.
     *
     * @param state its name
     * @return this builder
     */
    public Restore from(StateName state) {
      this.from = Objects.requireNonNull(state, "state");
      return this;
    }

    /**
     * The state entered and its kind.
     *
     * @param state its name
     * @param kind  its kind
     * @return this builder
     */
    public Restore to(StateName state, StateKind kind) {
      this.to = Objects.requireNonNull(state, "state");
      this.toKind = Objects.requireNonNull(kind, "kind");
      return this;
    }

    /**
     * The tags (none if not given).
     *
     * @param eventTags the tags
     * @return this builder
     */
    public Restore tags(Set<EventTag> eventTags) {
      this.tags = eventTags.isEmpty() ? Set.of()
          : Collections.unmodifiableSet(EnumSet.copyOf(eventTags));
      return this;
    }

    /**
     * The handling after the event.
     *
     * @param after the handling
     * @return this builder
     */
    public Restore handling(Handling after) {
      this.handling = Objects.requireNonNull(after, "after");
      return this;
    }

    /**
     * The clocks the workflow declares, in its order ({@link CaseEvent#clocks()}).
     *
     * @param names the clock names, the primary first
     * @return this builder
     */
    public Restore clocks(List<String> names) {
      this.clockNames = List.copyOf(names);
      return this;
    }

    /**
     * A clock's deadline after the event; clocks not given do not run.
     *
     * @param clock    one of the {@linkplain #clocks(List) clocks}
     * @param deadline its deadline
     * @return this builder
     */
    public Restore deadline(String clock, Deadline deadline) {
      deadlines.put(Objects.requireNonNull(clock, "clock"),
          Objects.requireNonNull(deadline, "deadline"));
      return this;
    }

    /**
     * What a deadline recomputation changed ({@link CaseEvent#deadlineChanges()}).
     *
     * @param recomputed the changes, in clock order
     * @return this builder
     */
    public Restore deadlineChanges(List<DeadlineChange> recomputed) {
      this.changes = List.copyOf(recomputed);
      return this;
    }

    private InvalidValueException invalid(String why) {
      return new InvalidValueException(CaseErrors.RESTORE, sequence, caseId, why);
    }

    /**
     * Checks the parts and makes the event.
     *
     * @return the event, equal to the one that was stored
     * @throws InvalidValueException {@code case.restore} naming the part at fault: a sequence
     *     below 1, a missing part, a malformed workflow name or version, a registration not
     *     exactly on the first event, a deadline of an undeclared clock, or deadline changes
     *     that do not match the deadlines
     */
    public CaseEvent build() {
      if (sequence < 1 || sequence > Integer.MAX_VALUE) {
        throw invalid("the sequence must be from 1, got " + sequence);
      }
      if (workflow == null || command == null || to == null || handling == null
          || clockNames == null) {
        throw invalid("workflow, command, to, handling and clocks are required");
      }
      if (!WORKFLOW.matcher(workflow).matches()) {
        throw invalid("a workflow name is lower kebab case, got '" + workflow + "'");
      }
      if (version < 1) {
        throw invalid("a workflow version is from 1, got " + version);
      }
      boolean first = sequence == 1;
      boolean registers = command.rawRegistration() != null;
      if (first != (from == null) || first != registers
          || first != command.name().equals(CommandName.REGISTER)) {
        throw invalid("the registration (command 'register' with its registration, no state"
            + " left) is exactly the first event");
      }
      Set<String> seen = new HashSet<>();
      for (String c : clockNames) {
        if (c == null || c.isEmpty() || !seen.add(c)) {
          throw invalid("clock names must be non-empty and distinct, got " + clockNames);
        }
      }
      Deadline[] array = new Deadline[clockNames.size()];
      for (Map.Entry<String, Deadline> e : deadlines.entrySet()) {
        int i = clockNames.indexOf(e.getKey());
        if (i < 0) {
          throw invalid("deadline of clock '" + e.getKey() + "', which is not among "
              + clockNames);
        }
        array[i] = e.getValue();
      }
      if (!changes.isEmpty() && !tags.contains(EventTag.DEADLINE_RECOMPUTED)) {
        throw invalid("deadline changes on an event not tagged DEADLINE_RECOMPUTED");
      }
      int last = -1;
      for (DeadlineChange change : changes) {
        int i = clockNames.indexOf(change.clock());
        if (i <= last || !change.after().equals(array[i])) {
          throw invalid("the change of clock '" + change.clock() + "' is out of clock order"
              + " or does not end at that clock's deadline");
        }
        last = i;
      }
      State state = State.restored(to, toKind);
      Step step = new Step(workflow, version, command.name(), from, state, tags, clockNames);
      return new CaseEvent(caseId, sequence, at, step, null, command, handling, array, changes);
    }
  }
}
