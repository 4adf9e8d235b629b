/**
 * Deadlines, warnings (预警) and escalation: the
 * {@link io.github.shiyu.governance.cases.monitor.DeadlineMonitor} lists cases near or past a
 * deadline at an instant; the {@link io.github.shiyu.governance.cases.monitor.EscalationPolicy}
 * turns overdue or repeated cases into {@code escalate} commands with the reason recorded.
 */
package io.github.shiyu.governance.cases.monitor;
