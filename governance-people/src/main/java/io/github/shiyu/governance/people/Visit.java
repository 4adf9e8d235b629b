package io.github.shiyu.governance.people;

import io.github.shiyu.governance.core.InvalidValueException;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A supervision visit that took place (or a report the person made): whom, by which worker,
 * on which day. What was found belongs to the visit's follow-up, not here.
 *
 * <pre>{@code
 * Visit v = Visit.of(PersonId.of("KW-0001"), "gw-017", LocalDate.of(2026, 3, 4));
 * }</pre>
 *
 * @param person the person visited
 * @param worker the grid worker's id
 * @param day    the day
 */
public record Visit(PersonId person, String worker, LocalDate day) {

  /**
   * Checks the values.
   *
   * @param person the person
   * @param worker the worker
   * @param day    the day
   * @throws InvalidValueException {@link PeopleErrors#BLANK} for a blank worker
   */
  public Visit {
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(worker, "worker");
    Objects.requireNonNull(day, "day");
    if (worker.isBlank()) {
      throw new InvalidValueException(PeopleErrors.BLANK, "worker");
    }
  }

  /**
   * A visit.
   *
   * @param person the person
   * @param worker the worker
   * @param day    the day
   * @return the visit
   */
  public static Visit of(PersonId person, String worker, LocalDate day) {
    return new Visit(person, worker, day);
  }
}
