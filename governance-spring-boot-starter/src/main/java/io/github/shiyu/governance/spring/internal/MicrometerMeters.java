package io.github.shiyu.governance.spring.internal;

import io.github.shiyu.governance.cases.Case;
import io.github.shiyu.governance.cases.CaseEvent;
import io.github.shiyu.governance.cases.CaseId;
import io.github.shiyu.governance.cases.Decision;
import io.github.shiyu.governance.cases.Rejection;
import io.github.shiyu.governance.cases.store.CaseStore;
import io.github.shiyu.governance.spring.GovernanceMeters;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;

/** The starter's meters on Micrometer (see {@link GovernanceMeters} for their names). */
public final class MicrometerMeters implements GovernanceMeters {

  private final MeterRegistry registry;
  private final AtomicInteger overdue = new AtomicInteger();

  /**
   * Meters in a registry.
   *
   * @param registry the registry
   */
  public MicrometerMeters(MeterRegistry registry) {
    this.registry = registry;
    registry.gauge("shiyu.cases.overdue", overdue);
  }

  @Override
  public void decided(String workflow, Decision decision) {
    String command = GovernanceMeters.command(decision);
    if (decision instanceof CaseEvent) {
      Counter.builder("shiyu.commands").description("commands that made an event")
          .tag("workflow", workflow).tag("command", command).register(registry).increment();
    } else {
      Counter.builder("shiyu.rejections").description("commands refused, by reason")
          .tag("command", command).tag("reason", ((Rejection) decision).reason().name())
          .register(registry).increment();
    }
  }

  @Override
  public void overdue(int count) {
    overdue.set(count);
  }

  /**
   * A store whose operations are timed ({@code shiyu.store.latency}).
   *
   * @param store the store
   * @return the timed store
   */
  public CaseStore timed(CaseStore store) {
    return new TimedStore(store, registry);
  }

  /** Times each operation of a store; a stream is timed until it is made, not read. */
  private record TimedStore(CaseStore store, MeterRegistry registry) implements CaseStore {

    private <T> T time(String operation, Supplier<T> call) {
      return Timer.builder("shiyu.store.latency").description("case store operations")
          .tag("operation", operation).register(registry).record(call);
    }

    @Override
    public void append(CaseId id, long expectedVersion, List<CaseEvent> events) {
      time("append", () -> {
        store.append(id, expectedVersion, events);
        return null;
      });
    }

    @Override
    public Optional<Case> load(CaseId id) {
      return time("load", () -> store.load(id));
    }

    @Override
    public Optional<Case> loadRecent(CaseId id) {
      return time("load_recent", () -> store.loadRecent(id));
    }

    @Override
    public List<CaseEvent> events(CaseId id) {
      return time("events", () -> store.events(id));
    }

    @Override
    public Optional<CaseEvent> findByIdempotencyKey(CaseId id, String key) {
      return time("idempotency", () -> store.findByIdempotencyKey(id, key));
    }

    @Override
    public Stream<Case> openCases() {
      return time("open", store::openCases);
    }

    @Override
    public Stream<Case> openCasesDueBefore(Instant instant) {
      return time("due", () -> store.openCasesDueBefore(instant));
    }

    @Override
    public Stream<CaseEvent> allEvents() {
      return time("all", store::allEvents);
    }
  }
}
