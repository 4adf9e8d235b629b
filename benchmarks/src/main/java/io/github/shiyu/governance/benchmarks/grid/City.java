package io.github.shiyu.governance.benchmarks.grid;

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
import java.util.SplittableRandom;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Polygon;

/**
 * The benchmark's city: 20 km by 20 km near Xiangyang, 5,000 grids from a jittered Voronoi
 * diagram with densified edges (20 to 60 vertices per grid), and one million random points.
 */
public final class City {

  /** 20 km east-west at latitude 32 degrees is about 0.2117 degrees of longitude. */
  public static final Envelope REGION = new Envelope(112.10, 112.10 + 0.2117, 32.00, 32.00 + 0.1799);

  /** Number of grids in the city. */
  public static final int GRIDS = 5_000;
  /** Number of random points looked up per benchmark invocation. */
  public static final int POINTS = 1_000_000;

  private City() {}

  /**
   * The grids' polygons.
   *
   * @return 5,000 polygons tiling the region
   */
  public static List<Polygon> grids() {
    return new VoronoiTiling(REGION, GRIDS, 40, 20261124L).polygons();
  }

  /**
   * The grids as a layer in CGCS2000, numbered 1-999 inside communities 420602001001, ...
   *
   * @param polygons the grids' polygons, from {@link #grids()}
   * @return the layer, grid k at position k
   */
  public static GridLayer layer(List<Polygon> polygons) {
    List<Grid> grids = new ArrayList<>(polygons.size());
    for (int k = 0; k < polygons.size(); k++) {
      DivisionCode community = DivisionCode.parse(String.valueOf(420602001001L + k / 999));
      List<double[]> rings = Rings.of(polygons.get(k));
      GridGeometry geometry = GridGeometry.polygon(rings.get(0),
          rings.subList(1, rings.size()).toArray(new double[0][]));
      grids.add(Grid.of(GridCode.of(community, k % 999 + 1), "网格" + (k + 1), geometry));
    }
    return GridLayer.of(CoordinateSystem.CGCS2000, grids);
  }

  /**
   * Random points in the region, longitudes then latitudes.
   *
   * @return {@code {longitudes, latitudes}}
   */
  public static double[][] points() {
    SplittableRandom random = new SplittableRandom(42);
    double[] xs = new double[POINTS];
    double[] ys = new double[POINTS];
    for (int n = 0; n < POINTS; n++) {
      xs[n] = REGION.getMinX() + random.nextDouble() * REGION.getWidth();
      ys[n] = REGION.getMinY() + random.nextDouble() * REGION.getHeight();
    }
    return new double[][] {xs, ys};
  }
}
