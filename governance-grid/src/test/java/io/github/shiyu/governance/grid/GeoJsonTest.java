package io.github.shiyu.governance.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.shiyu.governance.core.InvalidValueException;
import io.github.shiyu.governance.core.geo.CoordinateSystem;
import io.github.shiyu.governance.grid.testing.Layers;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GeoJsonTest {

  private static GridLayer sample() {
    List<Grid> grids = new ArrayList<>(Layers.tiling(20, 5).grids());
    GridGeometry withHole = GridGeometry.polygon(
        new double[] {112.20, 32.10, 112.21, 32.10, 112.21, 32.11, 112.20, 32.11, 112.20, 32.10},
        new double[] {112.203, 32.103, 112.203, 32.106, 112.206, 32.106, 112.206, 32.103, 112.203, 32.103});
    GridGeometry multi = GridGeometry.multiPolygon(Layers.square(112.3, 32.2, 0.01), Layers.square(112.4, 32.2, 0.01));
    grids.add(Layers.grid(100, withHole).withKind(GridKind.DEDICATED)
        .withAttributes(Map.of("households", "312", "note", "学校")));
    grids.add(Layers.grid(101, multi).withCommunity(Layers.OTHER_COMMUNITY));
    return GridLayer.of(CoordinateSystem.CGCS2000, grids);
  }

  private static byte[] write(GridLayer layer, CoordinateSystem target) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    layer.write(out, target);
    return out.toByteArray();
  }

  @Test
  void aLayerSurvivesARoundTripExactly() {
    GridLayer layer = sample();
    GridLayer back = GridLayer.read(new ByteArrayInputStream(write(layer, CoordinateSystem.CGCS2000)),
        CoordinateSystem.CGCS2000, CoordinateSystem.CGCS2000);
    assertThat(back.grids()).isEqualTo(layer.grids());
    assertThat(back.crs()).isEqualTo(CoordinateSystem.CGCS2000);
  }

  @Test
  void coordinatesAreConvertedFromTheDeclaredSystemOnLoad() {
    GridLayer layer = sample();
    byte[] gcj = write(layer, CoordinateSystem.GCJ02);
    GridLayer asGcj = GridLayer.read(new ByteArrayInputStream(gcj), CoordinateSystem.CGCS2000, CoordinateSystem.CGCS2000);
    // read as if it were CGCS2000: shifted by the GCJ-02 offset, hundreds of metres
    assertThat(Math.abs(asGcj.grids().get(0).geometry().shell(0)[0] - layer.grids().get(0).geometry().shell(0)[0]))
        .isGreaterThan(1e-4);
    GridLayer back = GridLayer.read(new ByteArrayInputStream(gcj), CoordinateSystem.GCJ02, CoordinateSystem.CGCS2000);
    for (int k = 0; k < layer.size(); k++) {
      double[] want = layer.grids().get(k).geometry().shell(0);
      double[] got = back.grids().get(k).geometry().shell(0);
      for (int i = 0; i < want.length; i++) {
        assertThat(got[i]).isCloseTo(want[i], org.assertj.core.data.Offset.offset(1e-8));
      }
    }
  }

  private static final String BAD = """
      {"type": "FeatureCollection", "features": [
        {"type": "Feature", "id": "420602001001001", "properties": {"code": "420602001001001", "name": "一"},
         "geometry": {"type": "Polygon", "coordinates": [[[112.1, 32.0], [112.2, 32.0], [112.2, 32.1], [112.1, 32.0]]]}},
        {"type": "Feature", "id": "x-2", "properties": {"code": "4206020010010", "name": "二"},
         "geometry": {"type": "Polygon", "coordinates": [[[112.1, 32.0], [112.2, 32.0], [112.2, 32.1], [112.1, 32.0]]]}},
        {"type": "Feature", "properties": {"code": "420602001001003", "name": "三"},
         "geometry": {"type": "Point", "coordinates": [112.1, 32.0]}},
        {"type": "Feature", "id": 4, "properties": {"code": "420602001001004", "name": "四"},
         "geometry": {"type": "Polygon", "coordinates": [[[112.1, 32.0], [200.2, 32.0], [112.2, 32.1], [112.1, 32.0]]]}}
      ]}
      """;

  @Test
  void badFeaturesAreReportedWithTheirIndexAndId() {
    GeoJsonRead read = GridLayer.readLenient(new ByteArrayInputStream(BAD.getBytes(StandardCharsets.UTF_8)),
        CoordinateSystem.WGS84, CoordinateSystem.GCJ02);
    assertThat(read.layer().size()).isEqualTo(1);
    assertThat(read.problems()).extracting(FeatureProblem::index).containsExactly(1, 2, 3);
    assertThat(read.problems()).extracting(FeatureProblem::id).containsExactly("x-2", "420602001001003", "4");
    assertThat(read.problems().get(0).message()).contains("grid");
    assertThat(read.problems().get(1).message()).contains("Point");
    assertThat(read.problems().get(2).message()).contains("geo.longitude");
  }

  @Test
  void aStrictReadStopsAtTheFirstBadFeature() {
    assertThatThrownBy(() -> GridLayer.read(new ByteArrayInputStream(BAD.getBytes(StandardCharsets.UTF_8)),
        CoordinateSystem.WGS84, CoordinateSystem.WGS84))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> {
          assertThat(e.code()).isEqualTo(LayerErrors.FEATURE);
          assertThat(e.arguments().subList(0, 2)).containsExactly("1", "x-2");
        })
        .hasNoCause();
  }

  @Test
  void aLayerOfDivisionsIsRefusedWithTheReaderItNeeds() {
    String text = """
        {"type": "FeatureCollection", "features": [
          {"type": "Feature", "id": "420602", "properties": {"name": "襄城区"},
           "geometry": {"type": "Polygon", "coordinates": [[[112.1, 32.0], [112.2, 32.0], [112.2, 32.1], [112.1, 32.0]]]}}
        ]}
        """;
    assertThatThrownBy(() -> GridLayer.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
        CoordinateSystem.WGS84, CoordinateSystem.WGS84))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> {
          assertThat(e.code()).isEqualTo(LayerErrors.FEATURE);
          assertThat(e.arguments().get(2)).contains("6-digit division code")
              .contains("BoundaryLayer.read");
        });
    assertThat(BoundaryLayer.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
        CoordinateSystem.WGS84, CoordinateSystem.WGS84).size()).isEqualTo(1);
  }

  @Test
  void somethingElseThanAFeatureCollectionIsRefused() {
    for (String text : List.of("[]", "{\"type\": \"Feature\"}", "{\"type\": \"FeatureCollection\"}", "{\"features\": [")) {
      assertThatThrownBy(() -> GridLayer.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
          CoordinateSystem.WGS84, CoordinateSystem.WGS84))
          .as(text)
          .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo(LayerErrors.GEOJSON));
    }
  }

  @Test
  void coordinatesOutOfRangeAreRefusedAlsoWhenNothingIsConverted() {
    // e.g. projected metres in a file declared as longitude and latitude
    GeoJsonRead read = GridLayer.readLenient(new ByteArrayInputStream(BAD.getBytes(StandardCharsets.UTF_8)),
        CoordinateSystem.WGS84, CoordinateSystem.WGS84);
    assertThat(read.layer().size()).isEqualTo(1);
    assertThat(read.problems()).extracting(FeatureProblem::index).containsExactly(1, 2, 3);
    assertThat(read.problems().get(2).message()).contains("geo.longitude");
  }

  @Test
  void aFeatureOfTheWrongFormIsATypedProblemThatDoesNotEchoNumbers() {
    String text = """
        {"type": "FeatureCollection", "features": [
          {"type": "Feature", "properties": {"code": "420602001001001", "name": "一", "kind": "13912345678"},
           "geometry": {"type": "Polygon", "coordinates": [[[112.1, 32.0], [112.2, 32.0], [112.2, 32.1], [112.1, 32.0]]]}}
        ]}
        """;
    assertThatThrownBy(() -> GridLayer.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
        CoordinateSystem.WGS84, CoordinateSystem.WGS84))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> {
          assertThat(e.code()).isEqualTo(LayerErrors.FEATURE);
          assertThat(e.arguments().get(2)).startsWith(LayerErrors.FEATURE_FORM.id() + ": ").contains("kind");
        })
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("13912345678"));
    GeoJsonRead read = GridLayer.readLenient(new ByteArrayInputStream(BAD.getBytes(StandardCharsets.UTF_8)),
        CoordinateSystem.WGS84, CoordinateSystem.WGS84);
    assertThat(read.problems().get(1).message()).startsWith("grid.feature_form: ").contains("Point");
  }
}
