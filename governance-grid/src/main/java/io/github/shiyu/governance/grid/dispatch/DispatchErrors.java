package io.github.shiyu.governance.grid.dispatch;

import io.github.shiyu.governance.core.ErrorCode;

/**
 * The error codes of dispatch: routing tables, escalation ladders, the dispatcher's settings
 * and a case that lies in no grid, with English and Chinese templates.
 *
 * <pre>{@code
 * try {
 *   dispatcher.dispatch(request, workload);
 * } catch (InvalidValueException e) {
 *   e.code() == DispatchErrors.NO_GRID;   // no grid contains GeoPoint[...]
 * }
 * }</pre>
 */
public final class DispatchErrors {

  /**
   * {@code grid.routing}: a routing table or escalation ladder is incomplete or
   * contradictory, or a dispatcher setting is out of range.
   */
  public static final ErrorCode ROUTING = ErrorCode.of("grid.routing",
      "routing: {0}", "派单规则：{0}");

  /** {@code grid.no_grid}: a case's location lies in no grid of the layer. */
  public static final ErrorCode NO_GRID = ErrorCode.of("grid.no_grid",
      "no grid contains {0}", "{0}不在任何网格内");

  /**
   * {@code grid.experts}: an expert, a specialised mediation committee or an expert pool's
   * rule is invalid or names what the pool does not have.
   */
  public static final ErrorCode EXPERTS = ErrorCode.of("grid.experts",
      "expert pool, {0}: {1}", "专家库，{0}：{1}");

  private DispatchErrors() {
  }
}
