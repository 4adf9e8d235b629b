package io.github.shiyu.governance.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.shiyu.governance.core.InvalidValueException;
import io.github.shiyu.governance.core.geo.CoordinateSystem;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BoundaryLayerTest {

  private static final CoordinateSystem C = CoordinateSystem.CGCS2000;

  private static ByteArrayInputStream json(String text) {
    return new ByteArrayInputStream(text.replace('\'', '"').getBytes(StandardCharsets.UTF_8));
  }

  private static String square(double x, double y, double s, boolean clockwise) {
    return clockwise
        ? "[[" + x + "," + y + "],[" + x + "," + (y + s) + "],[" + (x + s) + "," + (y + s) + "],[" + (x + s) + "," + y + "],[" + x + "," + y + "]]"
        : "[[" + x + "," + y + "],[" + (x + s) + "," + y + "],[" + (x + s) + "," + (y + s) + "],[" + x + "," + (y + s) + "],[" + x + "," + y + "]]";
  }

  private static String feature(String id, String properties, String geometry) {
    return "{'type':'Feature','id':'" + id + "','properties':{" + properties + "},'geometry':" + geometry + "}";
  }

  private static String collection(String... features) {
    return "{'type':'FeatureCollection','features':[" + String.join(",", features) + "]}";
  }

  /** Two districts of 6-digit ids: one a MultiPolygon with a hole and a clockwise shell. */
  private static final String DISTRICTS = collection(
      feature("420602", "'name':'襄城区'",
          "{'type':'MultiPolygon','coordinates':[[" + square(112.0, 32.0, 0.1, true) + ","
              + square(112.04, 32.04, 0.02, false) + "],[" + square(112.3, 32.0, 0.05, false) + "]]}"),
      feature("420606", "'name':'樊城区'", "{'type':'Polygon','coordinates':[" + square(112.1, 32.0, 0.1, false) + "]}"));

  @Test
  void aFileOfSixDigitDistrictIdsIsReadAsCounties() {
    BoundaryLayer layer = BoundaryLayer.read(json(DISTRICTS), C, C);
    assertThat(layer.level()).isEqualTo(BoundaryLevel.COUNTY);
    assertThat(layer.units()).extracting(Boundary::key).containsExactly("420602", "420606");
    assertThat(layer.find("420606000000")).map(Boundary::name).contains("樊城区");
    Boundary xiangcheng = layer.find("420602").orElseThrow();
    assertThat(xiangcheng.geometry().polygonCount()).isEqualTo(2);
    assertThat(xiangcheng.geometry().holes(0)).hasSize(1);
    HierarchyIndex index = HierarchyIndex.of(layer);
    int[] chain = new int[1];
    assertThat(index.locate(112.01, 32.01, chain)).isEqualTo(1);
    assertThat(chain[0]).isEqualTo(0);
    index.locate(112.05, 32.05, chain);   // in the hole
    assertThat(chain[0]).isEqualTo(-1);
    index.locate(112.32, 32.01, chain);   // in the second part
    assertThat(chain[0]).isEqualTo(0);
    index.locate(112.15, 32.05, chain);
    assertThat(chain[0]).isEqualTo(1);
  }

  @Test
  void writtenRingsAreRightHandAndReadBackEqual() {
    BoundaryLayer layer = BoundaryLayer.read(json(DISTRICTS), C, C);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    layer.write(out, C);
    BoundaryLayer again = BoundaryLayer.read(new ByteArrayInputStream(out.toByteArray()), C, C);
    for (Boundary unit : again.units()) {
      for (int p = 0; p < unit.geometry().polygonCount(); p++) {
        assertThat(signedArea(unit.geometry().shell(p))).isPositive();
        for (double[] hole : unit.geometry().holes(p)) {
          assertThat(signedArea(hole)).isNegative();
        }
      }
    }
    assertThat(again.units()).extracting(Boundary::key).containsExactly("420602", "420606");
  }

  private static double signedArea(double[] ring) {
    double a = 0;
    for (int i = 0; i + 3 < ring.length; i += 2) {
      a += ring[i] * ring[i + 3] - ring[i + 2] * ring[i + 1];
    }
    return a / 2;
  }

  @Test
  void keysOfEveryLevelAndNamedPropertiesAreRead() {
    String townships = collection(feature("x", "'adcode':420602001,'name':'古城街道'",
        "{'type':'Polygon','coordinates':[" + square(112.0, 32.0, 0.01, false) + "]}"));
    BoundaryLayer layer = BoundaryLayer.read(json(townships), BoundarySchema.idProperty("adcode"), C, C);
    assertThat(layer.level()).isEqualTo(BoundaryLevel.TOWNSHIP);
    assertThat(layer.units().get(0).key()).isEqualTo("420602001");
    assertThat(BoundaryLevel.infer("420602001001")).isEqualTo(BoundaryLevel.VILLAGE);
    assertThat(BoundaryLevel.infer("420602001001003")).isEqualTo(BoundaryLevel.GRID);
    assertThat(BoundaryLevel.infer("红色屋场-17")).isEqualTo(BoundaryLevel.SUB_GRID);
    String houses = collection(feature("屋场-17", "'mc':'红色屋场17'",
        "{'type':'Polygon','coordinates':[" + square(112.0, 32.0, 0.001, false) + "]}"));
    BoundaryLayer sub = BoundaryLayer.read(json(houses),
        BoundarySchema.inferred().atLevel(BoundaryLevel.SUB_GRID).nameProperty("mc"), C, C);
    assertThat(sub.units().get(0).name()).isEqualTo("红色屋场17");
  }

  @Test
  void aDeclaredLevelIsChecked() {
    assertThatThrownBy(() -> BoundaryLayer.read(json(DISTRICTS),
        BoundarySchema.inferred().atLevel(BoundaryLevel.TOWNSHIP), C, C))
        .isInstanceOf(InvalidValueException.class)
        .satisfies(e -> assertThat(((InvalidValueException) e).code()).isEqualTo(LayerErrors.FEATURE))
        .hasMessageContaining("grid.boundary_key");
  }

  @Test
  void mixedLevelsAndOutOfRangeCoordinatesAreReportedNotThrownWhenLenient() {
    String mixed = collection(
        feature("420602", "", "{'type':'Polygon','coordinates':[" + square(112.0, 32.0, 0.1, false) + "]}"),
        feature("420602001", "", "{'type':'Polygon','coordinates':[" + square(112.0, 32.0, 0.01, false) + "]}"),
        feature("420606", "", "{'type':'Polygon','coordinates':[" + square(112.0, 95.0, 0.1, false) + "]}"));
    List<FeatureProblem> problems = new ArrayList<>();
    BoundaryLayer layer = BoundaryLayer.readLenient(json(mixed), BoundarySchema.inferred(), C, C, problems);
    assertThat(layer.units()).extracting(Boundary::key).containsExactly("420602");
    assertThat(problems).extracting(FeatureProblem::index).containsExactlyInAnyOrder(1, 2);
    assertThatThrownBy(() -> BoundaryLayer.read(json(mixed), C, C)).isInstanceOf(InvalidValueException.class);
  }

  @Test
  void aGridLayerIsTheGridLevel() {
    BoundaryLayer grids = BoundaryLayer.of(GridLayer.of(C, io.github.shiyu.governance.grid.testing.Layers.squares()));
    assertThat(grids.level()).isEqualTo(BoundaryLevel.GRID);
    assertThat(grids.units().get(0).isUnder(Boundary.of("420602001001", "社区",
        io.github.shiyu.governance.grid.testing.Layers.square(112.1, 32.0, 0.002)))).isTrue();
  }

  @Test
  void theLayerCheckOfABoundaryLayerReportsOverlapsDuplicateKeysAndCoordinatesOutOfRange() {
    GridGeometry a = GridGeometry.polygon(new double[] {112.0, 32.0, 112.1, 32.0, 112.1, 32.1, 112.0, 32.1, 112.0, 32.0});
    GridGeometry b = GridGeometry.polygon(new double[] {112.05, 32.0, 112.15, 32.0, 112.15, 32.1, 112.05, 32.1, 112.05, 32.0});
    GridGeometry c = GridGeometry.polygon(new double[] {112.2, 32.0, 112.3, 32.0, 112.3, 32.1, 112.2, 32.1, 112.2, 32.0});
    GridGeometry far = GridGeometry.polygon(new double[] {112.4, 32.0, 190.0, 32.0, 112.5, 32.1, 112.4, 32.0});
    BoundaryLayer layer = BoundaryLayer.of(BoundaryLevel.COUNTY, C, List.of(
        Boundary.of("420602", "襄城区", a), Boundary.of("420606", "樊城区", b), Boundary.of("420607", "襄州区", c),
        Boundary.of("420607", "襄州区", c), Boundary.of("420624", "南漳县", far)));
    List<BoundaryProblem> problems = LayerCheck.defaults().check(layer);
    assertThat(problems).extracting(BoundaryProblem::kind).containsExactly(LayerProblem.Kind.COORDINATE_RANGE,
        LayerProblem.Kind.OVERLAP, LayerProblem.Kind.OVERLAP, LayerProblem.Kind.DUPLICATE_CODE);
    assertThat(problems.get(0).keys()).containsExactly("420624");
    assertThat(problems.get(0).detail()).contains("position 2: longitude 190.0");
    assertThat(problems.get(1).keys()).containsExactly("420602", "420606");
    assertThat(problems.get(1).location().longitude()).isBetween(112.05, 112.1);
    assertThat(problems.get(2).keys()).containsExactly("420607", "420607");
    assertThat(problems.get(3).detail()).contains("420607 is used by 2 units");
    assertThat(LayerCheck.defaults().check(BoundaryLayer.of(BoundaryLevel.COUNTY, C,
        List.of(Boundary.of("420602", "襄城区", a), Boundary.of("420607", "襄州区", c))))).isEmpty();
  }
}
