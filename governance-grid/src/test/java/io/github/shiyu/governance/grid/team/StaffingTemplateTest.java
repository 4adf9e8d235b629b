package io.github.shiyu.governance.grid.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.shiyu.governance.core.InvalidValueException;
import io.github.shiyu.governance.core.grid.GridCode;
import io.github.shiyu.governance.grid.GridLayer;
import io.github.shiyu.governance.grid.testing.Layers;
import io.github.shiyu.governance.grid.testing.Teams;
import java.util.List;
import org.junit.jupiter.api.Test;

class StaffingTemplateTest {

  @Test
  void aOneTwoNxTeamFitsTheTemplate() {
    assertThat(StaffingTemplate.oneTwoNX().check(Teams.fullTeam(Layers.code(1)))).isEmpty();
  }

  @Test
  void oneFullTimeWorkerPerGridIsARuleATemplateCanRequire() {
    GridTeam two = GridTeam.of(Layers.code(1),
        TeamMember.of("w-1", "张三", TeamRole.GRID_WORKER_FULL_TIME), TeamMember.of("w-2", "李四", TeamRole.GRID_WORKER_FULL_TIME));
    StaffingTemplate strict = StaffingTemplate.builder().oneFullTimeWorkerPerGrid().build();
    assertThat(strict.check(two)).singleElement().satisfies(gap -> {
      assertThat(gap.role()).isEqualTo(TeamRole.GRID_WORKER_FULL_TIME);
      assertThat(gap.excess()).isEqualTo(1);
      assertThat(gap.isVacancy()).isFalse();
    });
    StaffingTemplate relaxed = StaffingTemplate.builder().atLeast(TeamRole.GRID_WORKER_FULL_TIME, 1).build();
    assertThat(relaxed.check(two)).isEmpty();
  }

  @Test
  void theVacancyReportCountsGridsWithoutTeamsAndTeamsWithoutGrids() {
    GridLayer layer = GridLayer.of(io.github.shiyu.governance.core.geo.CoordinateSystem.CGCS2000, Layers.squares());
    GridTeam noWorker = GridTeam.of(Layers.code(2), TeamMember.of("i-2", "王五", TeamRole.GRID_INSTRUCTOR),
        TeamMember.of("l-2", "赵六", TeamRole.GRID_LEADER));
    VacancyReport report = StaffingTemplate.oneTwoNX().vacancies(layer,
        List.of(Teams.fullTeam(Layers.code(1)), noWorker, Teams.fullTeam(Layers.code(3)), Teams.fullTeam(Layers.code(77))));
    // grid 2 misses its worker; grid 4 has no team: instructor, leader and worker missing
    assertThat(report.vacantPositions()).isEqualTo(4);
    assertThat(report.vacancies()).extracting(StaffingGap::grid)
        .containsExactly(Layers.code(2), Layers.code(4), Layers.code(4), Layers.code(4));
    assertThat(report.unknownGrids()).containsExactly(Layers.code(77));
    assertThat(report.isComplete()).isFalse();
  }

  @Test
  void badLimitsAreRefusedAtBuild() {
    assertThatThrownBy(() -> StaffingTemplate.builder().role(TeamRole.GRID_LEADER, 2, 1).role(TeamRole.VOLUNTEER, -1, 3).build())
        .isInstanceOfSatisfying(InvalidValueException.class, e -> {
          assertThat(e.code()).isEqualTo(TeamErrors.STAFFING);
          assertThat(e.getMessage()).contains("LEADER").contains("VOLUNTEER");
        });
  }

  @Test
  void namesAreMaskedInToString() {
    TeamMember member = TeamMember.of("w-1", "张三丰", TeamRole.GRID_WORKER_FULL_TIME);
    assertThat(member.toString()).doesNotContain("三丰").contains("w-1");
    assertThat(Teams.fullTeam(Layers.code(1)).toString()).doesNotContain("网格员");
  }
}
