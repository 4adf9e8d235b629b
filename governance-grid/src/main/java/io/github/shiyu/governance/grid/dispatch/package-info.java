/**
 * Dispatch (派单): which grid a case is in, whose job it is, which departments handle it at
 * which level of the escalation ladder, and who must report after a whistle.
 *
 * <ul>
 *   <li>{@link io.github.shiyu.governance.grid.dispatch.RoutingTable} (category and level to
 *       departments) and {@link io.github.shiyu.governance.grid.dispatch.EscalationLadder}
 *       (tier and category to handling level): data a vendor supplies;</li>
 *   <li>{@link io.github.shiyu.governance.grid.dispatch.Dispatcher} combining them with a
 *       {@link io.github.shiyu.governance.grid.GridIndex}, grid teams and a
 *       {@link io.github.shiyu.governance.grid.dispatch.Workload} into a
 *       {@link io.github.shiyu.governance.grid.dispatch.DispatchDecision} with its reasons.</li>
 * </ul>
 *
 * <pre>{@code
 * Dispatcher dispatcher = Dispatcher.builder(index, routingTable).teams(teams).build();
 * DispatchDecision decision = dispatcher.dispatch(
 *     DispatchRequest.of(location, taxonomy.require("dispute.neighbour"), Tier.SIMPLE, Instant.now()),
 *     workload);
 * }</pre>
 */
package io.github.shiyu.governance.grid.dispatch;
