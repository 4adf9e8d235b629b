package io.github.shiyu.governance.cases;

/**
 * The kinds of case the SDK follows, each with its standard workflow.
 *
 * <pre>{@code
 * CaseType.PETITION.name();   // "PETITION", as written in JSON and CSV
 * }</pre>
 */
public enum CaseType {
  /** 矛盾纠纷: a dispute to be mediated. */
  DISPUTE,
  /** 信访事项: a letter-and-visit petition under the 信访工作条例. */
  PETITION,
  /** 工单: a 12345 hotline or city-operations work order. */
  WORK_ORDER,
  /** 诉前调解: court-referred mediation before a lawsuit is filed. */
  PRE_LITIGATION,
  /** 网格事件: an issue found in a grid by its worker. */
  GRID_INCIDENT,
  /**
   * 信访代办事项: a matter a petition proxy (信访代办员) takes on for a citizen, files with the
   * responsible body and follows to its end (Tongliao's petition proxies).
   */
  PETITION_PROXY
}
