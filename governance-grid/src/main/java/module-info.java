/**
 * Shiyu grid: which grid a point is in, whose job it is, and which department must report.
 *
 * <p>Grid layers from GeoJSON, layer checks on JTS geometry, an index for point-to-grid
 * lookup, grid teams (the 1+2+N+X model) and dispatch by routing table and escalation
 * ladder.
 */
module io.github.shiyu.governance.grid {
  requires transitive io.github.shiyu.governance.core;
  // MalformedJson describes a GeoJSON syntax error without quoting the document.
  requires io.github.shiyu.governance.jackson;
  requires com.fasterxml.jackson.databind;
  requires org.locationtech.jts;
  requires org.slf4j;

  exports io.github.shiyu.governance.grid;
  exports io.github.shiyu.governance.grid.team;
  exports io.github.shiyu.governance.grid.dispatch;
}
