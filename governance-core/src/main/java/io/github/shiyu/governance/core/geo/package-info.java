/**
 * Locations: GeoPoint tagged with its CoordinateSystem and exact conversions between WGS-84, CGCS2000, GCJ-02 and BD-09.
 */
package io.github.shiyu.governance.core.geo;
