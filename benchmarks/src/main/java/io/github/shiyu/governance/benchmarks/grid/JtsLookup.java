package io.github.shiyu.governance.benchmarks.grid;

import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * The usual JTS approach: an STRtree over the grids' envelopes, then
 * {@code PreparedGeometry.contains} on each candidate.
 */
public final class JtsLookup {

  private final GeometryFactory factory = new GeometryFactory();
  private final STRtree tree = new STRtree();

  /**
   * Builds the tree over prepared polygons.
   *
   * @param grids the polygons (or multipolygons, for the levels above); a grid's number is its position
   */
  public JtsLookup(List<? extends Geometry> grids) {
    for (int k = 0; k < grids.size(); k++) {
      Geometry polygon = grids.get(k);
      tree.insert(polygon.getEnvelopeInternal(), new Item(k, PreparedGeometryFactory.prepare(polygon)));
    }
    tree.build();
  }

  /**
   * The grid containing the point.
   *
   * @param x longitude
   * @param y latitude
   * @return the grid's number or -1
   */
  public int locate(double x, double y) {
    Point point = factory.createPoint(new Coordinate(x, y));
    for (Object o : tree.query(point.getEnvelopeInternal())) {
      Item item = (Item) o;
      if (item.prepared.contains(point)) {
        return item.number;
      }
    }
    return -1;
  }

  private record Item(int number, PreparedGeometry prepared) {}
}
