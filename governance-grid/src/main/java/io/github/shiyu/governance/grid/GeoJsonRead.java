package io.github.shiyu.governance.grid;

import java.util.List;

/**
 * The result of a lenient GeoJSON read: the layer of the good features and the problems of
 * the bad ones.
 *
 * <pre>{@code
 * GeoJsonRead read = GridLayer.readLenient(in, CoordinateSystem.WGS84, CoordinateSystem.CGCS2000);
 * GridLayer layer = read.layer();
 * read.problems().isEmpty();
 * }</pre>
 *
 * @param layer the grids that were read
 * @param problems one entry per skipped feature, in file order
 */
public record GeoJsonRead(GridLayer layer, List<FeatureProblem> problems) {

  /** Copies the list. */
  public GeoJsonRead {
    problems = List.copyOf(problems);
  }
}
