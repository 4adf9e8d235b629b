package io.github.shiyu.governance.grid;

import io.github.shiyu.governance.core.InvalidValueException;
import io.github.shiyu.governance.core.division.DivisionCode;
import io.github.shiyu.governance.grid.internal.LayerChecker;
import java.util.Map;
import java.util.Objects;

/**
 * Checks a grid layer (图层检查) with JTS's robust predicates: invalid geometry (unclosed or
 * too short rings, self-intersections), overlaps between grids, duplicate codes, codes whose
 * community prefix disagrees with the community declared; and, when community boundaries are
 * given, gaps inside a community, grids outside their community and grids lying in another
 * community than their code says.
 *
 * <p>Areas are compared with a tolerance in square metres (default 1 m²), measured on the
 * layer's longitude/latitude with the local scale of each problem's latitude.
 *
 * <pre>{@code
 * LayerReport report = LayerCheck.defaults()
 *     .withTolerance(5.0)
 *     .withCommunityBoundaries(Map.of(DivisionCode.parse("110101001001"), boundary))
 *     .check(layer);
 * }</pre>
 */
public final class LayerCheck {

  private static final double DEFAULT_TOLERANCE = 1.0;

  private final double tolerance;
  private final Map<DivisionCode, GridGeometry> boundaries;

  private LayerCheck(double tolerance, Map<DivisionCode, GridGeometry> boundaries) {
    this.tolerance = tolerance;
    this.boundaries = Map.copyOf(boundaries);
  }

  /**
   * A check with a 1 m² tolerance and no community boundaries.
   *
   * @return the check
   */
  public static LayerCheck defaults() {
    return new LayerCheck(DEFAULT_TOLERANCE, Map.of());
  }

  /**
   * The same check with another area tolerance.
   *
   * @param squareMetres overlaps, gaps and outside parts up to this area are not reported
   * @return the check
   * @throws InvalidValueException {@link LayerErrors#TOLERANCE} for a negative, infinite or
   *     NaN area
   */
  public LayerCheck withTolerance(double squareMetres) {
    if (!(squareMetres >= 0) || Double.isInfinite(squareMetres)) {
      throw new InvalidValueException(LayerErrors.TOLERANCE, squareMetres);
    }
    return new LayerCheck(squareMetres, boundaries);
  }

  /**
   * The same check with the boundaries of villages and communities, in the layer's system.
   *
   * @param communities boundary per community code
   * @return the check
   */
  public LayerCheck withCommunityBoundaries(Map<DivisionCode, GridGeometry> communities) {
    return new LayerCheck(tolerance, Objects.requireNonNull(communities, "communities"));
  }

  /**
   * Runs the check.
   *
   * @param layer the layer
   * @return the report
   */
  public LayerReport check(GridLayer layer) {
    return new LayerReport(layer.size(), LayerChecker.check(layer, tolerance, boundaries));
  }

  /**
   * Checks a boundary layer of any level (districts, townships, communities, grids,
   * sub-grids): coordinates out of range, unclosed or short rings, invalid geometry (JTS
   * IsValidOp), overlaps above the tolerance and duplicate keys. How the levels nest is
   * {@link #checkNesting}'s part.
   *
   * <pre>{@code
   * List<BoundaryProblem> problems = LayerCheck.defaults().check(districts);
   * }</pre>
   *
   * @param layer the layer
   * @return the problems, by kind, then in the layer's order
   */
  public java.util.List<BoundaryProblem> check(BoundaryLayer layer) {
    return io.github.shiyu.governance.grid.internal.BoundaryChecker.check(layer, tolerance);
  }

  /**
   * Checks that each unit of a layer nests in the layer above: its code's parent exists there
   * (for sub-grids: some unit above contains its interior point), and no more than the
   * tolerance of its area lies outside that parent. Works for any two levels (county over
   * township, community over grid, grid over sub-grid).
   *
   * <pre>{@code
   * List<NestingProblem> problems = LayerCheck.defaults().checkNesting(communities, grids);
   * }</pre>
   *
   * @param parent the larger level (converted to the child's system if needed)
   * @param child the smaller level
   * @return the problems, in the child layer's order
   */
  public java.util.List<NestingProblem> checkNesting(BoundaryLayer parent, BoundaryLayer child) {
    return io.github.shiyu.governance.grid.internal.NestingChecker.check(parent, child, tolerance);
  }
}
