package io.github.shiyu.governance.cases.store;

import io.github.shiyu.governance.cases.Case;
import io.github.shiyu.governance.cases.CaseEvent;
import io.github.shiyu.governance.cases.CaseId;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** An in-memory store behind a {@link CaseStore} whose tests override what they watch. */
abstract class ForwardingStore implements CaseStore {

  final InMemoryCaseStore real = new InMemoryCaseStore();

  @Override
  public void append(CaseId id, long expectedVersion, List<CaseEvent> events) {
    real.append(id, expectedVersion, events);
  }

  @Override
  public Optional<Case> load(CaseId id) {
    return real.load(id);
  }

  @Override
  public List<CaseEvent> events(CaseId id) {
    return real.events(id);
  }

  @Override
  public Optional<CaseEvent> findByIdempotencyKey(CaseId id, String key) {
    return real.findByIdempotencyKey(id, key);
  }

  @Override
  public Stream<Case> openCases() {
    return real.openCases();
  }

  @Override
  public Stream<CaseEvent> allEvents() {
    return real.allEvents();
  }
}
