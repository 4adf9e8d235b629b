package io.github.shiyu.governance.jackson;

import io.github.shiyu.governance.cases.CaseId;
import io.github.shiyu.governance.cases.internal.json.EventForm;
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
  public static final ErrorCode UNREADABLE = EventForm.UNREADABLE;
  /** The event was written in a schema version this reader does not know. */
  public static final ErrorCode SCHEMA_VERSION = EventForm.SCHEMA;
  /** The event belongs to a workflow the reader was not given. */
  public static final ErrorCode UNKNOWN_WORKFLOW = EventForm.UNKNOWN_WORKFLOW;
  /** The event was written by a later version of its workflow than the reader's. */
  public static final ErrorCode LATER_VERSION = EventForm.LATER_VERSION;

  private final String caseId;
  private final long sequence;

  UnreadableEventException(ErrorCode code, String caseId, long sequence, Throwable cause,
      Object... more) {
    super(code, cause, EventForm.arguments(caseId, sequence, more));
    this.caseId = caseId;
    this.sequence = sequence;
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
