package io.github.shiyu.governance.grid.internal;

import io.github.shiyu.governance.grid.GridGeometry;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.union.UnaryUnionOp;

/** The union of several areas, back as a {@link GridGeometry} (JTS's overlay). */
public final class Dissolve {

  private Dissolve() {}

  /**
   * The union of the geometries: where they share edges vertex for vertex the outline keeps
   * those vertices, so the border rule decides the same on both levels.
   *
   * @param parts the areas, at least one
   * @return the union's polygons with their holes
   */
  public static GridGeometry union(List<GridGeometry> parts) {
    List<Geometry> shapes = new ArrayList<>(parts.size());
    for (GridGeometry part : parts) {
      shapes.add(Interior.shape(part));
    }
    Geometry union = UnaryUnionOp.union(shapes);
    List<GridGeometry> polygons = new ArrayList<>();
    for (int n = 0; n < union.getNumGeometries(); n++) {
      if (union.getGeometryN(n) instanceof Polygon polygon && !polygon.isEmpty()) {
        double[][] holes = new double[polygon.getNumInteriorRing()][];
        for (int h = 0; h < holes.length; h++) {
          holes[h] = flat(polygon.getInteriorRingN(h));
        }
        polygons.add(GridGeometry.polygon(flat(polygon.getExteriorRing()), holes));
      }
    }
    return polygons.size() == 1 ? polygons.get(0) : GridGeometry.multiPolygon(polygons.toArray(GridGeometry[]::new));
  }

  private static double[] flat(LineString ring) {
    Coordinate[] c = ring.getCoordinates();
    double[] xy = new double[2 * c.length];
    for (int v = 0; v < c.length; v++) {
      xy[2 * v] = c[v].x;
      xy[2 * v + 1] = c[v].y;
    }
    return xy;
  }
}
