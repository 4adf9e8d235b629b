package io.github.shiyu.governance.core.geo;

/**
 * The coordinate reference system a longitude/latitude pair is expressed in. Store one, tag
 * every coordinate with its system, convert at the boundary.
 *
 * <pre>{@code
 * GeoPoint amap = GeoPoint.of(114.305, 30.593, CoordinateSystem.GCJ02);   // from Amap
 * GeoPoint gps = amap.to(CoordinateSystem.WGS84);
 * }</pre>
 */
public enum CoordinateSystem {
  /** WGS-84, as GPS gives it. */
  WGS84,
  /**
   * CGCS2000 (China Geodetic Coordinate System 2000), used by 天地图 and official surveys.
   * Treated as identical to WGS-84: the two frames differ by well under a metre in 2000 and
   * drift apart by plate motion, staying within about 10 m for the SDK's lifetime, which is
   * below the accuracy governance locations need. Survey-grade work must not rely on this.
   */
  CGCS2000,
  /** GCJ-02 ("Mars coordinates"), as Amap and Tencent maps give it: WGS-84 with a public offset. */
  GCJ02,
  /** BD-09, as Baidu maps give it: GCJ-02 with a further public offset. */
  BD09
}
