package io.github.shiyu.governance.core.geo;

import io.github.shiyu.governance.core.ErrorCode;

/**
 * The error codes of locations and coordinate conversion, with English and Chinese templates.
 * Ids are stable: applications may switch on them.
 *
 * <pre>{@code
 * try {
 *   GeoPoint.of(181, 30, CoordinateSystem.WGS84);
 * } catch (InvalidValueException e) {
 *   e.code() == GeoErrors.LONGITUDE;   // true
 * }
 * }</pre>
 */
public final class GeoErrors {

  /** {@code geo.longitude}: the longitude is not a finite number from -180 to 180. */
  public static final ErrorCode LONGITUDE =
      ErrorCode.of(
          "geo.longitude",
          "longitude must be a finite number from -180 to 180, got {0}{1}",
          "经度应为-180到180之间的有限数，实际为{0}{1}");

  /** {@code geo.latitude}: the latitude is not a finite number from -90 to 90. */
  public static final ErrorCode LATITUDE =
      ErrorCode.of(
          "geo.latitude",
          "latitude must be a finite number from -90 to 90, got {0}{1}",
          "纬度应为-90到90之间的有限数，实际为{0}{1}");

  /** {@code geo.array_length}: bulk conversion got arrays of different lengths. */
  public static final ErrorCode ARRAY_LENGTH =
      ErrorCode.of(
          "geo.array_length",
          "longitude and latitude arrays differ in length: {0} and {1}",
          "经度数组与纬度数组长度不同：{0}和{1}");

  private GeoErrors() {}
}
