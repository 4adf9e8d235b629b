package io.github.shiyu.governance.grid.internal;

import io.github.shiyu.governance.grid.GridGeometry;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/** JTS shapes of geometries, for checks: no robustness promise beyond JTS's own. */
public final class Interior {

  private static final GeometryFactory FACTORY = new GeometryFactory();

  private Interior() {}

  /**
   * A point inside the geometry (JTS's interior point; the first vertex if JTS finds none,
   * as for a broken ring).
   *
   * @param geometry the geometry
   * @return {@code {x, y}}
   */
  public static double[] point(GridGeometry geometry) {
    try {
      Coordinate c = shape(geometry).getInteriorPoint().getCoordinate();
      if (c != null) {
        return new double[] {c.x, c.y};
      }
    } catch (RuntimeException broken) {
      // unclosed or short rings: fall back to a vertex
    }
    double[] shell = geometry.shell(0);
    return new double[] {shell[0], shell[1]};
  }

  /**
   * The JTS polygon or multipolygon, rings closed if they were not.
   *
   * @param geometry the geometry
   * @return the shape (possibly invalid)
   */
  public static Geometry shape(GridGeometry geometry) {
    Polygon[] polygons = new Polygon[geometry.polygonCount()];
    for (int p = 0; p < polygons.length; p++) {
      List<double[]> rings = new ArrayList<>();
      rings.add(geometry.shell(p));
      rings.addAll(geometry.holes(p));
      LinearRing[] linear = new LinearRing[rings.size()];
      for (int r = 0; r < linear.length; r++) {
        linear[r] = FACTORY.createLinearRing(coordinates(rings.get(r)));
      }
      LinearRing[] holes = new LinearRing[linear.length - 1];
      System.arraycopy(linear, 1, holes, 0, holes.length);
      polygons[p] = FACTORY.createPolygon(linear[0], holes);
    }
    return polygons.length == 1 ? polygons[0] : FACTORY.createMultiPolygon(polygons);
  }

  private static Coordinate[] coordinates(double[] ring) {
    int n = ring.length / 2;
    boolean closed = ring[0] == ring[2 * n - 2] && ring[1] == ring[2 * n - 1];
    Coordinate[] c = new Coordinate[closed ? n : n + 1];
    for (int v = 0; v < n; v++) {
      c[v] = new Coordinate(ring[2 * v], ring[2 * v + 1]);
    }
    if (!closed) {
      c[n] = new Coordinate(ring[0], ring[1]);
    }
    return c;
  }
}
