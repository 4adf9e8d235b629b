/**
 * Grids: layers read from GeoJSON, layer checks, point-to-grid lookup, grid teams and
 * dispatch.
 *
 * <ul>
 *   <li>{@link io.github.shiyu.governance.grid.Grid}, {@link io.github.shiyu.governance.grid.GridGeometry}
 *       and {@link io.github.shiyu.governance.grid.GridLayer} (GeoJSON in and out, one
 *       coordinate system per layer, converted on load);</li>
 *   <li>{@link io.github.shiyu.governance.grid.LayerCheck} giving a
 *       {@link io.github.shiyu.governance.grid.LayerReport};</li>
 *   <li>{@link io.github.shiyu.governance.grid.GridIndex}: which grid a point is in, exact,
 *       allocation-free, with a documented border rule;</li>
 *   <li>{@link io.github.shiyu.governance.grid.GridTeam} and
 *       {@link io.github.shiyu.governance.grid.StaffingTemplate} (1+2+N+X);</li>
 *   <li>{@link io.github.shiyu.governance.grid.Dispatcher} with a
 *       {@link io.github.shiyu.governance.grid.RoutingTable} and an
 *       {@link io.github.shiyu.governance.grid.EscalationLadder}, giving a
 *       {@link io.github.shiyu.governance.grid.DispatchDecision} with its reasons.</li>
 * </ul>
 *
 * <pre>{@code
 * GridLayer layer = GridLayer.read(in, CoordinateSystem.GCJ02, CoordinateSystem.CGCS2000);
 * LayerReport report = LayerCheck.defaults().check(layer);
 * GridIndex index = GridIndex.of(layer);
 * Dispatcher dispatcher = Dispatcher.builder(index, routingTable).teams(teams).build();
 * DispatchDecision decision = dispatcher.dispatch(
 *     DispatchRequest.of(location, "dispute.neighbour", Tier.SIMPLE, Instant.now()), workload);
 * }</pre>
 */
package io.github.shiyu.governance.grid;
