/**
 * Locations: {@link io.github.shiyu.governance.core.geo.GeoPoint} tagged with its {@link
 * io.github.shiyu.governance.core.geo.CoordinateSystem}, and conversions between WGS-84,
 * CGCS2000, GCJ-02 and BD-09 ({@link io.github.shiyu.governance.core.geo.CoordinateConversion}).
 * Store one system, tag every coordinate, convert at the boundary.
 *
 * <pre>{@code
 * GeoPoint fromAmap = GeoPoint.of(114.305, 30.593, CoordinateSystem.GCJ02);
 * GeoPoint stored = fromAmap.to(CoordinateSystem.CGCS2000);
 * }</pre>
 */
package io.github.shiyu.governance.core.geo;
