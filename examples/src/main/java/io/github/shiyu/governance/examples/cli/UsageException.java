package io.github.shiyu.governance.examples.cli;

/**
 * A command line the tool cannot run: an unknown command or option, a missing option or
 * input column, an unreadable file. The tool prints the message and exits with status 2.
 *
 * <pre>{@code
 * throw new UsageException("missing option --layer");
 * }</pre>
 */
public final class UsageException extends Exception {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what is wrong with the command line, without personal data
   */
  public UsageException(String message) {
    super(message);
  }
}
