package io.github.shiyu.governance.grid.internal;

import io.github.shiyu.governance.core.division.DivisionCode;
import io.github.shiyu.governance.core.geo.CoordinateSystem;
import io.github.shiyu.governance.core.geo.GeoPoint;
import io.github.shiyu.governance.core.grid.GridCode;
import io.github.shiyu.governance.grid.Grid;
import io.github.shiyu.governance.grid.GridGeometry;
import io.github.shiyu.governance.grid.GridLayer;
import io.github.shiyu.governance.grid.LayerProblem.Kind;
import io.github.shiyu.governance.grid.LayerProblem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/** The layer checks, on JTS geometry. */
public final class LayerChecker {

  private static final GeometryFactory FACTORY = new GeometryFactory();
  /** Metres per degree of latitude, and of longitude at the equator. */
  private static final double METRES_PER_DEGREE_LAT = 110_574.0;
  private static final double METRES_PER_DEGREE_LNG = 111_320.0;

  private LayerChecker() {}

  /**
   * Checks a layer.
   *
   * @param layer the layer
   * @param tolerance area tolerance in square metres
   * @param boundaries community boundaries, possibly none
   * @return the problems, ordered by kind then layer order
   */
  public static List<LayerProblem> check(GridLayer layer, double tolerance,
      Map<DivisionCode, GridGeometry> boundaries) {
    CoordinateSystem crs = layer.crs();
    List<Grid> grids = layer.grids();
    List<LayerProblem> problems = new ArrayList<>();
    Geometry[] shapes = new Geometry[grids.size()];
    for (int k = 0; k < grids.size(); k++) {
      Grid grid = grids.get(k);
      shapes[k] = geometry(grid.geometry(), List.of(grid.code()), crs, problems);
    }
    duplicates(grids, shapes, crs, problems);
    for (int k = 0; k < grids.size(); k++) {
      Grid grid = grids.get(k);
      if (!grid.code().community().equals(grid.community())) {
        problems.add(new LayerProblem(Kind.COMMUNITY_MISMATCH, List.of(grid.code()), where(grid, shapes[k], crs),
            "code says community " + grid.code().community() + ", the grid is declared in " + grid.community()));
      }
    }
    overlaps(grids, shapes, tolerance, crs, problems);
    if (!boundaries.isEmpty()) {
      communities(grids, shapes, tolerance, boundaries, crs, problems);
    }
    problems.sort(Comparator.comparing(LayerProblem::kind));
    return problems;
  }

  private static Geometry geometry(GridGeometry g, List<GridCode> codes, CoordinateSystem crs,
      List<LayerProblem> problems) {
    java.util.Optional<String> range = g.coordinateProblem();
    if (range.isPresent()) {
      problems.add(new LayerProblem(Kind.COORDINATE_RANGE, codes, firstInRange(g, crs), range.get()));
      return null;
    }
    boolean broken = false;
    Polygon[] polygons = new Polygon[g.polygonCount()];
    for (int p = 0; p < g.polygonCount(); p++) {
      List<double[]> rings = new ArrayList<>();
      rings.add(g.shell(p));
      rings.addAll(g.holes(p));
      LinearRing[] linear = new LinearRing[rings.size()];
      for (int r = 0; r < rings.size(); r++) {
        double[] ring = rings.get(r);
        int n = ring.length / 2;
        GeoPoint first = GeoPoint.of(ring[0], ring[1], crs);
        String which = (r == 0 ? "outer ring" : "hole " + r) + " of polygon " + (p + 1);
        boolean closed = ring[0] == ring[2 * n - 2] && ring[1] == ring[2 * n - 1];
        if (!closed) {
          problems.add(new LayerProblem(Kind.UNCLOSED_RING, codes, first,
              which + " ends at another position than it starts"));
          broken = true;
        }
        if (n < (closed ? 4 : 3)) {
          problems.add(new LayerProblem(Kind.SHORT_RING, codes, first,
              which + " has " + n + " positions; a ring needs 4 (3 corners and the closing one)"));
          broken = true;
        }
        if (!broken) {
          Coordinate[] coordinates = new Coordinate[n];
          for (int v = 0; v < n; v++) {
            coordinates[v] = new Coordinate(ring[2 * v], ring[2 * v + 1]);
          }
          linear[r] = FACTORY.createLinearRing(coordinates);
        }
      }
      if (!broken) {
        LinearRing[] holes = new LinearRing[linear.length - 1];
        System.arraycopy(linear, 1, holes, 0, holes.length);
        polygons[p] = FACTORY.createPolygon(linear[0], holes);
      }
    }
    if (broken) {
      return null;
    }
    Geometry shape = polygons.length == 1 ? polygons[0] : FACTORY.createMultiPolygon(polygons);
    TopologyValidationError error = new IsValidOp(shape).getValidationError();
    if (error != null) {
      Coordinate c = error.getCoordinate();
      problems.add(new LayerProblem(Kind.INVALID_GEOMETRY, codes,
          GeoPoint.of(c.x, c.y, crs), error.getMessage()));
      return null;
    }
    return shape;
  }

  private static void duplicates(List<Grid> grids, Geometry[] shapes, CoordinateSystem crs,
      List<LayerProblem> problems) {
    Map<GridCode, List<Integer>> positions = new LinkedHashMap<>();
    for (int k = 0; k < grids.size(); k++) {
      positions.computeIfAbsent(grids.get(k).code(), c -> new ArrayList<>()).add(k);
    }
    for (Map.Entry<GridCode, List<Integer>> e : positions.entrySet()) {
      List<Integer> at = e.getValue();
      if (at.size() > 1) {
        int second = at.get(1);
        List<GridCode> codes = new ArrayList<>();
        for (int n = 0; n < at.size(); n++) {
          codes.add(e.getKey());
        }
        problems.add(new LayerProblem(Kind.DUPLICATE_CODE, codes, where(grids.get(second), shapes[second], crs),
            "code " + e.getKey() + " is used by " + at.size() + " grids, at layer positions " + at));
      }
    }
  }

  private static void overlaps(List<Grid> grids, Geometry[] shapes, double tolerance,
      CoordinateSystem crs, List<LayerProblem> problems) {
    STRtree tree = new STRtree();
    for (int k = 0; k < shapes.length; k++) {
      if (shapes[k] != null) {
        tree.insert(shapes[k].getEnvelopeInternal(), k);
      }
    }
    for (int k = 0; k < shapes.length; k++) {
      if (shapes[k] == null) {
        continue;
      }
      List<Integer> candidates = new ArrayList<>();
      for (Object o : tree.query(shapes[k].getEnvelopeInternal())) {
        int other = (Integer) o;
        if (other > k) {
          candidates.add(other);
        }
      }
      candidates.sort(null);
      for (int other : candidates) {
        if (!shapes[k].relate(shapes[other], "2********")) {
          continue;
        }
        Geometry shared = shapes[k].intersection(shapes[other]);
        double area = squareMetres(shared);
        if (area > tolerance) {
          problems.add(new LayerProblem(Kind.OVERLAP, List.of(grids.get(k).code(), grids.get(other).code()),
              point(shared, crs), String.format(java.util.Locale.ROOT, "the grids share %.1f m²", area)));
        }
      }
    }
  }

  private static void communities(List<Grid> grids, Geometry[] shapes, double tolerance,
      Map<DivisionCode, GridGeometry> boundaries, CoordinateSystem crs, List<LayerProblem> problems) {
    Map<DivisionCode, Geometry> areas = new TreeMap<>();
    for (Map.Entry<DivisionCode, GridGeometry> e : boundaries.entrySet()) {
      List<LayerProblem> ignored = new ArrayList<>();
      Geometry area = geometry(e.getValue(), List.of(), crs, ignored);
      if (area != null) {
        areas.put(e.getKey(), area);
      }
    }
    for (int k = 0; k < grids.size(); k++) {
      Grid grid = grids.get(k);
      Geometry shape = shapes[k];
      if (shape == null) {
        continue;
      }
      Geometry home = areas.get(grid.community());
      if (home != null) {
        Geometry outside = shape.difference(home);
        double area = squareMetres(outside);
        if (area > tolerance) {
          problems.add(new LayerProblem(Kind.OUTSIDE_COMMUNITY, List.of(grid.code()), point(outside, crs),
              String.format(java.util.Locale.ROOT, "%.1f m² lie outside community %s", area, grid.community())));
        }
      }
      Point inner = shape.getInteriorPoint();
      for (Map.Entry<DivisionCode, Geometry> e : areas.entrySet()) {
        if (e.getValue().contains(inner) && !e.getKey().equals(grid.code().community())) {
          problems.add(new LayerProblem(Kind.COMMUNITY_MISMATCH, List.of(grid.code()), point(inner, crs),
              "code says community " + grid.code().community() + ", the grid lies in " + e.getKey()));
        }
      }
    }
    for (Map.Entry<DivisionCode, Geometry> e : areas.entrySet()) {
      List<Geometry> mine = new ArrayList<>();
      List<Integer> mineAt = new ArrayList<>();
      for (int k = 0; k < grids.size(); k++) {
        if (shapes[k] != null && grids.get(k).community().equals(e.getKey())) {
          mine.add(shapes[k]);
          mineAt.add(k);
        }
      }
      Geometry gaps = mine.isEmpty() ? e.getValue() : e.getValue().difference(UnaryUnionOp.union(mine));
      for (int n = 0; n < gaps.getNumGeometries(); n++) {
        Geometry gap = gaps.getGeometryN(n);
        double area = squareMetres(gap);
        if (area <= tolerance) {
          continue;
        }
        List<GridCode> around = new ArrayList<>();
        for (int m = 0; m < mine.size(); m++) {
          if (mine.get(m).isWithinDistance(gap, 1e-9)) {
            around.add(grids.get(mineAt.get(m)).code());
          }
        }
        problems.add(new LayerProblem(Kind.GAP, around, point(gap, crs),
            String.format(java.util.Locale.ROOT, "%.1f m² of community %s lie in no grid", area, e.getKey())));
      }
    }
  }

  private static GeoPoint where(Grid grid, Geometry shape, CoordinateSystem crs) {
    if (shape != null) {
      return point(shape, crs);
    }
    return firstInRange(grid.geometry(), crs);
  }

  /** A place to point at in a geometry that may hold coordinates out of range. */
  private static GeoPoint firstInRange(GridGeometry g, CoordinateSystem crs) {
    for (int p = 0; p < g.polygonCount(); p++) {
      double[] shell = g.shell(p);
      for (int i = 0; i + 1 < shell.length; i += 2) {
        if (Math.abs(shell[i]) <= 180.0 && Math.abs(shell[i + 1]) <= 90.0) {
          return GeoPoint.of(shell[i], shell[i + 1], crs);
        }
      }
    }
    return GeoPoint.of(0, 0, crs);
  }

  private static GeoPoint point(Geometry geometry, CoordinateSystem crs) {
    Coordinate c = geometry.isEmpty() ? new Coordinate(0, 0) : geometry.getInteriorPoint().getCoordinate();
    if (c == null) {
      c = geometry.getCoordinate();
    }
    return GeoPoint.of(c.x, c.y, crs);
  }

  private static double squareMetres(Geometry geometry) {
    if (geometry.isEmpty()) {
      return 0;
    }
    double latitude = geometry.getEnvelopeInternal().centre().y;
    return geometry.getArea() * METRES_PER_DEGREE_LAT * METRES_PER_DEGREE_LNG
        * Math.cos(Math.toRadians(latitude));
  }
}
