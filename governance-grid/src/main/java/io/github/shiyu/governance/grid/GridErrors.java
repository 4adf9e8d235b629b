package io.github.shiyu.governance.grid;

import io.github.shiyu.governance.core.ErrorCode;

/**
 * The error codes of the grid module, with English and Chinese templates.
 *
 * <pre>{@code
 * try {
 *   GridLayer.read(in, CoordinateSystem.GCJ02, CoordinateSystem.CGCS2000);
 * } catch (InvalidValueException e) {
 *   e.code() == GridErrors.FEATURE;   // feature 12 (id "110101001001003"): ...
 * }
 * }</pre>
 */
public final class GridErrors {

  /** {@code grid.geojson}: the input is not a GeoJSON FeatureCollection. */
  public static final ErrorCode GEOJSON = ErrorCode.of("grid.geojson",
      "not a GeoJSON FeatureCollection: {0}", "不是GeoJSON要素集合：{0}");

  /** {@code grid.feature}: one feature of a GeoJSON file cannot become a grid. */
  public static final ErrorCode FEATURE = ErrorCode.of("grid.feature",
      "feature {0} (id {1}): {2}", "第{0}个要素（id {1}）：{2}");

  /** {@code grid.ring}: a ring has an odd or too small number of coordinates. */
  public static final ErrorCode RING = ErrorCode.of("grid.ring",
      "a ring needs an even number of coordinates, at least 2 positions; got {0} numbers",
      "环的坐标个数应为偶数且至少2个点，实际为{0}个数");

  /** {@code grid.coordinate}: a coordinate is not a finite number. */
  public static final ErrorCode COORDINATE = ErrorCode.of("grid.coordinate",
      "coordinate {0} is not a finite number: {1}", "第{0}个坐标不是有限数：{1}");

  /** {@code grid.blank}: a required text is blank. */
  public static final ErrorCode BLANK = ErrorCode.of("grid.blank",
      "{0} is blank", "{0}为空");

  /** {@code grid.crs}: a point is in another coordinate system than the layer. */
  public static final ErrorCode CRS = ErrorCode.of("grid.crs",
      "expected coordinates in {0}, got {1}", "坐标系应为{0}，实际为{1}");

  /** {@code grid.staffing}: a staffing template's limits make no sense. */
  public static final ErrorCode STAFFING = ErrorCode.of("grid.staffing",
      "staffing template: {0}", "配置模板：{0}");

  /** {@code grid.routing}: a routing table or ladder is incomplete or contradictory. */
  public static final ErrorCode ROUTING = ErrorCode.of("grid.routing",
      "routing: {0}", "派单规则：{0}");

  /** {@code grid.no_grid}: a case's location lies in no grid of the layer. */
  public static final ErrorCode NO_GRID = ErrorCode.of("grid.no_grid",
      "no grid contains {0}", "{0}不在任何网格内");

  private GridErrors() {
  }
}
