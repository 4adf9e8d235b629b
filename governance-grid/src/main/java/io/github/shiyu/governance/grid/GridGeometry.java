package io.github.shiyu.governance.grid;

import io.github.shiyu.governance.core.InvalidValueException;
import io.github.shiyu.governance.core.geo.CoordinateConversion;
import io.github.shiyu.governance.core.geo.CoordinateSystem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The area of a grid: one polygon or several (a multipolygon), each with an outer ring and
 * any number of holes, as longitude/latitude pairs in the layer's coordinate system.
 *
 * <p>Rings are interleaved arrays {@code lng0, lat0, lng1, lat1, ...}; a ring should be
 * closed (last position equal to the first) and have at least four positions. The geometry
 * is not checked for validity here, so that a broken layer can be loaded and then reported
 * by {@link LayerCheck}: neither are the coordinates, which {@link #coordinateProblem()}
 * range-checks (longitude in [-180, 180], latitude in [-90, 90], both finite, in every
 * supported system) for the layer check to report and the indexes to refuse. Arrays are
 * copied in and out; the value is immutable.
 *
 * <pre>{@code
 * GridGeometry square = GridGeometry.polygon(
 *     new double[] {112.10, 32.00, 112.11, 32.00, 112.11, 32.01, 112.10, 32.01, 112.10, 32.00});
 * GridGeometry both = GridGeometry.multiPolygon(square, otherSquare);
 * both.polygonCount();   // 2
 * }</pre>
 */
public final class GridGeometry {

  /** Per polygon: outer ring first, then holes. */
  private final double[][][] polygons;

  private GridGeometry(double[][][] polygons) {
    this.polygons = polygons;
  }

  /**
   * A polygon with optional holes.
   *
   * @param shell the outer ring, {@code lng, lat} interleaved
   * @param holes the holes, same form
   * @return the geometry
   * @throws InvalidValueException {@link LayerErrors#RING} for an odd or too small count
   *     (coordinates out of range are kept: see {@link #coordinateProblem()})
   */
  public static GridGeometry polygon(double[] shell, double[]... holes) {
    double[][] rings = new double[holes.length + 1][];
    rings[0] = checked(shell);
    for (int h = 0; h < holes.length; h++) {
      rings[h + 1] = checked(holes[h]);
    }
    return new GridGeometry(new double[][][] {rings});
  }

  /**
   * A multipolygon made of the polygons of the given geometries.
   *
   * @param parts one or more geometries
   * @return the geometry
   */
  public static GridGeometry multiPolygon(GridGeometry... parts) {
    List<double[][]> all = new ArrayList<>();
    for (GridGeometry part : parts) {
      all.addAll(Arrays.asList(part.polygons));
    }
    if (all.isEmpty()) {
      throw new InvalidValueException(LayerErrors.RING, 0);
    }
    return new GridGeometry(all.toArray(new double[0][][]));
  }

  private static double[] checked(double[] ring) {
    Objects.requireNonNull(ring, "ring");
    if (ring.length % 2 != 0 || ring.length < 4) {
      throw new InvalidValueException(LayerErrors.RING, ring.length);
    }
    return ring.clone();
  }

  /**
   * The first coordinate that is not a finite number in range (longitude -180 to 180,
   * latitude -90 to 90), described.
   *
   * <pre>{@code
   * GridGeometry.polygon(new double[] {112.1, 95.0, 112.2, 32.0, 112.2, 32.1, 112.1, 95.0})
   *     .coordinateProblem();   // Optional[polygon 1, outer ring, position 1: latitude 95.0 is outside [-90, 90]]
   * }</pre>
   *
   * @return the problem, or empty when every coordinate is in range
   */
  public Optional<String> coordinateProblem() {
    for (int p = 0; p < polygons.length; p++) {
      for (int r = 0; r < polygons[p].length; r++) {
        double[] ring = polygons[p][r];
        for (int i = 0; i + 1 < ring.length; i += 2) {
          String bad = outOfRange("longitude", ring[i], 180.0);
          if (bad == null) {
            bad = outOfRange("latitude", ring[i + 1], 90.0);
          }
          if (bad != null) {
            return Optional.of("polygon " + (p + 1) + ", " + (r == 0 ? "outer ring" : "hole " + r)
                + ", position " + (i / 2 + 1) + ": " + bad);
          }
        }
      }
    }
    return Optional.empty();
  }

  private static String outOfRange(String what, double value, double limit) {
    if (value >= -limit && value <= limit) {
      return null;
    }
    return what + " " + value + " is outside [-" + (int) limit + ", " + (int) limit + "]";
  }

  /**
   * Number of polygons: 1 for a polygon, more for a multipolygon.
   *
   * @return the count
   */
  public int polygonCount() {
    return polygons.length;
  }

  /**
   * The outer ring of a polygon.
   *
   * @param polygon index, from 0
   * @return a copy of the ring
   */
  public double[] shell(int polygon) {
    return polygons[polygon][0].clone();
  }

  /**
   * The holes of a polygon.
   *
   * @param polygon index, from 0
   * @return copies of its holes, possibly none
   */
  public List<double[]> holes(int polygon) {
    List<double[]> holes = new ArrayList<>();
    for (int r = 1; r < polygons[polygon].length; r++) {
      holes.add(polygons[polygon][r].clone());
    }
    return holes;
  }

  /**
   * Number of positions over all rings.
   *
   * @return the count
   */
  public int positionCount() {
    int n = 0;
    for (double[][] polygon : polygons) {
      for (double[] ring : polygon) {
        n += ring.length / 2;
      }
    }
    return n;
  }

  /**
   * The bounding box.
   *
   * @return {@code {minLng, minLat, maxLng, maxLat}}
   */
  public double[] envelope() {
    double[] box = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY,
        Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY};
    for (double[][] polygon : polygons) {
      for (double[] ring : polygon) {
        for (int i = 0; i < ring.length; i += 2) {
          box[0] = Math.min(box[0], ring[i]);
          box[1] = Math.min(box[1], ring[i + 1]);
          box[2] = Math.max(box[2], ring[i]);
          box[3] = Math.max(box[3], ring[i + 1]);
        }
      }
    }
    return box;
  }

  /**
   * The same area in another coordinate system.
   *
   * @param from the system this geometry is in
   * @param to the system wanted
   * @return the converted geometry (this one when the systems agree)
   */
  public GridGeometry convert(CoordinateSystem from, CoordinateSystem to) {
    if (from == to) {
      return this;
    }
    double[][][] out = new double[polygons.length][][];
    for (int p = 0; p < polygons.length; p++) {
      out[p] = new double[polygons[p].length][];
      for (int r = 0; r < polygons[p].length; r++) {
        double[] ring = polygons[p][r];
        int n = ring.length / 2;
        double[] lngs = new double[n];
        double[] lats = new double[n];
        for (int i = 0; i < n; i++) {
          lngs[i] = ring[2 * i];
          lats[i] = ring[2 * i + 1];
        }
        CoordinateConversion.convert(from, to, lngs, lats);
        double[] converted = new double[ring.length];
        for (int i = 0; i < n; i++) {
          converted[2 * i] = lngs[i];
          converted[2 * i + 1] = lats[i];
        }
        out[p][r] = converted;
      }
    }
    return new GridGeometry(out);
  }

  /** All rings without copying, for the module's own code. */
  List<double[]> rings() {
    List<double[]> rings = new ArrayList<>();
    for (double[][] polygon : polygons) {
      rings.addAll(Arrays.asList(polygon));
    }
    return rings;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof GridGeometry other && Arrays.deepEquals(polygons, other.polygons);
  }

  @Override
  public int hashCode() {
    return Arrays.deepHashCode(polygons);
  }

  @Override
  public String toString() {
    return "GridGeometry[polygons=" + polygons.length + ", positions=" + positionCount() + "]";
  }
}
