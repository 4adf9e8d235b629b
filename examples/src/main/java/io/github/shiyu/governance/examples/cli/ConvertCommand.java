package io.github.shiyu.governance.examples.cli;

import io.github.shiyu.governance.core.geo.CoordinateSystem;
import io.github.shiyu.governance.core.geo.GeoPoint;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code convert}: converts coordinates between WGS-84, CGCS2000, GCJ-02 and BD-09 with core's
 * conversions, at full double precision.
 *
 * <pre>{@code
 * printf 'lng,lat\n116.397,39.909\n' | java -jar governance-cli.jar convert --from GCJ02 --to WGS84
 * }</pre>
 */
public final class ConvertCommand implements Command {

  /** Creates the command. */
  public ConvertCommand() {}

  @Override
  public String name() {
    return "convert";
  }

  @Override
  public String summary() {
    return "convert coordinates between WGS84, CGCS2000, GCJ02 and BD09";
  }

  @Override
  public String help() {
    return """
        --from CRS --to CRS < in.csv
        CRS: WGS84|CGCS2000|GCJ02|BD09
        In:  lng,lat           decimal degrees
        Out: lng,lat,error     the converted point, full double precision
        """;
  }

  @Override
  public Set<String> options() {
    return Set.of("from", "to");
  }

  @Override
  public int run(Options options, Batch batch) throws UsageException, IOException {
    CoordinateSystem from = crs(options.require("from"));
    CoordinateSystem to = crs(options.require("to"));
    batch.mapRows(List.of("lng", "lat"), List.of("lng", "lat"), row -> {
      GeoPoint p = GeoPoint.of(row.getDouble("lng"), row.getDouble("lat"), from).to(to);
      return List.of(Double.toString(p.longitude()), Double.toString(p.latitude()));
    });
    return GovernanceCli.OK;
  }

  /**
   * Parses a coordinate system name.
   *
   * @param name e.g. {@code GCJ02}, case-insensitive
   * @return the system
   * @throws UsageException for another name
   */
  static CoordinateSystem crs(String name) throws UsageException {
    try {
      return CoordinateSystem.valueOf(name.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new UsageException("unknown coordinate system '" + name + "'; expected WGS84|CGCS2000|GCJ02|BD09");
    }
  }
}
