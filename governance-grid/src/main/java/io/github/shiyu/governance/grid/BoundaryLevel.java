package io.github.shiyu.governance.grid;

import io.github.shiyu.governance.core.division.DivisionLevel;

/**
 * The level of a boundary unit, largest first: the five division levels, the grid (网格) and
 * anything drawn below a grid (微网格, 红色屋场, a building).
 *
 * <p>A unit's key has the form of its level: 2, 4, 6, 9 or 12 digits of the division code
 * (a 12-digit statistical code with trailing zero slices is accepted too), 15 digits of a
 * grid code, any non-blank text below the grid.
 *
 * <pre>{@code
 * BoundaryLevel.infer("420602");            // COUNTY
 * BoundaryLevel.infer("420602001");         // TOWNSHIP
 * BoundaryLevel.infer("420602001001003");   // GRID
 * BoundaryLevel.TOWNSHIP.isAbove(BoundaryLevel.GRID);   // true
 * }</pre>
 */
public enum BoundaryLevel {
  /** 省. */
  PROVINCE,
  /** 市. */
  CITY,
  /** 县、区. */
  COUNTY,
  /** 乡镇、街道. */
  TOWNSHIP,
  /** 村、社区. */
  VILLAGE,
  /** 网格 (15-digit grid code). */
  GRID,
  /** Below the grid: 微网格, 红色屋场, buildings; keyed by any id. */
  SUB_GRID;

  /**
   * The level of a division level.
   *
   * @param level the division level
   * @return the same level
   */
  public static BoundaryLevel of(DivisionLevel level) {
    return values()[level.ordinal()];
  }

  /**
   * The level a key's form names: division and grid codes by their digits, anything else
   * {@link #SUB_GRID}.
   *
   * @param key a unit's key
   * @return the level
   */
  public static BoundaryLevel infer(String key) {
    return BoundaryKeys.normalise(key).level();
  }

  /**
   * Whether this level is strictly above (larger than) another.
   *
   * @param other the level compared with
   * @return {@code true} if this level is larger
   */
  public boolean isAbove(BoundaryLevel other) {
    return ordinal() < other.ordinal();
  }
}
