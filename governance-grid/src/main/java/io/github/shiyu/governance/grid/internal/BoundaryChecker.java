package io.github.shiyu.governance.grid.internal;

import io.github.shiyu.governance.core.geo.CoordinateSystem;
import io.github.shiyu.governance.core.geo.GeoPoint;
import io.github.shiyu.governance.grid.Boundary;
import io.github.shiyu.governance.grid.BoundaryLayer;
import io.github.shiyu.governance.grid.BoundaryProblem;
import io.github.shiyu.governance.grid.GridGeometry;
import io.github.shiyu.governance.grid.LayerProblem.Kind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/** The geometry and key checks of a boundary layer of any level, on JTS geometry. */
public final class BoundaryChecker {

  private static final double METRES_PER_DEGREE_LAT = 110_574.0;
  private static final double METRES_PER_DEGREE_LNG = 111_320.0;

  private BoundaryChecker() {}

  /**
   * Checks a layer.
   *
   * @param layer the layer
   * @param tolerance overlaps up to this many square metres are not reported
   * @return the problems, by kind then layer order
   */
  public static List<BoundaryProblem> check(BoundaryLayer layer, double tolerance) {
    CoordinateSystem crs = layer.crs();
    List<Boundary> units = layer.units();
    List<BoundaryProblem> problems = new ArrayList<>();
    Geometry[] shapes = new Geometry[units.size()];
    for (int k = 0; k < units.size(); k++) {
      shapes[k] = shape(units.get(k), crs, problems);
    }
    Map<String, List<Integer>> byKey = new LinkedHashMap<>();
    for (int k = 0; k < units.size(); k++) {
      byKey.computeIfAbsent(units.get(k).key(), key -> new ArrayList<>()).add(k);
    }
    for (Map.Entry<String, List<Integer>> e : byKey.entrySet()) {
      if (e.getValue().size() > 1) {
        int second = e.getValue().get(1);
        problems.add(problem(Kind.DUPLICATE_CODE, units.get(second), List.of(e.getKey()),
            shapes[second] == null ? first(units.get(second).geometry(), crs) : inside(shapes[second], crs),
            "key " + e.getKey() + " is used by " + e.getValue().size() + " units, at layer positions " + e.getValue()));
      }
    }
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
        if ((Integer) o > k) {
          candidates.add((Integer) o);
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
          problems.add(problem(Kind.OVERLAP, units.get(k), List.of(units.get(k).key(), units.get(other).key()),
              inside(shared, crs), String.format(Locale.ROOT, "the units share %.1f m²", area)));
        }
      }
    }
    problems.sort(Comparator.comparing(BoundaryProblem::kind));
    return problems;
  }

  private static Geometry shape(Boundary unit, CoordinateSystem crs, List<BoundaryProblem> problems) {
    GridGeometry g = unit.geometry();
    Optional<String> range = g.coordinateProblem();
    if (range.isPresent()) {
      problems.add(problem(Kind.COORDINATE_RANGE, unit, List.of(unit.key()), GeoPoint.of(0, 0, crs), range.get()));
      return null;
    }
    boolean broken = false;
    for (int p = 0; p < g.polygonCount(); p++) {
      List<double[]> rings = new ArrayList<>();
      rings.add(g.shell(p));
      rings.addAll(g.holes(p));
      for (int r = 0; r < rings.size(); r++) {
        double[] ring = rings.get(r);
        int n = ring.length / 2;
        String which = (r == 0 ? "outer ring" : "hole " + r) + " of polygon " + (p + 1);
        boolean closed = ring[0] == ring[2 * n - 2] && ring[1] == ring[2 * n - 1];
        GeoPoint at = GeoPoint.of(ring[0], ring[1], crs);
        if (!closed) {
          problems.add(problem(Kind.UNCLOSED_RING, unit, List.of(unit.key()), at,
              which + " ends at another position than it starts"));
          broken = true;
        }
        if (n < (closed ? 4 : 3)) {
          problems.add(problem(Kind.SHORT_RING, unit, List.of(unit.key()), at,
              which + " has " + n + " positions; a ring needs 4 (3 corners and the closing one)"));
          broken = true;
        }
      }
    }
    if (broken) {
      return null;
    }
    Geometry shape = Interior.shape(g);
    TopologyValidationError error = new IsValidOp(shape).getValidationError();
    if (error != null) {
      Coordinate c = error.getCoordinate();
      problems.add(problem(Kind.INVALID_GEOMETRY, unit, List.of(unit.key()), GeoPoint.of(c.x, c.y, crs),
          error.getMessage()));
      return null;
    }
    return shape;
  }

  private static BoundaryProblem problem(Kind kind, Boundary unit, List<String> keys, GeoPoint at, String detail) {
    return new BoundaryProblem(kind, unit.level(), keys, at, detail);
  }

  private static GeoPoint first(GridGeometry g, CoordinateSystem crs) {
    double[] shell = g.shell(0);
    return Math.abs(shell[0]) <= 180 && Math.abs(shell[1]) <= 90 ? GeoPoint.of(shell[0], shell[1], crs) : GeoPoint.of(0, 0, crs);
  }

  private static GeoPoint inside(Geometry geometry, CoordinateSystem crs) {
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
    return geometry.getArea() * METRES_PER_DEGREE_LAT * METRES_PER_DEGREE_LNG * Math.cos(Math.toRadians(latitude));
  }
}
