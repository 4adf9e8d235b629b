package io.github.shiyu.governance.grid;

import java.util.List;

/**
 * The problems a {@link LayerCheck} found in a grid layer, in a stable order (by kind, then
 * by the layer's grid order).
 *
 * <pre>{@code
 * LayerReport report = LayerCheck.defaults().check(layer);
 * if (!report.isClean()) {
 *   report.problems(LayerProblem.Kind.GAP).forEach(System.out::println);
 * }
 * }</pre>
 *
 * @param layerSize the number of grids checked
 * @param problems every problem found
 */
public record LayerReport(int layerSize, List<LayerProblem> problems) {

  /** Copies the list. */
  public LayerReport {
    problems = List.copyOf(problems);
  }

  /**
   * Whether no problem was found.
   *
   * @return {@code true} for a clean layer
   */
  public boolean isClean() {
    return problems.isEmpty();
  }

  /**
   * The problems of one kind.
   *
   * @param kind the kind
   * @return those problems, in report order
   */
  public List<LayerProblem> problems(LayerProblem.Kind kind) {
    return problems.stream().filter(p -> p.kind() == kind).toList();
  }
}
