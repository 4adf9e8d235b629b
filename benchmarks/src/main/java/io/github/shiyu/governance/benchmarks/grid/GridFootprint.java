package io.github.shiyu.governance.benchmarks.grid;

import io.github.shiyu.governance.grid.GridIndex;
import io.github.shiyu.governance.grid.GridLayer;
import java.lang.ref.Reference;
import java.util.IntSummaryStatistics;
import java.util.List;
import org.locationtech.jts.geom.Polygon;

/**
 * Prints, once, what JMH does not measure: build time and retained heap of the grid index and
 * of the JTS STRtree with prepared polygons, for the benchmark's city. Heap is the growth of
 * used memory after full collections, with the polygons themselves already allocated, so it
 * counts what each index adds (JTS's prepared polygons are warmed by one lookup per point,
 * since they build their own indexes lazily).
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar io.github.shiyu.governance.benchmarks.grid.GridFootprint
 * }</pre>
 */
public final class GridFootprint {

  private GridFootprint() {}

  /**
   * Runs the measurement.
   *
   * @param args unused
   */
  public static void main(String[] args) {
    List<Polygon> grids = City.grids();
    double[][] points = City.points();
    IntSummaryStatistics vertices = grids.stream()
        .mapToInt(p -> p.getExteriorRing().getNumPoints() - 1).summaryStatistics();
    System.out.printf("grids %d, vertices per grid min %d avg %.1f max %d%n",
        grids.size(), vertices.getMin(), vertices.getAverage(), vertices.getMax());
    GridLayer layer = City.layer(grids);
    for (int round = 0; round < 3; round++) {
      long before = usedAfterGc();
      long start = System.nanoTime();
      GridIndex index = GridIndex.of(layer);
      long buildNanos = System.nanoTime() - start;
      long after = usedAfterGc();
      System.out.printf("grid index: build %d ms, heap %.2f MB measured, %.2f MB counted (%s)%n",
          buildNanos / 1_000_000, (after - before) / 1e6, index.heapBytes() / 1e6, index);
      before = usedAfterGc();
      start = System.nanoTime();
      JtsLookup jts = new JtsLookup(grids);
      long treeNanos = System.nanoTime() - start;
      long sum = 0;
      for (int n = 0; n < points[0].length; n++) {
        sum += jts.locate(points[0][n], points[1][n]);
      }
      after = usedAfterGc();
      System.out.printf("JTS STRtree + prepared: build %d ms (tree only), heap %.2f MB after warm-up (checksum %d)%n",
          treeNanos / 1_000_000, (after - before) / 1e6, sum);
      // both must stay reachable until their heap has been measured
      Reference.reachabilityFence(index);
      Reference.reachabilityFence(jts);
    }
  }

  private static long usedAfterGc() {
    Runtime runtime = Runtime.getRuntime();
    for (int n = 0; n < 4; n++) {
      System.gc();
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    return runtime.totalMemory() - runtime.freeMemory();
  }
}
