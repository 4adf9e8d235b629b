package io.github.shiyu.governance.grid;

import io.github.shiyu.governance.testkit.Mutations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.fail;

import io.github.shiyu.governance.core.GovernanceException;
import io.github.shiyu.governance.core.InvalidValueException;
import io.github.shiyu.governance.core.geo.CoordinateSystem;
import io.github.shiyu.governance.grid.testing.Layers;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Mutated GeoJSON: both readers either read it or throw a {@link GovernanceException} (never
 * Jackson's exception nor an {@code UncheckedIOException}: the input is in memory), and no
 * message or feature problem echoes an ID number or a phone number in full.
 */
class GeoJsonMalformedInputTest {

  private static final int INPUTS = 14_000;

  private static final String HANDWRITTEN = """
      {"type": "FeatureCollection", "name": "grids",
       "features": [
        {"type": "Feature", "id": "420602001001001",
         "properties": {"code": "420602001001001", "name": "一网格", "kind": "dedicated",
           "community": "420602001001", "worker": "张三", "households": 312, "tags": ["a"]},
         "geometry": {"type": "Polygon", "coordinates": [[[112.10, 32.00], [112.11, 32.00],
           [112.11, 32.01], [112.10, 32.01], [112.10, 32.00]]]}},
        {"type": "Feature",
         "properties": {"code": "420602001001002", "name": "二网格", "kind": null},
         "geometry": {"type": "MultiPolygon", "coordinates": [[[[112.12, 32.00], [112.13, 32.00],
           [112.13, 32.01], [112.12, 32.00]]], [[[112.12, 32.02], [112.13, 32.02],
           [112.13, 32.03], [112.12, 32.02]], [[112.125, 32.021], [112.126, 32.021],
           [112.126, 32.022], [112.125, 32.021]]]]}}
       ]}
      """;

  private static List<String> seeds() {
    ByteArrayOutputStream written = new ByteArrayOutputStream();
    Layers.tiling(3, 7L).write(written);
    return List.of(HANDWRITTEN, written.toString(StandardCharsets.UTF_8));
  }

  @Test
  void readReadsOrRefusesMutatedGeoJson() {
    run(20261208L, in -> GridLayer.read(in, CoordinateSystem.GCJ02, CoordinateSystem.CGCS2000)
        .grids().size() + "");
  }

  @Test
  void readLenientReadsOrRefusesMutatedGeoJson() {
    run(20261209L, in -> {
      GeoJsonRead read = GridLayer.readLenient(in, CoordinateSystem.WGS84, CoordinateSystem.GCJ02);
      StringBuilder problems = new StringBuilder();
      read.problems().forEach(p -> problems.append(p.id()).append(' ').append(p.message())
          .append('\n'));
      return problems.toString();
    });
  }

  private static void run(long seed, Function<InputStream, String> reader) {
    List<String> seeds = seeds();
    Mutations mutations = new Mutations(seed);
    Random bytes = new Random(seed);
    for (int i = 0; i < INPUTS; i++) {
      String input = mutations.next(seeds);
      byte[] data = input.getBytes(StandardCharsets.UTF_8);
      if (i % 10 == 0 && data.length > 0) {
        // Byte-level damage too: invalid UTF-8, or a first byte that looks like UTF-16/32.
        data[bytes.nextInt(data.length)] = (byte) bytes.nextInt(256);
      }
      byte[] in = data;
      String[] out = new String[1];
      Throwable t = catchThrowable(() -> out[0] = reader.apply(new ByteArrayInputStream(in)));
      if (t != null && !(t instanceof GovernanceException)) {
        fail("seed " + seed + ", input " + i + ": " + t + "\n" + Mutations.shown(input), t);
      }
      String said = t != null ? t.getMessage() : out[0];
      assertThat(Mutations.echoesPersonalData(said))
          .as("seed %d, input %d: %s", seed, i, said).isFalse();
    }
  }

  @Test
  void malformedGeoJsonNamesTheLineColumnAndPointer() {
    String broken = "{\"type\": \"FeatureCollection\", \"features\": [\n"
        + "  {\"type\": \"Feature\", \"properties\": {\"code\": 420602001001001x}}]}";
    Throwable t = catchThrowable(() -> GridLayer.read(
        new ByteArrayInputStream(broken.getBytes(StandardCharsets.UTF_8)),
        CoordinateSystem.GCJ02, CoordinateSystem.GCJ02));
    assertThat(t).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("grid.geojson")
        .hasMessageContaining("line 2, column ")
        .hasMessageContaining("at /features/0/properties/code");
  }
}
