package io.github.shiyu.governance.grid.testing;

import io.github.shiyu.governance.core.geo.CoordinateSystem;
import io.github.shiyu.governance.grid.Boundary;
import io.github.shiyu.governance.grid.BoundaryLayer;
import io.github.shiyu.governance.grid.BoundaryLevel;
import io.github.shiyu.governance.grid.GridGeometry;
import io.github.shiyu.governance.testkit.Rings;
import io.github.shiyu.governance.testkit.VoronoiTiling;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.union.CascadedPolygonUnion;

/**
 * Nested test layers: a Voronoi tiling of grids, grouped by nearest coarser seeds into
 * communities, communities into townships, townships into counties. Parents are unions
 * of their children, so shared borders carry the same vertices on every level.
 */
public final class Hierarchies {

  public static final Envelope REGION = new Envelope(112.10, 112.20, 32.00, 32.08);
  private static final String[] COUNTIES = {"420602", "420606", "420607", "420624", "420625", "420626", "420682", "420683", "420684"};

  /** The four layers (county, township, village, grid) and the JTS shapes per level. */
  public record Nested(List<BoundaryLayer> layers, List<List<Geometry>> shapes) {}

  private Hierarchies() {}

  public static Nested generate(int grids, long seed) {
    List<Polygon> cells = new VoronoiTiling(REGION, grids, 12, seed).polygons();
    Random random = new Random(seed);
    int communities = Math.max(4, grids / 6);
    int townships = Math.max(2, communities / 4);
    double[][] communitySeeds = seeds(communities, random);
    double[][] townshipSeeds = seeds(townships, random);
    // grid -> community -> township -> county (west/east half by township seed)
    List<List<Integer>> gridsOf = groups(communities);
    for (int g = 0; g < cells.size(); g++) {
      Coordinate c = cells.get(g).getInteriorPoint().getCoordinate();
      gridsOf.get(nearest(communitySeeds, c.x, c.y)).add(g);
    }
    List<List<Integer>> communitiesOf = groups(townships);
    for (int m = 0; m < communities; m++) {
      if (!gridsOf.get(m).isEmpty()) {
        communitiesOf.get(nearest(townshipSeeds, communitySeeds[m][0], communitySeeds[m][1])).add(m);
      }
    }
    // counties are vertical strips: two for small layers, up to nine (under 999 townships each)
    int counties = Math.min(COUNTIES.length, Math.max(2, townships / 150));
    List<List<Integer>> townshipsOf = groups(counties);
    for (int t = 0; t < townships; t++) {
      if (!communitiesOf.get(t).isEmpty()) {
        int strip = (int) ((townshipSeeds[t][0] - REGION.getMinX()) / REGION.getWidth() * counties);
        townshipsOf.get(Math.min(counties - 1, strip)).add(t);
      }
    }
    List<List<Boundary>> units = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    List<List<Geometry>> shapes = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    for (int k = 0; k < counties; k++) {
      if (townshipsOf.get(k).isEmpty()) {
        continue;
      }
      List<Geometry> countyParts = new ArrayList<>();
      int townshipNumber = 0;
      for (int t : townshipsOf.get(k)) {
        String township = COUNTIES[k] + String.format("%03d", ++townshipNumber);
        List<Geometry> townshipParts = new ArrayList<>();
        int communityNumber = 0;
        for (int m : communitiesOf.get(t)) {
          String community = township + String.format("%03d", ++communityNumber);
          List<Geometry> communityParts = new ArrayList<>();
          int gridNumber = 0;
          for (int g : gridsOf.get(m)) {
            String grid = community + String.format("%03d", ++gridNumber);
            add(units, shapes, 3, BoundaryLevel.GRID, grid, cells.get(g));
            communityParts.add(cells.get(g));
          }
          Geometry communityShape = CascadedPolygonUnion.union(communityParts);
          add(units, shapes, 2, BoundaryLevel.VILLAGE, community, communityShape);
          townshipParts.addAll(communityParts);
        }
        add(units, shapes, 1, BoundaryLevel.TOWNSHIP, township, CascadedPolygonUnion.union(townshipParts));
        countyParts.addAll(townshipParts);
      }
      add(units, shapes, 0, BoundaryLevel.COUNTY, COUNTIES[k], CascadedPolygonUnion.union(countyParts));
    }
    List<BoundaryLayer> layers = new ArrayList<>();
    BoundaryLevel[] levels = {BoundaryLevel.COUNTY, BoundaryLevel.TOWNSHIP, BoundaryLevel.VILLAGE, BoundaryLevel.GRID};
    for (int i = 0; i < 4; i++) {
      layers.add(BoundaryLayer.of(levels[i], CoordinateSystem.CGCS2000, units.get(i)));
    }
    return new Nested(layers, shapes);
  }

  private static void add(List<List<Boundary>> units, List<List<Geometry>> shapes, int level,
      BoundaryLevel kind, String key, Geometry shape) {
    units.get(level).add(new Boundary(kind, key, kind + " " + key, geometry(shape), Map.of()));
    shapes.get(level).add(shape);
  }

  /** A JTS polygon or multipolygon with holes as a GridGeometry. */
  public static GridGeometry geometry(Geometry shape) {
    GridGeometry[] parts = new GridGeometry[shape.getNumGeometries()];
    for (int p = 0; p < parts.length; p++) {
      Polygon polygon = (Polygon) shape.getGeometryN(p);
      List<double[]> rings = Rings.of(polygon);
      parts[p] = GridGeometry.polygon(rings.get(0), rings.subList(1, rings.size()).toArray(new double[0][]));
    }
    return parts.length == 1 ? parts[0] : GridGeometry.multiPolygon(parts);
  }

  private static List<List<Integer>> groups(int n) {
    List<List<Integer>> groups = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      groups.add(new ArrayList<>());
    }
    return groups;
  }

  private static double[][] seeds(int n, Random random) {
    double[][] seeds = new double[n][];
    for (int i = 0; i < n; i++) {
      seeds[i] = new double[] {REGION.getMinX() + random.nextDouble() * REGION.getWidth(),
          REGION.getMinY() + random.nextDouble() * REGION.getHeight()};
    }
    return seeds;
  }

  private static int nearest(double[][] seeds, double x, double y) {
    int best = 0;
    double bestD = Double.MAX_VALUE;
    for (int i = 0; i < seeds.length; i++) {
      double d = (seeds[i][0] - x) * (seeds[i][0] - x) + (seeds[i][1] - y) * (seeds[i][1] - y);
      if (d < bestD) {
        bestD = d;
        best = i;
      }
    }
    return best;
  }
}
