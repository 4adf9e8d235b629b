package io.github.shiyu.governance.people;

import io.github.shiyu.governance.core.InvalidValueException;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The register's own identifier of a household (户): never an address or a resident id, so that
 * visit records, coverage tables and logs can name a household without personal data.
 *
 * <pre>{@code
 * HouseholdId h = HouseholdId.of("H-370705001001001-0042");
 * }</pre>
 *
 * @param value 1 to 64 letters, digits, {@code -} or {@code _}
 */
public record HouseholdId(String value) implements Comparable<HouseholdId> {

  private static final Pattern FORM = Pattern.compile("[A-Za-z0-9_-]{1,64}");

  /**
   * Checks the form.
   *
   * @param value the identifier
   * @throws InvalidValueException {@link PeopleErrors#HOUSEHOLD_ID} if malformed
   */
  public HouseholdId {
    Objects.requireNonNull(value, "value");
    if (!FORM.matcher(value).matches()) {
      throw new InvalidValueException(PeopleErrors.HOUSEHOLD_ID);
    }
  }

  /**
   * A household id.
   *
   * @param value the identifier
   * @return the id
   */
  public static HouseholdId of(String value) {
    return new HouseholdId(value);
  }

  @Override
  public int compareTo(HouseholdId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
