package io.github.shiyu.governance.cases.store;

import io.github.shiyu.governance.cases.Case;
import io.github.shiyu.governance.cases.CaseEvent;
import io.github.shiyu.governance.cases.CaseId;
import io.github.shiyu.governance.core.GovernanceException;
import io.github.shiyu.governance.core.InvalidValueException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where cases and their events live. Events are the truth; a store may keep the current
 * {@link Case} as a snapshot, which must always equal {@code Case.replay(events(id))}.
 *
 * <p>Implementations are thread-safe. {@link #append} is atomic per case: either all events
 * are stored, with sequence numbers following the expected version without gaps, or none.
 * A vendor implements this interface over its database (one row per event, a unique key on
 * case id and sequence and on case id and idempotency key): it stores each event's parts (case
 * id, sequence, instant, {@link CaseEvent#workflow()} and {@link CaseEvent#workflowVersion()},
 * the command as issued with its actor and data, the states left and entered and the latter's
 * kind, the tags, the {@link io.github.shiyu.governance.cases.Handling handling}, the clocks
 * and their deadlines, the deadline changes) and reads them back with
 * {@link CaseEvent#restore(CaseId, long, Instant)}; the restored events equal the stored ones
 * and {@link Case#replay(List)} rebuilds the case from them without the workflow.
 *
 * <pre>{@code
 * CaseStore store = new InMemoryCaseStore();
 * store.append(first.caseId(), 0, List.of(first));   // registers the case
 * store.load(first.caseId()).orElseThrow().version();   // 1
 * }</pre>
 */
public interface CaseStore {

  /**
   * Appends events decided against a version of a case (0 for a new case).
   *
   * @param id              the case
   * @param expectedVersion the version the events were decided against
   * @param events          the events, sequence numbers from {@code expectedVersion + 1}
   * @throws ConcurrencyConflictException if the case is at another version
   * @throws io.github.shiyu.governance.core.InvalidValueException {@code case.event_order} if the
   *     events do not follow the case, {@code case.idempotency_key_reused} if an event repeats an
   *     idempotency key already stored for the case
   */
  void append(CaseId id, long expectedVersion, List<CaseEvent> events);

  /**
   * Appends several commands' events, each as {@link #append} would: all of one append's events
   * or none, each checked against its expected version by itself. A store may commit them
   * together (one transaction, one log flush: the JDBC store does); this default appends them
   * one after another. Appends of one case are checked one after another in the order given.
   *
   * @param appends the appends
   * @return for each append, in order, empty if it was stored, or what {@link #append} would
   *     have thrown for it: a {@link ConcurrencyConflictException}, or an {@link
   *     io.github.shiyu.governance.core.InvalidValueException} ({@code case.event_order},
   *     {@code case.idempotency_key_reused})
   * @throws io.github.shiyu.governance.core.GovernanceException if the store itself failed:
   *     a store that commits the appends together has then stored none of them, this default
   *     the ones before the failure
   */
  default List<Optional<GovernanceException>> appendAll(List<Append> appends) {
    List<Optional<GovernanceException>> out = new ArrayList<>(appends.size());
    for (Append a : appends) {
      try {
        append(a.caseId(), a.expectedVersion(), a.events());
        out.add(Optional.empty());
      } catch (ConcurrencyConflictException | InvalidValueException e) {
        out.add(Optional.of(e));
      }
    }
    return out;
  }

  /**
   * The current version of a case.
   *
   * @param id the case
   * @return the case, or empty if unknown
   */
  Optional<Case> load(CaseId id);

  /**
   * The case as this store last saw it, to decide a command against: a store that keeps
   * cases in memory answers without asking its database, so the version may lag the stored
   * one when another writer (another JVM on the same database) appended since. An append
   * decided against such a version is refused with {@link ConcurrencyConflictException} by
   * the expected-version check, and {@link CaseService} then decides the command again
   * against {@link #load}. Nothing else should rely on it being current.
   *
   * @param id the case
   * @return the case, or empty if unknown
   */
  default Optional<Case> loadRecent(CaseId id) {
    return load(id);
  }

  /**
   * A case's events in order.
   *
   * @param id the case
   * @return the events (empty for an unknown case)
   */
  List<CaseEvent> events(CaseId id);

  /**
   * The event a request with an idempotency key produced.
   *
   * @param id  the case
   * @param key the idempotency key
   * @return the event, or empty if no request with that key was accepted
   */
  Optional<CaseEvent> findByIdempotencyKey(CaseId id, String key);

  /**
   * The cases not in a terminal state.
   *
   * @return the current versions, in no particular order
   */
  Stream<Case> openCases();

  /**
   * The open cases with a running (not stopped) clock due before an instant: what the deadline
   * monitor and the escalation policy look at. A database store overrides this with an
   * indexed query on the due instants of the last events.
   *
   * @param instant the bound (exclusive)
   * @return the cases, in no particular order
   */
  default Stream<Case> openCasesDueBefore(Instant instant) {
    return openCases().filter(c -> c.deadlines().values().stream()
        .anyMatch(d -> !d.isStopped() && d.due().isBefore(instant)));
  }

  /**
   * Every event of every case, case by case, each case's events in order.
   *
   * @return the events
   */
  Stream<CaseEvent> allEvents();
}
