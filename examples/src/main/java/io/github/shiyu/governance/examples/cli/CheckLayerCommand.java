package io.github.shiyu.governance.examples.cli;

import io.github.shiyu.governance.core.GovernanceException;
import io.github.shiyu.governance.core.geo.CoordinateSystem;
import io.github.shiyu.governance.core.grid.GridCode;
import io.github.shiyu.governance.grid.FeatureProblem;
import io.github.shiyu.governance.grid.GeoJsonRead;
import io.github.shiyu.governance.grid.GridLayer;
import io.github.shiyu.governance.grid.LayerCheck;
import io.github.shiyu.governance.grid.LayerProblem;
import io.github.shiyu.governance.grid.LayerReport;
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
 * {@code check-layer}: the SDK's layer check on a GeoJSON grid layer, as CSV. Features that
 * cannot be read at all are reported first (problem {@code FEATURE}), then every problem of
 * {@link LayerCheck}. Exit status 1 when there is any problem.
 *
 * <pre>{@code
 * java -jar governance-cli.jar check-layer --layer grids.geojson > problems.csv
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
    return "check a GeoJSON grid layer: geometry, overlaps, duplicate codes, communities";
  }

  @Override
  public String help() {
    return """
        --layer FILE.geojson [--id-property NAME] [--crs CRS] [--tolerance M2]
        Reads no input. Writes one row per problem, exit status 1 when there is any (0 when clean).
        --id-property  name the grids by this feature property (default: their grid codes)
        --crs          the layer's coordinate system (default WGS84)
        --tolerance    overlaps smaller than this many square metres are ignored (default 1)
        Out: problem,grids,lng,lat,detail
             problem  FEATURE (unreadable feature), UNCLOSED_RING, SHORT_RING, INVALID_GEOMETRY,
                      OVERLAP, GAP, OUTSIDE_COMMUNITY, DUPLICATE_CODE, COMMUNITY_MISMATCH
             grids    the grids involved (codes, or --id-property values), separated by spaces
                      (for FEATURE: its index and id)
             lng,lat  a point in or on the problem (empty for FEATURE)
        """;
  }

  @Override
  public Set<String> options() {
    return Set.of("layer", "id-property", "crs", "tolerance");
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
    GeoJsonRead read;
    try (InputStream in = Files.newInputStream(file)) {
      read = GridLayer.readLenient(in, crs, crs);
    } catch (IOException e) {
      throw new UsageException("cannot read the layer " + file + ": " + e.getClass().getSimpleName());
    } catch (GovernanceException e) {
      throw new UsageException("the file " + file + " is not GeoJSON: " + e.getMessage());
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

  private static String name(GridLayer layer, GridCode code, Optional<String> property) {
    if (property.isEmpty()) {
      return code.value();
    }
    return layer.find(code).map(g -> LocateCommand.label(g, property, Map.of())).orElse(code.value());
  }
}
