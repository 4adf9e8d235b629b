package io.github.shiyu.governance.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.shiyu.governance.core.InvalidValueException;
import io.github.shiyu.governance.core.geo.CoordinateSystem;
import io.github.shiyu.governance.grid.LayerProblem.Kind;
import io.github.shiyu.governance.grid.testing.Layers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LayerCheckTest {

  private static GridLayer layer(List<Grid> grids) {
    return GridLayer.of(CoordinateSystem.CGCS2000, grids);
  }

  private static final GridGeometry BLOCK = Layers.square(112.100, 32.000, 0.002);

  private static LayerReport check(List<Grid> grids) {
    return LayerCheck.defaults().withCommunityBoundaries(Map.of(Layers.COMMUNITY, BLOCK)).check(layer(grids));
  }

  @Test
  void aCleanLayerHasNoProblems() {
    assertThat(check(Layers.squares()).problems()).isEmpty();
    assertThat(LayerCheck.defaults().check(Layers.tiling(60, 3)).isClean()).isTrue();
  }

  @Test
  void anUnclosedRingIsReported() {
    List<Grid> grids = Layers.squares();
    grids.set(1, Layers.grid(2, GridGeometry.polygon(new double[] {112.101, 32.0, 112.102, 32.0, 112.102, 32.001, 112.101, 32.001})));
    LayerReport report = check(grids);
    assertThat(report.problems(Kind.UNCLOSED_RING)).singleElement()
        .satisfies(p -> assertThat(p.grids()).containsExactly(Layers.code(2)))
        .satisfies(p -> assertThat(p.location().longitude()).isEqualTo(112.101));
  }

  @Test
  void aTooShortRingIsReported() {
    List<Grid> grids = Layers.squares();
    grids.add(Layers.grid(5, GridGeometry.polygon(new double[] {112.1005, 32.0005, 112.1006, 32.0005, 112.1005, 32.0005})));
    assertThat(check(grids).problems(Kind.SHORT_RING)).singleElement()
        .satisfies(p -> assertThat(p.grids()).containsExactly(Layers.code(5)));
  }

  @Test
  void aSelfIntersectingRingIsReportedWhereItCrosses() {
    List<Grid> grids = Layers.squares();
    // a bow tie over square 4: its edges cross at the square's centre
    grids.set(3, Layers.grid(4, GridGeometry.polygon(
        new double[] {112.101, 32.001, 112.102, 32.002, 112.102, 32.001, 112.101, 32.002, 112.101, 32.001})));
    LayerProblem problem = check(grids).problems(Kind.INVALID_GEOMETRY).get(0);
    assertThat(problem.grids()).containsExactly(Layers.code(4));
    assertThat(problem.location().longitude()).isCloseTo(112.1015, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(problem.detail()).containsIgnoringCase("self-intersection");
  }

  @Test
  void overlapsAboveTheToleranceAreReported() {
    List<Grid> grids = Layers.squares();
    // grid 2 moved half-way over grid 1: 0.0005 x 0.001 degrees, about 4,700 m²
    grids.set(1, Layers.grid(2, Layers.square(112.1005, 32.000, 0.001)));
    LayerReport report = LayerCheck.defaults().check(layer(grids));
    assertThat(report.problems(Kind.OVERLAP)).singleElement()
        .satisfies(p -> assertThat(p.grids()).containsExactly(Layers.code(1), Layers.code(2)));
    assertThat(LayerCheck.defaults().withTolerance(10_000).check(layer(grids)).problems(Kind.OVERLAP)).isEmpty();
  }

  @Test
  void gapsInsideACommunityAreReportedWithTheirNeighbours() {
    List<Grid> grids = new ArrayList<>(Layers.squares());
    grids.remove(3);
    LayerReport report = check(grids);
    assertThat(report.problems(Kind.GAP)).singleElement().satisfies(p -> {
      assertThat(p.grids()).containsExactlyInAnyOrder(Layers.code(2), Layers.code(3), Layers.code(1));
      assertThat(p.location().longitude()).isBetween(112.101, 112.102);
      assertThat(p.location().latitude()).isBetween(32.001, 32.002);
    });
  }

  @Test
  void aGridReachingOutOfItsCommunityIsReported() {
    List<Grid> grids = Layers.squares();
    grids.set(3, Layers.grid(4, GridGeometry.polygon(new double[] {
        112.101, 32.001, 112.103, 32.001, 112.103, 32.002, 112.101, 32.002, 112.101, 32.001})));
    assertThat(check(grids).problems(Kind.OUTSIDE_COMMUNITY)).singleElement()
        .satisfies(p -> assertThat(p.grids()).containsExactly(Layers.code(4)))
        .satisfies(p -> assertThat(p.location().longitude()).isGreaterThan(112.102));
  }

  @Test
  void duplicateCodesAreReported() {
    List<Grid> grids = Layers.squares();
    grids.set(3, Layers.grid(3, Layers.square(112.101, 32.001, 0.001)));
    assertThat(check(grids).problems(Kind.DUPLICATE_CODE)).singleElement()
        .satisfies(p -> assertThat(p.grids()).containsExactly(Layers.code(3), Layers.code(3)))
        .satisfies(p -> assertThat(p.detail()).contains("[2, 3]"));
  }

  @Test
  void aCodeWhosePrefixNamesAnotherCommunityIsReported() {
    List<Grid> declared = Layers.squares();
    declared.set(0, declared.get(0).withCommunity(Layers.OTHER_COMMUNITY));
    assertThat(LayerCheck.defaults().check(layer(declared)).problems(Kind.COMMUNITY_MISMATCH)).singleElement()
        .satisfies(p -> assertThat(p.grids()).containsExactly(Layers.code(1)));

    // code prefix says 001, but the grid lies inside community 002's boundary
    List<Grid> grids = Layers.squares();
    grids.add(Layers.grid(9, Layers.square(112.2001, 32.0001, 0.0005)));
    LayerReport report = LayerCheck.defaults().withCommunityBoundaries(Map.of(
        Layers.COMMUNITY, BLOCK, Layers.OTHER_COMMUNITY, Layers.square(112.2, 32.0, 0.001))).check(layer(grids));
    assertThat(report.problems(Kind.COMMUNITY_MISMATCH)).singleElement()
        .satisfies(p -> assertThat(p.grids()).containsExactly(Layers.code(9)))
        .satisfies(p -> assertThat(p.detail()).contains("420602001002"));
  }

  @Test
  void aToleranceThatIsNoAreaIsATypedError() {
    for (double bad : new double[] {-1.0, Double.NaN, Double.POSITIVE_INFINITY}) {
      assertThatThrownBy(() -> LayerCheck.defaults().withTolerance(bad))
          .as("tolerance %s", bad)
          .isInstanceOfSatisfying(InvalidValueException.class,
              e -> assertThat(e.code()).isEqualTo(LayerErrors.TOLERANCE));
    }
    assertThat(LayerCheck.defaults().withTolerance(0.0)).isNotNull();
  }

  @Test
  void coordinatesOutOfRangeAreReportedNotThrownAndTheIndexesRefuseThem() {
    List<Grid> grids = Layers.squares();
    grids.set(1, Layers.grid(2, GridGeometry.polygon(
        new double[] {112.101, 32.0, 112.102, 32.0, 112.102, 95.0, 112.101, 32.001, 112.101, 32.0})));
    grids.add(Layers.grid(5, GridGeometry.polygon(
        new double[] {Double.NaN, 32.0, 112.2, 32.0, 112.2, 32.1, 112.3, 32.1, Double.NaN, 32.0})));
    LayerReport report = check(grids);
    assertThat(report.problems(Kind.COORDINATE_RANGE)).hasSize(2)
        .satisfies(ps -> assertThat(ps.get(0).grids()).containsExactly(Layers.code(2)))
        .satisfies(ps -> assertThat(ps.get(0).detail()).isEqualTo("polygon 1, outer ring, position 3: latitude 95.0 is outside [-90, 90]"))
        .satisfies(ps -> assertThat(ps.get(0).location().latitude()).isEqualTo(32.0))
        .satisfies(ps -> assertThat(ps.get(1).grids()).containsExactly(Layers.code(5)))
        .satisfies(ps -> assertThat(ps.get(1).detail()).contains("position 1: longitude NaN"));
    // the grids in range are still checked: square 2 is missing from the community
    assertThat(report.problems(Kind.GAP)).hasSize(1);
    assertThatThrownBy(() -> GridIndex.of(layer(grids)))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> {
          assertThat(e.code()).isEqualTo(LayerErrors.COORDINATE);
          assertThat(e.getMessage()).contains("grid " + Layers.code(2), "latitude 95.0");
        });
    BoundaryLayer units = BoundaryLayer.of(layer(grids));
    assertThatThrownBy(() -> HierarchyIndex.of(units))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo(LayerErrors.COORDINATE));
    assertThat(LayerCheck.defaults().checkNesting(BoundaryLayer.of(layer(Layers.squares())), units))
        .filteredOn(p -> p.kind() == NestingProblem.Kind.COORDINATE_RANGE)
        .extracting(NestingProblem::key).containsExactly(Layers.code(2).value(), Layers.code(5).value());
    assertThat(GridGeometry.polygon(new double[] {-180, -90, 180, -90, 180, 90, -180, -90}).coordinateProblem()).isEmpty();
  }
}
