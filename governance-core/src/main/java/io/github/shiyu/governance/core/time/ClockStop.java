package io.github.shiyu.governance.core.time;

import io.github.shiyu.governance.core.InvalidValueException;
import java.time.Instant;

/**
 * A completed clock stop of a {@link Deadline}: the interval [{@code from}, {@code to}) that
 * does not count as used time (hearing time, a suspended work order).
 *
 * <pre>{@code
 * Deadline d = deadline.stop(hearingOpens).resume(hearingCloses, calendar);
 * d.stops();   // [ClockStop[from=hearingOpens, to=hearingCloses]]
 * }</pre>
 *
 * @param from when the clock stopped
 * @param to   when it restarted, not before {@code from}
 */
public record ClockStop(Instant from, Instant to) {

  /**
   * Checks the interval.
   *
   * @param from when the clock stopped
   * @param to   when it restarted, not before {@code from}
   * @throws InvalidValueException {@code deadline.instant_range} for an instant outside
   *     1900–9999, {@code deadline.state} if {@code to} precedes {@code from}
   */
  public ClockStop {
    DeadlinePolicy.checkRange(from);
    DeadlinePolicy.checkRange(to);
    Deadline.checkNotBefore("resume", to, from);
  }
}
