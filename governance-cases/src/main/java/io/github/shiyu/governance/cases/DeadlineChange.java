package io.github.shiyu.governance.cases;

import io.github.shiyu.governance.core.time.Deadline;
import java.time.Instant;
import java.util.Objects;

/**
 * One clock's deadline before and after a recomputation ({@link EventTag#DEADLINE_RECOMPUTED}),
 * for example the acceptance limit of a petition registered on 28 December, counted first over
 * a provisional January and then over the published notice.
 *
 * <pre>{@code
 * for (DeadlineChange c : event.deadlineChanges()) {
 *   log.info("{} due {} -> {}", c.clock(), c.before().due(), c.after().due());
 * }
 * }</pre>
 *
 * @param clock  the clock's name in the workflow
 * @param before the deadline as it stood
 * @param after  the deadline as recomputed
 */
public record DeadlineChange(String clock, Deadline before, Deadline after) {

  /**
   * Checks the parts.
   *
   * @param clock  the clock's name
   * @param before the deadline as it stood
   * @param after  the deadline as recomputed
   */
  public DeadlineChange {
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
  }

  /**
   * Whether the due instant moved (rather than only its provisional mark).
   *
   * @return true if {@code before.due()} and {@code after.due()} differ
   */
  public boolean dueMoved() {
    return !before.due().equals(after.due());
  }

  /**
   * The due instant as it stood.
   *
   * @return the old due instant
   */
  public Instant previousDue() {
    return before.due();
  }

  /**
   * The recomputed due instant.
   *
   * @return the new due instant
   */
  public Instant due() {
    return after.due();
  }
}
