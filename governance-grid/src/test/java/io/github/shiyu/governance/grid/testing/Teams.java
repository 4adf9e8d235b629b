package io.github.shiyu.governance.grid.testing;

import io.github.shiyu.governance.core.division.DivisionCode;
import io.github.shiyu.governance.core.grid.GridCode;
import io.github.shiyu.governance.core.org.Department;
import io.github.shiyu.governance.grid.team.GridRole;
import io.github.shiyu.governance.grid.team.GridTeam;
import io.github.shiyu.governance.grid.team.TeamMember;

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
        TeamMember.of("i-" + grid.sequence(), "王指导", GridRole.INSTRUCTOR),
        TeamMember.of("l-" + grid.sequence(), "赵网格长", GridRole.LEADER),
        TeamMember.of("w-" + grid.sequence(), "张网格员", GridRole.FULL_TIME_WORKER),
        TeamMember.liaison("p-" + grid.sequence(), "李民警", POLICE),
        TeamMember.of("v-" + grid.sequence(), "刘志愿者", GridRole.VOLUNTEER));
  }
}
