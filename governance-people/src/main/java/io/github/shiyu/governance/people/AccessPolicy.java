package io.github.shiyu.governance.people;

import io.github.shiyu.governance.core.InvalidValueException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Reads of a person's fields by purpose and role, each recorded in an access log (who, whom,
 * which field, why, when, granted or not). The table (ADR 0016):
 *
 * <table>
 * <caption>who may read what</caption>
 * <tr><th>role</th><th>persons</th><th>fields</th></tr>
 * <tr><td>GRID_WORKER</td><td>own grid</td><td>CATEGORY, LEVEL, PERIOD, NAME, PHONE</td></tr>
 * <tr><td>DEPARTMENT</td><td>own category and below</td><td>all</td></tr>
 * <tr><td>SUPERVISING_OFFICE</td><td>all</td><td>all</td></tr>
 * </table>
 *
 * <pre>{@code
 * AccessPolicy access = AccessPolicy.standard();
 * String phone = access.read(worker, person, PersonField.PHONE, "走访联系", now);
 * access.log();   // [AccessEntry[gw-017 KW-0001 PHONE 走访联系 ... granted]]
 * }</pre>
 */
public final class AccessPolicy {

  private static final Set<PersonField> GRID_WORKER_FIELDS = EnumSet.of(PersonField.CATEGORY,
      PersonField.LEVEL, PersonField.PERIOD, PersonField.NAME, PersonField.PHONE);

  /**
   * One read.
   *
   * @param viewer  who
   * @param person  whom
   * @param field   what
   * @param purpose why
   * @param at      when
   * @param granted whether the read was allowed
   */
  public record AccessEntry(String viewer, PersonId person, PersonField field, String purpose,
      Instant at, boolean granted) {
    /**
     * Checks for null.
     *
     * @param viewer  who
     * @param person  whom
     * @param field   what
     * @param purpose why
     * @param at      when
     * @param granted allowed
     */
    public AccessEntry {
      Objects.requireNonNull(viewer, "viewer");
      Objects.requireNonNull(person, "person");
      Objects.requireNonNull(field, "field");
      Objects.requireNonNull(purpose, "purpose");
      Objects.requireNonNull(at, "at");
    }
  }

  private final List<AccessEntry> log = new ArrayList<>();

  private AccessPolicy() {
  }

  /**
   * The standard table with an empty in-memory log.
   *
   * @return the policy
   */
  public static AccessPolicy standard() {
    return new AccessPolicy();
  }

  /**
   * Whether the table lets a viewer read a field of a person.
   *
   * @param viewer the viewer
   * @param person the person
   * @param field  the field
   * @return true if allowed
   */
  public boolean permits(Viewer viewer, SupervisedPerson person, PersonField field) {
    return switch (viewer.role()) {
      case SUPERVISING_OFFICE -> true;
      case DEPARTMENT -> person.category().code().equals(viewer.scope())
          || person.category().code().startsWith(viewer.scope() + ".");
      case GRID_WORKER -> person.grid().value().equals(viewer.scope())
          && GRID_WORKER_FIELDS.contains(field);
    };
  }

  /**
   * Reads a field unmasked, and records the read.
   *
   * @param viewer  who
   * @param person  whom
   * @param field   what
   * @param purpose why (required)
   * @param at      when
   * @return the value as text
   * @throws InvalidValueException {@link PeopleErrors#ACCESS_DENIED} (also recorded) if the
   *     table does not allow it, {@link PeopleErrors#BLANK} for a blank purpose
   */
  public synchronized String read(Viewer viewer, SupervisedPerson person, PersonField field,
      String purpose, Instant at) {
    if (purpose.isBlank()) {
      throw new InvalidValueException(PeopleErrors.BLANK, "purpose");
    }
    boolean granted = permits(viewer, person, field);
    log.add(new AccessEntry(viewer.id(), person.id(), field, purpose, at, granted));
    if (!granted) {
      throw new InvalidValueException(PeopleErrors.ACCESS_DENIED, viewer.id(), person.id(), field);
    }
    return switch (field) {
      case CATEGORY -> person.category().code();
      case LEVEL -> person.level().code();
      case PERIOD -> person.start() + "/" + person.end();
      case NAME -> person.party().name();
      case PHONE -> person.party().phone().map(p -> p.reveal()).orElse("");
      case RESIDENT_ID -> person.party().residentId().map(r -> r.reveal()).orElse("");
      case LEGAL_BASIS -> person.legalBasis();
    };
  }

  /**
   * The access log, oldest first.
   *
   * @return every read, granted or denied
   */
  public synchronized List<AccessEntry> log() {
    return List.copyOf(log);
  }
}
