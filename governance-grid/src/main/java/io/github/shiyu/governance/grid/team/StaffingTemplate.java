package io.github.shiyu.governance.grid.team;

import io.github.shiyu.governance.core.InvalidValueException;
import io.github.shiyu.governance.core.grid.GridCode;
import io.github.shiyu.governance.grid.Grid;
import io.github.shiyu.governance.grid.GridLayer;
import io.github.shiyu.governance.grid.LayerErrors;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How a grid team must be staffed (网格力量配置): a minimum and maximum per role. Roles the
 * template does not mention are free (0 to any). Built with a builder, checked at
 * {@link Builder#build()}.
 *
 * <p>{@link #oneTwoNX()} is Kuiwen's 1+2+N+X: exactly one instructor, one leader and one
 * full-time worker per grid ("一人一格"), any number of liaisons and volunteers. A province
 * that allows a grid without its own instructor builds its own template.
 *
 * <pre>{@code
 * StaffingTemplate template = StaffingTemplate.builder()
 *     .role(TeamRole.GRID_LEADER, 1, 1)
 *     .oneFullTimeWorkerPerGrid()
 *     .role(TeamRole.VOLUNTEER, 2, 20)
 *     .build();
 * List<StaffingGap> gaps = template.check(team);
 * }</pre>
 */
public final class StaffingTemplate {

  private final Map<TeamRole, int[]> limits;

  private StaffingTemplate(Map<TeamRole, int[]> limits) {
    this.limits = limits;
  }

  /**
   * The 1+2+N+X template.
   *
   * @return instructor 1, leader 1, full-time worker 1, the others free
   */
  public static StaffingTemplate oneTwoNX() {
    return builder().role(TeamRole.GRID_INSTRUCTOR, 1, 1).role(TeamRole.GRID_LEADER, 1, 1)
        .oneFullTimeWorkerPerGrid().build();
  }

  /**
   * An empty builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The minimum for a role.
   *
   * @param role the role
   * @return the minimum, 0 if free
   */
  public int minimum(TeamRole role) {
    int[] limit = limits.get(role);
    return limit == null ? 0 : limit[0];
  }

  /**
   * The maximum for a role.
   *
   * @param role the role
   * @return the maximum, {@link Integer#MAX_VALUE} if free
   */
  public int maximum(TeamRole role) {
    int[] limit = limits.get(role);
    return limit == null ? Integer.MAX_VALUE : limit[1];
  }

  /**
   * The gaps of one team.
   *
   * @param team the team
   * @return one gap per role outside its limits, in role order
   */
  public List<StaffingGap> check(GridTeam team) {
    List<StaffingGap> gaps = new ArrayList<>();
    for (TeamRole role : TeamRole.values()) {
      int actual = team.count(role);
      if (actual < minimum(role) || actual > maximum(role)) {
        gaps.add(new StaffingGap(team.grid(), role, minimum(role), maximum(role), actual));
      }
    }
    return gaps;
  }

  /**
   * The staffing of a layer: every grid's gaps, a grid without a team counting as empty.
   *
   * @param layer the grids
   * @param teams the teams (at most one per grid; later ones replace earlier ones)
   * @return the report
   */
  public VacancyReport vacancies(GridLayer layer, Collection<GridTeam> teams) {
    Map<GridCode, GridTeam> byGrid = new HashMap<>();
    for (GridTeam team : teams) {
      byGrid.put(team.grid(), team);
    }
    List<StaffingGap> gaps = new ArrayList<>();
    java.util.Set<GridCode> seen = new java.util.HashSet<>();
    for (Grid grid : layer.grids()) {
      if (seen.add(grid.code())) {
        gaps.addAll(check(byGrid.getOrDefault(grid.code(), new GridTeam(grid.code(), List.of()))));
      }
    }
    List<GridCode> unknown = teams.stream().map(GridTeam::grid).filter(c -> !seen.contains(c))
        .distinct().sorted().toList();
    return new VacancyReport(gaps, unknown);
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("StaffingTemplate[");
    limits.forEach((role, limit) -> text.append(role).append(' ').append(limit[0]).append("..")
        .append(limit[1] == Integer.MAX_VALUE ? "*" : String.valueOf(limit[1])).append(' '));
    return text.toString().trim() + "]";
  }

  /**
   * Builds a template.
   *
   * <pre>{@code
   * StaffingTemplate.builder().role(TeamRole.GRID_LEADER, 1, 1).build();
   * }</pre>
   */
  public static final class Builder {
    private final Map<TeamRole, int[]> limits = new EnumMap<>(TeamRole.class);
    private final List<String> errors = new ArrayList<>();

    private Builder() {}

    /**
     * Sets the limits of a role.
     *
     * @param role the role
     * @param minimum at least this many, 0 or more
     * @param maximum at most this many, at least the minimum
     * @return this builder
     */
    public Builder role(TeamRole role, int minimum, int maximum) {
      Objects.requireNonNull(role, "role");
      if (minimum < 0 || maximum < minimum) {
        errors.add(role + " needs 0 <= minimum <= maximum, got " + minimum + ".." + maximum);
      }
      limits.put(role, new int[] {minimum, maximum});
      return this;
    }

    /**
     * Sets a minimum only.
     *
     * @param role the role
     * @param minimum at least this many
     * @return this builder
     */
    public Builder atLeast(TeamRole role, int minimum) {
      return role(role, minimum, Integer.MAX_VALUE);
    }

    /**
     * The rule "one full-time worker per grid" (一人一格): exactly one.
     *
     * @return this builder
     */
    public Builder oneFullTimeWorkerPerGrid() {
      return role(TeamRole.GRID_WORKER_FULL_TIME, 1, 1);
    }

    /**
     * Checks the limits and builds the template.
     *
     * @return the template
     * @throws InvalidValueException {@link TeamErrors#STAFFING} naming every bad limit
     */
    public StaffingTemplate build() {
      if (!errors.isEmpty()) {
        throw new InvalidValueException(TeamErrors.STAFFING, String.join("; ", errors));
      }
      Map<TeamRole, int[]> copy = new EnumMap<>(TeamRole.class);
      limits.forEach((role, limit) -> copy.put(role, limit.clone()));
      return new StaffingTemplate(copy);
    }
  }
}
