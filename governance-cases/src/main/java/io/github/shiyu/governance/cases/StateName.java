package io.github.shiyu.governance.cases;

import io.github.shiyu.governance.core.InvalidValueException;
import java.util.regex.Pattern;

/**
 * The name of a state of a workflow: upper snake case, 1 to 64 ASCII letters, digits and
 * underscores starting with a letter, e.g. {@code DISPATCHED}. The standard workflows expose
 * theirs as constants ({@code WorkOrderWorkflow.DISPATCHED}); a custom workflow hands them out
 * through {@link Workflow#stateName(String)}. A name is plain data: events carry it, and
 * {@link Workflow#state(StateName)} finds the workflow's {@link State} of that name.
 *
 * <pre>{@code
 * StateName dispatched = StateName.of("DISPATCHED");
 * kase.state().name().equals(dispatched);
 * }</pre>
 *
 * @param value the name
 */
public record StateName(String value) {

  private static final Pattern NAME = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");

  /**
   * Checks the name.
   *
   * @throws InvalidValueException {@code case.state_name} for a malformed name
   */
  public StateName {
    if (value == null || !NAME.matcher(value).matches()) {
      throw new InvalidValueException(CaseErrors.STATE_NAME, String.valueOf(value));
    }
  }

  /**
   * A state name.
   *
   * @param value upper snake case, e.g. {@code FOLLOWED_UP}
   * @return the name
   * @throws InvalidValueException {@code case.state_name} for a malformed name
   */
  public static StateName of(String value) {
    return new StateName(value);
  }

  /** The name itself, e.g. {@code DISPATCHED}. */
  @Override
  public String toString() {
    return value;
  }
}
