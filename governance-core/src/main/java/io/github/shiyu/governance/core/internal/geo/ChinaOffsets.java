package io.github.shiyu.governance.core.internal.geo;

/**
 * The public GCJ-02 and BD-09 offset algorithms, working in place on coordinate arrays so
 * that bulk conversion allocates nothing. Longitudes and latitudes in degrees.
 */
public final class ChinaOffsets {

  /** Krasovsky 1940 semi-major axis, as used by the public GCJ-02 algorithm. */
  private static final double A = 6378245.0;
  /** Krasovsky 1940 first eccentricity squared. */
  private static final double EE = 0.00669342162296594323;
  private static final double X_PI = Math.PI * 3000.0 / 180.0;

  /** Box outside which the public algorithm leaves a point unchanged. */
  public static final double MIN_LONGITUDE = 72.004;
  /** East edge of the box. */
  public static final double MAX_LONGITUDE = 137.8347;
  /** South edge of the box. */
  public static final double MIN_LATITUDE = 0.8293;
  /** North edge of the box. */
  public static final double MAX_LATITUDE = 55.8271;

  /** Convergence threshold of the iterative inverses, in degrees (about 0.1 mm). */
  private static final double EPSILON = 1e-9;
  private static final int MAX_ITERATIONS = 50;

  private ChinaOffsets() {}

  /**
   * Whether the public algorithm shifts a point: inside the rectangular box only.
   *
   * @param lng longitude
   * @param lat latitude
   * @return true inside the box
   */
  public static boolean inBox(double lng, double lat) {
    return lng >= MIN_LONGITUDE && lng <= MAX_LONGITUDE
        && lat >= MIN_LATITUDE && lat <= MAX_LATITUDE;
  }

  /**
   * WGS-84 to GCJ-02 at index i.
   *
   * @param lngs longitudes
   * @param lats latitudes
   * @param i    index
   */
  public static void wgsToGcj(double[] lngs, double[] lats, int i) {
    double lng = lngs[i];
    double lat = lats[i];
    if (!inBox(lng, lat)) {
      return;
    }
    lngs[i] = lng + deltaLng(lng, lat);
    lats[i] = lat + deltaLat(lng, lat);
  }

  /**
   * GCJ-02 to WGS-84 at index i, iterating until the forward image is within 1e-9 degrees.
   *
   * @param lngs longitudes
   * @param lats latitudes
   * @param i    index
   */
  public static void gcjToWgs(double[] lngs, double[] lats, int i) {
    double gLng = lngs[i];
    double gLat = lats[i];
    if (!inBox(gLng, gLat)) {
      return;
    }
    double wLng = gLng - deltaLng(gLng, gLat);
    double wLat = gLat - deltaLat(gLng, gLat);
    for (int k = 0; k < MAX_ITERATIONS; k++) {
      double fLng = wLng;
      double fLat = wLat;
      if (inBox(wLng, wLat)) {
        fLng += deltaLng(wLng, wLat);
        fLat += deltaLat(wLng, wLat);
      }
      double eLng = fLng - gLng;
      double eLat = fLat - gLat;
      if (Math.abs(eLng) < EPSILON && Math.abs(eLat) < EPSILON) {
        break;
      }
      wLng -= eLng;
      wLat -= eLat;
    }
    lngs[i] = wLng;
    lats[i] = wLat;
  }

  /**
   * GCJ-02 to BD-09 at index i (the public x_pi transform).
   *
   * @param lngs longitudes
   * @param lats latitudes
   * @param i    index
   */
  public static void gcjToBd(double[] lngs, double[] lats, int i) {
    double x = lngs[i];
    double y = lats[i];
    double z = Math.sqrt(x * x + y * y) + 0.00002 * Math.sin(y * X_PI);
    double theta = Math.atan2(y, x) + 0.000003 * Math.cos(x * X_PI);
    lngs[i] = z * Math.cos(theta) + 0.0065;
    lats[i] = z * Math.sin(theta) + 0.006;
  }

  /**
   * BD-09 to GCJ-02 at index i: the public closed-form inverse, refined by iteration until the
   * forward image is within 1e-9 degrees.
   *
   * @param lngs longitudes
   * @param lats latitudes
   * @param i    index
   */
  public static void bdToGcj(double[] lngs, double[] lats, int i) {
    double bLng = lngs[i];
    double bLat = lats[i];
    double x = bLng - 0.0065;
    double y = bLat - 0.006;
    double z = Math.sqrt(x * x + y * y) - 0.00002 * Math.sin(y * X_PI);
    double theta = Math.atan2(y, x) - 0.000003 * Math.cos(x * X_PI);
    double gLng = z * Math.cos(theta);
    double gLat = z * Math.sin(theta);
    for (int k = 0; k < MAX_ITERATIONS; k++) {
      double zz = Math.sqrt(gLng * gLng + gLat * gLat) + 0.00002 * Math.sin(gLat * X_PI);
      double t = Math.atan2(gLat, gLng) + 0.000003 * Math.cos(gLng * X_PI);
      double eLng = zz * Math.cos(t) + 0.0065 - bLng;
      double eLat = zz * Math.sin(t) + 0.006 - bLat;
      if (Math.abs(eLng) < EPSILON && Math.abs(eLat) < EPSILON) {
        break;
      }
      gLng -= eLng;
      gLat -= eLat;
    }
    lngs[i] = gLng;
    lats[i] = gLat;
  }

  private static double deltaLat(double lng, double lat) {
    double x = lng - 105.0;
    double y = lat - 35.0;
    double d = transformLat(x, y);
    double radLat = lat / 180.0 * Math.PI;
    double magic = Math.sin(radLat);
    magic = 1 - EE * magic * magic;
    double sqrtMagic = Math.sqrt(magic);
    return (d * 180.0) / ((A * (1 - EE)) / (magic * sqrtMagic) * Math.PI);
  }

  private static double deltaLng(double lng, double lat) {
    double x = lng - 105.0;
    double y = lat - 35.0;
    double d = transformLng(x, y);
    double radLat = lat / 180.0 * Math.PI;
    double magic = Math.sin(radLat);
    magic = 1 - EE * magic * magic;
    double sqrtMagic = Math.sqrt(magic);
    return (d * 180.0) / (A / sqrtMagic * Math.cos(radLat) * Math.PI);
  }

  private static double transformLat(double x, double y) {
    double ret = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y
        + 0.2 * Math.sqrt(Math.abs(x));
    ret += (20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
    ret += (20.0 * Math.sin(y * Math.PI) + 40.0 * Math.sin(y / 3.0 * Math.PI)) * 2.0 / 3.0;
    ret += (160.0 * Math.sin(y / 12.0 * Math.PI) + 320 * Math.sin(y * Math.PI / 30.0)) * 2.0 / 3.0;
    return ret;
  }

  private static double transformLng(double x, double y) {
    double ret = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x));
    ret += (20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
    ret += (20.0 * Math.sin(x * Math.PI) + 40.0 * Math.sin(x / 3.0 * Math.PI)) * 2.0 / 3.0;
    ret += (150.0 * Math.sin(x / 12.0 * Math.PI) + 300.0 * Math.sin(x / 30.0 * Math.PI)) * 2.0
        / 3.0;
    return ret;
  }
}
