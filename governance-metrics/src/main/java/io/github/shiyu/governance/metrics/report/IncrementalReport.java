package io.github.shiyu.governance.metrics.report;

import io.github.shiyu.governance.cases.CaseEvent;
import io.github.shiyu.governance.cases.CaseId;
import io.github.shiyu.governance.metrics.fact.CaseEvents;
import io.github.shiyu.governance.metrics.fact.CaseFact;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A report kept up to date from a stream of case events, late and repeated ones included:
 * each event refolds its case ({@link CaseEvents#fold}) and the accumulator replaces the
 * case's previous fact by the new one, so the report always equals the batch report of the
 * cases' current facts. Holds every event it has seen; not thread-safe.
 *
 * <pre>{@code
 * IncrementalReport live = new IncrementalReport(spec);
 * store.subscribe(live::accept);         // however events reach the application
 * Report now = live.report();
 * }</pre>
 */
public final class IncrementalReport {

  private final Accumulator accumulator;
  private final Map<CaseId, TreeMap<Long, CaseEvent>> events = new HashMap<>();
  private final Map<CaseId, CaseFact> facts = new HashMap<>();

  /**
   * Starts an empty report.
   *
   * @param spec the report specification
   */
  public IncrementalReport(ReportSpec spec) {
    this.accumulator = spec.accumulator();
  }

  /**
   * Takes one event, in any order; an event seen before changes nothing.
   *
   * @param event the event
   * @return this report
   */
  public IncrementalReport accept(CaseEvent event) {
    TreeMap<Long, CaseEvent> history = events.computeIfAbsent(event.caseId(),
        id -> new TreeMap<>());
    CaseEvent known = history.putIfAbsent(event.sequence(), event);
    if (known != null) {
      if (!known.equals(event)) {
        // let the fold report the conflict with the case and sequence named
        java.util.List<CaseEvent> both = new java.util.ArrayList<>(history.values());
        both.add(event);
        CaseEvents.fold(both);
      }
      return this;
    }
    Optional<CaseFact> fact = CaseEvents.fold(history.values());
    CaseFact before = facts.get(event.caseId());
    if (fact.isPresent() && !fact.get().equals(before)) {
      if (before != null) {
        accumulator.replace(before, fact.get());
      } else {
        accumulator.add(fact.get());
      }
      facts.put(event.caseId(), fact.get());
    }
    return this;
  }

  /**
   * The current fact of a case.
   *
   * @param id the case
   * @return its fact, empty while its registration has not arrived
   */
  public Optional<CaseFact> fact(CaseId id) {
    return Optional.ofNullable(facts.get(id));
  }

  /**
   * A copy of the accumulator, to merge with others.
   *
   * @return the accumulator's copy
   */
  public Accumulator accumulator() {
    return accumulator.copy();
  }

  /**
   * The report now.
   *
   * @return the report
   */
  public Report report() {
    return accumulator.report();
  }
}
