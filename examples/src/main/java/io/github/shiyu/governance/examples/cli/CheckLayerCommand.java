package io.github.shiyu.governance.examples.cli;

import io.github.shiyu.governance.core.GovernanceException;
import io.github.shiyu.governance.core.geo.CoordinateSystem;
import io.github.shiyu.governance.core.grid.GridCode;
import io.github.shiyu.governance.grid.BoundaryLayer;
import io.github.shiyu.governance.grid.BoundaryProblem;
import io.github.shiyu.governance.grid.BoundarySchema;
import io.github.shiyu.governance.grid.FeatureProblem;
import io.github.shiyu.governance.grid.GeoJsonRead;
import io.github.shiyu.governance.grid.GridLayer;
import io.github.shiyu.governance.grid.LayerCheck;
import io.github.shiyu.governance.grid.LayerProblem;
import io.github.shiyu.governance.grid.LayerReport;
import io.github.shiyu.governance.grid.NestingProblem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Locale;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code check-layer}: the SDK's layer check on a GeoJSON grid layer, or on boundary layers
 * of any level and how they nest, as CSV. Features that cannot be read at all are reported
 * first (problem {@code FEATURE}), then every problem of {@link LayerCheck}. Exit status 1
 * when there is any problem.
 *
 * <pre>{@code
 * java -jar governance-cli.jar check-layer --layer grids.geojson > problems.csv
 * java -jar governance-cli.jar check-layer --layer districts.geojson --layer townships.geojson --key-property adcode
 * }</pre>
 */
public final class CheckLayerCommand implements Command {

  /** Creates the command. */
  public CheckLayerCommand() {}

  @Override
  public String name() {
    return "check-layer";
  }

  @Override
  public String summary() {
    return "check a GeoJSON grid layer, or boundary layers of any level and their nesting";
  }

  @Override
  public String help() {
    return """
        --layer FILE.geojson [--layer FILE2.geojson ...] [--id-property NAME] [--key-property NAME]
        [--crs CRS] [--tolerance M2]
        Reads no input. Writes one row per problem, exit status 1 when there is any (0 when clean).
        One layer of grids (15-digit grid codes) gets the grid checks, with this output:
        Out: problem,grids,lng,lat,detail
             problem  FEATURE (unreadable feature), COORDINATE_RANGE, UNCLOSED_RING, SHORT_RING,
                      INVALID_GEOMETRY, OVERLAP, GAP, OUTSIDE_COMMUNITY, DUPLICATE_CODE,
                      COMMUNITY_MISMATCH
             grids    the grids involved (codes, or --id-property values), separated by spaces
                      (for FEATURE: its index and id)
             lng,lat  a point in or on the problem (empty for FEATURE)
        Any other layer, or several (county, township, village, grid, sub-grid: any order), is
        read as boundary layers keyed by division codes, grid codes or the --key-property; each
        gets the geometry and key checks, and each level is checked against the one above it:
        Out: problem,level,units,lng,lat,detail
             problem  FEATURE, COORDINATE_RANGE, UNCLOSED_RING, SHORT_RING, INVALID_GEOMETRY,
                      OVERLAP, DUPLICATE_CODE; NO_PARENT (no unit above has the code's parent,
                      or a sub-grid lies in none), OUTSIDE_PARENT (part of it lies outside)
             level    the level of the unit (for FEATURE: of the file's layer, or its file name)
             units    the units' keys, separated by spaces (for the nesting problems: the unit
                      and the parent); for FEATURE its index and id
        --id-property  name the grids by this feature property (default: their grid codes)
        --key-property the feature property that keys boundary units (default: code, or the id)
        --crs          the layers' coordinate system (default WGS84)
        --tolerance    overlaps, gaps and parts outside smaller than this many square metres are
                       ignored (default 1)
        """;
  }

  @Override
  public Set<String> options() {
    return Set.of("layer", "id-property", "key-property", "crs", "tolerance");
  }

  @Override
  public Set<String> repeatable() {
    return Set.of("layer");
  }

  @Override
  public int run(Options options, Batch batch) throws UsageException, IOException {
    CoordinateSystem crs = options.get("crs").isPresent() ? ConvertCommand.crs(options.require("crs")) : CoordinateSystem.WGS84;
    LayerCheck check = LayerCheck.defaults();
    if (options.get("tolerance").isPresent()) {
      try {
        check = check.withTolerance(Double.parseDouble(options.require("tolerance")));
      } catch (NumberFormatException | GovernanceException e) {
        throw new UsageException("--tolerance must be a non-negative number of square metres");
      }
    }
    Path file = Path.of(options.require("layer"));
    List<String> files = options.all("layer");
    if (files.size() > 1 || options.get("key-property").isPresent()) {
      return runLevels(files, options, crs, check, batch);
    }
    GeoJsonRead read;
    try (InputStream in = Files.newInputStream(file)) {
      read = GridLayer.readLenient(in, crs, crs);
    } catch (IOException e) {
      throw new UsageException("cannot read the layer " + file + ": " + e.getClass().getSimpleName());
    } catch (GovernanceException e) {
      throw new UsageException("the file " + file + " is not GeoJSON: " + e.getMessage());
    }
    if (read.layer().size() == 0 && !read.problems().isEmpty()) {
      // not one feature is a grid: a layer of another level (districts keyed by 6 digits)
      return runLevels(files, options, crs, check, batch);
    }
    LayerReport report = check.check(read.layer());
    Optional<String> property = options.get("id-property");
    CsvWriter out = batch.out();
    out.row(List.of("problem", "grids", "lng", "lat", "detail"));
    for (FeatureProblem p : read.problems()) {
      out.row(List.of("FEATURE", "#" + p.index() + " " + p.id(), "", "", p.message()));
    }
    for (LayerProblem p : report.problems()) {
      out.row(List.of(p.kind().name(), p.grids().stream().map(code -> name(read.layer(), code, property))
              .collect(Collectors.joining(" ")),
          Double.toString(p.location().longitude()), Double.toString(p.location().latitude()), p.detail()));
    }
    out.flush();
    return read.problems().isEmpty() && report.isClean() ? GovernanceCli.OK : GovernanceCli.PROBLEMS;
  }

  /** Boundary layers of any level: each layer's own checks, then each level against the one above. */
  private static int runLevels(List<String> files, Options options, CoordinateSystem crs, LayerCheck check,
      Batch batch) throws UsageException, IOException {
    BoundarySchema schema = options.get("key-property").isPresent()
        ? BoundarySchema.idProperty(options.require("key-property")) : BoundarySchema.inferred();
    CsvWriter out = batch.out();
    out.row(List.of("problem", "level", "units", "lng", "lat", "detail"));
    boolean clean = true;
    List<BoundaryLayer> layers = new ArrayList<>();
    for (String name : files) {
      Path file = Path.of(name);
      List<FeatureProblem> unreadable = new ArrayList<>();
      BoundaryLayer layer;
      try (InputStream in = Files.newInputStream(file)) {
        layer = BoundaryLayer.readLenient(in, schema, crs, crs, unreadable);
      } catch (IOException e) {
        throw new UsageException("cannot read the layer " + file + ": " + e.getClass().getSimpleName());
      } catch (GovernanceException e) {
        throw new UsageException("the file " + file + " is not GeoJSON: " + e.getMessage());
      }
      String level = layer.size() == 0 ? file.getFileName().toString() : level(layer);
      for (FeatureProblem p : unreadable) {
        out.row(List.of("FEATURE", level, "#" + p.index() + " " + p.id(), "", "", p.message()));
        clean = false;
      }
      if (layer.size() > 0) {
        layers.add(layer);
      }
    }
    layers.sort(Comparator.comparing(BoundaryLayer::level));
    for (BoundaryLayer layer : layers) {
      for (BoundaryProblem p : check.check(layer)) {
        out.row(List.of(p.kind().name(), level(layer), String.join(" ", p.keys()),
            Double.toString(p.location().longitude()), Double.toString(p.location().latitude()), p.detail()));
        clean = false;
      }
    }
    for (int i = 1; i < layers.size(); i++) {
      if (layers.get(i - 1).level() == layers.get(i).level()) {
        throw new UsageException("two layers are of level " + layers.get(i).level() + ": give one layer per level");
      }
      for (NestingProblem p : check.checkNesting(layers.get(i - 1), layers.get(i))) {
        out.row(List.of(p.kind().name(), p.level().name().toLowerCase(Locale.ROOT),
            p.parentKey().isEmpty() ? p.key() : p.key() + " " + p.parentKey(),
            Double.toString(p.location().longitude()), Double.toString(p.location().latitude()), p.detail()));
        clean = false;
      }
    }
    out.flush();
    return clean ? GovernanceCli.OK : GovernanceCli.PROBLEMS;
  }

  private static String level(BoundaryLayer layer) {
    return layer.level().name().toLowerCase(Locale.ROOT);
  }

  private static String name(GridLayer layer, GridCode code, Optional<String> property) {
    if (property.isEmpty()) {
      return code.value();
    }
    return layer.find(code).map(g -> LocateCommand.label(g, property, Map.of())).orElse(code.value());
  }
}
