package io.github.shiyu.governance.people;

import io.github.shiyu.governance.core.InvalidValueException;
import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Reads of a person's unmasked fields by purpose and role, each recorded in an
 * {@link AccessLog} (who, whom, which field, why, when, granted or not) and written as one
 * line without personal data to the {@code System.Logger} {@code
 * io.github.shiyu.governance.people.access}. The table (ADR 0016):
 *
 * <table>
 * <caption>who may read what</caption>
 * <tr><th>role</th><th>persons</th><th>fields</th></tr>
 * <tr><td>GRID_WORKER</td><td>own grid</td><td>CATEGORY, LEVEL, PERIOD, NAME, PHONE</td></tr>
 * <tr><td>DEPARTMENT</td><td>own category and below, within its area if it has one</td><td>all</td></tr>
 * <tr><td>SUPERVISING_OFFICE</td><td>all, within its area if it has one</td><td>all</td></tr>
 * </table>
 *
 * <p>The policy is enforced, not advisory: {@link SupervisedPerson} gives code outside this
 * module no accessor for the name, resident id, phone or legal basis, so this class is the
 * only way to them (its masked name is public).
 *
 * <pre>{@code
 * AccessPolicy access = AccessPolicy.standard();
 * String phone = access.read(worker, person, PersonField.PHONE, "走访联系", now);
 * access.log();   // [AccessEntry[gw-017 KW-0001 PHONE 走访联系 ... granted]]
 * }</pre>
 */
public final class AccessPolicy {

  private static final System.Logger LOG =
      System.getLogger("io.github.shiyu.governance.people.access");

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

  private final AccessLog log;

  private AccessPolicy(AccessLog log) {
    this.log = Objects.requireNonNull(log, "log");
  }

  /**
   * The standard table with an empty in-memory log.
   *
   * @return the policy
   */
  public static AccessPolicy standard() {
    return new AccessPolicy(AccessLog.inMemory());
  }

  /**
   * The standard table recording into a vendor's log.
   *
   * @param log where reads are recorded
   * @return the policy
   */
  public static AccessPolicy standard(AccessLog log) {
    return new AccessPolicy(log);
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
    Objects.requireNonNull(field, "field");
    if (!viewer.covers(person)) {
      return false;
    }
    return viewer.role() != Viewer.Role.GRID_WORKER || GRID_WORKER_FIELDS.contains(field);
  }

  /**
   * The persons a viewer may see at all, in the order given. Their masked name, ids, grid and
   * worker are free to show; other fields go through {@link #read}.
   *
   * @param viewer  the viewer
   * @param records the register's records
   * @return the persons in the viewer's scope
   */
  public List<SupervisedPerson> visible(Viewer viewer, Collection<SupervisionRecord> records) {
    return records.stream().map(SupervisionRecord::person).filter(viewer::covers).toList();
  }

  /**
   * Reads a field unmasked, and records the read.
   *
   * @param viewer  who
   * @param person  whom
   * @param field   what
   * @param purpose why (required)
   * @param at      when
   * @return the value as text (empty for an absent phone or resident id)
   * @throws AccessDeniedException if the table does not allow it (the refusal is recorded
   *     first)
   * @throws InvalidValueException {@link PeopleErrors#BLANK} for a blank purpose (not recorded:
   *     nothing was asked for)
   */
  public String read(Viewer viewer, SupervisedPerson person, PersonField field, String purpose,
      Instant at) {
    if (purpose.isBlank()) {
      throw new InvalidValueException(PeopleErrors.BLANK, "purpose");
    }
    boolean granted = permits(viewer, person, field);
    log.append(new AccessEntry(viewer.id(), person.id(), field, purpose, at, granted));
    if (!granted) {
      LOG.log(Level.WARNING, () -> "denied: " + viewer.id() + " (" + viewer.role() + ") "
          + field + " of " + person.id());
      throw new AccessDeniedException(viewer.id(), person.id(), field);
    }
    LOG.log(Level.DEBUG, () -> "read: " + viewer.id() + " (" + viewer.role() + ") " + field
        + " of " + person.id());
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
  public List<AccessEntry> log() {
    return log.entries();
  }
}
