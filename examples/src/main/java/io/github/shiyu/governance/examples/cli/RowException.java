package io.github.shiyu.governance.examples.cli;

import java.util.Objects;

/**
 * A row the command could not process. It becomes the row's {@code error} column,
 * {@code "<code>: <message>"}, and the batch goes on.
 *
 * <pre>{@code
 * throw new RowException("cli.missing_value", "n is empty");
 * }</pre>
 */
public final class RowException extends Exception {

  private static final long serialVersionUID = 1L;

  /** The stable code. */
  private final String code;

  /**
   * Creates the exception.
   *
   * @param code    stable code, dot-separated lower case, e.g. {@code cli.number}
   * @param message short explanation without personal data
   */
  public RowException(String code, String message) {
    super(message);
    this.code = Objects.requireNonNull(code, "code");
  }

  /**
   * The stable code.
   *
   * @return the code
   */
  public String code() {
    return code;
  }
}
