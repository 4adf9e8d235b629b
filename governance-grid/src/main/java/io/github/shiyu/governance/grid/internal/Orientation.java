package io.github.shiyu.governance.grid.internal;

import java.math.BigDecimal;

/**
 * Exact sign of the orientation determinant: a floating-point filter (Shewchuk's
 * {@code orient2d} error bound) that falls back to exact decimal arithmetic only for
 * near-degenerate triples, so random points never allocate.
 */
final class Orientation {

  /** Shewchuk's ccwerrboundA = (3 + 16 eps) eps with eps = 2^-53. */
  private static final double ERROR_BOUND = (3.0 + 16.0 * 0x1p-53) * 0x1p-53;

  private Orientation() {}

  /**
   * Sign of cross(b - a, c - a): positive when a, b, c turn counter-clockwise.
   *
   * @return -1, 0 or 1, exactly
   */
  static int sign(double ax, double ay, double bx, double by, double cx, double cy) {
    double detLeft = (ax - cx) * (by - cy);
    double detRight = (ay - cy) * (bx - cx);
    double det = detLeft - detRight;
    double detSum;
    if (detLeft > 0) {
      if (detRight <= 0) {
        return signum(det);
      }
      detSum = detLeft + detRight;
    } else if (detLeft < 0) {
      if (detRight >= 0) {
        return signum(det);
      }
      detSum = -detLeft - detRight;
    } else {
      return signum(det);
    }
    double bound = ERROR_BOUND * detSum;
    if (det >= bound || -det >= bound) {
      return signum(det);
    }
    return exact(ax, ay, bx, by, cx, cy);
  }

  private static int signum(double det) {
    return det > 0 ? 1 : det < 0 ? -1 : 0;
  }

  private static int exact(double ax, double ay, double bx, double by, double cx, double cy) {
    BigDecimal acx = new BigDecimal(ax).subtract(new BigDecimal(cx));
    BigDecimal bcy = new BigDecimal(by).subtract(new BigDecimal(cy));
    BigDecimal acy = new BigDecimal(ay).subtract(new BigDecimal(cy));
    BigDecimal bcx = new BigDecimal(bx).subtract(new BigDecimal(cx));
    return acx.multiply(bcy).subtract(acy.multiply(bcx)).signum();
  }
}
