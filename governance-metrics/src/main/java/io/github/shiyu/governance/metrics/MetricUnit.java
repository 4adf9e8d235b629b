package io.github.shiyu.governance.metrics;

/**
 * How a metric's value is expressed.
 *
 * <pre>{@code
 * MetricUnit.PERCENT;   // 0.8846 is published as 88.46%
 * }</pre>
 */
public enum MetricUnit {
  /** A ratio shown as a percentage: 化解率, 办结率, 满意率 and most published rates. */
  PERCENT,
  /** A ratio scaled to 10,000 residents: 万人成诉率. */
  PER_10K,
  /** A plain count: backlog, inflow. */
  COUNT
}
