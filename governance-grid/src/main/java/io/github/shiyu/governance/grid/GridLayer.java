package io.github.shiyu.governance.grid;

import io.github.shiyu.governance.core.InvalidValueException;
import io.github.shiyu.governance.core.division.DivisionCode;
import io.github.shiyu.governance.core.geo.CoordinateSystem;
import io.github.shiyu.governance.core.grid.GridCode;
import io.github.shiyu.governance.grid.internal.GeoJsonReader;
import io.github.shiyu.governance.grid.internal.GeoJsonWriter;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A grid layer: the grids of a city or county, all in one coordinate system.
 *
 * <p>GeoJSON (RFC 7946) is read as a stream, one feature at a time, so large files do not
 * need a tree in memory. RFC 7946 says WGS-84, but Chinese data often comes in GCJ-02 or
 * BD-09: the caller declares what the file holds and which system the layer keeps, and every
 * coordinate is converted on load. Each feature's {@code properties} carry {@code code}
 * (15 digits, required), {@code name} (required), {@code kind} ({@code basic} or
 * {@code dedicated}, default basic) and {@code community} (12 digits, default the code's
 * first 12); every other property becomes an attribute. The layer may contain broken grids
 * and duplicate codes: {@link LayerCheck} reports them.
 *
 * <pre>{@code
 * GridLayer layer;
 * try (InputStream in = Files.newInputStream(Path.of("grids.geojson"))) {
 *   layer = GridLayer.read(in, CoordinateSystem.GCJ02, CoordinateSystem.CGCS2000);
 * }
 * layer.find(GridCode.parse("110101001001003")).map(Grid::name);
 * layer.write(out, CoordinateSystem.WGS84);
 * }</pre>
 */
public final class GridLayer {

  private final CoordinateSystem crs;
  private final List<Grid> grids;
  private final Map<GridCode, Grid> byCode;

  private GridLayer(CoordinateSystem crs, List<Grid> grids) {
    this.crs = Objects.requireNonNull(crs, "crs");
    this.grids = List.copyOf(grids);
    Map<GridCode, Grid> map = new HashMap<>();
    for (Grid grid : this.grids) {
      map.putIfAbsent(grid.code(), grid);
    }
    this.byCode = map;
  }

  /**
   * A layer of the given grids, in order.
   *
   * @param crs the coordinate system of every grid's geometry
   * @param grids the grids
   * @return the layer
   */
  public static GridLayer of(CoordinateSystem crs, Collection<Grid> grids) {
    return new GridLayer(crs, new ArrayList<>(grids));
  }

  /**
   * Reads a GeoJSON FeatureCollection, failing on the first bad feature.
   *
   * @param in the GeoJSON (UTF-8); not closed
   * @param declared the coordinate system the file's coordinates are in
   * @param layerCrs the coordinate system the layer keeps
   * @return the layer
   * @throws InvalidValueException {@link LayerErrors#FEATURE} naming the bad feature's index
   *     and id, {@link LayerErrors#GEOJSON} if the input is not a FeatureCollection, including
   *     malformed JSON (naming the line, column and JSON Pointer) and bytes that are not text
   * @throws java.io.UncheckedIOException if the stream fails
   */
  public static GridLayer read(InputStream in, CoordinateSystem declared, CoordinateSystem layerCrs) {
    List<Grid> grids = new ArrayList<>();
    GeoJsonReader.read(in, declared, layerCrs, grids::add, problem -> {
      throw new InvalidValueException(LayerErrors.FEATURE, problem.index(), problem.id(), problem.message());
    });
    return new GridLayer(layerCrs, grids);
  }

  /**
   * Reads a GeoJSON FeatureCollection, skipping bad features and listing them.
   *
   * @param in the GeoJSON (UTF-8); not closed
   * @param declared the coordinate system the file's coordinates are in
   * @param layerCrs the coordinate system the layer keeps
   * @return the layer of the good features and the problems of the bad ones
   * @throws InvalidValueException {@link LayerErrors#GEOJSON} if the input is not a
   *     FeatureCollection at all, including malformed JSON (naming the line, column and JSON
   *     Pointer) and bytes that are not text
   * @throws java.io.UncheckedIOException if the stream fails
   */
  public static GeoJsonRead readLenient(InputStream in, CoordinateSystem declared, CoordinateSystem layerCrs) {
    List<Grid> grids = new ArrayList<>();
    List<FeatureProblem> problems = new ArrayList<>();
    GeoJsonReader.read(in, declared, layerCrs, grids::add, problems::add);
    return new GeoJsonRead(new GridLayer(layerCrs, grids), problems);
  }

  /**
   * Writes the layer as a GeoJSON FeatureCollection in its own coordinate system.
   *
   * @param out where to write (UTF-8); not closed
   */
  public void write(OutputStream out) {
    write(out, crs);
  }

  /**
   * Writes the layer as a GeoJSON FeatureCollection, converting coordinates.
   *
   * @param out where to write (UTF-8); not closed
   * @param target the coordinate system to write (RFC 7946 expects WGS-84)
   */
  public void write(OutputStream out, CoordinateSystem target) {
    GeoJsonWriter.write(out, grids, crs, target);
  }

  /**
   * The coordinate system of every geometry.
   *
   * @return the system
   */
  public CoordinateSystem crs() {
    return crs;
  }

  /**
   * The grids, in the order given or read.
   *
   * @return an unmodifiable list
   */
  public List<Grid> grids() {
    return grids;
  }

  /**
   * Number of grids.
   *
   * @return the count
   */
  public int size() {
    return grids.size();
  }

  /**
   * The grid with a code (the first, if the layer has duplicates).
   *
   * @param code the code
   * @return the grid, or empty
   */
  public Optional<Grid> find(GridCode code) {
    return Optional.ofNullable(byCode.get(code));
  }

  /**
   * The grids of one village or community.
   *
   * @param community the community's code
   * @return the grids declared in it, in layer order
   */
  public List<Grid> inCommunity(DivisionCode community) {
    return grids.stream().filter(g -> g.community().equals(community)).toList();
  }

  /**
   * The same layer in another coordinate system.
   *
   * @param target the system wanted
   * @return the converted layer (this one when the systems agree)
   */
  public GridLayer convert(CoordinateSystem target) {
    if (target == crs) {
      return this;
    }
    List<Grid> converted = new ArrayList<>(grids.size());
    for (Grid grid : grids) {
      converted.add(grid.withGeometry(grid.geometry().convert(crs, target)));
    }
    return new GridLayer(target, converted);
  }

  @Override
  public String toString() {
    return "GridLayer[" + grids.size() + " grids, " + crs + "]";
  }
}
