package io.github.shiyu.governance.grid.internal;

import java.util.List;

/**
 * The border rule written the plain way, as an independent reference for tests: a ray to
 * the east from p moved an infinitesimal step north (then west), counted over all edges.
 */
final class RuleReference {

  private RuleReference() {}

  static boolean contains(List<double[]> rings, double px, double py) {
    boolean in = false;
    for (double[] ring : rings) {
      int n = ring.length / 2;
      for (int v = 0; v < n; v++) {
        int w = (v + 1) % n;
        double ax = ring[2 * v];
        double ay = ring[2 * v + 1];
        double bx = ring[2 * w];
        double by = ring[2 * w + 1];
        if ((ay > py) == (by > py)) {
          continue;
        }
        double lx = ay < by ? ax : bx;
        double ly = ay < by ? ay : by;
        double hx = ay < by ? bx : ax;
        double hy = ay < by ? by : ay;
        if (CellIndex.sideOfEdge(lx, ly, hx, hy, px, py) > 0) {
          in = !in;
        }
      }
    }
    return in;
  }
}
