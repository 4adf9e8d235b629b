package io.github.shiyu.governance.cases;

import io.github.shiyu.governance.core.ErrorCode;

/**
 * The stable error codes of the case engine, with English and Chinese templates.
 *
 * <pre>{@code
 * catch (InvalidValueException e) {
 *   if (e.code().equals(CaseErrors.UNREACHABLE_STATE)) { ... }
 * }
 * }</pre>
 */
public final class CaseErrors {

  /** A case id is empty, too long or has whitespace. */
  public static final ErrorCode ID = ErrorCode.of("case.id",
      "a case id has 1 to 64 characters without whitespace, got {0} characters",
      "事项编号应为1至64个非空白字符，实际为{0}个字符");
  /** A role name is malformed. */
  public static final ErrorCode ROLE = ErrorCode.of("case.role",
      "a role name is upper-case letters, digits and underscores, got '{0}'",
      "角色名应为大写字母、数字和下划线，实际为“{0}”");
  /** An actor id is empty or too long. */
  public static final ErrorCode ACTOR = ErrorCode.of("case.actor",
      "an actor id has 1 to 64 characters, got {0}", "操作人标识应为1至64个字符，实际为{0}个");
  /** A command name is malformed. */
  public static final ErrorCode COMMAND = ErrorCode.of("case.command",
      "a command name is a lower camel-case word, got '{0}'", "指令名应为小驼峰单词，实际为“{0}”");
  /** A state name is malformed. */
  public static final ErrorCode STATE_NAME = ErrorCode.of("case.state_name",
      "a state name is upper snake case (letters, digits, underscores), 1 to 64, got '{0}'",
      "状态名应为大写下划线形式（字母、数字、下划线），1至64个字符，实际为“{0}”");
  /** A stored event is not consistent in itself. */
  public static final ErrorCode RESTORE = ErrorCode.of("case.restore",
      "event {0} of case {1} cannot be restored: {2}", "事项{1}的第{0}条事件无法还原：{2}");
  /** A command was rejected (thrown by {@link Rejection#toException()}). */
  public static final ErrorCode REJECTED = ErrorCode.of("case.rejected",
      "{0}", "{0}");
  /** An event does not follow the case it is applied to. */
  public static final ErrorCode EVENT_ORDER = ErrorCode.of("case.event_order",
      "event {0} of case {1} cannot follow version {2} of case {3}",
      "事项{1}的第{0}条事件不能接在事项{3}的第{2}版之后");
  /** Time went backwards for a case. */
  public static final ErrorCode CLOCK_BACKWARDS = ErrorCode.of("case.clock_backwards",
      "case {0} was last changed at {1}, later than {2}", "事项{0}最后变更于{1}，晚于{2}");
  /** A case is unknown to a store. */
  public static final ErrorCode UNKNOWN_CASE = ErrorCode.of("case.unknown",
      "no case {0}", "没有事项{0}");
  /** A case id is already registered. */
  public static final ErrorCode DUPLICATE_CASE = ErrorCode.of("case.duplicate",
      "case {0} is already registered", "事项{0}已登记");
  /** Optimistic concurrency lost too often. */
  public static final ErrorCode CONFLICT = ErrorCode.of("case.conflict",
      "case {0} changed concurrently: expected version {1}, found {2}",
      "事项{0}被并发修改：预期版本{1}，实际版本{2}");
  /** An idempotency key was reused for a different command. */
  public static final ErrorCode IDEMPOTENCY_KEY_REUSED = ErrorCode.of("case.idempotency_key_reused",
      "idempotency key {0} of case {1} was used for command '{2}', not '{3}'",
      "事项{1}的幂等键{0}已用于指令“{2}”，不能用于“{3}”");
  /** No workflow for a case type. */
  public static final ErrorCode NO_WORKFLOW = ErrorCode.of("case.no_workflow",
      "no workflow for case type {0}", "没有事项类型{0}的流程");
  /** A case is driven by a workflow it does not belong to. */
  public static final ErrorCode FOREIGN_CASE = ErrorCode.of("workflow.foreign_case",
      "case {0} is in state {1} of another workflow than '{2}'",
      "事项{0}的状态{1}不属于流程“{2}”");
  /** A definition names a state it does not declare. */
  public static final ErrorCode UNKNOWN_STATE = ErrorCode.of("workflow.unknown_state",
      "workflow '{0}' has no state '{1}'", "流程“{0}”没有状态“{1}”");
  /** A workflow has no command of a name. */
  public static final ErrorCode UNKNOWN_COMMAND = ErrorCode.of("workflow.unknown_command",
      "workflow '{0}' has no command '{1}'", "流程“{0}”没有指令“{1}”");
  /** A definition declares a state twice or is otherwise malformed. */
  public static final ErrorCode DEFINITION = ErrorCode.of("workflow.definition",
      "workflow '{0}': {1}", "流程“{0}”：{1}");
  /** A state cannot be reached from the initial state. */
  public static final ErrorCode UNREACHABLE_STATE = ErrorCode.of("workflow.unreachable_state",
      "workflow '{0}': unreachable state(s) {1}", "流程“{0}”：无法到达的状态{1}");
  /** A non-terminal state has no way out. */
  public static final ErrorCode DEAD_END = ErrorCode.of("workflow.dead_end",
      "workflow '{0}': non-terminal dead end(s) {1}", "流程“{0}”：非终止状态无出路{1}");
  /** Two transitions answer the same command in the same state. */
  public static final ErrorCode AMBIGUOUS_TRANSITION = ErrorCode.of(
      "workflow.ambiguous_transition",
      "workflow '{0}': ambiguous transition '{1}' from {2}", "流程“{0}”：状态{2}的指令“{1}”有歧义");
  /** A transition leaves a terminal state. */
  public static final ErrorCode EXIT_FROM_TERMINAL = ErrorCode.of("workflow.exit_from_terminal",
      "workflow '{0}': exit from terminal state {1} by '{2}'",
      "流程“{0}”：终止状态{1}不能经“{2}”转出");
  /** A setting (a count, a bound, a detail) is out of range; says which and what was given. */
  public static final ErrorCode SETTING = ErrorCode.of("case.setting",
      "{0}: {1}", "{0}：{1}");
  /** A time limit is unknown or misconfigured. */
  public static final ErrorCode TIME_LIMIT = ErrorCode.of("workflow.time_limit",
      "time limit '{0}': {1}", "时限“{0}”：{1}");

  private CaseErrors() {}
}
