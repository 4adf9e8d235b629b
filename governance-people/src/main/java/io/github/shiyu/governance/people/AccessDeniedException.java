package io.github.shiyu.governance.people;

import io.github.shiyu.governance.core.GovernanceException;

/**
 * A read the {@link AccessPolicy} refused (code {@link PeopleErrors#ACCESS_DENIED}); the refusal
 * is in the access log before this is thrown. The message names the viewer's id, the person's
 * register id and the field, nothing else.
 *
 * <pre>{@code
 * try {
 *   access.read(worker, person, PersonField.LEGAL_BASIS, "走访", now);
 * } catch (AccessDeniedException e) {
 *   e.field();   // LEGAL_BASIS
 * }
 * }</pre>
 */
public final class AccessDeniedException extends GovernanceException {

  private static final long serialVersionUID = 1L;

  private final String viewer;
  private final String person;
  private final PersonField field;

  /**
   * A refusal.
   *
   * @param viewer the viewer's id
   * @param person the person
   * @param field  the field
   */
  public AccessDeniedException(String viewer, PersonId person, PersonField field) {
    super(PeopleErrors.ACCESS_DENIED, viewer, person, field);
    this.viewer = viewer;
    this.person = person.value();
    this.field = field;
  }

  /** @return the viewer's id */
  public String viewer() {
    return viewer;
  }

  /** @return the person */
  public PersonId person() {
    return PersonId.of(person);
  }

  /** @return the field */
  public PersonField field() {
    return field;
  }
}
