package io.github.shiyu.governance.grid.team;

import io.github.shiyu.governance.core.grid.GridCode;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The team of one grid (网格团队) in the 1+2+N+X model.
 *
 * <pre>{@code
 * GridTeam team = GridTeam.of(GridCode.parse("420602001001003"),
 *     TeamMember.of("i-1", "王五", TeamRole.GRID_INSTRUCTOR),
 *     TeamMember.of("l-1", "赵六", TeamRole.GRID_LEADER),
 *     TeamMember.of("w-17", "张三", TeamRole.GRID_WORKER_FULL_TIME));
 * team.count(TeamRole.GRID_WORKER_FULL_TIME);   // 1
 * }</pre>
 *
 * @param grid the grid's code
 * @param members the members, in the order given
 */
public record GridTeam(GridCode grid, List<TeamMember> members) {

  /** Copies the list. */
  public GridTeam {
    Objects.requireNonNull(grid, "grid");
    members = List.copyOf(members);
  }

  /**
   * A team.
   *
   * @param grid the grid
   * @param members its members
   * @return the team
   */
  public static GridTeam of(GridCode grid, TeamMember... members) {
    return new GridTeam(grid, Arrays.asList(members));
  }

  /**
   * The members with a role.
   *
   * @param role the role
   * @return those members, in team order
   */
  public List<TeamMember> members(TeamRole role) {
    return members.stream().filter(m -> m.role() == role).toList();
  }

  /**
   * How many members have a role.
   *
   * @param role the role
   * @return the count
   */
  public int count(TeamRole role) {
    return (int) members.stream().filter(m -> m.role() == role).count();
  }
}
