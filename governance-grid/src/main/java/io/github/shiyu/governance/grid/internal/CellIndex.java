package io.github.shiyu.governance.grid.internal;

import io.github.shiyu.governance.core.InvalidValueException;
import io.github.shiyu.governance.grid.GridGeometry;
import io.github.shiyu.governance.grid.GridIndex;
import io.github.shiyu.governance.grid.LayerErrors;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Point-in-polygon lookup over a uniform cell grid, in flat primitive arrays.
 *
 * <p>Each polygon is given as its rings (outer rings and holes of every part, in any
 * orientation): inside means an odd number of ring crossings, which handles holes and
 * multipolygons alike. Edges shared by two polygons are stored once. Each cell keeps the
 * edges that touch it and, for each polygon that touches or covers it, whether the cell's
 * reference point {@code r} lies inside that polygon (a bit in {@code refMask}). A lookup
 * of {@code p} flips those bits for each cell edge that the segment {@code r -> p}
 * crosses; the lowest set bit names the answer. Orientation signs are exact, and every
 * degenerate case is decided as if {@code p} were moved an infinitesimal step north (and an
 * even smaller step west): this is the border rule, and it makes every point belong to
 * exactly one polygon of a tiling. See docs/decisions/0008-grid-index.md.
 */
public final class CellIndex {

  /** Reference point positions inside a cell, tried in turn until none is degenerate. */
  private static final double[][] REFERENCE_FRACTIONS = {
    {0.4637, 0.5391}, {0.3719, 0.6283}, {0.6047, 0.4129}, {0.5573, 0.3361}, {0.2953, 0.7127}
  };

  private static final int MAX_CANDIDATES = 64;
  private static final long MAX_CELLS = 1L << 24;
  private static final int NO_SLOT = 0xFF;

  private final int polygonCount;
  private final double minX;
  private final double minY;
  private final double maxX;
  private final double maxY;
  private final int columns;
  private final int rows;
  private final double cellWidth;
  private final double cellHeight;
  private final double inverseWidth;
  private final double inverseHeight;
  private final double refX;
  private final double refY;
  private final double[] vertexX;
  private final double[] vertexY;
  /** Two vertex ids per edge. */
  private final int[] edgeVertices;
  private final int[] entryStart;
  private final int[] entryEdge;
  /** Slot of the edge's first owner in the low byte, second owner in the high byte. */
  private final short[] entrySlots;
  private final int[] candidateStart;
  private final int[] candidatePolygon;
  private final long[] refMask;

  private CellIndex(Builder b) {
    this.polygonCount = b.polygonCount;
    this.minX = b.minX;
    this.minY = b.minY;
    this.maxX = b.maxX;
    this.maxY = b.maxY;
    this.columns = b.columns;
    this.rows = b.rows;
    this.cellWidth = b.cellWidth;
    this.cellHeight = b.cellHeight;
    this.inverseWidth = 1.0 / b.cellWidth;
    this.inverseHeight = 1.0 / b.cellHeight;
    this.refX = b.refX;
    this.refY = b.refY;
    this.vertexX = b.vertexX;
    this.vertexY = b.vertexY;
    this.edgeVertices = b.edgeVertices;
    this.entryStart = b.entryStart;
    this.entryEdge = b.entryEdge;
    this.entrySlots = b.entrySlots;
    this.candidateStart = b.candidateStart;
    this.candidatePolygon = b.candidatePolygon;
    this.refMask = b.refMask;
  }

  /**
   * Builds the index.
   *
   * @param polygons per polygon, its rings as interleaved {@code x0, y0, x1, y1, ...}
   *     (closing vertex optional)
   * @param cellsPerEdge how many cells per distinct edge (resolution; 0.5 is a good default)
   * @return the index
   * @throws InvalidValueException {@link LayerErrors#INDEX_CROWDED} if more than 64 polygons
   *     meet in a spot the highest resolution cannot separate
   * @throws AssertionError for a non-positive resolution or an odd ring, which the callers
   *     rule out (a bug, not bad input)
   */
  public static CellIndex build(List<List<double[]>> polygons, double cellsPerEdge) {
    return new Builder(polygons, cellsPerEdge).build();
  }

  /**
   * The polygon containing the point, by the border rule.
   *
   * @param x longitude (or planar x)
   * @param y latitude (or planar y)
   * @return the polygon's index in the build list, or -1 for none
   */
  public int locate(double x, double y) {
    if (!(x >= minX && x <= maxX && y >= minY && y <= maxY)) {
      return -1;
    }
    int i = (int) ((x - minX) * inverseWidth);
    if (i >= columns) {
      i = columns - 1;
    }
    int j = (int) ((y - minY) * inverseHeight);
    if (j >= rows) {
      j = rows - 1;
    }
    int cell = j * columns + i;
    int first = candidateStart[cell];
    if (first == candidateStart[cell + 1]) {
      return -1;
    }
    long mask = refMask[cell];
    int end = entryStart[cell + 1];
    int n = entryStart[cell];
    if (n < end) {
      double rx = minX + (i + refX) * cellWidth;
      double ry = minY + (j + refY) * cellHeight;
      double loX = Math.min(rx, x);
      double hiX = Math.max(rx, x);
      double loY = Math.min(ry, y);
      double hiY = Math.max(ry, y);
      for (; n < end; n++) {
        int e = entryEdge[n] << 1;
        int va = edgeVertices[e];
        int vb = edgeVertices[e + 1];
        double ax = vertexX[va];
        double bx = vertexX[vb];
        if ((ax < loX && bx < loX) || (ax > hiX && bx > hiX)) {
          continue;
        }
        double ay = vertexY[va];
        double by = vertexY[vb];
        if ((ay < loY && by < loY) || (ay > hiY && by > hiY)) {
          continue;
        }
        if (crosses(rx, ry, x, y, ax, ay, bx, by)) {
          int slots = entrySlots[n];
          mask ^= 1L << (slots & 0xFF);
          int second = (slots >>> 8) & 0xFF;
          if (second != NO_SLOT) {
            mask ^= 1L << second;
          }
        }
      }
    }
    return mask == 0 ? -1 : candidatePolygon[first + Long.numberOfTrailingZeros(mask)];
  }

  /**
   * Whether segment r -> p crosses edge a-b, with p moved by the border rule's perturbation.
   * r is never collinear with a cell edge (checked at build).
   */
  static boolean crosses(
      double rx, double ry, double px, double py, double ax, double ay, double bx, double by) {
    int sa = sideOfPath(rx, ry, px, py, ax, ay);
    int sb = sideOfPath(rx, ry, px, py, bx, by);
    if (sa == sb) {
      return false;
    }
    return Orientation.sign(ax, ay, bx, by, rx, ry) != sideOfEdge(ax, ay, bx, by, px, py);
  }

  /** Sign of cross(p' - r, w - r) with p' = p + e (0, 1) + e^2 (-1, 0). */
  private static int sideOfPath(double rx, double ry, double px, double py, double wx, double wy) {
    int s = Orientation.sign(rx, ry, px, py, wx, wy);
    if (s != 0) {
      return s;
    }
    if (rx != wx) {
      return rx > wx ? 1 : -1;
    }
    return ry > wy ? 1 : -1;
  }

  /** Sign of cross(b - a, p' - a) with p' = p + e (0, 1) + e^2 (-1, 0). */
  static int sideOfEdge(double ax, double ay, double bx, double by, double px, double py) {
    int s = Orientation.sign(ax, ay, bx, by, px, py);
    if (s != 0) {
      return s;
    }
    if (bx != ax) {
      return bx > ax ? 1 : -1;
    }
    return by > ay ? 1 : -1;
  }

  /**
   * Number of polygons the index was built from.
   *
   * @return the count
   */
  public int polygonCount() {
    return polygonCount;
  }

  /**
   * Approximate heap bytes held by the index's arrays.
   *
   * @return bytes
   */
  public long heapBytes() {
    long bytes = 160;
    bytes += 16 + 8L * vertexX.length;
    bytes += 16 + 8L * vertexY.length;
    bytes += 16 + 4L * edgeVertices.length;
    bytes += 16 + 4L * entryStart.length;
    bytes += 16 + 4L * entryEdge.length;
    bytes += 16 + 2L * entrySlots.length;
    bytes += 16 + 4L * candidateStart.length;
    bytes += 16 + 4L * candidatePolygon.length;
    bytes += 16 + 8L * refMask.length;
    return bytes;
  }

  /**
   * A short description of the resolution, for logs and benchmarks.
   *
   * @return e.g. {@code "cells=320x310 edges=104233 entries=150000 candidates=..."}
   */
  public String describe() {
    return "cells=" + columns + "x" + rows
        + " vertices=" + vertexX.length
        + " edges=" + edgeVertices.length / 2
        + " entries=" + entryEdge.length
        + " candidates=" + candidatePolygon.length
        + " bytes=" + heapBytes();
  }

  private static final class Builder {
    final int polygonCount;
    double minX = Double.POSITIVE_INFINITY;
    double minY = Double.POSITIVE_INFINITY;
    double maxX = Double.NEGATIVE_INFINITY;
    double maxY = Double.NEGATIVE_INFINITY;
    int columns;
    int rows;
    double cellWidth;
    double cellHeight;
    double refX;
    double refY;
    double[] vertexX;
    double[] vertexY;
    int[] edgeVertices;
    int[] entryStart;
    int[] entryEdge;
    short[] entrySlots;
    int[] candidateStart;
    int[] candidatePolygon;
    long[] refMask;
    /** Owners per edge: two per edge, -1 when absent. */
    int[] edgeOwners;
    /** Edge ids per polygon, in ring order. */
    final int[][] polygonEdges;
    final double cellsPerEdge;

    Builder(List<List<double[]>> polygons, double cellsPerEdge) {
      if (!(cellsPerEdge > 0)) {
        // GridIndex passes a positive constant: only a bug gets here
        throw new AssertionError("cellsPerEdge must be positive, got " + cellsPerEdge);
      }
      this.cellsPerEdge = cellsPerEdge;
      this.polygonCount = polygons.size();
      this.polygonEdges = new int[polygonCount][];
      collectEdges(polygons);
    }

    private void collectEdges(List<List<double[]>> polygons) {
      VertexTable vertices = new VertexTable();
      Map<Long, Integer> lastEdge = new HashMap<>();
      IntList edges = new IntList();
      IntList owners = new IntList();
      for (int k = 0; k < polygonCount; k++) {
        IntList mine = new IntList();
        for (double[] ring : polygons.get(k)) {
          if (ring.length % 2 != 0) {
            // GridGeometry refuses odd counts (grid.ring): only a bug gets here
            throw new AssertionError("ring of polygon " + k + " has an odd coordinate count");
          }
          int n = ring.length / 2;
          if (n < 2) {
            continue;
          }
          int first = vertices.id(ring[0], ring[1]);
          int previous = first;
          for (int v = 1; v <= n; v++) {
            int current = v < n ? vertices.id(ring[2 * v], ring[2 * v + 1]) : first;
            if (current == previous) {
              continue;
            }
            long key = ((long) Math.min(previous, current) << 32) | Math.max(previous, current);
            Integer existing = lastEdge.get(key);
            int edge;
            if (existing != null && owners.get(2 * existing + 1) < 0) {
              edge = existing;
              owners.set(2 * edge + 1, k);
            } else {
              edge = edges.size() / 2;
              edges.add(previous);
              edges.add(current);
              owners.add(k);
              owners.add(-1);
              lastEdge.put(key, edge);
            }
            mine.add(edge);
            previous = current;
          }
        }
        polygonEdges[k] = mine.toArray();
      }
      vertexX = vertices.xs();
      vertexY = vertices.ys();
      edgeVertices = edges.toArray();
      edgeOwners = owners.toArray();
      for (int v = 0; v < vertexX.length; v++) {
        minX = Math.min(minX, vertexX[v]);
        maxX = Math.max(maxX, vertexX[v]);
        minY = Math.min(minY, vertexY[v]);
        maxY = Math.max(maxY, vertexY[v]);
      }
      if (vertexX.length == 0) {
        minX = 0;
        minY = 0;
        maxX = 0;
        maxY = 0;
      }
    }

    CellIndex build() {
      int edgeCount = edgeVertices.length / 2;
      double target = Math.max(1.0, edgeCount * cellsPerEdge);
      double width = maxX - minX;
      double height = maxY - minY;
      for (double scale = 1.0; ; scale *= 2.0) {
        layOut(target * scale, width, height);
        rasterize();
        if (chooseReference() && collectCandidates()) {
          assignSlots();
          return new CellIndex(this);
        }
        if ((long) columns * rows * 4 > MAX_CELLS) {
          // reachable from GridIndex.of with a badly broken layer: bad input, not a bug
          throw crowded();
        }
      }
    }

    private static InvalidValueException crowded() {
      return new InvalidValueException(LayerErrors.INDEX_CROWDED, MAX_CANDIDATES);
    }

    private void layOut(double cells, double width, double height) {
      if (width <= 0 || height <= 0) {
        double side = Math.max(Math.max(width, height), 1e-9);
        columns = width > 0 ? (int) Math.min(4096, Math.ceil(cells)) : 1;
        rows = height > 0 ? (int) Math.min(4096, Math.ceil(cells)) : 1;
        cellWidth = width > 0 ? width / columns : side;
        cellHeight = height > 0 ? height / rows : side;
        return;
      }
      double aspect = width / height;
      columns = (int) Math.max(1, Math.min(1 << 13, Math.round(Math.sqrt(cells * aspect))));
      rows = (int) Math.max(1, Math.min(1 << 13, Math.round(Math.sqrt(cells / aspect))));
      cellWidth = width / columns;
      cellHeight = height / rows;
    }

    int column(double x) {
      int i = (int) Math.floor((x - minX) / cellWidth);
      return Math.max(0, Math.min(columns - 1, i));
    }

    int row(double y) {
      int j = (int) Math.floor((y - minY) / cellHeight);
      return Math.max(0, Math.min(rows - 1, j));
    }

    /** Calls the visitor with every cell the edge may touch (conservative). */
    private void forEachCell(int edge, CellVisitor visitor) {
      double ax = vertexX[edgeVertices[2 * edge]];
      double ay = vertexY[edgeVertices[2 * edge]];
      double bx = vertexX[edgeVertices[2 * edge + 1]];
      double by = vertexY[edgeVertices[2 * edge + 1]];
      double marginX = cellWidth * 1e-6;
      double marginY = cellHeight * 1e-6;
      int i0 = column(Math.min(ax, bx) - marginX);
      int i1 = column(Math.max(ax, bx) + marginX);
      int j0 = row(Math.min(ay, by) - marginY);
      int j1 = row(Math.max(ay, by) + marginY);
      double dx = bx - ax;
      double dy = by - ay;
      for (int j = j0; j <= j1; j++) {
        double y0 = minY + j * cellHeight - marginY;
        double y1 = minY + (j + 1) * cellHeight + marginY;
        for (int i = i0; i <= i1; i++) {
          if (i0 != i1 && j0 != j1) {
            double x0 = minX + i * cellWidth - marginX;
            double x1 = minX + (i + 1) * cellWidth + marginX;
            double c00 = dx * (y0 - ay) - dy * (x0 - ax);
            double c01 = dx * (y1 - ay) - dy * (x0 - ax);
            double c10 = dx * (y0 - ay) - dy * (x1 - ax);
            double c11 = dx * (y1 - ay) - dy * (x1 - ax);
            if ((c00 > 0 && c01 > 0 && c10 > 0 && c11 > 0)
                || (c00 < 0 && c01 < 0 && c10 < 0 && c11 < 0)) {
              continue;
            }
          }
          visitor.visit(j * columns + i);
        }
      }
    }

    private void rasterize() {
      int cellCount = columns * rows;
      int edgeCount = edgeVertices.length / 2;
      int[] counts = new int[cellCount + 1];
      for (int e = 0; e < edgeCount; e++) {
        forEachCell(e, c -> counts[c + 1]++);
      }
      for (int c = 0; c < cellCount; c++) {
        counts[c + 1] += counts[c];
      }
      entryStart = counts.clone();
      int[] fill = Arrays.copyOf(counts, cellCount);
      entryEdge = new int[counts[cellCount]];
      for (int e = 0; e < edgeCount; e++) {
        int edge = e;
        forEachCell(e, c -> entryEdge[fill[c]++] = edge);
      }
    }

    private boolean chooseReference() {
      for (double[] fraction : REFERENCE_FRACTIONS) {
        refX = fraction[0];
        refY = fraction[1];
        if (referenceClear()) {
          return true;
        }
      }
      return false;
    }

    private boolean referenceClear() {
      for (int j = 0; j < rows; j++) {
        for (int i = 0; i < columns; i++) {
          int c = j * columns + i;
          double rx = minX + (i + refX) * cellWidth;
          double ry = minY + (j + refY) * cellHeight;
          for (int n = entryStart[c]; n < entryStart[c + 1]; n++) {
            int e = entryEdge[n];
            int va = edgeVertices[2 * e];
            int vb = edgeVertices[2 * e + 1];
            if (Orientation.sign(vertexX[va], vertexY[va], vertexX[vb], vertexY[vb], rx, ry) == 0) {
              return false;
            }
          }
        }
      }
      return true;
    }

    private boolean collectCandidates() {
      int cellCount = columns * rows;
      IntList cells = new IntList();
      IntList polygons = new IntList();
      IntList inside = new IntList();
      int[] counts = new int[cellCount + 1];
      int[] covering = new int[cellCount];
      for (int k = 0; k < polygonCount; k++) {
        int[] mine = polygonEdges[k];
        if (mine.length == 0) {
          continue;
        }
        double kMinX = Double.POSITIVE_INFINITY;
        double kMinY = Double.POSITIVE_INFINITY;
        double kMaxX = Double.NEGATIVE_INFINITY;
        double kMaxY = Double.NEGATIVE_INFINITY;
        for (int e : mine) {
          for (int end = 0; end < 2; end++) {
            int v = edgeVertices[2 * e + end];
            kMinX = Math.min(kMinX, vertexX[v]);
            kMaxX = Math.max(kMaxX, vertexX[v]);
            kMinY = Math.min(kMinY, vertexY[v]);
            kMaxY = Math.max(kMaxY, vertexY[v]);
          }
        }
        double marginX = cellWidth * 1e-6;
        double marginY = cellHeight * 1e-6;
        int i0 = column(kMinX - marginX);
        int i1 = column(kMaxX + marginX);
        int j0 = row(kMinY - marginY);
        int j1 = row(kMaxY + marginY);
        int w = i1 - i0 + 1;
        int h = j1 - j0 + 1;
        boolean[] touched = new boolean[w * h];
        IntList[] band = new IntList[h];
        for (int e : mine) {
          forEachCell(e, c -> {
            int ci = c % columns - i0;
            int cj = c / columns - j0;
            if (ci >= 0 && ci < w && cj >= 0 && cj < h) {
              touched[cj * w + ci] = true;
            }
          });
          double ay = vertexY[edgeVertices[2 * e]];
          double by = vertexY[edgeVertices[2 * e + 1]];
          for (int j = row(Math.min(ay, by)); j <= row(Math.max(ay, by)); j++) {
            if (band[j - j0] == null) {
              band[j - j0] = new IntList();
            }
            band[j - j0].add(e);
          }
        }
        for (int j = j0; j <= j1; j++) {
          IntList rowEdges = band[j - j0];
          double ry = minY + (j + refY) * cellHeight;
          for (int i = i0; i <= i1; i++) {
            double rx = minX + (i + refX) * cellWidth;
            boolean in = rowEdges != null && contains(rowEdges, rx, ry);
            if (in || touched[(j - j0) * w + i - i0]) {
              int c = j * columns + i;
              if (in && ++covering[c] > MAX_CANDIDATES) {
                // a point inside this many grids stays so at any resolution: refuse now
                throw crowded();
              }
              if (++counts[c + 1] > MAX_CANDIDATES) {
                return false;
              }
              cells.add(c);
              polygons.add(k);
              inside.add(in ? 1 : 0);
            }
          }
        }
      }
      for (int c = 0; c < cellCount; c++) {
        counts[c + 1] += counts[c];
      }
      candidateStart = counts.clone();
      int[] fill = Arrays.copyOf(counts, cellCount);
      candidatePolygon = new int[cells.size()];
      refMask = new long[cellCount];
      for (int n = 0; n < cells.size(); n++) {
        int c = cells.get(n);
        int slot = fill[c]++;
        candidatePolygon[slot] = polygons.get(n);
        if (inside.get(n) == 1) {
          refMask[c] |= 1L << (slot - candidateStart[c]);
        }
      }
      return true;
    }

    /** Crossing-number test (half-open in y) with exact orientation; r is never on an edge. */
    private boolean contains(IntList rowEdges, double rx, double ry) {
      boolean in = false;
      for (int n = 0; n < rowEdges.size(); n++) {
        int e = rowEdges.get(n);
        int va = edgeVertices[2 * e];
        int vb = edgeVertices[2 * e + 1];
        double ay = vertexY[va];
        double by = vertexY[vb];
        if ((ay > ry) == (by > ry)) {
          continue;
        }
        int lo = ay < by ? va : vb;
        int hi = ay < by ? vb : va;
        if (Orientation.sign(vertexX[lo], vertexY[lo], vertexX[hi], vertexY[hi], rx, ry) > 0) {
          in = !in;
        }
      }
      return in;
    }

    private void assignSlots() {
      entrySlots = new short[entryEdge.length];
      int cellCount = columns * rows;
      for (int c = 0; c < cellCount; c++) {
        for (int n = entryStart[c]; n < entryStart[c + 1]; n++) {
          int e = entryEdge[n];
          int first = slotOf(c, edgeOwners[2 * e]);
          int second = edgeOwners[2 * e + 1] < 0 ? NO_SLOT : slotOf(c, edgeOwners[2 * e + 1]);
          entrySlots[n] = (short) (first | (second << 8));
        }
      }
    }

    private int slotOf(int cell, int polygon) {
      for (int n = candidateStart[cell]; n < candidateStart[cell + 1]; n++) {
        if (candidatePolygon[n] == polygon) {
          return n - candidateStart[cell];
        }
      }
      throw new AssertionError("polygon " + polygon + " touches cell " + cell + " but is no candidate");
    }
  }

  @FunctionalInterface
  private interface CellVisitor {
    void visit(int cell);
  }

  /** A growable int array. */
  static final class IntList {
    private int[] values = new int[16];
    private int size;

    void add(int value) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = value;
    }

    int get(int index) {
      return values[index];
    }

    void set(int index, int value) {
      values[index] = value;
    }

    int size() {
      return size;
    }

    int[] toArray() {
      return Arrays.copyOf(values, size);
    }
  }

  /** Distinct vertices by exact coordinates (open addressing). */
  private static final class VertexTable {
    private double[] xs = new double[1024];
    private double[] ys = new double[1024];
    private int[] table = new int[4096];
    private int size;

    VertexTable() {
      Arrays.fill(table, -1);
    }

    int id(double x, double y) {
      double nx = x + 0.0;
      double ny = y + 0.0;
      int mask = table.length - 1;
      int h = hash(nx, ny) & mask;
      while (table[h] >= 0) {
        int v = table[h];
        if (xs[v] == nx && ys[v] == ny) {
          return v;
        }
        h = (h + 1) & mask;
      }
      if (size == xs.length) {
        xs = Arrays.copyOf(xs, size * 2);
        ys = Arrays.copyOf(ys, size * 2);
      }
      xs[size] = nx;
      ys[size] = ny;
      table[h] = size;
      size++;
      if (size * 2 > table.length) {
        rehash();
      }
      return size - 1;
    }

    private static int hash(double x, double y) {
      long bits = Double.doubleToLongBits(x) * 0x9E3779B97F4A7C15L + Double.doubleToLongBits(y);
      bits *= 0xC2B2AE3D27D4EB4FL;
      return (int) (bits ^ (bits >>> 29));
    }

    private void rehash() {
      table = new int[table.length * 2];
      Arrays.fill(table, -1);
      int mask = table.length - 1;
      for (int v = 0; v < size; v++) {
        int h = hash(xs[v], ys[v]) & mask;
        while (table[h] >= 0) {
          h = (h + 1) & mask;
        }
        table[h] = v;
      }
    }

    double[] xs() {
      return Arrays.copyOf(xs, size);
    }

    double[] ys() {
      return Arrays.copyOf(ys, size);
    }
  }
}
