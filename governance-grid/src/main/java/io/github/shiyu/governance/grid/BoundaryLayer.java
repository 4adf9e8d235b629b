package io.github.shiyu.governance.grid;

import io.github.shiyu.governance.core.InvalidValueException;
import io.github.shiyu.governance.core.geo.CoordinateSystem;
import io.github.shiyu.governance.grid.internal.GeoJsonReader;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A boundary layer of one level: the districts of a city, the townships of a county, the
 * communities, grids or sub-grids of an area, all in one coordinate system.
 *
 * <p>Read from GeoJSON (RFC 7946) as published by statistics offices and map vendors:
 * features keyed by a 6-, 9- or 12-digit division code, a 15-digit grid code or any id
 * property the caller names ({@link BoundarySchema}); Polygons and MultiPolygons with holes,
 * rings of either winding; coordinates range-checked and converted from the declared system.
 * Every unit must be of one level, declared or inferred from the first key.
 *
 * <pre>{@code
 * BoundaryLayer districts;
 * try (InputStream in = Files.newInputStream(Path.of("xiangyang-districts.geojson"))) {
 *   districts = BoundaryLayer.read(in, BoundarySchema.idProperty("adcode"),
 *       CoordinateSystem.GCJ02, CoordinateSystem.CGCS2000);
 * }
 * districts.level();            // COUNTY
 * districts.find("420606");     // Optional[Boundary[COUNTY 420606 樊城区 ...]]
 * HierarchyIndex index = HierarchyIndex.of(districts, townships, grids);
 * }</pre>
 */
public final class BoundaryLayer {

  private final BoundaryLevel level;
  private final CoordinateSystem crs;
  private final List<Boundary> units;
  private final Map<String, Boundary> byKey;

  private BoundaryLayer(BoundaryLevel level, CoordinateSystem crs, List<Boundary> units) {
    this.level = Objects.requireNonNull(level, "level");
    this.crs = Objects.requireNonNull(crs, "crs");
    this.units = List.copyOf(units);
    Map<String, Boundary> map = new HashMap<>();
    for (Boundary unit : this.units) {
      if (unit.level() != level) {
        throw new InvalidValueException(LayerErrors.BOUNDARY_LEVEL, unit.key(), unit.level(), level);
      }
      map.putIfAbsent(unit.key(), unit);
    }
    this.byKey = map;
  }

  /**
   * A layer of the given units, in order.
   *
   * @param level the level of every unit
   * @param crs the coordinate system of every geometry
   * @param units the units
   * @return the layer
   * @throws InvalidValueException {@link LayerErrors#BOUNDARY_LEVEL} for a unit of another level
   */
  public static BoundaryLayer of(BoundaryLevel level, CoordinateSystem crs, Collection<Boundary> units) {
    return new BoundaryLayer(level, crs, new ArrayList<>(units));
  }

  /**
   * The layer of a grid layer's grids, at level {@link BoundaryLevel#GRID}.
   *
   * @param grids the grid layer
   * @return the layer, keyed by the grid codes, names and attributes kept
   */
  public static BoundaryLayer of(GridLayer grids) {
    List<Boundary> units = new ArrayList<>(grids.size());
    for (Grid grid : grids.grids()) {
      units.add(new Boundary(BoundaryLevel.GRID, grid.code().value(), grid.name(), grid.geometry(),
          grid.attributes()));
    }
    return new BoundaryLayer(BoundaryLevel.GRID, grids.crs(), units);
  }

  /**
   * Reads a GeoJSON FeatureCollection, failing on the first bad feature.
   *
   * @param in the GeoJSON (UTF-8); not closed
   * @param schema where keys and names are, and the level if declared
   * @param declared the coordinate system the file's coordinates are in
   * @param layerCrs the coordinate system the layer keeps
   * @return the layer
   * @throws InvalidValueException {@link LayerErrors#FEATURE} naming the bad feature,
   *     {@link LayerErrors#GEOJSON} if the input is not a FeatureCollection,
   *     {@link LayerErrors#BOUNDARY_LEVEL} if the units are of several levels or there are none
   *     and the level is not declared
   */
  public static BoundaryLayer read(InputStream in, BoundarySchema schema, CoordinateSystem declared,
      CoordinateSystem layerCrs) {
    List<Boundary> units = new ArrayList<>();
    GeoJsonReader.readBoundaries(in, schema, declared, layerCrs, units::add, problem -> {
      throw new InvalidValueException(LayerErrors.FEATURE, problem.index(), problem.id(), problem.message());
    });
    return new BoundaryLayer(levelOf(schema, units), layerCrs, units);
  }

  /**
   * Reads a GeoJSON FeatureCollection with the default schema (key in {@code code} or the id).
   *
   * @param in the GeoJSON (UTF-8); not closed
   * @param declared the coordinate system the file's coordinates are in
   * @param layerCrs the coordinate system the layer keeps
   * @return the layer
   * @throws InvalidValueException as {@link #read(InputStream, BoundarySchema, CoordinateSystem, CoordinateSystem)}
   */
  public static BoundaryLayer read(InputStream in, CoordinateSystem declared, CoordinateSystem layerCrs) {
    return read(in, BoundarySchema.inferred(), declared, layerCrs);
  }

  /**
   * Reads a GeoJSON FeatureCollection, skipping bad features and listing them.
   *
   * @param in the GeoJSON (UTF-8); not closed
   * @param schema where keys and names are, and the level if declared
   * @param declared the coordinate system the file's coordinates are in
   * @param layerCrs the coordinate system the layer keeps
   * @param problems receives the bad features, including those of another level than the first
   * @return the layer of the good features
   * @throws InvalidValueException {@link LayerErrors#GEOJSON} if the input is not a FeatureCollection
   */
  public static BoundaryLayer readLenient(InputStream in, BoundarySchema schema, CoordinateSystem declared,
      CoordinateSystem layerCrs, List<FeatureProblem> problems) {
    List<Boundary> read = new ArrayList<>();
    List<Integer> indexes = new ArrayList<>();
    int[] position = {0};
    GeoJsonReader.readBoundaries(in, schema, declared, layerCrs, unit -> {
      read.add(unit);
      indexes.add(position[0]++);
    }, problem -> {
      problems.add(problem);
      position[0]++;
    });
    BoundaryLevel level = schema.isLevelDeclared() || read.isEmpty() ? schema.level() : read.get(0).level();
    List<Boundary> kept = new ArrayList<>();
    for (int k = 0; k < read.size(); k++) {
      Boundary unit = read.get(k);
      if (unit.level() == level) {
        kept.add(unit);
      } else {
        problems.add(new FeatureProblem(indexes.get(k), unit.key(),
            new InvalidValueException(LayerErrors.BOUNDARY_LEVEL, unit.key(), unit.level(), level).getMessage()));
      }
    }
    return new BoundaryLayer(level, layerCrs, kept);
  }

  private static BoundaryLevel levelOf(BoundarySchema schema, List<Boundary> units) {
    if (schema.isLevelDeclared()) {
      return schema.level();
    }
    if (units.isEmpty()) {
      throw new InvalidValueException(LayerErrors.BOUNDARY_LEVEL, "(none)", "unknown", "undeclared");
    }
    return units.get(0).level();
  }

  /**
   * Writes the layer as a GeoJSON FeatureCollection, exterior rings counter-clockwise and holes
   * clockwise (RFC 7946), keys in {@code code} and the feature id.
   *
   * @param out where to write (UTF-8); not closed
   * @param target the coordinate system to write (RFC 7946 expects WGS-84)
   */
  public void write(java.io.OutputStream out, CoordinateSystem target) {
    io.github.shiyu.governance.grid.internal.GeoJsonWriter.writeBoundaries(out, units, crs, target);
  }

  /**
   * The layer of a level above, each unit the union of the units whose codes lie under it:
   * the communities of a grid layer, the townships of a community layer, the city of its
   * districts. For the many vendors who hold grids but no boundaries above them. Units
   * that share edges vertex for vertex give parents whose outlines keep those vertices, so
   * a {@link HierarchyIndex} of both decides shared borders alike on both levels.
   *
   * <pre>{@code
   * BoundaryLayer communities = grids.dissolve(BoundaryLevel.VILLAGE, names::get);
   * BoundaryLayer townships = communities.dissolve(BoundaryLevel.TOWNSHIP, names::get);
   * }</pre>
   *
   * @param target a division level above this layer's
   * @param names the name of a parent by its key (significant digits, e.g. {@code 370705001});
   *     a parent it gives no name ({@code null} or blank) keeps a blank name
   * @return the parents, in the order their first child comes in this layer
   * @throws InvalidValueException {@link LayerErrors#HIERARCHY} if the target is not a
   *     division level above this layer's, or this layer is of sub-grids (whose keys name no
   *     parent)
   */
  public BoundaryLayer dissolve(BoundaryLevel target, java.util.function.Function<String, String> names) {
    Objects.requireNonNull(names, "names");
    if (!target.isAbove(level) || !target.isAbove(BoundaryLevel.GRID) || level == BoundaryLevel.SUB_GRID) {
      throw new InvalidValueException(LayerErrors.HIERARCHY,
          "cannot dissolve " + level + " units into " + target + " (a division level above, from codes)");
    }
    int digits = switch (target) {
      case PROVINCE -> 2;
      case CITY -> 4;
      case COUNTY -> 6;
      case TOWNSHIP -> 9;
      default -> 12;
    };
    Map<String, List<GridGeometry>> byParent = new java.util.LinkedHashMap<>();
    for (Boundary unit : units) {
      byParent.computeIfAbsent(unit.key().substring(0, digits), k -> new ArrayList<>()).add(unit.geometry());
    }
    List<Boundary> parents = new ArrayList<>(byParent.size());
    for (Map.Entry<String, List<GridGeometry>> e : byParent.entrySet()) {
      String name = names.apply(e.getKey());
      parents.add(new Boundary(target, e.getKey(), name == null ? "" : name.strip(),
          io.github.shiyu.governance.grid.internal.Dissolve.union(e.getValue()), Map.of()));
    }
    return new BoundaryLayer(target, crs, parents);
  }

  /**
   * The level of every unit.
   *
   * @return the level
   */
  public BoundaryLevel level() {
    return level;
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
   * The units, in the order given or read.
   *
   * @return an unmodifiable list
   */
  public List<Boundary> units() {
    return units;
  }

  /**
   * Number of units.
   *
   * @return the count
   */
  public int size() {
    return units.size();
  }

  /**
   * The unit with a key (the first, if the layer has duplicates).
   *
   * @param key the key, in any accepted form of its level ({@code 420606} or {@code 420606000000})
   * @return the unit, or empty
   */
  public Optional<Boundary> find(String key) {
    String normal = level == BoundaryLevel.SUB_GRID ? key.trim() : BoundaryKeys.normalise(key).key();
    return Optional.ofNullable(byKey.get(normal));
  }

  /**
   * The same layer in another coordinate system.
   *
   * @param target the system wanted
   * @return the converted layer (this one when the systems agree)
   */
  public BoundaryLayer convert(CoordinateSystem target) {
    if (target == crs) {
      return this;
    }
    List<Boundary> converted = new ArrayList<>(units.size());
    for (Boundary u : units) {
      converted.add(new Boundary(u.level(), u.key(), u.name(), u.geometry().convert(crs, target), u.attributes()));
    }
    return new BoundaryLayer(level, target, converted);
  }

  @Override
  public String toString() {
    return "BoundaryLayer[" + level + ", " + units.size() + " units, " + crs + "]";
  }
}
