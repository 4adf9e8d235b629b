package io.github.shiyu.governance.cases;

/**
 * What a transition means for reporting, whatever its local command and state names: the
 * metrics module counts these tags to compute every rate without knowing the workflow.
 *
 * <p>A transition carries a fixed set of tags, declared in its workflow; every event it
 * produces carries the same set.
 *
 * <pre>{@code
 * if (event.has(EventTag.REOPENING)) { reopened++; }
 * }</pre>
 */
public enum EventTag {
  /** 登记: the case was registered (always the first event). */
  REGISTRATION,
  /** 受理: taken on. */
  ACCEPTANCE,
  /** 不予受理 / 不予受理转 (redirect): refused with a reason. */
  REFUSAL,
  /** 分派 / 派单: sent to a department or person. */
  DISPATCH,
  /** 转办 / 转送: passed to another responsible body. */
  TRANSFER,
  /** 交办: ordered by a higher level with a deadline and a completion report. */
  ASSIGNMENT,
  /** 接单 / 签收: the receiver confirmed it took the order (counts as the response). */
  ACKNOWLEDGEMENT,
  /** 退单: the receiver sent the order back. */
  RETURN,
  /** 风险研判: risk assessed and tier set. */
  ASSESSMENT,
  /** 风险上报: an assessed risk was reported up within its level's deadline. */
  RISK_REPORT,
  /** 调解 / 调处 begun. */
  MEDIATION,
  /** 化解: settled with a mediation agreement (调解协议). */
  AGREEMENT,
  /** 调解失败: not settled. */
  FAILURE,
  /** 转诉讼 / 仲裁 / 行政复议: referred to another channel. */
  REFERRAL,
  /** 立案: a pre-litigation mediation without agreement is filed as a lawsuit. */
  FILING,
  /** 申请司法确认: the parties applied for judicial confirmation of the agreement. */
  CONFIRMATION_REQUEST,
  /** 司法确认 (or a court mediation document). */
  JUDICIAL_CONFIRMATION,
  /** 驳回司法确认申请 / 确认无效: the court refused to confirm the agreement. */
  CONFIRMATION_REFUSAL,
  /** 答复 / 回复: the handler's reply. */
  REPLY,
  /** 办结: handling is finished (counts for the closure rate). */
  CONCLUSION,
  /** 就地解决: solved on the spot by the grid worker (also a conclusion). */
  RESOLVED_ON_SPOT,
  /** 办结确认 / 核查 passed. */
  VERIFICATION,
  /** 回访. */
  FOLLOW_UP,
  /** 评价: the event carries a {@link Rating}. */
  RATING,
  /** 重办 / 返工: reopened after a failed check or a dissatisfied rating. */
  REOPENING,
  /** 延期: a deadline extended with approval or consent. */
  EXTENSION,
  /** 提级办理: moved up the escalation ladder. */
  ESCALATION,
  /** 督办: a supervision notice. */
  SUPERVISION,
  /** 吹哨: departments were called to the grid. */
  WHISTLE,
  /** 报到: a called department showed up. */
  RESPONSE,
  /** 中止 / 听证: a clock stopped. */
  SUSPENSION,
  /** 恢复: a stopped clock resumed. */
  RESUMPTION,
  /** 复查申请: the petitioner asked for a review. */
  REVIEW_REQUEST,
  /** 复核申请: the petitioner asked for a re-review. */
  RE_REVIEW_REQUEST,
  /** 期满: a request window lapsed without a request. */
  LAPSE,
  /** 终结: final, the same facts are not accepted again. */
  TERMINATION,
  /** 归档 / 销号: archived. */
  CLOSURE,
  /**
   * 期限重算: the case's deadlines were recomputed with a changed work calendar (a notice
   * published for a provisional year, a province's local days); the state does not change.
   * See {@link CaseEvent#deadlineChanges()}.
   */
  DEADLINE_RECOMPUTED,
  /** 日巡查: a petition proxy's daily inspection of a matter it follows. */
  INSPECTION,
  /**
   * 专家参与: an expert (a legal-consultation expert, a psychologist, a lawyer) joined the
   * case; the command's {@linkplain Command#expert() field} is added to
   * {@link Handling#experts()}.
   */
  EXPERT_JOINED
}
