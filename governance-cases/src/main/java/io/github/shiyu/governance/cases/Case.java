package io.github.shiyu.governance.cases;

import io.github.shiyu.governance.cases.internal.Clocks;
import io.github.shiyu.governance.core.InvalidValueException;
import io.github.shiyu.governance.core.category.CaseCategory;
import io.github.shiyu.governance.core.division.DivisionCode;
import io.github.shiyu.governance.core.geo.GeoPoint;
import io.github.shiyu.governance.core.grid.GridCode;
import io.github.shiyu.governance.core.org.EscalationLevel;
import io.github.shiyu.governance.core.org.ExpertField;
import io.github.shiyu.governance.core.org.Tier;
import io.github.shiyu.governance.core.party.Party;
import io.github.shiyu.governance.core.time.Deadline;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A case (事项): anything registered and followed to its end. An immutable aggregate rebuilt
 * exactly from its events: {@code Case.replay(events).equals(kase)}, also from events restored
 * from storage ({@link CaseEvent#restore}) without the workflow.
 *
 * <p>A case changes only by applying the events its {@link Workflow} decides. The registration
 * part (id, type, category, place, parties) is shared by every version of a case; each step
 * allocates one small object.
 *
 * <pre>{@code
 * CaseEvent first = workflow.register(CaseId.of("WO-1"), Command.register(clerk, registration), now).event();
 * Case kase = Case.start(first);
 * kase = kase.apply(workflow.decide(kase, dispatch, later).event());
 * kase.state().name();   // DISPATCHED
 * kase.version();        // 2
 * }</pre>
 */
public final class Case {

  private final CaseEvent first;
  private final CaseEvent last;

  private Case(CaseEvent first, CaseEvent last) {
    this.first = first;
    this.last = last;
  }

  /**
   * How the case is handled now: handler, rung, tier, rating and counters.
   *
   * @return the handling after the last event
   */
  public Handling handling() {
    return last.handling;
  }

  Deadline[] clocks() {
    return last.clocks;
  }

  /**
   * The case a registration event creates.
   *
   * @param registration the first event of the case
   * @return the case at version 1
   * @throws InvalidValueException {@code case.event_order} if the event is not a registration
   */
  public static Case start(CaseEvent registration) {
    if (!registration.isRegistration() || registration.sequence() != 1) {
      throw new InvalidValueException(CaseErrors.EVENT_ORDER, registration.sequence(),
          registration.caseId(), 0, registration.caseId());
    }
    return new Case(registration, registration);
  }

  /**
   * Rebuilds a case from its whole history.
   *
   * @param events the events in order, starting with the registration
   * @return the case after the last event
   * @throws InvalidValueException {@code case.event_order} if the events do not follow each other
   */
  public static Case replay(List<CaseEvent> events) {
    if (events.isEmpty()) {
      throw new InvalidValueException(CaseErrors.EVENT_ORDER, 1, "(none)", 0, "(none)");
    }
    Case kase = start(events.get(0));
    for (int i = 1; i < events.size(); i++) {
      kase = kase.apply(events.get(i));
    }
    return kase;
  }

  /**
   * The case after one more event.
   *
   * @param event the next event of this case, decided against this version
   * @return the next version
   * @throws InvalidValueException {@code case.event_order} if the event belongs to another case
   *     or workflow, has the wrong sequence number, is earlier than the last one, or leaves
   *     another state (by name) than the one this case is in
   */
  public Case apply(CaseEvent event) {
    StateName from = event.step.rawFrom();
    StateName now = last.step.toName();
    String workflow = event.step.workflow();
    if (event.sequence() != last.sequence() + 1 || (from != now && !now.equals(from))
        || (event.caseId() != first.caseId() && !event.caseId().equals(first.caseId()))
        || (workflow != last.step.workflow() && !workflow.equals(last.step.workflow()))
        || event.at().isBefore(last.at())) {
      throw new InvalidValueException(CaseErrors.EVENT_ORDER, event.sequence(), event.caseId(),
          last.sequence(), first.caseId());
    }
    return new Case(first, event);
  }

  /**
   * The case's id.
   *
   * @return the id
   */
  public CaseId id() {
    return first.caseId();
  }

  /**
   * What was registered.
   *
   * @return the registration
   */
  public Registration registration() {
    return first.request().rawRegistration();
  }

  /**
   * The case type.
   *
   * @return the type
   */
  public CaseType type() {
    return registration().type();
  }

  /**
   * The category.
   *
   * @return the registration's category, e.g. {@code hotline.complaint}
   */
  public CaseCategory category() {
    return registration().category();
  }

  /**
   * The current state.
   *
   * @return the state
   */
  public State state() {
    return last.step.to();
  }

  /**
   * The number of events so far.
   *
   * @return the version, from 1
   */
  public long version() {
    return last.sequence();
  }

  /**
   * When the case was registered.
   *
   * @return the instant of the first event
   */
  public Instant registeredAt() {
    return first.at();
  }

  /**
   * When the case last changed.
   *
   * @return the instant of the last event
   */
  public Instant updatedAt() {
    return last.at();
  }

  /**
   * The last event applied.
   *
   * @return the event that made this version
   */
  public CaseEvent lastEvent() {
    return last;
  }

  /**
   * The current handler (department or person).
   *
   * @return the handler id, or empty
   */
  public Optional<String> handler() {
    return last.handling.handler();
  }

  /**
   * The current rung of the escalation ladder.
   *
   * @return the level
   */
  public EscalationLevel escalationLevel() {
    return last.handling.level;
  }

  /**
   * The current tier.
   *
   * @return the tier
   */
  public Tier tier() {
    return last.handling.tier;
  }

  /**
   * The last rating recorded.
   *
   * @return the rating, or empty
   */
  public Optional<Rating> rating() {
    return Optional.ofNullable(last.handling.rating);
  }

  /**
   * How many extensions were granted.
   *
   * @return the count
   */
  public int extensions() {
    return last.handling.extensions;
  }

  /**
   * How many times the case was returned (退单).
   *
   * @return the count
   */
  public int returns() {
    return last.handling.returns;
  }

  /**
   * How many times the case was reopened (重办).
   *
   * @return the count
   */
  public int reopenings() {
    return last.handling.reopenings;
  }

  /**
   * How many supervision notices it received.
   *
   * @return the count
   */
  public int supervisions() {
    return last.handling.supervisions;
  }

  /**
   * How many times it was escalated.
   *
   * @return the count
   */
  public int escalations() {
    return last.handling.escalations;
  }

  /**
   * The fields of the experts who joined the case ({@link Handling#experts()}).
   *
   * @return distinct fields in the order they joined, empty if none
   */
  public List<ExpertField> experts() {
    return last.handling.experts;
  }

  /**
   * The due instant of the primary clock (see {@link CaseEvent#due()}).
   *
   * @return the due instant, or empty
   */
  public Optional<Instant> due() {
    Deadline d = Clocks.primary(last.clocks);
    return d == null ? Optional.empty() : Optional.of(d.due());
  }

  /**
   * A clock's deadline.
   *
   * @param clock a clock of the case's workflow, e.g. {@code handling}
   * @return the deadline, or empty if that clock does not run
   */
  public Optional<Deadline> deadline(String clock) {
    return Optional.ofNullable(Clocks.get(last.step.clocks(), last.clocks, clock));
  }

  /**
   * Every clock the case runs (stopped ones included).
   *
   * @return clock name to deadline, in the workflow's order
   */
  public Map<String, Deadline> deadlines() {
    return Clocks.asMap(last.step.clocks(), last.clocks);
  }

  /**
   * Where the case is: the division it was registered in.
   *
   * @return the division code
   */
  public DivisionCode division() {
    return registration().division();
  }

  /**
   * The grid the case is in, if known.
   *
   * @return the grid code, or empty
   */
  public Optional<GridCode> grid() {
    return registration().grid();
  }

  /**
   * The place of the case, if known.
   *
   * @return the location, or empty
   */
  public Optional<GeoPoint> location() {
    return registration().location();
  }

  /**
   * The parties (personal data: never log them unmasked).
   *
   * @return the parties
   */
  public List<Party> parties() {
    return registration().parties();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Case c && first.equals(c.first) && last.equals(c.last);
  }

  @Override
  public int hashCode() {
    return Objects.hash(first.caseId(), last.sequence());
  }

  @Override
  public String toString() {
    return "Case[" + first.caseId() + " " + registration().type() + " "
        + last.step.toName() + " v" + last.sequence() + "]";
  }
}
