package io.github.shiyu.governance.people.internal;

import io.github.shiyu.governance.people.PersonId;
import io.github.shiyu.governance.people.SupervisedPerson;
import io.github.shiyu.governance.people.SupervisionChange;
import io.github.shiyu.governance.people.SupervisionEvent;
import java.util.ArrayList;
import java.util.List;

/**
 * A person's history rewritten without identifying fields: the enrolment carries the
 * anonymised record, every event the new id, every reason the anonymous marker and an
 * idempotency key derived from the new id and the sequence (callers' keys often embed the
 * old id). Instants, levels, grids, workers and periods are kept, so the history still
 * replays and still counts in statistics.
 */
public final class EventRewrite {

  private EventRewrite() {
  }

  /**
   * Rewrites a history.
   *
   * @param history    the person's events, enrolment first
   * @param anonymised the anonymised record (with the new id)
   * @param marker     the text that replaces every reason
   * @return the rewritten events
   */
  public static List<SupervisionEvent> anonymise(List<SupervisionEvent> history,
      SupervisedPerson anonymised, String marker) {
    PersonId id = anonymised.id();
    List<SupervisionEvent> out = new ArrayList<>(history.size());
    for (SupervisionEvent e : history) {
      SupervisionChange change = e.change() instanceof SupervisionChange.Enrolment
          ? new SupervisionChange.Enrolment(anonymised) : e.change();
      out.add(SupervisionEvent.of(id, e.sequence(), e.at(), change, marker, e.actor(),
          id.value() + "-" + e.sequence()));
    }
    return List.copyOf(out);
  }
}
