package io.github.shiyu.governance.cases.monitor;

import io.github.shiyu.governance.cases.CaseId;
import io.github.shiyu.governance.cases.Command;
import java.util.Objects;

/**
 * An escalation the {@link EscalationPolicy} asks for: the case, the {@code escalate} command
 * to send (reason and idempotency key set), and why.
 *
 * <pre>{@code
 * for (Escalation e : policy.plan(service, now)) {
 *   service.execute(e.caseId(), e.command());
 * }
 * }</pre>
 *
 * @param caseId  the case
 * @param command the escalate command, issued by {@code Actor.system()}
 * @param reason  why: overdue or repeated, with the details
 */
public record Escalation(CaseId caseId, Command command, String reason) {

  /** Checks that nothing is missing. */
  public Escalation {
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(command, "command");
    Objects.requireNonNull(reason, "reason");
  }
}
