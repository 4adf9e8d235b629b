package io.github.shiyu.governance.cases.store;

import io.github.shiyu.governance.cases.Case;
import io.github.shiyu.governance.cases.CaseErrors;
import io.github.shiyu.governance.cases.CaseEvent;
import io.github.shiyu.governance.cases.CaseId;
import io.github.shiyu.governance.cases.StateKind;
import io.github.shiyu.governance.core.InvalidValueException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * A thread-safe {@link CaseStore} in memory: for tests, examples and single-process tools.
 * Appends to one case are serialised by a lock on that case; different cases do not contend.
 *
 * <pre>{@code
 * CaseStore store = new InMemoryCaseStore();
 * CaseService service = new CaseService(store, Clock.systemUTC(), StandardWorkflows.all());
 * }</pre>
 */
public final class InMemoryCaseStore implements CaseStore {

  private static final class Log {
    final List<CaseEvent> events = new ArrayList<>();
    final Map<String, CaseEvent> keys = new HashMap<>();
    volatile Case current;
  }

  private final ConcurrentHashMap<CaseId, Log> logs = new ConcurrentHashMap<>();

  /** Creates an empty store. */
  public InMemoryCaseStore() {
    // nothing stored yet
  }

  @Override
  public void append(CaseId id, long expectedVersion, List<CaseEvent> events) {
    Objects.requireNonNull(id, "id");
    if (events.isEmpty()) {
      return;
    }
    Log log = expectedVersion == 0 ? logs.computeIfAbsent(id, k -> new Log()) : logs.get(id);
    if (log == null) {
      throw new ConcurrencyConflictException(id, expectedVersion, 0);
    }
    synchronized (log) {
      long actual = log.current == null ? 0 : log.current.version();
      if (actual != expectedVersion) {
        throw new ConcurrencyConflictException(id, expectedVersion, actual);
      }
      Case next = log.current;
      Map<String, CaseEvent> newKeys = new HashMap<>();
      for (CaseEvent e : events) {
        if (!e.caseId().equals(id)) {
          throw new InvalidValueException(CaseErrors.EVENT_ORDER, e.sequence(), e.caseId(),
              next == null ? 0 : next.version(), id);
        }
        next = next == null ? Case.start(e) : next.apply(e);
        Optional<String> key = e.idempotencyKey();
        if (key.isPresent()) {
          CaseEvent earlier = log.keys.get(key.get());
          if (earlier != null || newKeys.put(key.get(), e) != null) {
            throw new InvalidValueException(CaseErrors.IDEMPOTENCY_KEY_REUSED, key.get(), id,
                earlier == null ? e.command() : earlier.command(), e.command());
          }
        }
      }
      log.events.addAll(events);
      log.keys.putAll(newKeys);
      log.current = next;
    }
  }

  @Override
  public Optional<Case> load(CaseId id) {
    Log log = logs.get(id);
    return log == null ? Optional.empty() : Optional.ofNullable(log.current);
  }

  @Override
  public List<CaseEvent> events(CaseId id) {
    Log log = logs.get(id);
    if (log == null) {
      return List.of();
    }
    synchronized (log) {
      return List.copyOf(log.events);
    }
  }

  @Override
  public Optional<CaseEvent> findByIdempotencyKey(CaseId id, String key) {
    Log log = logs.get(id);
    if (log == null) {
      return Optional.empty();
    }
    synchronized (log) {
      return Optional.ofNullable(log.keys.get(key));
    }
  }

  @Override
  public Stream<Case> openCases() {
    return logs.values().stream().map(l -> l.current).filter(Objects::nonNull)
        .filter(c -> c.state().kind() != StateKind.TERMINAL);
  }

  @Override
  public Stream<CaseEvent> allEvents() {
    return logs.keySet().stream().sorted().flatMap(id -> events(id).stream());
  }
}
