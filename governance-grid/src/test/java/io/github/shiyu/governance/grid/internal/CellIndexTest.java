package io.github.shiyu.governance.grid.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.shiyu.governance.testkit.Rings;
import io.github.shiyu.governance.testkit.VoronoiTiling;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.distance.DistanceOp;

class CellIndexTest {

  private static final GeometryFactory FACTORY = new GeometryFactory();
  private static final Envelope REGION = new Envelope(112.10, 112.31, 32.00, 32.18);

  /** A tiling plus a multipolygon (two cells merged) and a hole filled by an island grid. */
  private static List<Geometry> layer(int count, long seed) {
    List<Polygon> cells = new VoronoiTiling(REGION, count, 30, seed).polygons();
    List<Geometry> grids = new ArrayList<>();
    // merge the first and the last cell (not adjacent) into one multipolygon
    grids.add(FACTORY.createMultiPolygon(new Polygon[] {cells.get(0), cells.get(cells.size() - 1)}));
    Polygon middle = cells.get(cells.size() / 2);
    Coordinate c = middle.getInteriorPoint().getCoordinate();
    double r = 1e-4;
    Polygon island = (Polygon) FACTORY.toGeometry(new Envelope(c.x - r, c.x + r, c.y - r, c.y + r));
    if (middle.contains(island)) {
      grids.add(FACTORY.createPolygon(middle.getExteriorRing(), new org.locationtech.jts.geom.LinearRing[] {
          FACTORY.createLinearRing(island.getExteriorRing().getCoordinates())}));
      grids.add(island);
    } else {
      grids.add(middle);
    }
    for (int n = 1; n < cells.size() - 1; n++) {
      if (n != cells.size() / 2) {
        grids.add(cells.get(n));
      }
    }
    return grids;
  }

  private static List<List<double[]>> rings(List<Geometry> grids) {
    List<List<double[]>> rings = new ArrayList<>();
    for (Geometry g : grids) {
      rings.add(Rings.of(g));
    }
    return rings;
  }

  @Test
  void everyPointOfTheRegionIsInExactlyOneGridTheSameJtsFinds() {
    qt().withExamples(12).forAll(integers().between(4, 400), longs().all()).checkAssert((count, seed) -> {
      List<Geometry> grids = layer(count, seed);
      // coarse cells (many edges each), the default, and fine cells (many empty ones)
      double[] resolutions = {0.02, 0.5, 4.0};
      CellIndex index = CellIndex.build(rings(grids), resolutions[(int) Math.floorMod(seed, 3L)]);
      List<IndexedPointInAreaLocator> jts = new ArrayList<>();
      for (Geometry g : grids) {
        jts.add(new IndexedPointInAreaLocator(g));
      }
      java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
      int compared = 0;
      for (int n = 0; n < 3000; n++) {
        double x = REGION.getMinX() + random.nextDouble() * REGION.getWidth();
        double y = REGION.getMinY() + random.nextDouble() * REGION.getHeight();
        int found = index.locate(x, y);
        assertThat(found).as("point %s %s", x, y).isNotNegative();
        Coordinate p = new Coordinate(x, y);
        Geometry point = FACTORY.createPoint(p);
        if (DistanceOp.distance(grids.get(found).getBoundary(), point) < 1e-9) {
          continue;
        }
        int inside = 0;
        int jtsFound = -1;
        for (int k = 0; k < grids.size(); k++) {
          if (jts.get(k).locate(p) == Location.INTERIOR) {
            inside++;
            jtsFound = k;
          }
        }
        assertThat(inside).as("JTS grids containing %s", p).isEqualTo(1);
        assertThat(found).as("grid of %s", p).isEqualTo(jtsFound);
        compared++;
      }
      assertThat(compared).isGreaterThan(2500);
    });
  }

  @Test
  void pointsOutsideTheRegionAreInNoGrid() {
    CellIndex index = CellIndex.build(rings(layer(50, 7)), 0.5);
    qt().withExamples(500).forAll(doubles().between(-1, 1), doubles().between(-1, 1)).check((dx, dy) -> {
      double x = dx < 0 ? REGION.getMinX() + dx - 1e-9 : REGION.getMaxX() + dx + 1e-9;
      double y = REGION.getMinY() + (dy + 1) / 2 * REGION.getHeight();
      return index.locate(x, y) == -1 && index.locate(y, x) == -1;
    });
  }

  @Test
  void pointsOnSharedBordersBelongToExactlyOneGridByTheRule() {
    qt().withExamples(10).forAll(integers().between(4, 200), longs().all()).checkAssert((count, seed) -> {
      List<Geometry> grids = layer(count, seed);
      List<List<double[]>> rings = rings(grids);
      CellIndex index = CellIndex.build(rings, 0.5);
      java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
      int checked = 0;
      for (int k = 0; k < grids.size(); k++) {
        for (double[] ring : rings.get(k)) {
          for (int v = 0; v + 2 < ring.length; v += 2) {
            double ax = ring[v];
            double ay = ring[v + 1];
            double bx = ring[v + 2];
            double by = ring[v + 3];
            double f = random.nextDouble();
            double[][] points = {{ax, ay}, {(ax + bx) / 2, (ay + by) / 2}, {ax + (bx - ax) * f, ay + (by - ay) * f}};
            for (double[] p : points) {
              if (p[0] <= REGION.getMinX() || p[0] >= REGION.getMaxX()
                  || p[1] <= REGION.getMinY() || p[1] >= REGION.getMaxY()) {
                continue;
              }
              int owners = 0;
              int owner = -1;
              for (int m = 0; m < grids.size(); m++) {
                if (RuleReference.contains(rings.get(m), p[0], p[1])) {
                  owners++;
                  owner = m;
                }
              }
              assertThat(owners).as("owners of %s,%s", p[0], p[1]).isEqualTo(1);
              assertThat(index.locate(p[0], p[1])).as("index at %s,%s", p[0], p[1]).isEqualTo(owner);
              checked++;
            }
          }
        }
      }
      assertThat(checked).isPositive();
    });
  }

  @Test
  void squaresOnRoundCoordinatesFollowTheNorthThenWestRule() {
    List<List<double[]>> squares = new ArrayList<>();
    for (int j = 0; j < 2; j++) {
      for (int i = 0; i < 2; i++) {
        squares.add(List.of(new double[] {i, j, i + 1, j, i + 1, j + 1, i, j + 1, i, j}));
      }
    }
    CellIndex index = CellIndex.build(squares, 0.5);
    // squares: 0 = south-west, 1 = south-east, 2 = north-west, 3 = north-east
    assertThat(index.locate(1, 1)).isEqualTo(2);
    assertThat(index.locate(0.5, 1)).isEqualTo(2);
    assertThat(index.locate(1.5, 1)).isEqualTo(3);
    assertThat(index.locate(1, 0.5)).isEqualTo(0);
    assertThat(index.locate(1, 1.5)).isEqualTo(2);
    assertThat(index.locate(0.25, 0.25)).isEqualTo(0);
    assertThat(index.locate(2, 1.5)).isEqualTo(3);
    assertThat(index.locate(0, 1.5)).isEqualTo(-1);
    assertThat(index.locate(1.5, 2)).isEqualTo(-1);
    assertThat(index.locate(1.5, 0)).isEqualTo(1);
    assertThat(index.locate(2.5, 0.5)).isEqualTo(-1);
  }

  @Test
  void holesAreOutsideAndOverlapsGoToTheFirstPolygon() {
    double[] shell = {0, 0, 4, 0, 4, 4, 0, 4, 0, 0};
    double[] hole = {1, 1, 1, 3, 3, 3, 3, 1, 1, 1};
    double[] overlapping = {3.5, 3.5, 5, 3.5, 5, 5, 3.5, 5, 3.5, 3.5};
    CellIndex index = CellIndex.build(List.of(List.of(shell, hole), List.of(overlapping)), 0.5);
    assertThat(index.locate(2, 2)).isEqualTo(-1);
    assertThat(index.locate(0.5, 2)).isZero();
    assertThat(index.locate(3.75, 3.75)).isZero();
    assertThat(index.locate(4.5, 4.5)).isEqualTo(1);
    CellIndex reversed = CellIndex.build(List.of(List.of(overlapping), List.of(shell, hole)), 0.5);
    assertThat(reversed.locate(3.75, 3.75)).isZero();
    assertThat(reversed.locate(0.5, 2)).isEqualTo(1);
  }

  @Test
  void manyThreadsGetTheSameAnswers() throws Exception {
    CellIndex index = CellIndex.build(rings(layer(300, 11)), 0.5);
    int points = 20_000;
    double[] xs = new double[points];
    double[] ys = new double[points];
    java.util.SplittableRandom random = new java.util.SplittableRandom(3);
    int[] expected = new int[points];
    for (int n = 0; n < points; n++) {
      xs[n] = REGION.getMinX() + random.nextDouble() * REGION.getWidth();
      ys[n] = REGION.getMinY() + random.nextDouble() * REGION.getHeight();
      expected[n] = index.locate(xs[n], ys[n]);
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<int[]>> results = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        results.add(pool.submit(() -> {
          int[] out = new int[points];
          for (int n = points - 1; n >= 0; n--) {
            out[n] = index.locate(xs[n], ys[n]);
          }
          return out;
        }));
      }
      for (Future<int[]> result : results) {
        assertThat(result.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
