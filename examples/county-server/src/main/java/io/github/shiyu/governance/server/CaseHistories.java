package io.github.shiyu.governance.server;

import io.github.shiyu.governance.cases.Case;
import io.github.shiyu.governance.cases.CaseEvent;
import io.github.shiyu.governance.cases.CaseId;
import io.github.shiyu.governance.cases.store.CaseService;
import io.github.shiyu.governance.jdbc.JdbcCaseStore;
import io.github.shiyu.governance.jdbc.StoredEvent;
import io.github.shiyu.governance.metrics.fact.CaseEvents;
import io.github.shiyu.governance.metrics.fact.CaseFact;
import jakarta.annotation.PostConstruct;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * Every case's history, current version and case fact, kept up to date from the JDBC store's
 * feed (only the events after the last position read are fetched, only the cases they touch
 * are replayed and folded again). The reports and the Open311 listing read this instead of
 * decoding every stored event on every request. Over another store it rereads everything.
 */
@Component
public class CaseHistories {

  /** One case as the readers see it. */
  record Entry(List<CaseEvent> events, Case current, Optional<CaseFact> fact) {}

  private static final int PAGE = 5_000;

  private final CaseService service;
  private final Map<CaseId, Entry> entries = new LinkedHashMap<>();
  private long position;

  /**
   * Creates the view.
   *
   * @param service the case engine (its store)
   * @param seed    the seeding, done before the first read
   */
  public CaseHistories(CaseService service, CountyConfiguration.CountySeed seed) {
    this.service = service;
  }

  /**
   * Reads the store once while the application starts (before the port opens), so that the
   * first report or listing does not pay for decoding every stored event.
   */
  @PostConstruct
  void warmUp() {
    snapshot();
  }

  /**
   * The cases as of now.
   *
   * @return a snapshot, in the order the cases were first seen
   */
  public synchronized List<Entry> snapshot() {
    if (service.store() instanceof JdbcCaseStore jdbc) {
      Map<CaseId, List<CaseEvent>> added = new LinkedHashMap<>();
      while (true) {
        List<StoredEvent> page = jdbc.feed(position, PAGE);
        for (StoredEvent e : page) {
          added.computeIfAbsent(e.event().caseId(), k -> new ArrayList<>()).add(e.event());
          position = e.position();
        }
        if (page.size() < PAGE) {
          break;
        }
      }
      added.forEach((id, events) -> {
        Entry before = entries.get(id);
        List<CaseEvent> all = new ArrayList<>(before == null ? List.of() : before.events());
        all.addAll(events);
        entries.put(id, entry(all));
      });
    } else {
      entries.clear();
      try (Stream<CaseEvent> events = service.store().allEvents()) {
        Map<CaseId, List<CaseEvent>> all = new LinkedHashMap<>();
        events.forEachOrdered(e -> all.computeIfAbsent(e.caseId(), k -> new ArrayList<>()).add(e));
        all.forEach((id, h) -> entries.put(id, entry(h)));
      }
    }
    return List.copyOf(entries.values());
  }

  private static Entry entry(List<CaseEvent> events) {
    List<CaseEvent> copy = List.copyOf(events);
    return new Entry(copy, Case.replay(copy), CaseEvents.fold(copy));
  }
}
