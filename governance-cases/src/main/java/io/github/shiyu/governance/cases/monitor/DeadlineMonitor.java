package io.github.shiyu.governance.cases.monitor;

import io.github.shiyu.governance.cases.Case;
import io.github.shiyu.governance.cases.StateKind;
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
      throw new InvalidValueException(io.github.shiyu.governance.cases.CaseErrors.TIME_LIMIT,
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
