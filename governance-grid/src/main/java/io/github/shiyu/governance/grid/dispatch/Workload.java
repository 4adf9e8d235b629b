package io.github.shiyu.governance.grid.dispatch;

import java.util.Map;

/**
 * Open cases per handler, supplied by the caller at dispatch time: keys are team member ids
 * and department ids (keep them distinct), missing keys count as 0.
 *
 * <pre>{@code
 * Workload load = Workload.of(Map.of("w-17", 4, "w-18", 2, "judicial-420602001", 11));
 * load.openCases("w-18");   // 2
 * }</pre>
 *
 * @param openCases open cases by handler id
 */
public record Workload(Map<String, Integer> openCases) {

  /** Copies the map. */
  public Workload {
    openCases = Map.copyOf(openCases);
  }

  /**
   * A workload.
   *
   * @param openCases open cases by handler id
   * @return the workload
   */
  public static Workload of(Map<String, Integer> openCases) {
    return new Workload(openCases);
  }

  /**
   * No open cases anywhere.
   *
   * @return the empty workload
   */
  public static Workload none() {
    return new Workload(Map.of());
  }

  /**
   * The open cases of one handler.
   *
   * @param handlerId a member or department id
   * @return the count, 0 if unknown
   */
  public int openCases(String handlerId) {
    return openCases.getOrDefault(handlerId, 0);
  }
}
