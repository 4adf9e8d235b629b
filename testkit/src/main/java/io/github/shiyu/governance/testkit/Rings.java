package io.github.shiyu.governance.testkit;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/** Flattens JTS polygons and multipolygons into rings of interleaved coordinates. */
public final class Rings {

  private Rings() {}

  /**
   * Every ring (outer rings and holes of every part) of a polygonal geometry.
   *
   * @param geometry a Polygon or MultiPolygon (other parts are ignored)
   * @return rings as {@code x0, y0, x1, y1, ...}, closed
   */
  public static List<double[]> of(Geometry geometry) {
    List<double[]> rings = new ArrayList<>();
    for (int n = 0; n < geometry.getNumGeometries(); n++) {
      if (geometry.getGeometryN(n) instanceof Polygon polygon) {
        rings.add(flatten(polygon.getExteriorRing()));
        for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
          rings.add(flatten(polygon.getInteriorRingN(h)));
        }
      }
    }
    return rings;
  }

  private static double[] flatten(LineString ring) {
    Coordinate[] coordinates = ring.getCoordinates();
    double[] xy = new double[coordinates.length * 2];
    for (int v = 0; v < coordinates.length; v++) {
      xy[2 * v] = coordinates[v].x;
      xy[2 * v + 1] = coordinates[v].y;
    }
    return xy;
  }
}
