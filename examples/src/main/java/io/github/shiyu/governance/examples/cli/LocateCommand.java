package io.github.shiyu.governance.examples.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.shiyu.governance.core.GovernanceException;
import io.github.shiyu.governance.core.geo.CoordinateSystem;
import io.github.shiyu.governance.core.geo.GeoPoint;
import io.github.shiyu.governance.grid.BoundaryLayer;
import io.github.shiyu.governance.grid.BoundarySchema;
import io.github.shiyu.governance.grid.Grid;
import io.github.shiyu.governance.grid.HierarchyIndex;
import io.github.shiyu.governance.grid.GridIndex;
import io.github.shiyu.governance.grid.GridLayer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code locate}: finds the grid containing each point with the SDK's {@link GridIndex}.
 *
 * <pre>{@code
 * printf 'id,lng,lat\nA,119.12,36.71\n' | java -jar governance-cli.jar locate --layer grids.geojson
 * }</pre>
 */
public final class LocateCommand implements Command {

  /** Creates the command. */
  public LocateCommand() {}

  @Override
  public String name() {
    return "locate";
  }

  @Override
  public String summary() {
    return "find the grid of each point in a GeoJSON grid layer";
  }

  @Override
  public String help() {
    return """
        --layer FILE.geojson [--layer FILE2.geojson ...] [--id-property NAME] [--key-property NAME]
        [--crs CRS] < in.csv
        One layer of 15-digit grid codes is read as the SDK's GridLayer: RFC 7946 features whose
        properties carry the grid code (code, or the feature id), name, kind and community.
        Any other layer, or several (county, township, village, grid, sub-grid: any order), is
        read as BoundaryLayers keyed by 6-, 9- or 12-digit division codes, grid codes or the
        --key-property, and the output has one column per level, largest first, with each
        level's key (or name, with --id-property name).
        --id-property  the feature property to answer with (default: the feature's GeoJSON id,
                       or its code when it has no id)
        --crs          the coordinate system of the layer and of the points: WGS84 (default),
                       CGCS2000, GCJ02 or BD09
        In:  id,lng,lat        your row id and the point
        Out: id,grid,error     grid is empty when no grid contains the point; a point on a
                               border shared by two grids belongs to exactly one of them
        """;
  }

  @Override
  public Set<String> options() {
    return Set.of("layer", "id-property", "key-property", "crs");
  }

  @Override
  public Set<String> repeatable() {
    return Set.of("layer");
  }

  @Override
  public int run(Options options, Batch batch) throws UsageException, IOException {
    CoordinateSystem crs = options.get("crs").isPresent() ? ConvertCommand.crs(options.require("crs")) : CoordinateSystem.WGS84;
    Path file = Path.of(options.require("layer"));
    List<String> files = options.all("layer");
    if (files.size() > 1 || options.get("key-property").isPresent() || !isGridLayer(file, crs)) {
      return runLevels(files, options, crs, batch);
    }
    GridLayer layer = readLayer(file, crs);
    Optional<String> property = options.get("id-property");
    Map<String, String> featureIds = property.isEmpty() ? featureIds(file) : Map.of();
    GridIndex index = GridIndex.of(layer);
    batch.mapRows(List.of("id", "lng", "lat"), List.of("id", "grid"), row -> {
      String id = row.get("id");
      GeoPoint point = GeoPoint.of(row.getDouble("lng"), row.getDouble("lat"), crs);
      String grid = index.locate(point).map(g -> label(g, property, featureIds)).orElse("");
      return List.of(id, grid);
    });
    return GovernanceCli.OK;
  }

  private static boolean isGridLayer(Path file, CoordinateSystem crs) {
    try (InputStream in = Files.newInputStream(file)) {
      GridLayer.read(in, crs, crs);
      return true;
    } catch (IOException | GovernanceException e) {
      return false;
    }
  }

  /** Boundary layers of any level, one output column per level, largest first. */
  private static int runLevels(List<String> files, Options options, CoordinateSystem crs, Batch batch)
      throws UsageException, IOException {
    BoundarySchema schema = options.get("key-property").isPresent()
        ? BoundarySchema.idProperty(options.require("key-property")) : BoundarySchema.inferred();
    List<BoundaryLayer> layers = new ArrayList<>();
    for (String name : files) {
      Path file = Path.of(name);
      try (InputStream in = Files.newInputStream(file)) {
        layers.add(BoundaryLayer.read(in, schema, crs, crs));
      } catch (IOException e) {
        throw new UsageException("cannot read the layer " + file + ": " + e.getClass().getSimpleName());
      } catch (GovernanceException e) {
        throw new UsageException("the layer " + file + " is not a usable boundary layer: " + e.getMessage());
      }
    }
    layers.sort(Comparator.comparing(BoundaryLayer::level));
    HierarchyIndex index;
    try {
      index = HierarchyIndex.of(layers);
    } catch (GovernanceException e) {
      throw new UsageException("the layers cannot form one hierarchy: " + e.getMessage());
    }
    List<String> header = new ArrayList<>();
    header.add("id");
    for (BoundaryLayer layer : layers) {
      header.add(layer.level().name().toLowerCase(Locale.ROOT));
    }
    int[] chain = new int[index.depth()];
    boolean byName = options.get("id-property").map("name"::equals).orElse(false);
    batch.mapRows(List.of("id", "lng", "lat"), header, row -> {
      GeoPoint point = GeoPoint.of(row.getDouble("lng"), row.getDouble("lat"), crs);
      index.locate(point, chain);
      List<String> out = new ArrayList<>();
      out.add(row.get("id"));
      for (int level = 0; level < index.depth(); level++) {
        out.add(chain[level] < 0 ? "" : byName ? index.unit(level, chain[level]).name()
            : index.unit(level, chain[level]).key());
      }
      return out;
    });
    return GovernanceCli.OK;
  }

  /**
   * How a grid is named in the output: a property, or the feature id.
   *
   * @param grid       the grid
   * @param property   the property asked for, if any
   * @param featureIds grid code to GeoJSON feature id
   * @return the label
   */
  static String label(Grid grid, Optional<String> property, Map<String, String> featureIds) {
    String code = grid.code().value();
    if (property.isEmpty()) {
      return featureIds.getOrDefault(code, code);
    }
    return switch (property.get()) {
      case "code" -> code;
      case "name" -> grid.name();
      case "kind" -> grid.kind().name().toLowerCase(java.util.Locale.ROOT);
      case "community" -> grid.community().value();
      default -> grid.attributes().getOrDefault(property.get(), "");
    };
  }

  /**
   * Reads a layer for a command, turning what goes wrong into a usage error.
   *
   * @param file the GeoJSON file
   * @param crs  its coordinate system, also the layer's
   * @return the layer
   * @throws UsageException when the file cannot be read or is not a GeoJSON grid layer
   */
  static GridLayer readLayer(Path file, CoordinateSystem crs) throws UsageException {
    try (InputStream in = Files.newInputStream(file)) {
      return GridLayer.read(in, crs, crs);
    } catch (IOException e) {
      throw new UsageException("cannot read the layer " + file + ": " + e.getClass().getSimpleName());
    } catch (GovernanceException e) {
      throw new UsageException("the layer " + file + " is not a usable grid layer: " + e.getMessage());
    }
  }

  /**
   * Grid code to GeoJSON feature id, for features that have both.
   *
   * @param file the layer
   * @return the ids
   * @throws UsageException when the file cannot be read
   */
  static Map<String, String> featureIds(Path file) throws UsageException {
    Map<String, String> ids = new HashMap<>();
    ObjectMapper mapper = new ObjectMapper();
    try (JsonParser parser = new JsonFactory(mapper).createParser(file.toFile())) {
      while (parser.nextToken() != null) {
        if (parser.currentToken() == JsonToken.FIELD_NAME && "features".equals(parser.currentName())
            && parser.nextToken() == JsonToken.START_ARRAY) {
          while (parser.nextToken() == JsonToken.START_OBJECT) {
            JsonNode feature = mapper.readTree(parser);
            JsonNode id = feature.path("id");
            JsonNode code = feature.path("properties").path("code");
            if (id.isValueNode() && code.isValueNode()) {
              ids.put(code.asText(), id.asText());
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UsageException("cannot read the layer " + file + ": " + e.getClass().getSimpleName());
    }
    return ids;
  }
}
