package io.github.shiyu.governance.people;

import io.github.shiyu.governance.core.InvalidValueException;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The register's own identifier of a person under supervision: never the resident id, so that
 * logs, case links and access records can name the person without personal data.
 *
 * <pre>{@code
 * PersonId id = PersonId.of("KW-0001");
 * }</pre>
 *
 * @param value 1 to 64 letters, digits, {@code -} or {@code _}
 */
public record PersonId(String value) implements Comparable<PersonId> {

  private static final Pattern FORM = Pattern.compile("[A-Za-z0-9_-]{1,64}");

  /**
   * Checks the form.
   *
   * @param value the identifier
   * @throws InvalidValueException {@link PeopleErrors#PERSON_ID} if malformed
   */
  public PersonId {
    Objects.requireNonNull(value, "value");
    if (!FORM.matcher(value).matches()) {
      throw new InvalidValueException(PeopleErrors.PERSON_ID);
    }
  }

  /**
   * A person id.
   *
   * @param value the identifier
   * @return the id
   */
  public static PersonId of(String value) {
    return new PersonId(value);
  }

  @Override
  public int compareTo(PersonId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
