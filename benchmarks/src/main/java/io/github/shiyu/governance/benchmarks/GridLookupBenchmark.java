package io.github.shiyu.governance.benchmarks;

import io.github.shiyu.governance.benchmarks.grid.City;
import io.github.shiyu.governance.benchmarks.grid.Hierarchy;
import io.github.shiyu.governance.benchmarks.grid.JtsLookup;
import io.github.shiyu.governance.grid.GridIndex;
import io.github.shiyu.governance.grid.BoundaryLayer;
import io.github.shiyu.governance.grid.GridLayer;
import io.github.shiyu.governance.grid.HierarchyIndex;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.locationtech.jts.geom.Polygon;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Point-to-grid lookup: Shiyu's grid index against the usual JTS approach (STRtree over
 * envelopes plus {@code PreparedGeometry.contains}), on a 20 km by 20 km city of 5,000
 * irregular grids and one million random points. Each invocation looks up all points, so
 * the score is nanoseconds per lookup. Run with {@code -prof gc} for bytes per lookup; build
 * time and heap size are printed once per fork by the setup (see {@code GridFootprint}).
 *
 * <p>The hierarchical pair files the same 5,000 grids under 256 communities, 16 townships and
 * 4 counties (derived with {@code BoundaryLayer.dissolve}) and finds the whole chain of four
 * units per point: {@code HierarchyIndex.locate} against one JTS STRtree with prepared
 * geometries per level. The province-scale build is {@code ProvinceFootprint}'s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class GridLookupBenchmark {

  private double[] xs;
  private double[] ys;
  private GridIndex index;
  private JtsLookup jts;
  private HierarchyIndex hierarchy;
  private JtsLookup[] jtsLevels;
  private int[] chain;

  /** Builds the city, both indexes and the points. */
  @Setup
  public void setUp() {
    List<Polygon> grids = City.grids();
    double[][] points = City.points();
    xs = points[0];
    ys = points[1];
    GridLayer layer = City.layer(grids);
    long start = System.nanoTime();
    index = GridIndex.of(layer);
    long built = System.nanoTime();
    jts = new JtsLookup(grids);
    long jtsBuilt = System.nanoTime();
    for (int n = 0; n < xs.length; n++) {
      if (index.locateIndex(xs[n], ys[n]) != jts.locate(xs[n], ys[n])) {
        throw new IllegalStateException("the two lookups disagree at " + xs[n] + ", " + ys[n]);
      }
    }
    System.out.printf("%n[grid] %s; build %d ms (JTS tree %d ms, its prepared polygons index lazily)%n",
        index, (built - start) / 1_000_000, (jtsBuilt - built) / 1_000_000);

    List<BoundaryLayer> levels = Hierarchy.of(City.REGION, grids, 2, 2, 4);
    start = System.nanoTime();
    hierarchy = HierarchyIndex.of(levels);
    built = System.nanoTime();
    jtsLevels = new JtsLookup[levels.size()];
    for (int l = 0; l < levels.size(); l++) {
      jtsLevels[l] = new JtsLookup(Hierarchy.jts(levels.get(l)));
    }
    chain = new int[hierarchy.depth()];
    for (int n = 0; n < xs.length; n++) {
      hierarchy.locate(xs[n], ys[n], chain);
      for (int l = 0; l < chain.length; l++) {
        if (chain[l] != jtsLevels[l].locate(xs[n], ys[n])) {
          throw new IllegalStateException("level " + l + " disagrees with JTS at " + xs[n] + ", " + ys[n]);
        }
      }
    }
    System.out.printf("[hierarchy] %s; build %d ms, %.1f MB counted%n", hierarchy,
        (built - start) / 1_000_000, hierarchy.heapBytes() / 1e6);
  }

  /**
   * Shiyu's index.
   *
   * @return a checksum of the answers
   */
  @Benchmark
  @OperationsPerInvocation(City.POINTS)
  public long gridIndex() {
    long sum = 0;
    for (int n = 0; n < xs.length; n++) {
      sum += index.locateIndex(xs[n], ys[n]);
    }
    return sum;
  }

  /**
   * The usual JTS approach.
   *
   * @return a checksum of the answers
   */
  @Benchmark
  @OperationsPerInvocation(City.POINTS)
  public long jtsStrtree() {
    long sum = 0;
    for (int n = 0; n < xs.length; n++) {
      sum += jts.locate(xs[n], ys[n]);
    }
    return sum;
  }

  /**
   * Shiyu's hierarchical index: the chain of county, township, community and grid.
   *
   * @return a checksum of the answers
   */
  @Benchmark
  @OperationsPerInvocation(City.POINTS)
  public long hierarchyIndex4Levels() {
    long sum = 0;
    int[] c = chain;
    for (int n = 0; n < xs.length; n++) {
      hierarchy.locate(xs[n], ys[n], c);
      sum += c[0] + c[1] + c[2] + c[3];
    }
    return sum;
  }

  /**
   * The same four answers from one JTS STRtree with prepared geometries per level.
   *
   * @return a checksum of the answers
   */
  @Benchmark
  @OperationsPerInvocation(City.POINTS)
  public long jtsStrtree4Levels() {
    long sum = 0;
    for (int n = 0; n < xs.length; n++) {
      for (JtsLookup level : jtsLevels) {
        sum += level.locate(xs[n], ys[n]);
      }
    }
    return sum;
  }
}
