package io.github.shiyu.governance.jackson;

import io.github.shiyu.governance.cases.CaseId;
import io.github.shiyu.governance.core.ErrorCode;
import io.github.shiyu.governance.core.GovernanceException;

/**
 * A stored event that cannot be read back: corrupt or truncated JSON, an unknown schema
 * version, an event of a workflow the reader does not know (or of a later version than the
 * reader's), or parts that do not fit together. It names the case and the sequence, so that
 * nothing is skipped silently; its message carries no personal data.
 *
 * <pre>{@code
 * try {
 *   json.read(CaseId.of("WO-1"), 3, row);
 * } catch (UnreadableEventException e) {
 *   e.code().id();     // "event.unreadable"
 *   e.caseId();        // WO-1
 *   e.sequence();      // 3
 * }
 * }</pre>
 */
public final class UnreadableEventException extends GovernanceException {

  private static final long serialVersionUID = 1L;

  /** The JSON is not an event: not JSON, truncated, a field missing or malformed. */
  public static final ErrorCode UNREADABLE = ErrorCode.of("event.unreadable",
      "event {1} of case {0} cannot be read: {2}", "事项{0}的第{1}条事件无法读取：{2}");
  /** The event was written in a schema version this reader does not know. */
  public static final ErrorCode SCHEMA_VERSION = ErrorCode.of("event.schema_version",
      "event {1} of case {0} has schema version {2}; this reader knows {3}",
      "事项{0}的第{1}条事件的格式版本为{2}，本程序只识别{3}");
  /** The event belongs to a workflow the reader was not given. */
  public static final ErrorCode UNKNOWN_WORKFLOW = ErrorCode.of("event.unknown_workflow",
      "event {1} of case {0} belongs to workflow ''{2}'', which is not among {3}",
      "事项{0}的第{1}条事件属于流程“{2}”，不在{3}之中");
  /** The event was written by a later version of its workflow than the reader's. */
  public static final ErrorCode LATER_VERSION = ErrorCode.of("event.later_workflow_version",
      "event {1} of case {0} was written by version {2} of workflow ''{3}''; this reader has"
          + " version {4}",
      "事项{0}的第{1}条事件由流程“{3}”的第{2}版写入，本程序只有第{4}版");

  private final String caseId;
  private final long sequence;

  UnreadableEventException(ErrorCode code, String caseId, long sequence, Throwable cause,
      Object... more) {
    super(code, cause, arguments(caseId, sequence, more));
    this.caseId = caseId;
    this.sequence = sequence;
  }

  private static Object[] arguments(String caseId, long sequence, Object... more) {
    Object[] all = new Object[more.length + 2];
    all[0] = caseId;
    all[1] = sequence;
    System.arraycopy(more, 0, all, 2, more.length);
    return all;
  }

  /**
   * The case the event belongs to, as the store or the JSON named it.
   *
   * @return the case id text ({@code "?"} when neither named it)
   */
  public String caseId() {
    return caseId;
  }

  /**
   * The event's sequence, as the store or the JSON named it.
   *
   * @return the sequence (0 when neither named it)
   */
  public long sequence() {
    return sequence;
  }
}
