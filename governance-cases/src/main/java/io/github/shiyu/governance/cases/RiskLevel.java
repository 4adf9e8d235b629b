package io.github.shiyu.governance.cases;

/**
 * The risk level a dispute's risk assessment (风险研判) sets, carried by the {@code assess}
 * command ({@link Command#withRiskLevel}). Each level has its own reporting deadline in the
 * dispute mediation workflow's time limits (red: report at once; orange: the same day;
 * yellow: settled on the spot by the grid worker, reported within a local limit).
 *
 * <pre>{@code
 * Command assess = Command.of(DisputeMediationWorkflow.ASSESS, center)
 *     .withTier(Tier.COMPLEX).withRiskLevel(RiskLevel.ORANGE);
 * }</pre>
 */
public enum RiskLevel {
  /** 红色: report at once. */
  RED,
  /** 橙色: report the same day. */
  ORANGE,
  /** 黄色: the grid worker settles it on the spot and reports within the local limit. */
  YELLOW
}
