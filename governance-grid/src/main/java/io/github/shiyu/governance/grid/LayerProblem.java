package io.github.shiyu.governance.grid;

import io.github.shiyu.governance.core.geo.GeoPoint;
import io.github.shiyu.governance.core.grid.GridCode;
import java.util.List;
import java.util.Objects;

/**
 * One problem found in a grid layer, with the grids involved and where to look.
 *
 * <pre>{@code
 * for (LayerProblem p : LayerCheck.defaults().check(layer).problems()) {
 *   System.out.println(p.kind() + " " + p.grids() + " at " + p.location() + ": " + p.detail());
 * }
 * }</pre>
 *
 * @param kind what is wrong
 * @param grids the codes of the grids involved (both grids of an overlap; the neighbours of a gap)
 * @param location a point in or on the problem, in the layer's coordinate system
 * @param detail a short English explanation
 */
public record LayerProblem(Kind kind, List<GridCode> grids, GeoPoint location, String detail) {

  /** Copies the list and checks for nulls. */
  public LayerProblem {
    Objects.requireNonNull(kind, "kind");
    grids = List.copyOf(grids);
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(detail, "detail");
  }

  /**
   * The kinds of problem a layer check reports.
   *
   * <pre>{@code
   * report.problems(LayerProblem.Kind.OVERLAP).size();
   * }</pre>
   */
  public enum Kind {
    /**
     * A coordinate that is not a finite number in range (longitude -180 to 180, latitude -90
     * to 90); the grid is not checked further. The location is the first position in range
     * (or 0, 0 if there is none).
     */
    COORDINATE_RANGE,
    /** A ring whose last position differs from its first. */
    UNCLOSED_RING,
    /** A ring with fewer than 4 positions (3 distinct corners and the closing one). */
    SHORT_RING,
    /** Self-intersection, a hole outside its shell, nested shells and the like (JTS IsValidOp). */
    INVALID_GEOMETRY,
    /** Two grids share area above the tolerance. */
    OVERLAP,
    /** Part of a community's boundary covered by none of its grids, above the tolerance. */
    GAP,
    /** Part of a grid lies outside the boundary of its community, above the tolerance. */
    OUTSIDE_COMMUNITY,
    /** Two or more grids have the same code. */
    DUPLICATE_CODE,
    /** The code's first 12 digits name another community than the one the grid is declared in or lies in. */
    COMMUNITY_MISMATCH
  }
}
