package io.github.shiyu.governance.core.geo;

import io.github.shiyu.governance.core.InvalidValueException;
import io.github.shiyu.governance.core.internal.geo.ChinaOffsets;
import java.util.Objects;

/**
 * Conversions between coordinate systems, for many points at once and without allocation.
 *
 * <p>WGS-84 and CGCS2000 are treated as identical. GCJ-02 uses the public forward algorithm
 * (Krasovsky constants a = 6378245.0, ee = 0.00669342162296594323); its inverse iterates until
 * the forward image is within 1e-9 degrees of the input, so a GCJ-02 → WGS-84 → GCJ-02 round
 * trip is exact to well under a millimetre and the recovered WGS-84 point errs by far less than
 * 0.5 m. BD-09 is the public x_pi transform on top of GCJ-02, its inverse refined the same way.
 *
 * <p>Outside China: the GCJ-02 offset applies only inside the box longitude 72.004–137.8347,
 * latitude 0.8293–55.8271 (the box of the public algorithm; it includes parts of
 * neighbouring countries); outside it GCJ-02 equals WGS-84. The BD-09 offset applies
 * everywhere, as in the public algorithm; results are clamped to the valid ranges (which only
 * matters within a few hundred metres of a pole or the antimeridian).
 *
 * <pre>{@code
 * double[] lngs = {114.305, 121.4737};
 * double[] lats = {30.593, 31.2304};
 * CoordinateConversion.convert(CoordinateSystem.GCJ02, CoordinateSystem.WGS84, lngs, lats);
 * }</pre>
 */
public final class CoordinateConversion {


  private CoordinateConversion() {}

  /**
   * Converts points in place. Every point is range-checked before any is changed, so on error
   * the arrays are untouched.
   *
   * @param from the system the arrays are in
   * @param to   the system wanted
   * @param lngs longitudes in degrees, replaced by the converted ones
   * @param lats latitudes in degrees, replaced by the converted ones
   * @throws InvalidValueException {@code geo.array_length}, or {@code geo.longitude} /
   *     {@code geo.latitude} naming the first bad index
   */
  public static void convert(
      CoordinateSystem from, CoordinateSystem to, double[] lngs, double[] lats) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (lngs.length != lats.length) {
      throw new InvalidValueException(GeoErrors.ARRAY_LENGTH, lngs.length, lats.length);
    }
    for (int i = 0; i < lngs.length; i++) {
      GeoPoint.check(lngs[i], lats[i], i);
    }
    if (from == to || (isWgs(from) && isWgs(to))) {
      return;
    }
    for (int i = 0; i < lngs.length; i++) {
      convert(from, to, lngs, lats, i);
    }
  }

  /** Converts the point at index i; the caller has checked ranges. */
  static void convert(
      CoordinateSystem from, CoordinateSystem to, double[] lngs, double[] lats, int i) {
    shift(from, to, lngs, lats, i);
    // BD-09's offset applies everywhere and can push a point past a pole or the antimeridian.
    lngs[i] = Math.max(-180, Math.min(180, lngs[i]));
    lats[i] = Math.max(-90, Math.min(90, lats[i]));
  }

  private static void shift(
      CoordinateSystem from, CoordinateSystem to, double[] lngs, double[] lats, int i) {
    // Everything goes through GCJ-02 or WGS-84; each step is exact to 1e-9 degrees.
    if (from == CoordinateSystem.BD09) {
      ChinaOffsets.bdToGcj(lngs, lats, i);
      if (to == CoordinateSystem.GCJ02) {
        return;
      }
      ChinaOffsets.gcjToWgs(lngs, lats, i);
    } else if (from == CoordinateSystem.GCJ02) {
      if (to == CoordinateSystem.BD09) {
        ChinaOffsets.gcjToBd(lngs, lats, i);
        return;
      }
      ChinaOffsets.gcjToWgs(lngs, lats, i);
    }
    // now in WGS-84 (or CGCS2000)
    if (to == CoordinateSystem.GCJ02 || to == CoordinateSystem.BD09) {
      ChinaOffsets.wgsToGcj(lngs, lats, i);
      if (to == CoordinateSystem.BD09) {
        ChinaOffsets.gcjToBd(lngs, lats, i);
      }
    }
  }

  static boolean isWgs(CoordinateSystem crs) {
    return crs == CoordinateSystem.WGS84 || crs == CoordinateSystem.CGCS2000;
  }

  /**
   * Whether the public GCJ-02 algorithm shifts a point: inside the box described above.
   *
   * @param longitude degrees
   * @param latitude  degrees
   * @return true inside the box
   */
  public static boolean isShifted(double longitude, double latitude) {
    return ChinaOffsets.inBox(longitude, latitude);
  }
}
