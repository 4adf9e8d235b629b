package io.github.shiyu.governance.core.geo;

import io.github.shiyu.governance.core.InvalidValueException;
import java.util.Objects;

/**
 * A location: longitude and latitude in degrees, tagged with the coordinate system they are
 * expressed in.
 *
 * <pre>{@code
 * GeoPoint office = GeoPoint.of(114.305, 30.593, CoordinateSystem.BD09);   // from Baidu
 * GeoPoint gps = office.to(CoordinateSystem.WGS84);
 * double metres = gps.distanceMeters(GeoPoint.of(114.31, 30.60, CoordinateSystem.WGS84));
 * }</pre>
 *
 * @param longitude degrees east, -180 to 180
 * @param latitude  degrees north, -90 to 90
 * @param crs       the coordinate system
 */
public record GeoPoint(double longitude, double latitude, CoordinateSystem crs) {



  /** Mean Earth radius (IUGG), metres. */
  private static final double EARTH_RADIUS = 6_371_008.8;

  /**
   * Checks the ranges.
   *
   * @throws InvalidValueException {@code geo.longitude} or {@code geo.latitude}
   */
  public GeoPoint {
    Objects.requireNonNull(crs, "crs");
    check(longitude, latitude, -1);
  }

  /**
   * Creates a point.
   *
   * @param longitude degrees east, -180 to 180
   * @param latitude  degrees north, -90 to 90
   * @param crs       the coordinate system
   * @return the point
   * @throws InvalidValueException {@code geo.longitude} or {@code geo.latitude}
   */
  public static GeoPoint of(double longitude, double latitude, CoordinateSystem crs) {
    return new GeoPoint(longitude, latitude, crs);
  }

  static void check(double longitude, double latitude, int index) {
    if (!(longitude >= -180 && longitude <= 180)) {
      throw new InvalidValueException(GeoErrors.LONGITUDE, longitude, at(index));
    }
    if (!(latitude >= -90 && latitude <= 90)) {
      throw new InvalidValueException(GeoErrors.LATITUDE, latitude, at(index));
    }
  }

  private static String at(int index) {
    return index < 0 ? "" : " at index " + index;
  }

  /**
   * The same place in another coordinate system (see {@link CoordinateConversion} for the
   * algorithms and the behaviour outside China).
   *
   * @param target the system wanted
   * @return this point if already in target, else the converted point
   */
  public GeoPoint to(CoordinateSystem target) {
    Objects.requireNonNull(target, "target");
    if (target == crs) {
      return this;
    }
    if (CoordinateConversion.isWgs(crs) && CoordinateConversion.isWgs(target)) {
      return new GeoPoint(longitude, latitude, target);
    }
    double[] lng = {longitude};
    double[] lat = {latitude};
    CoordinateConversion.convert(crs, target, lng, lat, 0);
    return new GeoPoint(lng[0], lat[0], target);
  }

  /**
   * Great-circle distance on a sphere of the mean Earth radius (haversine), after bringing
   * both points to WGS-84. Error under 0.5% against the ellipsoid.
   *
   * @param other the other point, in any system
   * @return metres
   */
  public double distanceMeters(GeoPoint other) {
    GeoPoint a = to(CoordinateSystem.WGS84);
    GeoPoint b = other.to(CoordinateSystem.WGS84);
    double phi1 = Math.toRadians(a.latitude);
    double phi2 = Math.toRadians(b.latitude);
    double dPhi = phi2 - phi1;
    double dLambda = Math.toRadians(b.longitude - a.longitude);
    double h = Math.sin(dPhi / 2) * Math.sin(dPhi / 2)
        + Math.cos(phi1) * Math.cos(phi2) * Math.sin(dLambda / 2) * Math.sin(dLambda / 2);
    return 2 * EARTH_RADIUS * Math.asin(Math.min(1, Math.sqrt(h)));
  }
}
