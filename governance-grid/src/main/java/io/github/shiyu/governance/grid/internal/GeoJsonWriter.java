package io.github.shiyu.governance.grid.internal;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.shiyu.governance.core.geo.CoordinateSystem;
import io.github.shiyu.governance.grid.Boundary;
import io.github.shiyu.governance.grid.Grid;
import io.github.shiyu.governance.grid.GridGeometry;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Streams grids out as a GeoJSON FeatureCollection. */
public final class GeoJsonWriter {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private GeoJsonWriter() {}

  /**
   * Writes the grids.
   *
   * @param out the output, not closed
   * @param grids the grids
   * @param from the system the grids are in
   * @param to the system to write
   */
  public static void write(OutputStream out, List<Grid> grids, CoordinateSystem from, CoordinateSystem to) {
    try (JsonGenerator json = MAPPER.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
      json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      json.writeStartObject();
      json.writeStringField("type", "FeatureCollection");
      json.writeArrayFieldStart("features");
      for (Grid grid : grids) {
        json.writeStartObject();
        json.writeStringField("type", "Feature");
        json.writeStringField("id", grid.code().value());
        json.writeObjectFieldStart("properties");
        json.writeStringField("code", grid.code().value());
        json.writeStringField("name", grid.name());
        json.writeStringField("kind", grid.kind().name().toLowerCase(Locale.ROOT));
        json.writeStringField("community", grid.community().value());
        for (Map.Entry<String, String> e : grid.attributes().entrySet()) {
          json.writeStringField(e.getKey(), e.getValue());
        }
        json.writeEndObject();
        writeGeometry(json, grid.geometry().convert(from, to), false);
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Rings as stored (grid layers round-trip exactly), or right-hand (boundary layers). */
  private static void writeGeometry(JsonGenerator json, GridGeometry geometry, boolean rightHand)
      throws IOException {
    json.writeObjectFieldStart("geometry");
    boolean multi = geometry.polygonCount() > 1;
    json.writeStringField("type", multi ? "MultiPolygon" : "Polygon");
    json.writeArrayFieldStart("coordinates");
    for (int p = 0; p < geometry.polygonCount(); p++) {
      if (multi) {
        json.writeStartArray();
      }
      // right-hand, RFC 7946 section 3.1.6: exterior rings counter-clockwise, holes clockwise
      writeRing(json, rightHand ? wound(geometry.shell(p), true) : geometry.shell(p));
      for (double[] hole : geometry.holes(p)) {
        writeRing(json, rightHand ? wound(hole, false) : hole);
      }
      if (multi) {
        json.writeEndArray();
      }
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  /** The ring, reversed if needed so it runs counter-clockwise (or clockwise). */
  static double[] wound(double[] ring, boolean counterClockwise) {
    double twiceArea = 0;
    int n = ring.length / 2;
    for (int i = 0; i < n; i++) {
      int j = (i + 1) % n;
      twiceArea += ring[2 * i] * ring[2 * j + 1] - ring[2 * j] * ring[2 * i + 1];
    }
    if (twiceArea == 0 || (twiceArea > 0) == counterClockwise) {
      return ring;
    }
    double[] reversed = new double[ring.length];
    for (int i = 0; i < n; i++) {
      reversed[2 * i] = ring[2 * (n - 1 - i)];
      reversed[2 * i + 1] = ring[2 * (n - 1 - i) + 1];
    }
    return reversed;
  }

  /**
   * Writes boundary units, keyed by {@code code} and the feature id.
   *
   * @param out the output, not closed
   * @param units the units
   * @param from the system the units are in
   * @param to the system to write
   */
  public static void writeBoundaries(OutputStream out, List<Boundary> units, CoordinateSystem from,
      CoordinateSystem to) {
    try (JsonGenerator json = MAPPER.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
      json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      json.writeStartObject();
      json.writeStringField("type", "FeatureCollection");
      json.writeArrayFieldStart("features");
      for (Boundary unit : units) {
        json.writeStartObject();
        json.writeStringField("type", "Feature");
        json.writeStringField("id", unit.key());
        json.writeObjectFieldStart("properties");
        json.writeStringField("code", unit.key());
        json.writeStringField("name", unit.name());
        for (Map.Entry<String, String> e : unit.attributes().entrySet()) {
          if (!e.getKey().equals("code") && !e.getKey().equals("name")) {
            json.writeStringField(e.getKey(), e.getValue());
          }
        }
        json.writeEndObject();
        writeGeometry(json, unit.geometry().convert(from, to), true);
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void writeRing(JsonGenerator json, double[] ring) throws IOException {
    json.writeStartArray();
    for (int i = 0; i < ring.length; i += 2) {
      json.writeStartArray();
      json.writeNumber(ring[i]);
      json.writeNumber(ring[i + 1]);
      json.writeEndArray();
    }
    json.writeEndArray();
  }
}
