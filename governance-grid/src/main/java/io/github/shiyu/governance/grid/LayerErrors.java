package io.github.shiyu.governance.grid;

import io.github.shiyu.governance.core.ErrorCode;

/**
 * The error codes of grid layers, their GeoJSON form, layer checks and the grid index, with
 * English and Chinese templates. Teams have theirs in
 * {@link io.github.shiyu.governance.grid.team.TeamErrors}, dispatch in
 * {@link io.github.shiyu.governance.grid.dispatch.DispatchErrors}; grid codes (governance-core)
 * in {@link io.github.shiyu.governance.core.grid.GridErrors}.
 *
 * <pre>{@code
 * try {
 *   GridLayer.read(in, CoordinateSystem.GCJ02, CoordinateSystem.CGCS2000);
 * } catch (InvalidValueException e) {
 *   e.code() == LayerErrors.FEATURE;   // feature 12 (id "110101001001003"): ...
 * }
 * }</pre>
 */
public final class LayerErrors {

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

  /**
   * {@code grid.coordinate}: a unit to be indexed has a coordinate that is not a finite
   * number in range ({@link LayerCheck} reports the same as a problem instead).
   */
  public static final ErrorCode COORDINATE = ErrorCode.of("grid.coordinate",
      "{0} cannot be indexed, a coordinate is out of range: {1}", "{0}无法建立索引，坐标超出范围：{1}");

  /** {@code grid.blank}: a required text of a grid (its name) is blank. */
  public static final ErrorCode BLANK = ErrorCode.of("grid.blank",
      "{0} is blank", "{0}为空");

  /**
   * {@code grid.feature_form}: a GeoJSON feature is not a grid feature (not a Feature, no
   * Polygon or MultiPolygon, a malformed position, an unknown kind).
   */
  public static final ErrorCode FEATURE_FORM = ErrorCode.of("grid.feature_form",
      "not a grid feature: {0}", "不是网格要素：{0}");

  /** {@code grid.tolerance}: a layer check's area tolerance is negative or not finite. */
  public static final ErrorCode TOLERANCE = ErrorCode.of("grid.tolerance",
      "the area tolerance must be a finite number of square metres, at least 0; got {0}",
      "面积容差应为不小于0的有限平方米数，实际为{0}");

  /**
   * {@code grid.index_crowded}: more grids meet in one spot than the index can separate (a
   * badly broken layer, such as many copies of one grid).
   */
  public static final ErrorCode INDEX_CROWDED = ErrorCode.of("grid.index_crowded",
      "more than {0} grids meet in one spot: the layer cannot be indexed",
      "超过{0}个网格交汇于一处，图层无法建立索引");

  /** {@code grid.crs}: a point is in another coordinate system than the layer. */
  public static final ErrorCode CRS = ErrorCode.of("grid.crs",
      "expected coordinates in {0}, got {1}", "坐标系应为{0}，实际为{1}");

  /** {@code grid.boundary_key}: a boundary unit's key does not have the form of its level. */
  public static final ErrorCode BOUNDARY_KEY = ErrorCode.of("grid.boundary_key",
      "the key {0} is not a code of level {1}", "编码{0}不是{1}级编码");

  /** {@code grid.boundary_level}: a layer holds units of more than one level. */
  public static final ErrorCode BOUNDARY_LEVEL = ErrorCode.of("grid.boundary_level",
      "a boundary layer holds one level: {0} is {1}, the layer {2}",
      "边界图层只能有一个级别：{0}为{1}级，图层为{2}级");

  /** {@code grid.hierarchy}: the layers of a hierarchy are not one per level, largest first, in one system. */
  public static final ErrorCode HIERARCHY = ErrorCode.of("grid.hierarchy",
      "the layers of a hierarchy must be non-empty, in one coordinate system, largest level first: {0}",
      "层级索引的图层应非空、坐标系一致、由大到小排列：{0}");

  private LayerErrors() {
  }
}
