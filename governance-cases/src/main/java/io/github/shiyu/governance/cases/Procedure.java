package io.github.shiyu.governance.cases;

/**
 * The court procedure a filed case follows, which fixes the limit of mediation after filing
 * (立案后调解: 15 days under the ordinary procedure, 7 under the simplified one); carried by
 * the command that starts it ({@link Command#withProcedure}).
 *
 * <pre>{@code
 * Command file = Command.of(PreLitigationMediationWorkflow.MEDIATE_AFTER_FILING, court)
 *     .withReason("当事人同意立案后调解").withProcedure(Procedure.SIMPLIFIED);
 * }</pre>
 */
public enum Procedure {
  /** 普通程序. */
  ORDINARY,
  /** 简易程序. */
  SIMPLIFIED
}
