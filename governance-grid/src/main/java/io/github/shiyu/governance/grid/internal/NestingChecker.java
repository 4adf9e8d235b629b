package io.github.shiyu.governance.grid.internal;

import io.github.shiyu.governance.core.geo.CoordinateSystem;
import io.github.shiyu.governance.core.geo.GeoPoint;
import io.github.shiyu.governance.grid.Boundary;
import io.github.shiyu.governance.grid.BoundaryLayer;
import io.github.shiyu.governance.grid.BoundaryLevel;
import io.github.shiyu.governance.grid.NestingProblem;
import io.github.shiyu.governance.grid.NestingProblem.Kind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;

/** Whether the units of one layer nest in those of the layer above, with JTS. */
public final class NestingChecker {

  private static final double METRES_PER_DEGREE_LAT = 110_574.0;
  private static final double METRES_PER_DEGREE_LNG = 111_320.0;

  private NestingChecker() {}

  /**
   * The problems of a child layer against its parent layer.
   *
   * @param parent the larger level
   * @param child the smaller level
   * @param tolerance square metres outside the parent that are still accepted
   * @return the problems, in child order
   */
  public static List<NestingProblem> check(BoundaryLayer parent, BoundaryLayer child, double tolerance) {
    CoordinateSystem crs = child.crs();
    BoundaryLayer above = parent.convert(crs);
    List<Boundary> uppers = above.units();
    Geometry[] shapes = new Geometry[uppers.size()];
    STRtree tree = new STRtree();
    Map<String, Integer> byKey = new HashMap<>();
    for (int k = 0; k < uppers.size(); k++) {
      if (uppers.get(k).geometry().coordinateProblem().isPresent()) {
        continue;
      }
      shapes[k] = Interior.shape(uppers.get(k).geometry());
      tree.insert(shapes[k].getEnvelopeInternal(), k);
      byKey.putIfAbsent(uppers.get(k).key(), k);
    }
    List<NestingProblem> problems = new ArrayList<>();
    for (Boundary unit : child.units()) {
      java.util.Optional<String> range = unit.geometry().coordinateProblem();
      if (range.isPresent()) {
        problems.add(new NestingProblem(Kind.COORDINATE_RANGE, unit.level(), unit.key(), "",
            GeoPoint.of(0, 0, crs), range.get()));
        continue;
      }
      Geometry shape = Interior.shape(unit.geometry());
      double[] inside = Interior.point(unit.geometry());
      GeoPoint at = GeoPoint.of(inside[0], inside[1], crs);
      int host = -1;
      if (unit.level() != BoundaryLevel.SUB_GRID && above.level() != BoundaryLevel.SUB_GRID) {
        for (Map.Entry<String, Integer> e : byKey.entrySet()) {
          if (shapes[e.getValue()] != null && unit.isUnder(uppers.get(e.getValue()))) {
            host = e.getValue();
            break;
          }
        }
        if (host < 0) {
          problems.add(new NestingProblem(Kind.NO_PARENT, unit.level(), unit.key(), "", at,
              "no " + above.level() + " in the layer above has a code over " + unit.key()));
          continue;
        }
      } else {
        Coordinate c = new Coordinate(inside[0], inside[1]);
        for (Object o : tree.query(new org.locationtech.jts.geom.Envelope(c))) {
          int k = (Integer) o;
          if (shapes[k].covers(shape.getFactory().createPoint(c))) {
            host = k;
            break;
          }
        }
        if (host < 0) {
          problems.add(new NestingProblem(Kind.NO_PARENT, unit.level(), unit.key(), "", at,
              "lies in no unit of the layer above"));
          continue;
        }
      }
      PreparedGeometry prepared = PreparedGeometryFactory.prepare(shapes[host]);
      if (!prepared.covers(shape)) {
        Geometry outside;
        try {
          outside = shape.difference(shapes[host]);
        } catch (RuntimeException invalid) {
          outside = shape;
        }
        double area = squareMetres(outside);
        if (area > tolerance) {
          Coordinate c = outside.getInteriorPoint().getCoordinate();
          GeoPoint where = c == null ? at : GeoPoint.of(c.x, c.y, crs);
          problems.add(new NestingProblem(Kind.OUTSIDE_PARENT, unit.level(), unit.key(),
              uppers.get(host).key(), where,
              String.format("%.0f m² lie outside %s %s", area, above.level(), uppers.get(host).key())));
        }
      }
    }
    return problems;
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
