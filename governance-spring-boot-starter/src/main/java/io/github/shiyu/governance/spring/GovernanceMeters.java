package io.github.shiyu.governance.spring;

import io.github.shiyu.governance.cases.CaseEvent;
import io.github.shiyu.governance.cases.Decision;
import io.github.shiyu.governance.cases.Rejection;

/**
 * Where the starter's meters are recorded: Micrometer when the application has a
 * {@code MeterRegistry}, nothing otherwise. {@link CaseCommands} records every decision.
 *
 * <p>Meters: {@code shiyu.commands} (counter; tags {@code workflow}, {@code command}),
 * {@code shiyu.rejections} (counter; tags {@code command}, {@code reason}, the rejection's
 * reason code), {@code shiyu.cases.overdue} (gauge, set by each monitor run),
 * {@code shiyu.store.latency} (timer; tag {@code operation}: append, load, events,
 * idempotency, open, due, all).
 */
public interface GovernanceMeters {

  /**
   * Records a decision.
   *
   * @param workflow the workflow's name
   * @param decision the event or the rejection
   */
  void decided(String workflow, Decision decision);

  /**
   * Records the number of overdue cases a monitor run found.
   *
   * @param overdue the count
   */
  void overdue(int overdue);

  /**
   * Meters that record nothing.
   *
   * @return the no-op meters
   */
  static GovernanceMeters none() {
    return new GovernanceMeters() {
      @Override
      public void decided(String workflow, Decision decision) {
        // nothing to record to
      }

      @Override
      public void overdue(int overdue) {
        // nothing to record to
      }
    };
  }

  /**
   * The command's name of a decision.
   *
   * @param decision the decision
   * @return the command name
   */
  static String command(Decision decision) {
    return decision instanceof CaseEvent e ? e.request().name().value()
        : ((Rejection) decision).command().value();
  }
}
