package io.github.shiyu.governance.core;

/**
 * A value given to a factory or parser breaks a rule: a division code with the wrong
 * length, an ID number whose check character does not match, a coordinate out of range.
 *
 * <pre>{@code
 * DivisionCode.parse("42900");
 * // InvalidValueException: division.length: expected 6 or 12 digits, got 5
 * }</pre>
 */
public class InvalidValueException extends GovernanceException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param code      the rule broken
   * @param arguments the template's arguments (masked where they come from personal data)
   */
  public InvalidValueException(ErrorCode code, Object... arguments) {
    super(code, arguments);
  }
}
