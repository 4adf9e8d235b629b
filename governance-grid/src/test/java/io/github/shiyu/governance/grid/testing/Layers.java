package io.github.shiyu.governance.grid.testing;

import io.github.shiyu.governance.core.division.DivisionCode;
import io.github.shiyu.governance.core.geo.CoordinateSystem;
import io.github.shiyu.governance.core.grid.GridCode;
import io.github.shiyu.governance.grid.Grid;
import io.github.shiyu.governance.grid.GridGeometry;
import io.github.shiyu.governance.grid.GridLayer;
import io.github.shiyu.governance.testkit.Rings;
import io.github.shiyu.governance.testkit.VoronoiTiling;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Polygon;

/** Test layers. */
public final class Layers {

  public static final DivisionCode COMMUNITY = DivisionCode.parse("420602001001");
  public static final DivisionCode OTHER_COMMUNITY = DivisionCode.parse("420602001002");
  public static final Envelope REGION = new Envelope(112.10, 112.13, 32.00, 32.03);

  private Layers() {}

  public static GridGeometry square(double x, double y, double side) {
    return GridGeometry.polygon(new double[] {x, y, x + side, y, x + side, y + side, x, y + side, x, y});
  }

  public static GridCode code(int sequence) {
    return GridCode.of(COMMUNITY, sequence);
  }

  public static Grid grid(int sequence, GridGeometry geometry) {
    return Grid.of(code(sequence), "网格" + sequence, geometry);
  }

  /** A Voronoi tiling of REGION, numbered from 1. */
  public static GridLayer tiling(int count, long seed) {
    List<Polygon> polygons = new VoronoiTiling(REGION, count, 30, seed).polygons();
    List<Grid> grids = new ArrayList<>();
    for (int k = 0; k < polygons.size(); k++) {
      List<double[]> rings = Rings.of(polygons.get(k));
      grids.add(grid(k + 1, GridGeometry.polygon(rings.get(0))));
    }
    return GridLayer.of(CoordinateSystem.CGCS2000, grids);
  }

  /** Two by two squares of 0.001 degrees at 112.1, 32.0: sequences 1 (SW), 2 (SE), 3 (NW), 4 (NE). */
  public static List<Grid> squares() {
    List<Grid> grids = new ArrayList<>();
    double s = 0.001;
    grids.add(grid(1, square(112.100, 32.000, s)));
    grids.add(grid(2, square(112.101, 32.000, s)));
    grids.add(grid(3, square(112.100, 32.001, s)));
    grids.add(grid(4, square(112.101, 32.001, s)));
    return grids;
  }
}
