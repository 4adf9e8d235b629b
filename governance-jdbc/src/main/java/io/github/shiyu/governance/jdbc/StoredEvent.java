package io.github.shiyu.governance.jdbc;

import io.github.shiyu.governance.cases.CaseEvent;
import java.util.Objects;

/**
 * An event with its global position in the store's feed.
 *
 * <pre>{@code
 * for (StoredEvent s : store.feed(checkpoint, 500)) {
 *   report.add(s.event());
 *   checkpoint = s.position();
 * }
 * }</pre>
 *
 * @param position the global position, from 1, without gaps
 * @param event    the event
 */
public record StoredEvent(long position, CaseEvent event) {

  /**
   * Checks the parts.
   *
   * @param position the global position, from 1
   * @param event    the event
   */
  public StoredEvent {
    Objects.requireNonNull(event, "event");
  }
}
