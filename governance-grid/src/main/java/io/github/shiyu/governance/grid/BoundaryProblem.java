package io.github.shiyu.governance.grid;

import io.github.shiyu.governance.core.geo.GeoPoint;
import java.util.List;
import java.util.Objects;

/**
 * One problem found by {@link LayerCheck#check(BoundaryLayer)} in a boundary layer of any
 * level: the same kinds as a grid layer's geometry and code checks, with the units named by
 * their keys.
 *
 * <pre>{@code
 * for (BoundaryProblem p : LayerCheck.defaults().check(districts)) {
 *   System.out.println(p.kind() + " " + p.level() + " " + p.keys() + ": " + p.detail());
 * }
 * }</pre>
 *
 * @param kind what is wrong: {@link LayerProblem.Kind#COORDINATE_RANGE},
 *     {@link LayerProblem.Kind#UNCLOSED_RING}, {@link LayerProblem.Kind#SHORT_RING},
 *     {@link LayerProblem.Kind#INVALID_GEOMETRY}, {@link LayerProblem.Kind#OVERLAP} or
 *     {@link LayerProblem.Kind#DUPLICATE_CODE}
 * @param level the layer's level
 * @param keys the keys of the units involved (both units of an overlap)
 * @param location a point in or on the problem, in the layer's coordinate system
 * @param detail a short English explanation
 */
public record BoundaryProblem(LayerProblem.Kind kind, BoundaryLevel level, List<String> keys,
    GeoPoint location, String detail) {

  /** Copies the list and checks for nulls. */
  public BoundaryProblem {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(level, "level");
    keys = List.copyOf(keys);
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(detail, "detail");
  }
}
