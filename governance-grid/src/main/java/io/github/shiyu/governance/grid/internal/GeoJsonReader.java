package io.github.shiyu.governance.grid.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.shiyu.governance.core.GovernanceException;
import io.github.shiyu.governance.core.InvalidValueException;
import io.github.shiyu.governance.core.division.DivisionCode;
import io.github.shiyu.governance.core.geo.CoordinateSystem;
import io.github.shiyu.governance.core.geo.GeoPoint;
import io.github.shiyu.governance.core.grid.GridCode;
import io.github.shiyu.governance.core.party.MaskingPolicy;
import io.github.shiyu.governance.grid.Boundary;
import io.github.shiyu.governance.grid.BoundaryLevel;
import io.github.shiyu.governance.grid.BoundarySchema;
import io.github.shiyu.governance.grid.FeatureProblem;
import io.github.shiyu.governance.grid.Grid;
import io.github.shiyu.governance.grid.GridGeometry;
import io.github.shiyu.governance.grid.GridKind;
import io.github.shiyu.governance.grid.LayerErrors;
import io.github.shiyu.governance.jackson.MalformedJson;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Streams a GeoJSON FeatureCollection: the parser walks the top level and reads one feature
 * at a time as a small tree, so memory stays bounded by the largest feature.
 */
public final class GeoJsonReader {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private GeoJsonReader() {}

  /**
   * Reads features, handing over each grid or each problem in file order.
   *
   * @param in the input, not closed
   * @param declared the system the file is in
   * @param target the system of the grids handed over
   * @param grids receives each good grid
   * @param problems receives each bad feature
   */
  public static void read(InputStream in, CoordinateSystem declared, CoordinateSystem target,
      Consumer<Grid> grids, Consumer<FeatureProblem> problems) {
    features(in, (index, feature) -> read(index, feature, declared, target, grids, problems));
  }

  /**
   * Reads boundary features of any level, handing over each unit or each problem in file order.
   *
   * @param in the input, not closed
   * @param schema where the key is and which level is expected
   * @param declared the system the file is in
   * @param target the system of the units handed over
   * @param units receives each good unit
   * @param problems receives each bad feature
   */
  public static void readBoundaries(InputStream in, BoundarySchema schema, CoordinateSystem declared,
      CoordinateSystem target, Consumer<Boundary> units, Consumer<FeatureProblem> problems) {
    features(in, (index, feature) -> {
      String id = "?";
      try {
        id = mask(keyText(feature, schema));
        JsonNode properties = feature.path("properties");
        if (!"Feature".equals(feature.path("type").asText())) {
          throw notAGridFeature("type is not Feature");
        }
        String key = keyText(feature, schema);
        if (key.equals("?")) {
          throw notAGridFeature("no id: neither properties." + schema.idProperty() + " nor the feature id");
        }
        String name = properties.path(schema.nameProperty()).isValueNode()
            ? properties.path(schema.nameProperty()).asText() : "";
        GridGeometry geometry = geometry(feature.path("geometry"), declared).convert(declared, target);
        Map<String, String> attributes = new TreeMap<>();
        for (Map.Entry<String, JsonNode> e : properties.properties()) {
          if (!e.getKey().equals(schema.idProperty()) && !e.getKey().equals(schema.nameProperty())
              && !e.getValue().isNull()) {
            attributes.put(e.getKey(), e.getValue().isValueNode()
                ? e.getValue().asText() : e.getValue().toString());
          }
        }
        BoundaryLevel level = schema.isLevelDeclared() ? schema.level() : BoundaryLevel.infer(key);
        units.accept(new Boundary(level, key, name, geometry, attributes));
      } catch (GovernanceException e) {
        problems.accept(new FeatureProblem(index, id, e.getMessage()));
      } catch (RuntimeException e) {
        problems.accept(new FeatureProblem(index, id,
            "cannot read the feature (" + e.getClass().getSimpleName() + ")"));
      }
    });
  }

  private static String keyText(JsonNode feature, BoundarySchema schema) {
    JsonNode property = feature.path("properties").path(schema.idProperty());
    if (property.isValueNode() && !property.isNull()) {
      return property.asText();
    }
    JsonNode id = feature.path("id");
    return id.isValueNode() && !id.isNull() ? id.asText() : "?";
  }

  private static String mask(String id) {
    if (id.chars().allMatch(c -> c >= '0' && c <= '9') && id.length() <= 15) {
      return id;   // a code, not personal data
    }
    String masked = MaskingPolicy.defaults().maskNumbersIn(id);
    return masked.length() <= 40 ? masked : masked.substring(0, 40) + "...";
  }

  private interface FeatureHandler {
    void accept(int index, JsonNode feature);
  }

  private static void features(InputStream in, FeatureHandler handler) {
    try (JsonParser parser = MAPPER.getFactory().createParser(in)) {
      parser.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw notGeoJson("expected an object", parser.currentLocation());
      }
      boolean sawFeatures = false;
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        JsonToken value = parser.nextToken();
        if ("type".equals(field)) {
          if (!"FeatureCollection".equals(parser.getText())) {
            throw notGeoJson("type is " + parser.getText(), parser.currentLocation());
          }
        } else if ("features".equals(field)) {
          if (value != JsonToken.START_ARRAY) {
            throw notGeoJson("features is not an array", parser.currentLocation());
          }
          sawFeatures = true;
          int index = 0;
          while (parser.nextToken() != JsonToken.END_ARRAY) {
            JsonNode feature = MAPPER.readTree(parser);
            handler.accept(index++, feature);
          }
        } else {
          parser.skipChildren();
        }
      }
      if (!sawFeatures) {
        throw notGeoJson("no features array", parser.currentLocation());
      }
    } catch (JsonProcessingException e) {
      // Malformed input, not an I/O failure; MalformedJson keeps the document's text out.
      throw new InvalidValueException(LayerErrors.GEOJSON, MalformedJson.of(e));
    } catch (CharConversionException | CharacterCodingException e) {
      // Bytes that are not UTF-8 (or the UTF-16/32 Jackson detected) are bad input too.
      throw new InvalidValueException(LayerErrors.GEOJSON, "not valid text in UTF-8, UTF-16 or UTF-32");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InvalidValueException notGeoJson(String why, JsonLocation at) {
    String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
    return new InvalidValueException(LayerErrors.GEOJSON,
        MaskingPolicy.defaults().maskNumbersIn(why) + where);
  }

  /** A feature that is not a grid feature; the text may quote the input, so it is masked. */
  private static InvalidValueException notAGridFeature(String why) {
    return new InvalidValueException(LayerErrors.FEATURE_FORM, MaskingPolicy.defaults().maskNumbersIn(why));
  }

  private static void read(int index, JsonNode feature, CoordinateSystem declared,
      CoordinateSystem target, Consumer<Grid> grids, Consumer<FeatureProblem> problems) {
    String id = "?";
    try {
      id = featureId(feature);
    } catch (RuntimeException e) {
      id = "?";
    }
    Grid grid;
    try {
      JsonNode properties = feature.path("properties");
      if (!"Feature".equals(feature.path("type").asText())) {
        throw notAGridFeature("type is not Feature");
      }
      String codeText = properties.path("code").isValueNode() ? properties.path("code").asText()
          : feature.path("id").asText("?");
      if (codeText.matches("\\d{6}|\\d{9}|\\d{12}")) {
        // the first thing a user tries with a city's district file: say which reader it needs
        throw notAGridFeature("the id is a " + codeText.length() + "-digit division code, not a"
            + " 15-digit grid code: read a layer of divisions with BoundaryLayer.read");
      }
      GridCode code = GridCode.parse(codeText);
      String name = properties.path("name").asText("");
      GridKind kind = kind(properties.path("kind"));
      DivisionCode community = properties.path("community").isValueNode()
          ? DivisionCode.parse(properties.path("community").asText())
          : code.community();
      GridGeometry geometry = geometry(feature.path("geometry"), declared).convert(declared, target);
      Map<String, String> attributes = new TreeMap<>();
      for (Map.Entry<String, JsonNode> e : properties.properties()) {
        switch (e.getKey()) {
          case "code", "name", "kind", "community" -> { }
          default -> {
            if (!e.getValue().isNull()) {
              attributes.put(e.getKey(), e.getValue().isValueNode()
                  ? e.getValue().asText() : e.getValue().toString());
            }
          }
        }
      }
      grid = new Grid(code, kind, community, name, geometry, attributes);
    } catch (GovernanceException e) {
      problems.accept(new FeatureProblem(index, id, e.getMessage()));
      return;
    } catch (RuntimeException e) {
      // A rule this reader forgot to check; the exception's own message may quote the input.
      problems.accept(new FeatureProblem(index, id,
          "cannot read the feature (" + e.getClass().getSimpleName() + ")"));
      return;
    }
    grids.accept(grid);
  }

  /** The feature's id or code for messages; a broken file may have personal data there. */
  private static String featureId(JsonNode feature) {
    JsonNode idNode = feature.path("id");
    String id = "?";
    if (idNode.isValueNode()) {
      id = idNode.asText();
    } else if (feature.path("properties").path("code").isValueNode()) {
      id = feature.path("properties").path("code").asText();
    }
    try {
      return GridCode.parse(id).value();
    } catch (GovernanceException notAGridCode) {
      // not a grid code: may be anything, so masked below
    }
    id = MaskingPolicy.defaults().maskNumbersIn(id);
    return id.length() <= 40 ? id : id.substring(0, 40) + "...";
  }

  private static GridKind kind(JsonNode node) {
    if (node.isMissingNode() || node.isNull()) {
      return GridKind.BASIC;
    }
    String text = node.asText().trim().toUpperCase(Locale.ROOT);
    for (GridKind kind : GridKind.values()) {
      if (kind.name().equals(text)) {
        return kind;
      }
    }
    throw notAGridFeature("kind must be basic or dedicated, got '" + node.asText() + "'");
  }

  private static GridGeometry geometry(JsonNode geometry, CoordinateSystem declared) {
    String type = geometry.path("type").asText("");
    JsonNode coordinates = geometry.path("coordinates");
    if (!coordinates.isArray()) {
      throw notAGridFeature("geometry has no coordinates array");
    }
    return switch (type) {
      case "Polygon" -> polygon(coordinates, declared);
      case "MultiPolygon" -> {
        if (coordinates.isEmpty()) {
          throw notAGridFeature("MultiPolygon has no polygons");
        }
        GridGeometry[] parts = new GridGeometry[coordinates.size()];
        for (int p = 0; p < parts.length; p++) {
          parts[p] = polygon(coordinates.get(p), declared);
        }
        yield GridGeometry.multiPolygon(parts);
      }
      default -> throw notAGridFeature("geometry type must be Polygon or MultiPolygon, got '" + type + "'");
    };
  }

  private static GridGeometry polygon(JsonNode rings, CoordinateSystem declared) {
    if (!rings.isArray() || rings.isEmpty()) {
      throw notAGridFeature("a polygon needs at least one ring");
    }
    double[][] parsed = new double[rings.size()][];
    for (int r = 0; r < parsed.length; r++) {
      JsonNode ring = rings.get(r);
      if (!ring.isArray()) {
        throw notAGridFeature("ring " + r + " is not an array of positions");
      }
      double[] xy = new double[ring.size() * 2];
      for (int v = 0; v < ring.size(); v++) {
        JsonNode position = ring.get(v);
        if (!position.isArray() || position.size() < 2
            || !position.get(0).isNumber() || !position.get(1).isNumber()) {
          throw notAGridFeature("ring " + r + " position " + v + " is not [lng, lat]");
        }
        // range-checked here, since conversion (which checks too) is skipped when the systems agree
        GeoPoint point = GeoPoint.of(position.get(0).asDouble(), position.get(1).asDouble(), declared);
        xy[2 * v] = point.longitude();
        xy[2 * v + 1] = point.latitude();
      }
      parsed[r] = xy;
    }
    double[][] holes = new double[parsed.length - 1][];
    System.arraycopy(parsed, 1, holes, 0, holes.length);
    return GridGeometry.polygon(parsed[0], holes);
  }
}
