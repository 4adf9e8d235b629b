package io.github.shiyu.governance.benchmarks.grid;

import io.github.shiyu.governance.grid.BoundaryLayer;
import io.github.shiyu.governance.grid.HierarchyIndex;
import io.github.shiyu.governance.testkit.VoronoiTiling;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import java.util.List;
import java.util.SplittableRandom;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Polygon;

/**
 * A province-scale build, which JMH does not measure: 100,000 grids (12 vertices on average)
 * over 4° by 3°, filed under 19,600 communities, 1,225 townships and 49 counties, the levels
 * above derived with {@code BoundaryLayer.dissolve}; then {@link HierarchyIndex#of} of the four
 * layers, timed, with the heap it retains: used heap after full collections (MemoryMXBean)
 * before and after the build, the layers already held, so only what the index adds counts.
 * Ends with a million chains looked up, as a check that the index answers.
 *
 * <pre>{@code
 * java -Xmx1g -cp benchmarks/target/benchmarks.jar io.github.shiyu.governance.benchmarks.grid.ProvinceFootprint [grids]
 * }</pre>
 */
public final class ProvinceFootprint {

  /** About the size of a province: 4° of longitude by 3° of latitude near 31°N. */
  public static final Envelope REGION = new Envelope(110.0, 114.0, 30.0, 33.0);

  private ProvinceFootprint() {}

  /**
   * Runs the measurement.
   *
   * @param args optionally the number of grids (default 100,000)
   */
  public static void main(String[] args) {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    long heapStart = usedAfterGc();
    long t0 = System.nanoTime();
    List<Polygon> grids = new VoronoiTiling(REGION, count, 12, 20261206L).polygons();
    long t1 = System.nanoTime();
    List<BoundaryLayer> layers = Hierarchy.of(REGION, grids, 7, 5, 4);
    long t2 = System.nanoTime();
    grids = null;
    long heapLayers = usedAfterGc();
    System.out.printf("layers: %d counties, %d townships, %d communities, %d grids; tiling %.1f s, dissolve %.1f s, "
            + "layers hold %.1f MB%n", layers.get(0).size(), layers.get(1).size(), layers.get(2).size(),
        layers.get(3).size(), (t1 - t0) / 1e9, (t2 - t1) / 1e9, (heapLayers - heapStart) / 1e6);
    for (int round = 0; round < 2; round++) {
      long before = usedAfterGc();
      long start = System.nanoTime();
      HierarchyIndex index = HierarchyIndex.of(layers);
      long nanos = System.nanoTime() - start;
      long after = usedAfterGc();
      System.out.printf("hierarchy index: build %.2f s, retained heap %.1f MB measured, %.1f MB counted; %s%n",
          nanos / 1e9, (after - before) / 1e6, index.heapBytes() / 1e6, index);
      SplittableRandom random = new SplittableRandom(round);
      int[] chain = new int[index.depth()];
      long full = 0;
      long lookups = System.nanoTime();
      for (int n = 0; n < 1_000_000; n++) {
        double x = REGION.getMinX() + random.nextDouble() * REGION.getWidth();
        double y = REGION.getMinY() + random.nextDouble() * REGION.getHeight();
        full += index.locate(x, y, chain) == index.depth() ? 1 : 0;
      }
      System.out.printf("  1,000,000 chains in %.0f ms, %d of them complete over %d levels%n",
          (System.nanoTime() - lookups) / 1e6, full, index.depth());
      Reference.reachabilityFence(index);
    }
    Reference.reachabilityFence(layers);
  }

  private static long usedAfterGc() {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    for (int n = 0; n < 4; n++) {
      memory.gc();
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    return memory.getHeapMemoryUsage().getUsed();
  }
}
