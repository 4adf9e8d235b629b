package io.github.shiyu.governance.grid.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.shiyu.governance.core.InvalidValueException;
import io.github.shiyu.governance.core.category.CaseCategory;
import io.github.shiyu.governance.core.category.CategoryTaxonomy;
import io.github.shiyu.governance.core.division.DivisionCode;
import io.github.shiyu.governance.core.division.DivisionLevel;
import io.github.shiyu.governance.core.geo.CoordinateSystem;
import io.github.shiyu.governance.core.geo.GeoPoint;
import io.github.shiyu.governance.core.org.Department;
import io.github.shiyu.governance.core.org.EscalationLevel;
import io.github.shiyu.governance.core.org.Tier;
import io.github.shiyu.governance.grid.Boundary;
import io.github.shiyu.governance.grid.BoundaryLayer;
import io.github.shiyu.governance.grid.BoundaryLevel;
import io.github.shiyu.governance.grid.Grid;
import io.github.shiyu.governance.grid.GridIndex;
import io.github.shiyu.governance.grid.GridLayer;
import io.github.shiyu.governance.grid.HierarchyIndex;
import io.github.shiyu.governance.grid.LayerErrors;
import io.github.shiyu.governance.grid.team.GridTeam;
import io.github.shiyu.governance.grid.team.TeamMember;
import io.github.shiyu.governance.grid.team.TeamRole;
import io.github.shiyu.governance.grid.testing.Layers;
import io.github.shiyu.governance.grid.testing.Teams;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DispatcherTest {

  private static final CategoryTaxonomy TAXONOMY = CategoryTaxonomy.standard();
  private static final DivisionCode TOWNSHIP = DivisionCode.parse("420602001000");
  private static final DivisionCode COUNTY = DivisionCode.parse("420602");
  private static final Department JUDICIAL = Department.of("judicial-001", "司法所", TOWNSHIP);
  private static final Department POLICE = Department.of("police-001", "派出所", TOWNSHIP);
  private static final Department JUDICIAL_ELSEWHERE =
      Department.of("judicial-002", "另一司法所", DivisionCode.parse("420602002000"));
  private static final Department LABOUR = Department.of("hr-county", "人社局", COUNTY);
  private static final Instant NOW = Instant.parse("2026-11-24T02:00:00Z");

  private static final GridLayer LAYER = Layers.tiling(40, 23);
  private static final GridIndex INDEX = GridIndex.of(LAYER);

  private static final RoutingTable TABLE = RoutingTable.builder(TAXONOMY)
      .route("dispute", DivisionLevel.TOWNSHIP, JUDICIAL_ELSEWHERE, JUDICIAL, POLICE)
      .route("dispute.labour", DivisionLevel.COUNTY, LABOUR)
      .build();

  private static List<GridTeam> teams() {
    List<GridTeam> teams = new ArrayList<>();
    for (Grid grid : LAYER.grids()) {
      if (grid.code().sequence() % 10 != 0) {
        teams.add(Teams.fullTeam(grid.code()));
      }
    }
    return teams;
  }

  private static final Dispatcher DISPATCHER = Dispatcher.builder(INDEX, TABLE).teams(teams()).build();

  private static GeoPoint inside(Grid grid) {
    double[] box = grid.geometry().envelope();
    for (double f = 0.5; ; f += 0.01) {
      double x = box[0] + (box[2] - box[0]) * f;
      double y = box[1] + (box[3] - box[1]) * 0.5;
      if (INDEX.locateIndex(x, y) >= 0 && INDEX.grid(INDEX.locateIndex(x, y)).equals(grid)) {
        return GeoPoint.of(x, y, CoordinateSystem.CGCS2000);
      }
    }
  }

  private static final GeoPoint HERE = inside(LAYER.grids().get(0));

  @Test
  void aComplexDisputeGoesToTheTownshipDepartmentsOfItsPlaceThroughTheParentRow() {
    DispatchDecision d = DISPATCHER.dispatch(
        DispatchRequest.of(HERE, TAXONOMY.require("dispute.neighbour"), Tier.COMPLEX, NOW), Workload.of(Map.of("judicial-001", 3)));
    assertThat(d.grid()).isEqualTo(LAYER.grids().get(0));
    assertThat(d.level()).isEqualTo(EscalationLevel.TOWNSHIP);
    assertThat(d.handlingDivision()).isEqualTo(TOWNSHIP);
    assertThat(d.departments()).containsExactly(POLICE, JUDICIAL);
    assertThat(d.owner().department()).contains(POLICE);
    assertThat(d.explain()).contains("row 1").contains("parent of dispute.neighbour").contains("ladder rule 2");
    assertThat(d.whistle()).isEmpty();
  }

  @Test
  void aSimpleCaseGoesToOneDepartmentAndTiesFollowRowOrder() {
    Dispatcher townshipFirst = Dispatcher.builder(INDEX, TABLE)
        .ladder(EscalationLadder.builder(TAXONOMY).standard().rule(Tier.SIMPLE, "dispute", EscalationLevel.TOWNSHIP).build())
        .build();
    DispatchDecision d = townshipFirst.dispatch(DispatchRequest.of(HERE, TAXONOMY.require("dispute.neighbour"), Tier.SIMPLE, NOW), Workload.none());
    assertThat(d.departments()).containsExactly(JUDICIAL);
    assertThat(d.explain()).contains("ties broken by row order").contains("ladder rule 4");
    assertThat(d.worker()).isEmpty();
  }

  @Test
  void withNoDepartmentNamedTheTownshipOwnsTheCase() {
    DispatchDecision d = DISPATCHER.dispatch(DispatchRequest.of(HERE, TAXONOMY.require("dispute.neighbour"), Tier.SIMPLE, NOW), Workload.none());
    assertThat(d.level()).isEqualTo(EscalationLevel.VILLAGE);
    assertThat(d.departments()).isEmpty();
    assertThat(d.owner().isTownshipFallback()).isTrue();
    assertThat(d.owner().division()).isEqualTo(TOWNSHIP);
    assertThat(d.explain()).contains("township 420602001000 owns the case");
  }

  @Test
  void aMajorLabourDisputeGoesToTheCountyBureau() {
    DispatchDecision d = DISPATCHER.dispatch(DispatchRequest.of(HERE, TAXONOMY.require("dispute.labour"), Tier.MAJOR, NOW), Workload.none());
    assertThat(d.level()).isEqualTo(EscalationLevel.COUNTY);
    assertThat(d.departments()).containsExactly(LABOUR);
    assertThat(d.explain()).contains("row 2");
  }

  @Test
  void afterAWhistleTheCalledDepartmentsMustReportWithinThirtyMinutesByDefault() {
    DispatchRequest whistle = DispatchRequest.of(HERE, TAXONOMY.require("dispute"), Tier.COMPLEX, NOW).asWhistle();
    DispatchDecision d = DISPATCHER.dispatch(whistle, Workload.none());
    assertThat(d.whistle()).hasValueSatisfying(w -> {
      assertThat(w.departments()).containsExactly(JUDICIAL, POLICE);
      assertThat(w.reportBy()).isEqualTo(Instant.parse("2026-11-24T02:30:00Z"));
    });
    Dispatcher quick = Dispatcher.builder(INDEX, TABLE).whistleResponse(Duration.ofMinutes(15)).build();
    assertThat(quick.dispatch(whistle, Workload.none()).whistle().orElseThrow().reportBy())
        .isEqualTo(Instant.parse("2026-11-24T02:15:00Z"));
  }

  @Test
  void theWorkerWithTheFewestOpenCasesIsChosenTiesByMemberId() {
    Grid grid = LAYER.grids().get(0);
    GridTeam two = GridTeam.of(grid.code(), TeamMember.of("w-b", "张三", TeamRole.GRID_WORKER_FULL_TIME),
        TeamMember.of("w-a", "李四", TeamRole.GRID_WORKER_FULL_TIME), TeamMember.of("p-1", "王五", TeamRole.GRID_WORKER_PART_TIME));
    Dispatcher dispatcher = Dispatcher.builder(INDEX, TABLE).teams(List.of(two)).build();
    DispatchRequest request = DispatchRequest.of(HERE, TAXONOMY.require("dispute"), Tier.SIMPLE, NOW);
    assertThat(dispatcher.dispatch(request, Workload.none()).worker().map(TeamMember::id)).contains("w-a");
    assertThat(dispatcher.dispatch(request, Workload.of(Map.of("w-a", 2, "w-b", 1))).worker().map(TeamMember::id))
        .contains("w-b");
    DispatchDecision d = dispatcher.dispatch(request, Workload.none());
    assertThat(d.explain()).contains("w-a 李*").doesNotContain("李四");
  }

  @Test
  void aLocationOutsideEveryGridIsAnError() {
    assertThatThrownBy(() -> DISPATCHER.dispatch(
        DispatchRequest.of(GeoPoint.of(100, 30, CoordinateSystem.CGCS2000), TAXONOMY.require("dispute"), Tier.SIMPLE, NOW), Workload.none()))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo(DispatchErrors.NO_GRID));
  }

  @Test
  void tablesAreCheckedAtBuild() {
    assertThatThrownBy(() -> RoutingTable.builder(TAXONOMY)
        .route("dispute.unknown_kind", DivisionLevel.TOWNSHIP, JUDICIAL)
        .route("dispute", DivisionLevel.COUNTY, JUDICIAL)
        .route("hotline", DivisionLevel.COUNTY)
        .route("dispute", DivisionLevel.COUNTY, LABOUR)
        .build())
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.getMessage())
            .contains("1: unknown category").contains("2: department judicial-001 is at TOWNSHIP")
            .contains("3: no department").contains("4: repeats row 2"));
    assertThatThrownBy(() -> EscalationLadder.builder(TAXONOMY).tierDefault(Tier.SIMPLE, EscalationLevel.VILLAGE).build())
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.getMessage())
            .contains("no default level for tier COMPLEX").contains("MAJOR"));
    assertThatThrownBy(() -> Dispatcher.builder(INDEX, TABLE).whistleResponse(Duration.ZERO).build())
        .isInstanceOf(InvalidValueException.class);
  }

  private static final List<CaseCategory> CATEGORIES = TAXONOMY.stream().toList();

  @Test
  void dispatchIsDeterministicAndAlwaysEndsAtAnOwner() {
    qt().withExamples(400).forAll(doubles().between(0.001, 0.999), doubles().between(0.001, 0.999),
        integers().between(0, CATEGORIES.size() - 1), integers().between(0, 1 << 20)).checkAssert((fx, fy, c, seed) -> {
          GeoPoint p = GeoPoint.of(Layers.REGION.getMinX() + fx * Layers.REGION.getWidth(),
              Layers.REGION.getMinY() + fy * Layers.REGION.getHeight(), CoordinateSystem.CGCS2000);
          Tier tier = Tier.values()[seed % 3];
          Map<String, Integer> load = new HashMap<>();
          java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
          for (String id : List.of("judicial-001", "police-001", "hr-county", "w-1", "w-2", "w-3")) {
            load.put(id, random.nextInt(3));
          }
          DispatchRequest request = new DispatchRequest(p, CATEGORIES.get(c), tier, NOW, seed % 2 == 0);
          DispatchDecision first = DISPATCHER.dispatch(request, Workload.of(load));
          DispatchDecision again = Dispatcher.builder(INDEX, TABLE).teams(teams()).build()
              .dispatch(request, Workload.of(new HashMap<>(load)));
          assertThat(again).isEqualTo(first);
          // an owner, always: the lead department, or the township that contains the grid
          if (first.departments().isEmpty()) {
            assertThat(first.owner().isTownshipFallback()).isTrue();
            assertThat(first.owner().division().level()).isEqualTo(DivisionLevel.TOWNSHIP);
            assertThat(first.owner().division().contains(first.grid().community())).isTrue();
          } else {
            assertThat(first.owner().department()).isEqualTo(Optional.of(first.departments().get(0)));
            assertThat(first.departments()).allSatisfy(dep -> assertThat(dep.division()).isEqualTo(first.handlingDivision()));
          }
          assertThat(first.reasons()).extracting(DispatchDecision.Reason::choice)
              .contains(DispatchDecision.Choice.GRID, DispatchDecision.Choice.LEVEL);
          assertThat(first.whistle().isPresent()).isEqualTo(request.whistle());
        });
  }

  @Test
  void aDecisionShowsNoPersonalDataOfTheGridOrItsWorker() {
    List<Grid> grids = new ArrayList<>(Layers.squares());
    grids.set(0, grids.get(0).withAttributes(Map.of("worker", "张三丰", "phone", "13812345678")));
    GridLayer layer = GridLayer.of(CoordinateSystem.CGCS2000, grids);
    GridTeam team = GridTeam.of(grids.get(0).code(), TeamMember.of("w-1", "张三丰", TeamRole.GRID_WORKER_FULL_TIME));
    Dispatcher dispatcher = Dispatcher.builder(GridIndex.of(layer), TABLE).teams(List.of(team)).build();
    DispatchDecision d = dispatcher.dispatch(DispatchRequest.of(
        GeoPoint.of(112.1005, 32.0005, CoordinateSystem.CGCS2000), TAXONOMY.require("dispute.neighbour"), Tier.SIMPLE, NOW),
        Workload.none());
    assertThat(d.worker()).map(TeamMember::name).contains("张三丰");
    assertThat(d.grid().attributes()).containsEntry("phone", "13812345678");
    for (String text : List.of(d.toString(), d.explain(), d.grid().toString())) {
      assertThat(text).as(text).doesNotContain("三丰").doesNotContain("13812345678");
    }
    assertThat(d.grid().toString()).contains("phone").contains(grids.get(0).code().value());
  }

  /** County, township and community dissolved from the grids, then the grids. */
  private static final HierarchyIndex HIERARCHY;

  static {
    BoundaryLayer grids = BoundaryLayer.of(LAYER);
    BoundaryLayer communities = grids.dissolve(BoundaryLevel.VILLAGE, key -> "社区" + key.substring(9));
    BoundaryLayer townships = communities.dissolve(BoundaryLevel.TOWNSHIP, key -> "街道" + key.substring(6));
    BoundaryLayer county = townships.dissolve(BoundaryLevel.COUNTY, key -> "襄城区");
    HIERARCHY = HierarchyIndex.of(county, townships, communities, grids);
  }

  @Test
  void onAHierarchyTheDecisionIsTheSameAndNamesTheWholeChain() {
    Dispatcher onHierarchy = Dispatcher.builder(HIERARCHY, TABLE).teams(teams()).build();
    assertThat(HIERARCHY.trustedDepth()).isEqualTo(4);
    qt().withExamples(300).forAll(doubles().between(0.001, 0.999), doubles().between(0.001, 0.999),
        integers().between(0, CATEGORIES.size() - 1), integers().between(0, 1 << 20)).checkAssert((fx, fy, c, seed) -> {
          GeoPoint p = GeoPoint.of(Layers.REGION.getMinX() + fx * Layers.REGION.getWidth(),
              Layers.REGION.getMinY() + fy * Layers.REGION.getHeight(), CoordinateSystem.CGCS2000);
          DispatchRequest request = new DispatchRequest(p, CATEGORIES.get(c), Tier.values()[seed % 3], NOW, seed % 2 == 0);
          Workload load = Workload.of(Map.of("judicial-001", seed % 3, "police-001", seed % 2, "w-1", seed % 5));
          DispatchDecision plain = DISPATCHER.dispatch(request, load);
          DispatchDecision chained = onHierarchy.dispatch(request, load);
          assertThat(chained.grid()).isEqualTo(plain.grid());
          assertThat(chained.worker()).isEqualTo(plain.worker());
          assertThat(chained.level()).isEqualTo(plain.level());
          assertThat(chained.handlingDivision()).isEqualTo(plain.handlingDivision());
          assertThat(chained.departments()).isEqualTo(plain.departments());
          assertThat(chained.owner()).isEqualTo(plain.owner());
          assertThat(chained.whistle()).isEqualTo(plain.whistle());
          assertThat(chained.reasons().subList(1, chained.reasons().size()))
              .isEqualTo(plain.reasons().subList(1, plain.reasons().size()));
          assertThat(plain.chain()).extracting(Boundary::key).containsExactly(plain.grid().code().value());
          List<Boundary> chain = chained.chain();
          assertThat(chain).extracting(Boundary::level).containsExactly(BoundaryLevel.COUNTY,
              BoundaryLevel.TOWNSHIP, BoundaryLevel.VILLAGE, BoundaryLevel.GRID);
          for (int i = 1; i < chain.size(); i++) {
            assertThat(chain.get(i).isUnder(chain.get(i - 1))).isTrue();
          }
          assertThat(chain.get(3).key()).isEqualTo(plain.grid().code().value());
          assertThat(chained.reasons().get(0).text())
              .startsWith("the location lies in COUNTY 420602 襄城区 > TOWNSHIP 420602001 街道001 > VILLAGE ")
              .contains("> GRID " + plain.grid().code().value())
              .doesNotContain("nests over");
        });
  }

  @Test
  void givenTheGridLayerTheHierarchysGridsAreTheGridsAsRead() {
    List<Grid> grids = new ArrayList<>(LAYER.grids());
    grids.set(0, grids.get(0).withKind(io.github.shiyu.governance.grid.GridKind.DEDICATED));
    GridLayer layer = GridLayer.of(CoordinateSystem.CGCS2000, grids);
    HierarchyIndex index = HierarchyIndex.of(HIERARCHY.layer(2), BoundaryLayer.of(layer));
    DispatchRequest request = DispatchRequest.of(HERE, TAXONOMY.require("dispute"), Tier.SIMPLE, NOW);
    DispatchDecision asRead = Dispatcher.builder(index, TABLE).grids(layer).build().dispatch(request, Workload.none());
    assertThat(asRead.grid()).isEqualTo(grids.get(0));
    DispatchDecision derived = Dispatcher.builder(index, TABLE).build().dispatch(request, Workload.none());
    assertThat(derived.grid().kind()).isEqualTo(io.github.shiyu.governance.grid.GridKind.BASIC);
    assertThat(derived.grid().code()).isEqualTo(grids.get(0).code());
  }

  @Test
  void aHierarchyWithoutGridsCannotDispatchAndOutsideItIsNoGrid() {
    HierarchyIndex noGrids = HierarchyIndex.of(HIERARCHY.layer(0), HIERARCHY.layer(1));
    assertThatThrownBy(() -> Dispatcher.builder(noGrids, TABLE).build())
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo(LayerErrors.HIERARCHY));
    assertThatThrownBy(() -> Dispatcher.builder(HIERARCHY, TABLE).build().dispatch(
        DispatchRequest.of(GeoPoint.of(100, 30, CoordinateSystem.CGCS2000), TAXONOMY.require("dispute"), Tier.SIMPLE, NOW), Workload.none()))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo(DispatchErrors.NO_GRID));
  }
}
