package io.github.shiyu.governance.grid;

import io.github.shiyu.governance.core.geo.GeoPoint;
import java.util.Objects;

/**
 * A unit that does not nest in the level above: its code's parent is missing, or part of it
 * lies outside that parent.
 *
 * <pre>{@code
 * for (NestingProblem p : LayerCheck.defaults().checkNesting(townships, grids)) {
 *   System.out.println(p.kind() + " " + p.key() + " / " + p.parentKey() + ": " + p.detail());
 * }
 * }</pre>
 *
 * @param kind what is wrong
 * @param level the unit's level
 * @param key the unit's key
 * @param parentKey the key of the parent its code names, or of the unit it mostly lies in;
 *     empty text if there is none
 * @param location a point in the problem, in the layers' system
 * @param detail a short English explanation
 */
public record NestingProblem(Kind kind, BoundaryLevel level, String key, String parentKey,
    GeoPoint location, String detail) {

  /** Checks for nulls. */
  public NestingProblem {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(parentKey, "parentKey");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(detail, "detail");
  }

  /** The kinds of nesting problem. */
  public enum Kind {
    /** The code names a parent the layer above does not have (or a sub-grid lies in no unit above). */
    NO_PARENT,
    /** Part of the unit, above the tolerance, lies outside its parent (a grid crossing its community's border). */
    OUTSIDE_PARENT,
    /**
     * The unit has a coordinate out of range (see {@link GridGeometry#coordinateProblem()}) and
     * is not checked further; the location is 0, 0. A parent with such coordinates is left out.
     */
    COORDINATE_RANGE
  }
}
