package io.github.shiyu.governance.cases;

import io.github.shiyu.governance.core.org.EscalationLevel;
import io.github.shiyu.governance.core.org.Tier;
import io.github.shiyu.governance.core.time.Deadline;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One immutable entry of a case's history (事件日志): an accepted command with its outcome.
 *
 * <p>Sequence numbers start at 1 (the registration) and have no gaps; the sequence of an event
 * is the case's version after it. An event carries everything reporting needs without the
 * workflow: the command, the states left and entered and the kind of the latter, the
 * {@linkplain #tags() tags} of the transition (return, reopening, extension, agreement ...),
 * the handler, tier and rung after the event, the rating and the reason given; the first event
 * also carries the {@linkplain #registration() registration} (type, category, place, tier).
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
  final Transition transition;
  private final Command command;
  final Handling handling;
  final Deadline[] clocks;
  /** The clocks before a recomputation; null for every other event. */
  private final Deadline[] before;

  CaseEvent(CaseId caseId, long sequence, Instant at, Transition transition, Command command,
      Handling handling, Deadline[] clocks) {
    this(caseId, sequence, at, transition, command, handling, clocks, null);
  }

  CaseEvent(CaseId caseId, long sequence, Instant at, Transition transition, Command command,
      Handling handling, Deadline[] clocks, Deadline[] before) {
    this.caseId = caseId;
    this.sequence = Math.toIntExact(sequence);
    this.at = at;
    this.transition = transition;
    this.command = command;
    this.handling = handling;
    this.clocks = clocks;
    this.before = before;
  }

  /**
   * What a deadline recomputation ({@link EventTag#DEADLINE_RECOMPUTED}) changed: each clock
   * whose deadline differs, with its old and new values.
   *
   * @return the changes in the workflow's clock order, empty for every other event
   */
  public List<DeadlineChange> deadlineChanges() {
    if (before == null) {
      return List.of();
    }
    List<DeadlineChange> out = new ArrayList<>();
    for (int i = 0; i < clocks.length; i++) {
      if (before[i] != null && clocks[i] != null && !before[i].equals(clocks[i])) {
        out.add(new DeadlineChange(transition.clockNames[i], before[i], clocks[i]));
      }
    }
    return List.copyOf(out);
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
    return Optional.ofNullable(Clocks.get(transition.clockNames, clocks, clock));
  }

  /**
   * Every running (or stopped) clock after this event.
   *
   * @return clock name to deadline, in the workflow's order
   */
  public Map<String, Deadline> deadlines() {
    return Clocks.asMap(transition.clockNames, clocks);
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
   * @return e.g. {@code "dispatch"}
   */
  public String command() {
    return transition.command;
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
   * @return its name, {@code ""} for the registration
   */
  public String from() {
    return transition.from == null ? "" : transition.from.name();
  }

  /**
   * The state entered.
   *
   * @return its name
   */
  public String to() {
    return transition.to.name();
  }

  /**
   * The kind of the state entered.
   *
   * @return OPEN, SETTLED or TERMINAL
   */
  public StateKind toKind() {
    return transition.to.kind();
  }

  /**
   * The transition's tags.
   *
   * @return the tags (unmodifiable)
   */
  public Set<EventTag> tags() {
    return transition.tags;
  }

  /**
   * Whether the event carries a tag.
   *
   * @param tag the tag
   * @return {@code true} if it does
   */
  public boolean has(EventTag tag) {
    return transition.tags.contains(tag);
  }

  /**
   * Whether this is the first event of the case.
   *
   * @return {@code true} for the registration
   */
  public boolean isRegistration() {
    return transition.from == null;
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
    return transition.recordsRating ? command.rating() : Optional.empty();
  }

  /**
   * The handler (department or person) of the case after this event.
   *
   * @return the handler id, or empty when none is assigned
   */
  public Optional<String> handler() {
    return Optional.ofNullable(handling.handler);
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

  /**
   * The transition that produced the event.
   *
   * @return the transition
   */
  public Transition transition() {
    return transition;
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
        && at.equals(e.at) && transition == e.transition && command.equals(e.command)
        && handling.equals(e.handling) && Clocks.equal(clocks, e.clocks)
        && Arrays.equals(before, e.before);
  }

  @Override
  public int hashCode() {
    return Objects.hash(caseId, sequence, at, transition.command, transition.to.name());
  }

  @Override
  public String toString() {
    return "CaseEvent[" + caseId + "#" + sequence + " " + transition.command + " "
        + (transition.from == null ? "[*]" : transition.from.name()) + "->" + transition.to.name()
        + " at " + at + " by " + command.actor().id() + "]";
  }
}
