package io.github.shiyu.governance.examples.cli;

import static io.github.shiyu.governance.examples.cli.GovernanceCliFrameworkTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.shiyu.governance.examples.cli.GovernanceCliFrameworkTest.Result;
import io.github.shiyu.governance.examples.county.SampleCounty;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** locate and check-layer on the sample county's layer and on broken ones. */
class GridCommandsTest {

  private final GovernanceCli cli = GovernanceCli.standard();

  @TempDir
  Path dir;

  private Path sampleLayer() throws IOException {
    Path file = dir.resolve("grids.geojson");
    try (InputStream in = SampleCounty.stream("grids.geojson")) {
      Files.copy(in, file);
    }
    return file;
  }

  @Test
  void locateAnswersWithTheFeatureIdOrAProperty() throws IOException {
    String layer = sampleLayer().toString();
    Result r = run(cli, "id,lng,lat\nA,119.118,36.712\nB,0,0\nC,x,1\nD,119.2,36.7\nE,200,1\n", "locate", "--layer", layer);
    assertThat(r.status()).isZero();
    assertThat(r.out()).isEqualTo("id,grid,error\r\n"
        + "A,370705001001001,\r\n"
        + "B,,\r\n"
        + "C,,cli.number: lng is not a finite number\r\n"
        + "D,370705009043001,\r\n"
        + "E,,\"geo.longitude: longitude must be a finite number from -180 to 180, got 200.0\"\r\n");
    Result named = run(cli, "id,lng,lat\nA,119.118,36.712\n", "locate", "--layer", layer, "--id-property", "name");
    assertThat(named.out()).isEqualTo("id,grid,error\r\nA,中学街社区第1网格,\r\n");
    Result population = run(cli, "id,lng,lat\nA,119.118,36.712\n", "locate", "--layer", layer, "--id-property",
        "population");
    assertThat(population.out()).matches("(?s)id,grid,error\r\nA,\\d+,\r\n");
  }

  @Test
  void locateInAnotherCoordinateSystem() throws IOException {
    String layer = sampleLayer().toString();
    // The same layer declared GCJ-02: a WGS-84 point near a border may move, an inner one stays.
    Result r = run(cli, "id,lng,lat\nA,119.118,36.712\n", "locate", "--layer", layer, "--crs", "GCJ02");
    assertThat(r.out()).isEqualTo("id,grid,error\r\nA,370705001001001,\r\n");
  }

  @Test
  void locateUsageErrors() throws IOException {
    assertThat(run(cli, "id,lng,lat\nA,1,1\n", "locate").status()).isEqualTo(2);
    assertThat(run(cli, "id,lng,lat\nA,1,1\n", "locate", "--layer", dir.resolve("missing.geojson").toString()).status())
        .isEqualTo(2);
    Path notJson = Files.writeString(dir.resolve("bad.geojson"), "not json", StandardCharsets.UTF_8);
    assertThat(run(cli, "id,lng,lat\nA,1,1\n", "locate", "--layer", notJson.toString()).status()).isEqualTo(2);
    assertThat(run(cli, "lng,lat\n1,1\n", "locate", "--layer", sampleLayer().toString()).status()).isEqualTo(2);
  }

  @Test
  void checkLayerIsCleanForTheSampleCounty() throws IOException {
    Result r = run(cli, "", "check-layer", "--layer", sampleLayer().toString());
    assertThat(r.status()).isZero();
    assertThat(r.out()).isEqualTo("problem,grids,lng,lat,detail\r\n");
  }

  @Test
  void checkLayerReportsProblemsAndExitsWithOne() throws IOException {
    String square = "[[[119.10,36.70],[119.11,36.70],[119.11,36.71],[119.10,36.71],[119.10,36.70]]]";
    String shifted = "[[[119.105,36.70],[119.115,36.70],[119.115,36.71],[119.105,36.71],[119.105,36.70]]]";
    String geojson = "{\"type\":\"FeatureCollection\",\"features\":["
        + feature("370705001001001", square) + "," + feature("370705001001002", shifted) + ","
        + feature("370705001001002", "[[[119.2,36.7],[119.21,36.7],[119.21,36.71],[119.2,36.71],[119.2,36.7]]]") + ","
        + "{\"type\":\"Feature\",\"properties\":{\"code\":\"12\",\"name\":\"bad\"},\"geometry\":{\"type\":\"Polygon\","
        + "\"coordinates\":" + square + "}}]}";
    Path file = Files.writeString(dir.resolve("broken.geojson"), geojson, StandardCharsets.UTF_8);
    Result r = run(cli, "", "check-layer", "--layer", file.toString());
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.out()).startsWith("problem,grids,lng,lat,detail\r\nFEATURE,#3 12,,,")
        .contains("\r\nOVERLAP,370705001001001 370705001001002,", "\r\nDUPLICATE_CODE,370705001001002");
    Result named = run(cli, "", "check-layer", "--layer", file.toString(), "--id-property", "name");
    assertThat(named.out()).contains("\r\nOVERLAP,g g,");
  }

  @Test
  void gridCommandsHaveHelp() {
    assertThat(run(cli, "", "locate", "--help").out()).contains("--id-property", "Out: id,grid,error");
    assertThat(run(cli, "", "check-layer", "--help").out()).contains("Out: problem,grids,lng,lat,detail");
  }

  private static String feature(String code, String rings) {
    return "{\"type\":\"Feature\",\"id\":\"" + code + "\",\"properties\":{\"code\":\"" + code
        + "\",\"name\":\"g\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":" + rings + "}}";
  }

  private static String squareFeature(String id, String name, double x, double y, double side) {
    return "{\"type\":\"Feature\",\"id\":\"" + id + "\",\"properties\":{\"name\":\"" + name + "\"},"
        + "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[" + x + "," + y + "],[" + (x + side) + "," + y
        + "],[" + (x + side) + "," + (y + side) + "],[" + x + "," + (y + side) + "],[" + x + "," + y + "]]]}}";
  }

  private Path layerFile(String name, String... features) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, "{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",", features) + "]}",
        StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void locateReadsSixDigitDistrictsAndPrintsOneColumnPerLevel() throws IOException {
    Path counties = layerFile("counties.geojson",
        squareFeature("420602", "襄城区", 112.0, 32.0, 0.1), squareFeature("420606", "樊城区", 112.1, 32.0, 0.1));
    Path townships = layerFile("townships.geojson",
        squareFeature("420606001", "汉江街道", 112.1, 32.0, 0.05), squareFeature("420606002", "王寨街道", 112.15, 32.0, 0.05));
    Result one = run(cli, "id,lng,lat\nA,112.05,32.05\nB,113,30\n", "locate", "--layer", counties.toString());
    assertThat(one.status()).isZero();
    assertThat(one.out()).isEqualTo("id,county,error\r\nA,420602,\r\nB,,\r\n");
    Result two = run(cli, "id,lng,lat\nA,112.12,32.01\nB,112.05,32.05\n", "locate",
        "--layer", townships.toString(), "--layer", counties.toString());
    assertThat(two.out()).isEqualTo("id,county,township,error\r\nA,420606,420606001,\r\nB,420602,,\r\n");
    Result named = run(cli, "id,lng,lat\nA,112.12,32.01\n", "locate",
        "--layer", counties.toString(), "--layer", townships.toString(), "--id-property", "name");
    assertThat(named.out()).isEqualTo("id,county,township,error\r\nA,樊城区,汉江街道,\r\n");
  }

  @Test
  void checkLayerChecksBoundaryLayersOfAnyLevelAndHowTheyNest() throws IOException {
    Path counties = layerFile("counties.geojson",
        squareFeature("420602", "襄城区", 112.0, 32.0, 0.1), squareFeature("420606", "樊城区", 112.1, 32.0, 0.1));
    Path townships = layerFile("townships.geojson",
        squareFeature("420606001", "汉江街道", 112.1, 32.0, 0.05), squareFeature("420606002", "王寨街道", 112.15, 32.0, 0.05));
    Result clean = run(cli, "", "check-layer", "--layer", townships.toString(), "--layer", counties.toString());
    assertThat(clean.status()).isZero();
    assertThat(clean.out()).isEqualTo("problem,level,units,lng,lat,detail\r\n");
    Result one = run(cli, "", "check-layer", "--layer", counties.toString());
    assertThat(one.status()).isZero();
    assertThat(one.out()).isEqualTo("problem,level,units,lng,lat,detail\r\n");

    // 汉江街道 reaches 0.02° into 襄城区; 420607001's county is missing; two districts overlap
    Path broken = layerFile("broken-townships.geojson",
        squareFeature("420606001", "汉江街道", 112.08, 32.0, 0.05), squareFeature("420607001", "张湾街道", 112.15, 32.0, 0.05));
    Path overlapping = layerFile("overlapping.geojson",
        squareFeature("420602", "襄城区", 112.0, 32.0, 0.1), squareFeature("420606", "樊城区", 112.05, 32.0, 0.1));
    Result r = run(cli, "", "check-layer", "--layer", broken.toString(), "--layer", counties.toString());
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.out()).contains("\r\nOUTSIDE_PARENT,township,420606001 420606,", "\r\nNO_PARENT,township,420607001,");
    Result o = run(cli, "", "check-layer", "--layer", overlapping.toString());
    assertThat(o.status()).isEqualTo(1);
    assertThat(o.out()).startsWith("problem,level,units,lng,lat,detail\r\nOVERLAP,county,420602 420606,");
    Result keyed = run(cli, "", "check-layer", "--layer", counties.toString(), "--key-property", "name");
    assertThat(keyed.status()).isZero();
    assertThat(keyed.out()).isEqualTo("problem,level,units,lng,lat,detail\r\n");
  }
}
