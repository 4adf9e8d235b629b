package io.github.shiyu.governance.grid;

import io.github.shiyu.governance.core.InvalidValueException;
import io.github.shiyu.governance.core.geo.CoordinateConversion;
import io.github.shiyu.governance.core.geo.CoordinateSystem;
import io.github.shiyu.governance.core.geo.GeoErrors;
import io.github.shiyu.governance.core.geo.GeoPoint;
import io.github.shiyu.governance.grid.internal.CellIndex;
import io.github.shiyu.governance.grid.internal.Interior;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One index over several boundary layers (county, township, community, grid, sub-grid): for a
 * point, the chain of containing units from the largest level to the smallest.
 *
 * <p>Each level has its own {@link GridIndex}-style cell index, so every level follows the
 * same exact border rule (a point on a shared border belongs to the unit just north of it;
 * on a north–south border, to the one just west; see docs/decisions/0008-grid-index.md).
 * A lookup fills a caller-supplied {@code int[]}, one slot per level, with the unit's
 * position in its layer or -1: no allocation per lookup. {@link #locateAll} does the same for
 * coordinate arrays.
 *
 * <p>Built from possibly imperfect data, the index checks at build time that each unit's
 * interior point lies in the unit its code names at the level above (for sub-grids without a
 * code parent: in some unit of the level above). {@link #trustedDepth()} is the number of
 * levels, from the top, over which every unit nests so; below it a chain may mix units whose
 * codes disagree, and {@link LayerCheck#checkNesting} says which and where.
 *
 * <pre>{@code
 * HierarchyIndex index = HierarchyIndex.of(counties, townships, communities, grids);
 * int[] chain = new int[index.depth()];
 * index.locate(112.1502, 32.0421, chain);   // in the layers' system
 * index.unit(0, chain[0]).name();           // 樊城区
 * index.unit(3, chain[3]).key();            // 420606001002003
 * index.locateAll(lngs, lats, out);         // out[n * depth + level]
 * }</pre>
 */
public final class HierarchyIndex {

  private static final double CELLS_PER_EDGE = 0.5;

  private final List<BoundaryLayer> layers;
  private final CellIndex[] cells;
  private final int[][] parents;
  private final int trusted;
  private final CoordinateSystem crs;

  private HierarchyIndex(List<BoundaryLayer> layers) {
    if (layers.isEmpty()) {
      throw new InvalidValueException(LayerErrors.HIERARCHY, "no layers");
    }
    this.layers = List.copyOf(layers);
    this.crs = this.layers.get(0).crs();
    for (int i = 0; i < this.layers.size(); i++) {
      BoundaryLayer layer = this.layers.get(i);
      if (layer.crs() != crs) {
        throw new InvalidValueException(LayerErrors.HIERARCHY, "layer " + i + " is in " + layer.crs() + ", layer 0 in " + crs);
      }
      if (i > 0 && !this.layers.get(i - 1).level().isAbove(layer.level())) {
        throw new InvalidValueException(LayerErrors.HIERARCHY,
            "layer " + i + " (" + layer.level() + ") is not below layer " + (i - 1) + " (" + this.layers.get(i - 1).level() + ")");
      }
    }
    cells = new CellIndex[this.layers.size()];
    for (int i = 0; i < cells.length; i++) {
      List<List<double[]>> rings = new ArrayList<>();
      for (Boundary unit : this.layers.get(i).units()) {
        java.util.Optional<String> range = unit.geometry().coordinateProblem();
        if (range.isPresent()) {
          throw new InvalidValueException(LayerErrors.COORDINATE, unit.level() + " " + unit.key(), range.get());
        }
        rings.add(unit.geometry().rings());
      }
      cells[i] = CellIndex.build(rings, CELLS_PER_EDGE);
    }
    parents = new int[cells.length][];
    int depth = cells.length;
    boolean nests = true;
    for (int i = 0; i < cells.length; i++) {
      List<Boundary> units = this.layers.get(i).units();
      parents[i] = new int[units.size()];
      Arrays.fill(parents[i], -1);
      if (i == 0) {
        continue;
      }
      List<Boundary> upper = this.layers.get(i - 1).units();
      for (int k = 0; k < units.size(); k++) {
        Boundary unit = units.get(k);
        double[] p = Interior.point(unit.geometry());
        int found = cells[i - 1].locate(p[0], p[1]);
        parents[i][k] = found;
        boolean ok = found >= 0 && unit.isUnder(upper.get(found));
        nests &= ok;
      }
      if (!nests && depth == cells.length) {
        depth = i;
      }
    }
    trusted = depth;
  }

  /**
   * Builds the index of layers given largest level first.
   *
   * @param layers one layer per level, each strictly below the one before, all in one system
   * @return the index
   * @throws InvalidValueException {@link LayerErrors#HIERARCHY} for no layers, a level out of
   *     order or mixed systems; {@link LayerErrors#INDEX_CROWDED} for a badly broken layer;
   *     {@link LayerErrors#COORDINATE} for a unit with a coordinate out of range
   */
  public static HierarchyIndex of(BoundaryLayer... layers) {
    return new HierarchyIndex(List.of(layers));
  }

  /**
   * Builds the index of layers given largest level first.
   *
   * @param layers one layer per level
   * @return the index
   * @throws InvalidValueException as {@link #of(BoundaryLayer...)}
   */
  public static HierarchyIndex of(List<BoundaryLayer> layers) {
    return new HierarchyIndex(layers);
  }

  /**
   * Number of levels.
   *
   * @return the count, the length a chain array needs
   */
  public int depth() {
    return cells.length;
  }

  /**
   * How many levels from the top the index trusts: over them every unit lies (by its interior
   * point) in the unit of the level above that its code names. Equal to {@link #depth()} for
   * clean data.
   *
   * @return 1 to {@link #depth()}
   */
  public int trustedDepth() {
    return trusted;
  }

  /**
   * The layer of a level.
   *
   * @param level from 0 (largest)
   * @return the layer
   */
  public BoundaryLayer layer(int level) {
    return layers.get(level);
  }

  /**
   * The coordinate system of every layer.
   *
   * @return the system
   */
  public CoordinateSystem crs() {
    return crs;
  }

  /**
   * The unit at a position of a level.
   *
   * @param level from 0
   * @param index a position from a chain, not -1
   * @return the unit
   */
  public Boundary unit(int level, int index) {
    return layers.get(level).units().get(index);
  }

  /**
   * The unit of the level above in which a unit's interior point lies, found at build time.
   *
   * @param level from 1
   * @param index the unit's position in its layer
   * @return the parent's position in the layer above, or -1 if it lies in none
   */
  public int parent(int level, int index) {
    return parents[level][index];
  }

  /**
   * The chain of units containing a point given in the layers' system. Allocates nothing.
   *
   * @param longitude longitude in {@link #crs()}
   * @param latitude latitude in {@link #crs()}
   * @param chain receives, per level, the unit's position in its layer or -1; length at least
   *     {@link #depth()}
   * @return the number of levels, from the top, whose slot is not -1 and whose unit nests in
   *     the one above (so {@code depth()} for a point well inside clean data, 0 outside)
   */
  public int locate(double longitude, double latitude, int[] chain) {
    if (chain.length < cells.length) {
      throw new InvalidValueException(GeoErrors.ARRAY_LENGTH, chain.length, cells.length);
    }
    int consistent = 0;
    boolean going = true;
    for (int i = 0; i < cells.length; i++) {
      int k = cells[i].locate(longitude, latitude);
      chain[i] = k;
      if (going && k >= 0 && (i == 0 || parents[i][k] == chain[i - 1])) {
        consistent++;
      } else {
        going = false;
      }
    }
    return consistent;
  }

  /**
   * The chain of units containing a point in any coordinate system (converted if needed, one
   * allocation for the conversion).
   *
   * @param point the point
   * @param chain as {@link #locate(double, double, int[])}
   * @return as {@link #locate(double, double, int[])}
   */
  public int locate(GeoPoint point, int[] chain) {
    GeoPoint p = point.crs() == crs ? point : point.to(crs);
    return locate(p.longitude(), p.latitude(), chain);
  }

  /**
   * The chains of many points in the layers' system, without allocating.
   *
   * @param longitudes longitudes
   * @param latitudes latitudes, same length
   * @param out receives point {@code n}'s unit at level {@code l} in {@code out[n * depth() + l]};
   *     length {@code longitudes.length * depth()}
   * @throws InvalidValueException {@code geo.array_length} if the lengths do not fit
   */
  public void locateAll(double[] longitudes, double[] latitudes, int[] out) {
    int depth = cells.length;
    if (longitudes.length != latitudes.length || out.length != longitudes.length * depth) {
      throw new InvalidValueException(GeoErrors.ARRAY_LENGTH, longitudes.length, latitudes.length + "/" + out.length);
    }
    for (int i = 0; i < depth; i++) {
      CellIndex level = cells[i];
      for (int n = 0; n < longitudes.length; n++) {
        out[n * depth + i] = level.locate(longitudes[n], latitudes[n]);
      }
    }
  }

  /**
   * The chains of many points given in any coordinate system, converted into copies first.
   *
   * @param from the system of the coordinates
   * @param longitudes longitudes
   * @param latitudes latitudes
   * @param out as {@link #locateAll(double[], double[], int[])}
   */
  public void locateAll(CoordinateSystem from, double[] longitudes, double[] latitudes, int[] out) {
    if (from == crs) {
      locateAll(longitudes, latitudes, out);
      return;
    }
    double[] lngs = longitudes.clone();
    double[] lats = latitudes.clone();
    CoordinateConversion.convert(from, crs, lngs, lats);
    locateAll(lngs, lats, out);
  }

  /**
   * Approximate heap held by the cell arrays of all levels (geometries not counted).
   *
   * @return bytes
   */
  public long heapBytes() {
    long bytes = 0;
    for (int i = 0; i < cells.length; i++) {
      bytes += cells[i].heapBytes() + 4L * parents[i].length;
    }
    return bytes;
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("HierarchyIndex[");
    for (int i = 0; i < layers.size(); i++) {
      s.append(i == 0 ? "" : ", ").append(layers.get(i).level()).append(' ').append(layers.get(i).size());
    }
    return s.append(", trusted ").append(trusted).append(']').toString();
  }
}
