package io.github.shiyu.governance.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.triangulate.VoronoiDiagramBuilder;

/**
 * Generates layers that tile a rectangle: a jittered Voronoi diagram clipped to the region,
 * with densified edges so that each grid has many vertices. Neighbours share their edges
 * vertex for vertex (coordinates are snapped to a fixed precision and each shared segment is
 * densified from its lexicographically smaller end), as in a topologically clean layer.
 * Used by the tests and the benchmarks (never published: it lives in the testkit).
 */
public final class VoronoiTiling {

  /** Coordinates are snapped to 1e-9 (degrees, when the region is in degrees). */
  private static final double SNAP = 1e9;

  private final GeometryFactory factory = new GeometryFactory(new PrecisionModel(), 0);
  private final Envelope region;
  private final int count;
  private final double step;
  private final long seed;

  /**
   * Describes a tiling.
   *
   * @param region the rectangle to tile
   * @param count the number of grids (seeds on a jittered lattice)
   * @param averageVertices the wanted average number of vertices per grid (densification)
   * @param seed random seed
   */
  public VoronoiTiling(Envelope region, int count, int averageVertices, long seed) {
    this.region = new Envelope(region);
    this.count = count;
    double cellSide = Math.sqrt(region.getArea() / count);
    // a Voronoi cell of a jittered lattice has about 6 corners and a perimeter near 4 sides
    this.step = 4.0 * cellSide / Math.max(1, averageVertices - 6);
    this.seed = seed;
  }

  /**
   * The region's rectangle as a polygon.
   *
   * @return the region
   */
  public Polygon regionPolygon() {
    return (Polygon) factory.toGeometry(region);
  }

  /**
   * Generates the grids' polygons.
   *
   * @return the polygons, one per seed, tiling the region
   */
  public List<Polygon> polygons() {
    SplittableRandom random = new SplittableRandom(seed);
    int columns = (int) Math.max(1, Math.round(Math.sqrt(count * region.getWidth() / region.getHeight())));
    int rows = (int) Math.ceil((double) count / columns);
    double dx = region.getWidth() / columns;
    double dy = region.getHeight() / rows;
    List<Coordinate> sites = new ArrayList<>(count);
    for (int n = 0; n < count; n++) {
      int i = n % columns;
      int j = n / columns;
      double x = region.getMinX() + (i + 0.15 + 0.7 * random.nextDouble()) * dx;
      double y = region.getMinY() + (j + 0.15 + 0.7 * random.nextDouble()) * dy;
      sites.add(new Coordinate(Math.min(x, region.getMaxX()), Math.min(y, region.getMaxY())));
    }
    VoronoiDiagramBuilder builder = new VoronoiDiagramBuilder();
    builder.setSites(sites);
    builder.setClipEnvelope(region);
    Geometry diagram = builder.getDiagram(factory);
    Geometry box = factory.toGeometry(region);
    List<Polygon> result = new ArrayList<>(count);
    for (int n = 0; n < diagram.getNumGeometries(); n++) {
      Geometry clipped = diagram.getGeometryN(n).intersection(box);
      if (clipped instanceof Polygon polygon && !polygon.isEmpty()) {
        result.add(densify(polygon));
      }
    }
    return result;
  }

  private Polygon densify(Polygon polygon) {
    Coordinate[] ring = polygon.getExteriorRing().getCoordinates();
    List<Coordinate> out = new ArrayList<>();
    for (int v = 0; v + 1 < ring.length; v++) {
      Coordinate p = snap(ring[v]);
      Coordinate q = snap(ring[v + 1]);
      if (p.equals2D(q)) {
        continue;
      }
      out.add(p);
      boolean forward = p.x < q.x || (p.x == q.x && p.y < q.y);
      Coordinate a = forward ? p : q;
      Coordinate b = forward ? q : p;
      int pieces = (int) Math.max(1, Math.ceil(a.distance(b) / step));
      List<Coordinate> inner = new ArrayList<>(pieces);
      for (int t = 1; t < pieces; t++) {
        double f = (double) t / pieces;
        inner.add(snap(new Coordinate(a.x + (b.x - a.x) * f, a.y + (b.y - a.y) * f)));
      }
      if (!forward) {
        java.util.Collections.reverse(inner);
      }
      out.addAll(inner);
    }
    out.add(new Coordinate(out.get(0)));
    LinearRing shell = factory.createLinearRing(out.toArray(new Coordinate[0]));
    return factory.createPolygon(shell);
  }

  private static Coordinate snap(Coordinate c) {
    return new Coordinate(Math.rint(c.x * SNAP) / SNAP, Math.rint(c.y * SNAP) / SNAP);
  }
}
