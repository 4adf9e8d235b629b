package io.github.shiyu.governance.examples.county;

import java.util.Objects;

/**
 * A grid as the simulation sees it: where cases may happen and how many.
 *
 * <pre>{@code
 * new Site("370705001001001", 1_050, 119.10, 36.70, 119.11, 36.71);
 * }</pre>
 *
 * @param grid   the grid code
 * @param weight relative number of cases (e.g. its population)
 * @param minLng western edge of its bounding box (WGS-84)
 * @param minLat southern edge
 * @param maxLng eastern edge
 * @param maxLat northern edge
 */
public record Site(String grid, double weight, double minLng, double minLat, double maxLng, double maxLat) {

  /**
   * Checks the box and weight.
   *
   * @throws IllegalArgumentException for an empty box or a negative weight
   */
  public Site {
    Objects.requireNonNull(grid, "grid");
    if (!(weight >= 0) || !(minLng < maxLng) || !(minLat < maxLat)) {
      throw new IllegalArgumentException("bad site " + grid);
    }
  }
}
