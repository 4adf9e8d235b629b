package io.github.shiyu.governance.grid.testing;

import io.github.shiyu.governance.core.division.DivisionCode;
import io.github.shiyu.governance.core.grid.GridCode;
import io.github.shiyu.governance.core.org.Department;
import io.github.shiyu.governance.grid.team.GridTeam;
import io.github.shiyu.governance.grid.team.TeamMember;
import io.github.shiyu.governance.grid.team.TeamRole;

/** Test teams. */
public final class Teams {

  private static final Department POLICE = Department.of("police-1", "派出所", DivisionCode.parse("420602001000"));

  private Teams() {}

  /**
   * A team that fits the 1+2+N+X template.
   *
   * @param grid the grid
   * @return the team
   */
  public static GridTeam fullTeam(GridCode grid) {
    return GridTeam.of(grid,
        TeamMember.of("i-" + grid.sequence(), "王指导", TeamRole.GRID_INSTRUCTOR),
        TeamMember.of("l-" + grid.sequence(), "赵网格长", TeamRole.GRID_LEADER),
        TeamMember.of("w-" + grid.sequence(), "张网格员", TeamRole.GRID_WORKER_FULL_TIME),
        TeamMember.liaison("p-" + grid.sequence(), "李民警", POLICE),
        TeamMember.of("v-" + grid.sequence(), "刘志愿者", TeamRole.VOLUNTEER));
  }
}
