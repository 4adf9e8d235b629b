/**
 * Grids: layers read from GeoJSON, layer checks, point-to-grid lookup, grid teams and
 * dispatch.
 */
package io.github.shiyu.governance.grid;
