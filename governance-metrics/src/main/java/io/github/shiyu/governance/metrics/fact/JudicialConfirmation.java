package io.github.shiyu.governance.metrics.fact;

/**
 * Where a mediation agreement stands with the court (司法确认), the judicial-confirmation part
 * of an {@link Outcome}: not applied for, applied for (the parties applied jointly, within the
 * 30 days of 人民调解法 art. 33), confirmed, or refused. Only a resolved case has an agreement
 * to confirm.
 *
 * <pre>{@code
 * Outcome o = Outcome.none().withResolved(true)
 *     .withConfirmation(JudicialConfirmation.APPLIED);
 * o.judicialConfirmation();   // false: applied, not yet confirmed
 * }</pre>
 */
public enum JudicialConfirmation {
  /** 未申请: no application (yet). */
  NOT_APPLIED,
  /** 已申请: applied for, the court has not decided. */
  APPLIED,
  /** 已确认: the court confirmed the agreement. */
  CONFIRMED,
  /** 被驳回: the court refused to confirm it. */
  REFUSED
}
