package io.github.shiyu.governance.core.org;

/**
 * How a case is handled by complexity (分级分类处置): simple matters by one department,
 * complex ones by joint mediation of several departments, major ones led by a named official.
 *
 * <pre>{@code
 * Tier tier = Tier.MAJOR;   // a LeadOfficial owns the case
 * }</pre>
 */
public enum Tier {
  /** 简单: one department or the grid settles it. */
  SIMPLE,
  /** 复杂: joint mediation of several departments (联调联动). */
  COMPLEX,
  /** 重大: a named lead official (包保领导) owns the case. */
  MAJOR
}
