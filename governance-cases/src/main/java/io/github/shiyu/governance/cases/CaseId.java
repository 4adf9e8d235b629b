package io.github.shiyu.governance.cases;

import io.github.shiyu.governance.core.InvalidValueException;

/**
 * The identifier of a case, chosen by the caller (a hotline number, a UUID, a docket).
 *
 * <p>1 to 64 characters, no whitespace or control characters. It is not personal data:
 * never build it from an ID number or a phone number.
 *
 * <pre>{@code
 * CaseId id = CaseId.of("12345-20261001-0007");
 * id.value();   // "12345-20261001-0007"
 * }</pre>
 *
 * @param value the identifier
 */
public record CaseId(String value) implements Comparable<CaseId> {

  /**
   * Checks the value.
   *
   * @throws InvalidValueException {@code case.id} if empty, longer than 64 characters or
   *     containing whitespace or control characters
   */
  public CaseId {
    if (value == null || value.isEmpty() || value.length() > 64) {
      throw new InvalidValueException(CaseErrors.ID, value == null ? 0 : value.length());
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isWhitespace(c) || Character.isISOControl(c)) {
        throw new InvalidValueException(CaseErrors.ID, value.length());
      }
    }
  }

  /**
   * Creates an identifier.
   *
   * @param value 1 to 64 characters without whitespace
   * @return the identifier
   */
  public static CaseId of(String value) {
    return new CaseId(value);
  }

  @Override
  public int compareTo(CaseId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
