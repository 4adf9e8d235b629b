package io.github.shiyu.governance.grid.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.shiyu.governance.core.InvalidValueException;
import io.github.shiyu.governance.core.division.DivisionCode;
import io.github.shiyu.governance.core.org.Department;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class TeamMemberTest {

  private static final Department POLICE = Department.of("police-1", "派出所", DivisionCode.parse("420602001000"));

  @Test
  void onlyALiaisonHasADepartment() {
    assertThat(TeamMember.liaison("p-1", "李四", POLICE).department()).contains(POLICE);
    assertThat(TeamMember.liaison("p-1", "李四", POLICE).role()).isEqualTo(TeamRole.DEPARTMENT_LIAISON);
    assertThat(TeamMember.of("w-1", "张三", TeamRole.GRID_WORKER_FULL_TIME).department()).isEmpty();
  }

  @Test
  void membersAreValues() {
    assertThat(TeamMember.of("w-1", "张三", TeamRole.GRID_WORKER_FULL_TIME))
        .isEqualTo(TeamMember.of("w-1", "张三", TeamRole.GRID_WORKER_FULL_TIME))
        .hasSameHashCodeAs(TeamMember.of("w-1", "张三", TeamRole.GRID_WORKER_FULL_TIME))
        .isNotEqualTo(TeamMember.of("w-1", "张三", TeamRole.GRID_WORKER_PART_TIME));
    assertThat(TeamMember.liaison("p-1", "李四", POLICE)).isNotEqualTo(TeamMember.of("p-1", "李四", TeamRole.DEPARTMENT_LIAISON));
  }

  @Test
  void blankIdsAndNamesAreTypedErrorsThatDoNotShowTheName() {
    assertThatThrownBy(() -> TeamMember.of(" ", "张三", TeamRole.VOLUNTEER))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo(TeamErrors.MEMBER_BLANK));
    assertThatThrownBy(() -> TeamMember.liaison("p-1", "", POLICE))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo(TeamErrors.MEMBER_BLANK))
        .hasMessageContaining("p-1");
  }

  @Test
  void bothKindsOfGridWorkerAreGridWorkers() {
    assertThat(Arrays.stream(TeamRole.values()).filter(TeamRole::isGridWorker))
        .containsExactly(TeamRole.GRID_WORKER_FULL_TIME, TeamRole.GRID_WORKER_PART_TIME);
  }
}
