package io.github.shiyu.governance.people;

import io.github.shiyu.governance.core.InvalidValueException;
import java.time.Instant;
import java.util.Objects;

/**
 * One entry of a person's supervision history: its sequence (1 for the enrolment, then 2,
 * 3, ...: the version of the record after it), when, what changed, why, by whom, and the
 * caller's idempotency key (the same key twice records once).
 *
 * <p>The reason is free text and may be sensitive: {@code toString} leaves it out.
 *
 * <pre>{@code
 * SupervisionEvent e = SupervisionEvent.of(PersonId.of("KW-0001"), 2, now,
 *     new SupervisionChange.LevelChange(PopulationTaxonomy.STRICT), "未按时报到", "gw-017", "lvl-7");
 * }</pre>
 *
 * @param person         the person
 * @param sequence       1, 2, 3, ... in the person's history
 * @param at             when it was recorded
 * @param change         what changed
 * @param reason         why
 * @param actor          who recorded it (a user id)
 * @param idempotencyKey the caller's key
 */
public record SupervisionEvent(PersonId person, long sequence, Instant at,
    SupervisionChange change, String reason, String actor, String idempotencyKey) {

  /**
   * Checks the values.
   *
   * @param person         the person
   * @param sequence       1, 2, 3, ...
   * @param at             when
   * @param change         what
   * @param reason         why
   * @param actor          who
   * @param idempotencyKey the caller's key
   * @throws InvalidValueException {@link PeopleErrors#BLANK} for a blank reason, actor or key,
   *     {@link PeopleErrors#REPLAY} for a sequence below 1
   */
  public SupervisionEvent {
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(change, "change");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(idempotencyKey, "idempotencyKey");
    if (sequence < 1) {
      throw new InvalidValueException(PeopleErrors.REPLAY, person, sequence, 1);
    }
    if (reason.isBlank()) {
      throw new InvalidValueException(PeopleErrors.BLANK, "reason");
    }
    if (actor.isBlank()) {
      throw new InvalidValueException(PeopleErrors.BLANK, "actor");
    }
    if (idempotencyKey.isBlank()) {
      throw new InvalidValueException(PeopleErrors.BLANK, "idempotency key");
    }
  }

  /**
   * An event.
   *
   * @param person         the person
   * @param sequence       1, 2, 3, ...
   * @param at             when
   * @param change         what
   * @param reason         why
   * @param actor          who
   * @param idempotencyKey the caller's key
   * @return the event
   */
  public static SupervisionEvent of(PersonId person, long sequence, Instant at,
      SupervisionChange change, String reason, String actor, String idempotencyKey) {
    return new SupervisionEvent(person, sequence, at, change, reason, actor, idempotencyKey);
  }

  @Override
  public String toString() {
    return "SupervisionEvent[" + person + " #" + sequence + " " + change.getClass().getSimpleName()
        + " at " + at + "]";
  }
}
