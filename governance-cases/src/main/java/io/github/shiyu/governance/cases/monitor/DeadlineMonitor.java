package io.github.shiyu.governance.cases.monitor;

import io.github.shiyu.governance.cases.Actor;
import io.github.shiyu.governance.cases.Case;
import io.github.shiyu.governance.cases.CaseErrors;
import io.github.shiyu.governance.cases.CaseEvent;
import io.github.shiyu.governance.cases.Command;
import io.github.shiyu.governance.cases.CommandName;
import io.github.shiyu.governance.cases.Decision;
import io.github.shiyu.governance.cases.Role;
import io.github.shiyu.governance.cases.StateKind;
import io.github.shiyu.governance.cases.store.CaseService;
import io.github.shiyu.governance.cases.store.CaseStore;
import io.github.shiyu.governance.core.InvalidValueException;
import io.github.shiyu.governance.core.time.Deadline;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Lists, for a given instant, the cases near a deadline (a configurable share of the running
 * time used, 80% by default) and those past it. Stopped clocks (a hearing, a suspension) do
 * not advance and are not reported; terminal cases are skipped. Immutable and thread-safe.
 *
 * <pre>{@code
 * DeadlineMonitor monitor = DeadlineMonitor.withThreshold(0.8);
 * List<Warning> warnings = monitor.scan(store, clock.instant());   // most urgent first
 * }</pre>
 */
public final class DeadlineMonitor {

  /** The default near-deadline threshold: 80% of the time used. */
  public static final double DEFAULT_THRESHOLD = 0.8;

  /** The command a workflow names the transition that closes a case whose window lapsed. */
  public static final CommandName LAPSE = CommandName.of("lapse");

  private final double threshold;

  private DeadlineMonitor(double threshold) {
    this.threshold = threshold;
  }

  /**
   * A monitor warning at 80% of the time used.
   *
   * @return the monitor
   */
  public static DeadlineMonitor defaults() {
    return new DeadlineMonitor(DEFAULT_THRESHOLD);
  }

  /**
   * A monitor with its own threshold.
   *
   * @param threshold the share of the running time used from which a case is near its
   *     deadline, above 0 and below 1
   * @return the monitor
   */
  public static DeadlineMonitor withThreshold(double threshold) {
    if (!(threshold > 0 && threshold < 1)) {
      throw new InvalidValueException(CaseErrors.TIME_LIMIT,
          "threshold", "must be above 0 and below 1, got " + threshold);
    }
    return new DeadlineMonitor(threshold);
  }

  /**
   * The threshold.
   *
   * @return the share of time used from which a case is near its deadline
   */
  public double threshold() {
    return threshold;
  }

  /**
   * Warnings for the open cases of a store.
   *
   * @param store the store
   * @param now   the instant to judge at
   * @return the warnings, overdue first, then by due instant
   */
  public List<Warning> scan(CaseStore store, Instant now) {
    return scan(store.openCases(), now);
  }

  /**
   * Warnings for some cases.
   *
   * @param cases the cases
   * @param now   the instant to judge at
   * @return the warnings, overdue first, then by due instant
   */
  public List<Warning> scan(Stream<Case> cases, Instant now) {
    List<Warning> out = new ArrayList<>();
    cases.forEach(c -> check(c, now, out));
    out.sort(Comparator.comparing(Warning::level).reversed()
        .thenComparing(Warning::due).thenComparing(Warning::caseId));
    return out;
  }

  /**
   * Warnings for one case.
   *
   * @param kase the case
   * @param now  the instant to judge at
   * @return its warnings, one per clock near or past its due instant
   */
  public List<Warning> check(Case kase, Instant now) {
    List<Warning> out = new ArrayList<>();
    check(kase, now, out);
    return out;
  }

  /**
   * Sends {@link #LAPSE} (as {@code Actor.system()}) to every open case whose workflow lets the
   * system lapse it in its current state and that has a clock past its due instant: a petition
   * whose review window ran out closes, a pre-litigation mediation whose 30 days ran out is
   * filed. The workflow's own guard decides whether the right window has lapsed; the command
   * carries an idempotency key per case version, so a rerun sends nothing twice.
   *
   * @param service the service (its store and workflows)
   * @param now     the instant to judge at
   * @return the events of the cases that lapsed
   */
  public List<CaseEvent> closeLapsed(CaseService service, Instant now) {
    List<CaseEvent> out = new ArrayList<>();
    List<Case> candidates = service.store().openCases()
        .filter(c -> service.workflow(c.type()).permits(c.state(), Role.SYSTEM, LAPSE))
        .filter(c -> c.deadlines().values().stream()
            .anyMatch(d -> !d.isStopped() && d.isOverdue(now)))
        .toList();
    for (Case c : candidates) {
      Decision d = service.execute(c.id(), Command.of(LAPSE, Actor.system())
          .withIdempotencyKey("lapse:" + c.version()));
      if (d instanceof CaseEvent e) {
        out.add(e);
      }
    }
    return out;
  }

  private void check(Case kase, Instant now, List<Warning> out) {
    if (kase.state().kind() == StateKind.TERMINAL) {
      return;
    }
    for (Map.Entry<String, Deadline> e : kase.deadlines().entrySet()) {
      Deadline d = e.getValue();
      if (d.isStopped()) {
        continue;
      }
      double used = d.fractionUsed(now);
      Warning.Level level = d.isOverdue(now) ? Warning.Level.OVERDUE
          : used >= threshold ? Warning.Level.NEAR : null;
      if (level != null) {
        out.add(new Warning(kase.id(), kase.type(), kase.state().name(), e.getKey(), level,
            d.due(), used, kase.escalationLevel()));
      }
    }
  }
}
