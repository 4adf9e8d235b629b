package io.github.shiyu.governance.metrics;

/**
 * A citizen's rating of a concluded case (群众评价), as counted by the satisfaction rates.
 *
 * <pre>{@code
 * Satisfaction.valueOf("BASICALLY_SATISFIED");   // 基本满意
 * }</pre>
 */
public enum Satisfaction {
  /** 满意. */
  SATISFIED,
  /** 基本满意: counted as satisfied by default; some localities exclude it. */
  BASICALLY_SATISFIED,
  /** 不满意. */
  DISSATISFIED
}
