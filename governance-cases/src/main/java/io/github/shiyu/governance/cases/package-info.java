/**
 * Cases and their history: what happens to a dispute, a petition, a work order, a
 * pre-litigation mediation and a grid incident, step by step.
 *
 * <p>A {@link io.github.shiyu.governance.cases.Workflow} (built once, shared by every thread)
 * decides a {@link io.github.shiyu.governance.cases.Command} against a
 * {@link io.github.shiyu.governance.cases.Case}: the result is one
 * {@link io.github.shiyu.governance.cases.CaseEvent} or a
 * {@link io.github.shiyu.governance.cases.Rejection}. Applying the event gives the next
 * version of the case; replaying all events rebuilds it exactly. Time limits are
 * {@link io.github.shiyu.governance.cases.TimeLimits} a vendor configures; the six standard
 * workflows are in {@code cases.standard}, storage and the service in {@code cases.store},
 * warnings and escalation in {@code cases.monitor}.
 *
 * <pre>{@code
 * Workflow w = WorkOrderWorkflow.definition();
 * Instant now = Instant.parse("2025-06-09T01:00:00Z");
 * Case c = Case.start(w.register(CaseId.of("WO-1"), Command.register(clerk,
 *     Registration.of(CaseType.WORK_ORDER, CategoryTaxonomy.standard().require("hotline.complaint"),
 *         DivisionCode.parse("420602003012"))),
 *     now).event());
 * Decision d = w.decide(c, Command.of("dispatch", clerk).withHandler("dept-housing"), now);
 * if (d instanceof CaseEvent e) {
 *   c = c.apply(e);   // DISPATCHED, version 2
 * }
 * }</pre>
 */
package io.github.shiyu.governance.cases;
