/**
 * Grid layers and the point-to-grid index: grids read from GeoJSON, layer checks, and which
 * grid a point is in.
 *
 * <ul>
 *   <li>{@link io.github.shiyu.governance.grid.Grid}, {@link io.github.shiyu.governance.grid.GridGeometry}
 *       and {@link io.github.shiyu.governance.grid.GridLayer} (GeoJSON in and out, one
 *       coordinate system per layer, converted on load);</li>
 *   <li>{@link io.github.shiyu.governance.grid.LayerCheck} giving a
 *       {@link io.github.shiyu.governance.grid.LayerReport};</li>
 *   <li>{@link io.github.shiyu.governance.grid.GridIndex}: which grid a point is in, exact,
 *       allocation-free, with a documented border rule.</li>
 * </ul>
 *
 * <p>Grid teams and staffing are in {@code grid.team}; dispatch by routing table and
 * escalation ladder is in {@code grid.dispatch}, which builds on both.
 *
 * <pre>{@code
 * GridLayer layer = GridLayer.read(in, CoordinateSystem.GCJ02, CoordinateSystem.CGCS2000);
 * LayerReport report = LayerCheck.defaults().check(layer);
 * GridIndex index = GridIndex.of(layer);
 * Optional<Grid> grid = index.locate(GeoPoint.of(112.1502, 32.0421, CoordinateSystem.GCJ02));
 * }</pre>
 */
package io.github.shiyu.governance.grid;
