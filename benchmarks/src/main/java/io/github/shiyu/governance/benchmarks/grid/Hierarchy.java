package io.github.shiyu.governance.benchmarks.grid;

import io.github.shiyu.governance.core.division.DivisionCode;
import io.github.shiyu.governance.core.geo.CoordinateSystem;
import io.github.shiyu.governance.core.grid.GridCode;
import io.github.shiyu.governance.grid.Boundary;
import io.github.shiyu.governance.grid.BoundaryLayer;
import io.github.shiyu.governance.grid.BoundaryLevel;
import io.github.shiyu.governance.grid.GridGeometry;
import io.github.shiyu.governance.testkit.Rings;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * Four nested levels over generated grids: each grid is filed, by the block its centroid falls
 * in, under a community, a township and a county of province 42 (city 4206); the levels above
 * the grids are the SDK's {@link BoundaryLayer#dissolve} of the level below, as a vendor with
 * only grids would derive them.
 */
public final class Hierarchy {

  private static final GeometryFactory FACTORY = new GeometryFactory();

  private Hierarchy() {}

  /**
   * The four layers, county first.
   *
   * @param region the region the grids tile
   * @param grids the grids' polygons
   * @param countyColumns counties per row and column
   * @param townshipColumns townships per row and column of a county
   * @param communityColumns communities per row and column of a township
   * @return county, township, community and grid layers in CGCS2000
   */
  public static List<BoundaryLayer> of(Envelope region, List<Polygon> grids, int countyColumns,
      int townshipColumns, int communityColumns) {
    int columns = countyColumns * townshipColumns * communityColumns;
    Map<String, Integer> sequence = new HashMap<>();
    List<Boundary> units = new ArrayList<>(grids.size());
    for (Polygon polygon : grids) {
      var c = polygon.getCentroid().getCoordinate();
      int i = Math.min(columns - 1, (int) ((c.x - region.getMinX()) / region.getWidth() * columns));
      int j = Math.min(columns - 1, (int) ((c.y - region.getMinY()) / region.getHeight() * columns));
      int county = (j / (townshipColumns * communityColumns)) * countyColumns + i / (townshipColumns * communityColumns) + 1;
      int township = ((j / communityColumns) % townshipColumns) * townshipColumns + (i / communityColumns) % townshipColumns + 1;
      int community = (j % communityColumns) * communityColumns + i % communityColumns + 1;
      String code = String.format(Locale.ROOT, "4206%02d%03d%03d", county, township, community);
      int seq = sequence.merge(code, 1, Integer::sum);
      List<double[]> rings = Rings.of(polygon);
      GridGeometry geometry = GridGeometry.polygon(rings.get(0), rings.subList(1, rings.size()).toArray(new double[0][]));
      String key = GridCode.of(DivisionCode.parse(code), seq).value();
      units.add(Boundary.of(BoundaryLevel.GRID, key, "网格" + key.substring(9), geometry));
    }
    BoundaryLayer gridLayer = BoundaryLayer.of(BoundaryLevel.GRID, CoordinateSystem.CGCS2000, units);
    BoundaryLayer communities = gridLayer.dissolve(BoundaryLevel.VILLAGE, key -> "社区" + key.substring(9));
    BoundaryLayer townships = communities.dissolve(BoundaryLevel.TOWNSHIP, key -> "街道" + key.substring(6));
    BoundaryLayer counties = townships.dissolve(BoundaryLevel.COUNTY, key -> "县" + key.substring(4));
    return List.of(counties, townships, communities, gridLayer);
  }

  /**
   * A layer's units as JTS geometries, for the JTS side of a comparison.
   *
   * @param layer the layer
   * @return one polygon or multipolygon per unit, in layer order
   */
  public static List<Geometry> jts(BoundaryLayer layer) {
    List<Geometry> shapes = new ArrayList<>(layer.size());
    for (Boundary unit : layer.units()) {
      GridGeometry g = unit.geometry();
      Polygon[] polygons = new Polygon[g.polygonCount()];
      for (int p = 0; p < polygons.length; p++) {
        List<double[]> holes = g.holes(p);
        LinearRing[] inner = new LinearRing[holes.size()];
        for (int h = 0; h < inner.length; h++) {
          inner[h] = ring(holes.get(h));
        }
        polygons[p] = FACTORY.createPolygon(ring(g.shell(p)), inner);
      }
      shapes.add(polygons.length == 1 ? polygons[0] : FACTORY.createMultiPolygon(polygons));
    }
    return shapes;
  }

  private static LinearRing ring(double[] xy) {
    var coordinates = new org.locationtech.jts.geom.Coordinate[xy.length / 2];
    for (int v = 0; v < coordinates.length; v++) {
      coordinates[v] = new org.locationtech.jts.geom.Coordinate(xy[2 * v], xy[2 * v + 1]);
    }
    return FACTORY.createLinearRing(coordinates);
  }
}
