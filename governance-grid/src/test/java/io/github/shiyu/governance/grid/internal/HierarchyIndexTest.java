package io.github.shiyu.governance.grid.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.shiyu.governance.core.geo.CoordinateSystem;
import io.github.shiyu.governance.grid.Boundary;
import io.github.shiyu.governance.grid.BoundaryLayer;
import io.github.shiyu.governance.grid.BoundaryLevel;
import io.github.shiyu.governance.grid.HierarchyIndex;
import io.github.shiyu.governance.grid.LayerCheck;
import io.github.shiyu.governance.grid.NestingProblem;
import io.github.shiyu.governance.grid.testing.Hierarchies;
import io.github.shiyu.governance.grid.testing.Hierarchies.Nested;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;

class HierarchyIndexTest {

  private static final GeometryFactory FACTORY = new GeometryFactory();
  private static final Map<Long, Nested> CACHE = new HashMap<>();

  private static final Map<Long, HierarchyIndex> INDEXES = new HashMap<>();

  private static Nested nested(long seed) {
    return CACHE.computeIfAbsent(seed, s -> Hierarchies.generate(120, s));
  }

  private static HierarchyIndex index(long seed) {
    return INDEXES.computeIfAbsent(seed, s -> HierarchyIndex.of(nested(s).layers()));
  }

  private static List<List<double[]>> rings(Boundary unit) {
    List<double[]> rings = new ArrayList<>();
    for (int p = 0; p < unit.geometry().polygonCount(); p++) {
      rings.add(unit.geometry().shell(p));
      rings.addAll(unit.geometry().holes(p));
    }
    return List.of(rings);
  }

  /** Units of a level that contain the point by the plain border rule. */
  private static List<Integer> byRule(BoundaryLayer layer, double x, double y) {
    List<Integer> found = new ArrayList<>();
    for (int k = 0; k < layer.size(); k++) {
      if (RuleReference.contains(rings(layer.units().get(k)).get(0), x, y)) {
        found.add(k);
      }
    }
    return found;
  }

  private static void assertChain(HierarchyIndex index, Nested nested, double x, double y) {
    int[] chain = new int[index.depth()];
    int consistent = index.locate(x, y, chain);
    List<Integer> counties = byRule(nested.layers().get(0), x, y);
    if (counties.isEmpty()) {
      assertThat(chain[0]).isEqualTo(-1);
      return;
    }
    for (int level = 0; level < index.depth(); level++) {
      // exactly one unit of every level, the same one the plain rule names
      assertThat(byRule(nested.layers().get(level), x, y)).containsExactly(chain[level]);
      if (level > 0) {
        assertThat(index.unit(level, chain[level]).key()).startsWith(index.unit(level - 1, chain[level - 1]).key());
      }
    }
    assertThat(consistent).isEqualTo(index.depth());
  }

  @Test
  void everyPointInACountyFallsInOneUnitOfEachLevelConsistentWithTheCodes() {
    qt().withExamples(300)
        .forAll(longs().between(1, 4), doubles().between(0, 1), doubles().between(0, 1))
        .checkAssert((seed, u, v) -> {
          Nested nested = nested(seed);
          HierarchyIndex index = index(seed);
          double x = Hierarchies.REGION.getMinX() + u * Hierarchies.REGION.getWidth();
          double y = Hierarchies.REGION.getMinY() + v * Hierarchies.REGION.getHeight();
          assertChain(index, nested, x, y);
        });
  }

  @Test
  void verticesAndPointsOnSharedBordersFollowTheBorderRuleAtEveryLevel() {
    qt().withExamples(200)
        .forAll(longs().between(1, 4), integers().between(0, 10_000), doubles().between(0, 1))
        .checkAssert((seed, pick, t) -> {
          Nested nested = nested(seed);
          HierarchyIndex index = index(seed);
          BoundaryLayer grids = nested.layers().get(3);
          double[] shell = grids.units().get(pick % grids.size()).geometry().shell(0);
          int n = shell.length / 2 - 1;
          int v = (pick / grids.size()) % n;
          // a vertex, then a point on the edge from it (on it up to rounding)
          assertChain(index, nested, shell[2 * v], shell[2 * v + 1]);
          double x = shell[2 * v] + t * (shell[2 * v + 2] - shell[2 * v]);
          double y = shell[2 * v + 1] + t * (shell[2 * v + 3] - shell[2 * v + 1]);
          assertChain(index, nested, x, y);
        });
  }

  @Test
  void awayFromBordersEveryLevelAgreesWithJtsCovers() {
    qt().withExamples(300)
        .forAll(longs().between(1, 4), doubles().between(0, 1), doubles().between(0, 1))
        .checkAssert((seed, u, v) -> {
          Nested nested = nested(seed);
          HierarchyIndex index = index(seed);
          double x = Hierarchies.REGION.getMinX() + u * Hierarchies.REGION.getWidth();
          double y = Hierarchies.REGION.getMinY() + v * Hierarchies.REGION.getHeight();
          Point p = FACTORY.createPoint(new Coordinate(x, y));
          int[] chain = new int[index.depth()];
          index.locate(x, y, chain);
          for (int level = 0; level < index.depth(); level++) {
            List<Geometry> shapes = nested.shapes().get(level);
            boolean nearBorder = false;
            List<Integer> covering = new ArrayList<>();
            for (int k = 0; k < shapes.size(); k++) {
              nearBorder |= shapes.get(k).getBoundary().distance(p) < 1e-9;
              if (shapes.get(k).covers(p)) {
                covering.add(k);
              }
            }
            if (!nearBorder) {
              assertThat(chain[level] < 0 ? List.of() : List.of(chain[level])).isEqualTo(covering);
            }
          }
        });
  }

  @Test
  void batchFormEqualsSingleLookups() {
    Nested nested = nested(2);
    HierarchyIndex index = HierarchyIndex.of(nested.layers());
    int count = 2_000;
    double[] lngs = new double[count];
    double[] lats = new double[count];
    java.util.Random random = new java.util.Random(7);
    for (int n = 0; n < count; n++) {
      lngs[n] = Hierarchies.REGION.getMinX() - 0.01 + random.nextDouble() * (Hierarchies.REGION.getWidth() + 0.02);
      lats[n] = Hierarchies.REGION.getMinY() - 0.01 + random.nextDouble() * (Hierarchies.REGION.getHeight() + 0.02);
    }
    int[] out = new int[count * index.depth()];
    index.locateAll(lngs, lats, out);
    int[] chain = new int[index.depth()];
    for (int n = 0; n < count; n++) {
      index.locate(lngs[n], lats[n], chain);
      for (int level = 0; level < index.depth(); level++) {
        assertThat(out[n * index.depth() + level]).isEqualTo(chain[level]);
      }
    }
    index.locateAll(CoordinateSystem.CGCS2000, lngs, lats, out);
    assertThat(index.trustedDepth()).isEqualTo(4);
    assertThat(index.layer(0).level()).isEqualTo(BoundaryLevel.COUNTY);
  }

  @Test
  void aGridFiledUnderTheWrongCommunityLowersTheTrustedDepthAndIsReported() {
    Nested nested = nested(3);
    List<BoundaryLayer> layers = new ArrayList<>(nested.layers());
    BoundaryLayer grids = layers.get(3);
    BoundaryLayer communities = layers.get(2);
    List<Boundary> moved = new ArrayList<>(grids.units());
    Boundary first = moved.get(0);
    // give the first grid a code under a community it is not in
    String otherCommunity = communities.units().stream()
        .map(Boundary::key).filter(k -> !first.key().startsWith(k)).findFirst().orElseThrow();
    moved.set(0, new Boundary(BoundaryLevel.GRID, otherCommunity + "999", first.name(), first.geometry(), Map.of()));
    layers.set(3, BoundaryLayer.of(BoundaryLevel.GRID, grids.crs(), moved));
    HierarchyIndex index = HierarchyIndex.of(layers);
    assertThat(index.trustedDepth()).isEqualTo(3);
    List<NestingProblem> problems = LayerCheck.defaults().checkNesting(communities, layers.get(3));
    assertThat(problems).extracting(NestingProblem::key).contains(otherCommunity + "999");
    assertThat(problems).allSatisfy(p -> assertThat(p.kind()).isEqualTo(NestingProblem.Kind.OUTSIDE_PARENT));
    assertThat(LayerCheck.defaults().checkNesting(communities, grids)).isEmpty();
    assertThat(LayerCheck.defaults().checkNesting(layers.get(0), layers.get(1))).isEmpty();
  }
}
