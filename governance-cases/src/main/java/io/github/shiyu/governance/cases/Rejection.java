package io.github.shiyu.governance.cases;

import io.github.shiyu.governance.core.InvalidValueException;
import java.util.Objects;
import java.util.Optional;

/**
 * Why a command was not accepted: the reason, the command, the state of the case and a
 * detail (the failed guard's reason, the closed window, the role).
 *
 * <pre>{@code
 * Rejection r = (Rejection) workflow.decide(kase, Command.of("close", citizen), now);
 * r.reason();    // ROLE_NOT_ALLOWED
 * r.message();   // "close by role CITIZEN in state RATED: role not allowed ..."
 * }</pre>
 *
 * @param reason  the kind of refusal
 * @param command the command's name
 * @param state   the name of the case's state ({@code ""} before registration)
 * @param detail  what exactly failed, never empty
 */
public record Rejection(Reason reason, String command, String state, String detail)
    implements Decision {

  /**
   * The kinds of refusal.
   *
   * <pre>{@code
   * if (rejection.reason() == Rejection.Reason.WINDOW_CLOSED) { tellTheCitizenTheWindowLapsed(); }
   * }</pre>
   */
  public enum Reason {
    /** The workflow has no such command. */
    UNKNOWN_COMMAND,
    /** The command is not permitted in the case's state (terminal states permit nothing). */
    NOT_PERMITTED,
    /** The actor's role may not fire the transition. */
    ROLE_NOT_ALLOWED,
    /** A guard said no; the detail is its reason. */
    GUARD_FAILED,
    /** A time window for the command has closed (or never opened). */
    WINDOW_CLOSED
  }

  /** Checks that nothing is missing and the detail says something. */
  public Rejection {
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(command, "command");
    Objects.requireNonNull(state, "state");
    if (detail == null || detail.isEmpty()) {
      throw new InvalidValueException(CaseErrors.SETTING, "rejection of '" + command + "'",
          "needs a detail saying why");
    }
  }

  /**
   * A one-line explanation.
   *
   * @return e.g. {@code "returnOrder in state DISPATCHED: WINDOW_CLOSED: window 'return' ..."}
   */
  public String message() {
    return command + " in state " + (state.isEmpty() ? "(none)" : state) + ": " + reason + ": "
        + detail;
  }

  /**
   * The rejection as an exception, for callers that prefer to throw.
   *
   * @return an {@link InvalidValueException} with code {@code case.rejected}
   */
  public InvalidValueException toException() {
    return new InvalidValueException(CaseErrors.REJECTED, message());
  }

  @Override
  public boolean accepted() {
    return false;
  }

  @Override
  public CaseEvent event() {
    throw toException();
  }

  @Override
  public Optional<Rejection> rejection() {
    return Optional.of(this);
  }
}
