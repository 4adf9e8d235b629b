package io.github.shiyu.governance.cases;

/**
 * The outcome a written petition reply states (信访工作条例: 支持 / 解释说明 / 不予支持), carried
 * by the {@code reply} command ({@link Command#withReplyOutcome}) and kept in its event.
 *
 * <pre>{@code
 * Command reply = Command.of(PetitionWorkflow.REPLY, clerk)
 *     .withReplyOutcome(ReplyOutcome.EXPLAIN);
 * }</pre>
 */
public enum ReplyOutcome {
  /** 支持: the request is reasonable and is granted. */
  SUPPORT,
  /** 解释说明: the request is answered with an explanation of the law and the facts. */
  EXPLAIN,
  /** 不予支持: the request is not granted, with the reasons. */
  NOT_SUPPORT
}
