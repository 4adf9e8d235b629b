package io.github.shiyu.governance.grid.team;

import io.github.shiyu.governance.core.grid.GridCode;

/**
 * A role of a grid team with fewer or more people than the staffing template allows.
 *
 * <pre>{@code
 * StaffingGap gap = template.check(team).get(0);
 * gap.missing();   // 1: no full-time worker
 * }</pre>
 *
 * @param grid the grid
 * @param role the role
 * @param minimum the template's minimum
 * @param maximum the template's maximum ({@link Integer#MAX_VALUE} for no limit)
 * @param actual the team's count
 */
public record StaffingGap(GridCode grid, TeamRole role, int minimum, int maximum, int actual) {

  /**
   * Whether people are missing (a vacancy, 空缺).
   *
   * @return {@code true} if the count is below the minimum
   */
  public boolean isVacancy() {
    return actual < minimum;
  }

  /**
   * How many people are missing.
   *
   * @return minimum minus actual, or 0
   */
  public int missing() {
    return Math.max(0, minimum - actual);
  }

  /**
   * How many people are over the maximum.
   *
   * @return actual minus maximum, or 0
   */
  public int excess() {
    return actual > maximum ? actual - maximum : 0;
  }
}
