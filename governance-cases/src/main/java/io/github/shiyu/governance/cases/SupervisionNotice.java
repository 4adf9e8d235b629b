package io.github.shiyu.governance.cases;

import io.github.shiyu.governance.core.InvalidValueException;
import io.github.shiyu.governance.core.time.Deadline;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A supervision notice (督办通知): a superior presses the handler for progress by a deadline.
 * A workflow that supervises with notices starts a clock on its {@code supervise} transition
 * (the work order's {@code supervisionClock}); the notice is that event read back: who issued
 * it, when, why, and the deadline it set. Escalation checks the clock like any other duty.
 * The reason is free text kept in events: write it without personal data.
 *
 * <pre>{@code
 * SupervisionNotice.of(event, WorkOrderWorkflow.SUPERVISION_CLOCK)
 *     .ifPresent(n -> System.out.println("reply due " + n.due().due()));
 * }</pre>
 *
 * @param caseId   the case supervised
 * @param sequence the event that issued it
 * @param issuedAt when it was issued
 * @param issuer   who issued it
 * @param reason   what the handler is pressed for
 * @param due      the deadline it set
 */
public record SupervisionNotice(CaseId caseId, long sequence, Instant issuedAt, Actor issuer,
    String reason, Deadline due) {

  /**
   * Checks the parts.
   *
   * @throws InvalidValueException {@code case.setting} for an empty reason or a sequence
   *     below 2 (a notice is never the registration)
   */
  public SupervisionNotice {
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(issuedAt, "issuedAt");
    Objects.requireNonNull(issuer, "issuer");
    Objects.requireNonNull(due, "due");
    if (reason == null || reason.isBlank()) {
      throw new InvalidValueException(CaseErrors.SETTING, "reason", "must not be empty");
    }
    if (sequence < 2) {
      throw new InvalidValueException(CaseErrors.SETTING, "sequence",
          "a notice follows the registration, got " + sequence);
    }
  }

  /**
   * The notice an event issued.
   *
   * @param event an event of the case
   * @param clock the clock the workflow's supervision starts
   * @return the notice, or empty if the event is not a {@link EventTag#SUPERVISION} with a
   *     reason that set that clock
   */
  public static Optional<SupervisionNotice> of(CaseEvent event, String clock) {
    if (!event.has(EventTag.SUPERVISION) || event.reason().isEmpty()) {
      return Optional.empty();
    }
    return event.deadline(clock).filter(d -> d.start().equals(event.at()))
        .map(d -> new SupervisionNotice(event.caseId(), event.sequence(), event.at(),
            event.actor(), event.reason().get(), d));
  }

  /** Leaves the reason out: it is free text. */
  @Override
  public String toString() {
    return "SupervisionNotice[" + caseId + " #" + sequence + " by " + issuer.id() + ", due "
        + due.due() + "]";
  }
}
