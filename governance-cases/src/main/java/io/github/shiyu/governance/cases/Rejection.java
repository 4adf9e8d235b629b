package io.github.shiyu.governance.cases;

import io.github.shiyu.governance.core.InvalidValueException;
import java.util.Objects;
import java.util.Optional;

/**
 * Why a command was not accepted: the reason, the command, the state of the case (none before
 * registration) and a detail (the failed guard's reason, the closed window, the role). An
 * immutable value, equal by value.
 *
 * <pre>{@code
 * Rejection r = workflow.decide(kase, Command.of(PetitionWorkflow.CLOSE, citizen), now)
 *     .rejection().orElseThrow();
 * r.reason();    // ROLE_NOT_ALLOWED
 * r.command();   // close
 * r.state();     // Optional[RATED]
 * r.message();   // "close in state RATED: ROLE_NOT_ALLOWED: role CITIZEN not allowed ..."
 * }</pre>
 */
public final class Rejection implements Decision {

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

  private final Reason reason;
  private final CommandName command;
  /** Null only before registration, when there is no case and so no state. */
  private final StateName state;
  private final String detail;

  private Rejection(Reason reason, CommandName command, StateName state, String detail) {
    this.reason = Objects.requireNonNull(reason, "reason");
    this.command = Objects.requireNonNull(command, "command");
    this.state = state;
    if (detail == null || detail.isEmpty()) {
      throw new InvalidValueException(CaseErrors.SETTING, "rejection of '" + command + "'",
          "needs a detail saying why");
    }
    this.detail = detail;
  }

  /**
   * A rejection of a command against a case in a state.
   *
   * <pre>{@code
   * Rejection.of(Rejection.Reason.GUARD_FAILED, WorkOrderWorkflow.CONCLUDE,
   *     WorkOrderWorkflow.DISPATCHED, "a reply is required");
   * }</pre>
   *
   * @param reason  the kind of refusal
   * @param command the command's name
   * @param state   the name of the case's state
   * @param detail  what exactly failed, not empty
   * @return the rejection
   * @throws InvalidValueException {@code case.setting} for an empty detail
   */
  public static Rejection of(Reason reason, CommandName command, StateName state,
      String detail) {
    return new Rejection(reason, command, Objects.requireNonNull(state, "state"), detail);
  }

  /**
   * A rejection of a command that would have started a case: there is no state yet.
   *
   * <pre>{@code
   * Rejection.ofRegistration(Rejection.Reason.GUARD_FAILED, Command.REGISTER,
   *     "a group visit elects at most 5 representatives");
   * }</pre>
   *
   * @param reason  the kind of refusal
   * @param command the command's name
   * @param detail  what exactly failed, not empty
   * @return the rejection
   * @throws InvalidValueException {@code case.setting} for an empty detail
   */
  public static Rejection ofRegistration(Reason reason, CommandName command, String detail) {
    return new Rejection(reason, command, null, detail);
  }

  /**
   * The kind of refusal.
   *
   * @return the reason
   */
  public Reason reason() {
    return reason;
  }

  /**
   * The command refused.
   *
   * @return its name
   */
  public CommandName command() {
    return command;
  }

  /**
   * The state of the case the command was refused in.
   *
   * @return the state's name, or empty for a refused registration (there is no case yet)
   */
  public Optional<StateName> state() {
    return Optional.ofNullable(state);
  }

  /**
   * What exactly failed: the guard's reason, the closed window, the role.
   *
   * @return the detail, never empty
   */
  public String detail() {
    return detail;
  }

  /**
   * A one-line explanation.
   *
   * @return e.g. {@code "returnOrder in state DISPATCHED: WINDOW_CLOSED: window 'return' ..."}
   */
  public String message() {
    return command + " in state " + (state == null ? "(none)" : state) + ": " + reason + ": "
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

  @Override
  public boolean equals(Object o) {
    return o instanceof Rejection r && reason == r.reason && command.equals(r.command)
        && Objects.equals(state, r.state) && detail.equals(r.detail);
  }

  @Override
  public int hashCode() {
    return Objects.hash(reason, command, state, detail);
  }

  /** The same text as {@link #message()}, which never holds personal data. */
  @Override
  public String toString() {
    return "Rejection[" + message() + "]";
  }
}
