package io.github.shiyu.governance.spring;

import io.github.shiyu.governance.cases.monitor.DeadlineMonitor;
import io.github.shiyu.governance.cases.monitor.EscalationPolicy;
import io.github.shiyu.governance.cases.monitor.Warning;
import io.github.shiyu.governance.cases.store.CaseService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Runs the deadline monitor (and the escalation policy, unless turned off) every interval on one daemon
 * thread of its own, from the application context's start to its stop. A failed run is logged
 * and the next one runs as planned.
 */
public final class MonitorSchedule implements SmartLifecycle {

  private static final Logger LOG = LoggerFactory.getLogger(MonitorSchedule.class);

  private final CaseService service;
  private final DeadlineMonitor monitor;
  private final EscalationPolicy escalation;
  private final boolean escalate;
  private final GovernanceMeters meters;
  private final Clock clock;
  private final Duration interval;
  private ScheduledExecutorService executor;

  /**
   * A schedule.
   *
   * @param service    the service the cases are in
   * @param monitor    the monitor
   * @param escalation the policy
   * @param escalate   whether the policy runs
   * @param meters     where the overdue count goes
   * @param clock      the clock
   * @param interval   how often
   */
  public MonitorSchedule(CaseService service, DeadlineMonitor monitor,
      EscalationPolicy escalation, boolean escalate, GovernanceMeters meters, Clock clock,
      Duration interval) {
    this.service = service;
    this.monitor = monitor;
    this.escalation = escalation;
    this.escalate = escalate;
    this.meters = meters;
    this.clock = clock;
    this.interval = interval;
  }

  /**
   * One run: lapsed confirmation windows closed, escalations made, the overdue count taken.
   *
   * @return the warnings of this run
   */
  public List<Warning> runOnce() {
    Instant now = clock.instant();
    monitor.closeLapsed(service, now);
    if (escalate) {
      escalation.run(service, now);
    }
    List<Warning> warnings = monitor.scan(service.store(), now);
    meters.overdue((int) warnings.stream().filter(w -> w.level() == Warning.Level.OVERDUE)
        .map(Warning::caseId).distinct().count());
    return warnings;
  }

  private void runLogged() {
    try {
      runOnce();
    } catch (RuntimeException e) {
      // Logged without the cases' data: the exception's type and code only.
      LOG.error("the deadline monitor's run failed: {}", e.getClass().getName(), e);
    }
  }

  @Override
  public synchronized void start() {
    if (executor == null) {
      executor = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "shiyu-deadline-monitor");
        t.setDaemon(true);
        return t;
      });
      long millis = interval.toMillis();
      executor.scheduleWithFixedDelay(this::runLogged, millis, millis, TimeUnit.MILLISECONDS);
    }
  }

  @Override
  public synchronized void stop() {
    if (executor != null) {
      executor.shutdownNow();
      executor = null;
    }
  }

  @Override
  public synchronized boolean isRunning() {
    return executor != null;
  }
}
