package io.github.shiyu.governance.cases;

import io.github.shiyu.governance.core.InvalidValueException;

/**
 * The name of a command (指令) of a workflow: lower camel case, 1 to 64 ASCII letters and digits
 * starting with a lower-case letter, e.g. {@code returnOrder}. The standard workflows expose
 * theirs as constants ({@code WorkOrderWorkflow.DISPATCH}); a custom workflow hands them out
 * through {@link Workflow#command(String)}.
 *
 * <pre>{@code
 * CommandName dispatch = CommandName.of("dispatch");
 * Command c = Command.of(dispatch, Actor.of("op-7", Role.OPERATIONS_CENTER));
 * }</pre>
 *
 * @param value the name
 */
public record CommandName(String value) {

  /** {@code register}: the command that creates a case. */
  public static final CommandName REGISTER = new CommandName("register");
  /** {@code recomputeDeadlines}: the built-in command of a deadline recomputation. */
  public static final CommandName RECOMPUTE_DEADLINES = new CommandName("recomputeDeadlines");

  /**
   * Checks the name.
   *
   * @throws InvalidValueException {@code case.command} for a malformed name
   */
  public CommandName {
    if (!isName(value)) {
      throw new InvalidValueException(CaseErrors.COMMAND, String.valueOf(value));
    }
  }

  /**
   * A command name.
   *
   * @param value lower camel case, e.g. {@code followUp}
   * @return the name
   * @throws InvalidValueException {@code case.command} for a malformed name
   */
  public static CommandName of(String value) {
    return new CommandName(value);
  }

  private static boolean isName(String name) {
    if (name == null || name.isEmpty() || name.length() > 64) {
      return false;
    }
    char first = name.charAt(0);
    if (first < 'a' || first > 'z') {
      return false;
    }
    for (int i = 1; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) {
        return false;
      }
    }
    return true;
  }

  /** The name itself, e.g. {@code dispatch}. */
  @Override
  public String toString() {
    return value;
  }
}
