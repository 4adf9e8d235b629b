package io.github.shiyu.governance.cases.monitor;

import io.github.shiyu.governance.cases.CaseId;
import io.github.shiyu.governance.cases.CaseType;
import io.github.shiyu.governance.cases.StateName;
import io.github.shiyu.governance.core.org.EscalationLevel;
import java.time.Instant;
import java.util.Objects;

/**
 * A case near or past one of its deadlines (预警), as the {@link DeadlineMonitor} saw it at an
 * instant.
 *
 * <pre>{@code
 * for (Warning w : monitor.scan(store, clock.instant())) {
 *   if (w.level() == Warning.Level.OVERDUE) { notifySupervisor(w.caseId(), w.clock(), w.due()); }
 * }
 * }</pre>
 *
 * @param caseId       the case
 * @param type         its type
 * @param state        the name of its state
 * @param clock        the clock concerned, e.g. {@code handling} or {@code responseClock}
 * @param level        near the deadline or past it
 * @param due          the clock's due instant
 * @param fractionUsed the running time used over the time allowed (over 1 when overdue)
 * @param escalation   the case's rung of the escalation ladder
 */
public record Warning(CaseId caseId, CaseType type, StateName state, String clock, Level level,
    Instant due, double fractionUsed, EscalationLevel escalation) {

  /**
   * How urgent a warning is.
   *
   * <pre>{@code
   * boolean red = warning.level() == Warning.Level.OVERDUE;
   * }</pre>
   */
  public enum Level {
    /** At least the monitor's threshold of the time is used (e.g. 80%). */
    NEAR,
    /** The time is up. */
    OVERDUE
  }

  /** Checks that nothing is missing. */
  public Warning {
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(due, "due");
    Objects.requireNonNull(escalation, "escalation");
  }
}
