package io.github.shiyu.governance.cases.store;

import io.github.shiyu.governance.cases.Case;
import io.github.shiyu.governance.cases.CaseErrors;
import io.github.shiyu.governance.cases.CaseEvent;
import io.github.shiyu.governance.cases.CaseId;
import io.github.shiyu.governance.cases.CaseType;
import io.github.shiyu.governance.cases.Command;
import io.github.shiyu.governance.cases.Decision;
import io.github.shiyu.governance.cases.Workflow;
import io.github.shiyu.governance.core.GovernanceException;
import io.github.shiyu.governance.core.InvalidValueException;
import io.github.shiyu.governance.core.MissingDataException;
import io.github.shiyu.governance.core.time.WorkCalendar;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Runs commands against stored cases: load, decide with the case type's workflow, append with
 * the expected version. When another command wins the race, the loser is re-decided against
 * the new version (up to a bound, then {@link ConcurrencyConflictException}); no event is lost
 * or duplicated. A command with an idempotency key that was already accepted returns the event
 * it produced then, without deciding again.
 *
 * <p>Thread-safe. Time comes from the injected {@link Clock}; an event is never stamped earlier
 * than the case's last change.
 *
 * <pre>{@code
 * CaseService service = new CaseService(new InMemoryCaseStore(), Clock.systemUTC(),
 *     StandardWorkflows.all());
 * service.register(CaseId.of("WO-1"), Command.register(clerk, registration));
 * Decision d = service.execute(CaseId.of("WO-1"),
 *     Command.of("dispatch", clerk).withHandler("dept-housing").withIdempotencyKey("req-1"));
 * }</pre>
 */
public final class CaseService {

  private static final int DEFAULT_ATTEMPTS = 16;

  private final CaseStore store;
  private final Clock clock;
  private final Map<CaseType, Workflow> workflows = new EnumMap<>(CaseType.class);
  private final int attempts;

  /**
   * A service re-deciding up to 16 times on conflicts.
   *
   * @param store     where cases live
   * @param clock     the source of time
   * @param workflows at most one workflow per case type
   */
  public CaseService(CaseStore store, Clock clock, Collection<Workflow> workflows) {
    this(store, clock, workflows, DEFAULT_ATTEMPTS);
  }

  /**
   * A service with a bound on attempts.
   *
   * @param store     where cases live
   * @param clock     the source of time
   * @param workflows at most one workflow per case type
   * @param attempts  how many times a command is decided before a conflict is reported (&ge; 1)
   * @throws InvalidValueException {@code case.setting} if {@code attempts} is below 1
   */
  public CaseService(CaseStore store, Clock clock, Collection<Workflow> workflows, int attempts) {
    this.store = Objects.requireNonNull(store, "store");
    this.clock = Objects.requireNonNull(clock, "clock");
    if (attempts < 1) {
      throw new InvalidValueException(CaseErrors.SETTING, "attempts",
          "must be at least 1, got " + attempts);
    }
    this.attempts = attempts;
    for (Workflow w : workflows) {
      if (this.workflows.put(w.type(), w) != null) {
        throw new InvalidValueException(CaseErrors.DEFINITION, w.name(),
            "a second workflow for case type " + w.type());
      }
    }
  }

  /**
   * Registers a new case.
   *
   * @param id      the new case's id
   * @param command a {@link Command#register} command
   * @return the first event, or a rejection
   * @throws InvalidValueException {@code case.duplicate} if the id is taken by another request
   */
  public Decision register(CaseId id, Command command) {
    Workflow w = workflow(command.registration()
        .orElseThrow(() -> new InvalidValueException(CaseErrors.COMMAND, command.name()))
        .type());
    // The key is looked up only when the store refuses the case (it exists: a repeated
    // request, or another's) or the registration is rejected: an accepted new case costs the
    // append alone.
    Decision d = w.register(id, command, clock.instant());
    if (!(d instanceof CaseEvent event)) {
      return earlier(id, command).orElse(d);
    }
    try {
      store.append(id, 0, List.of(event));
    } catch (ConcurrencyConflictException e) {
      return earlier(id, command)
          .orElseThrow(() -> new InvalidValueException(CaseErrors.DUPLICATE_CASE, id));
    }
    return d;
  }

  /**
   * Decides a command against the current version of a case and stores its event.
   *
   * @param id      the case
   * @param command the command
   * @return the event (the earlier one for a repeated idempotency key), or a rejection
   * @throws MissingDataException {@code case.unknown} for an unknown case
   * @throws ConcurrencyConflictException if other commands kept winning the race
   * @throws InvalidValueException {@code case.idempotency_key_reused} if the key was used for
   *     another command
   */
  public Decision execute(CaseId id, Command command) {
    ConcurrencyConflictException last = null;
    // The first decision is against the store's recent version (no read, for a store that
    // caches). If that version was behind, the append conflicts or the decision may be a
    // rejection the stored version would not give: either way the command is decided again
    // against the stored version, and only decisions against the stored version count as
    // attempts.
    boolean recent = true;
    for (int i = 0; i < attempts; ) {
      // The key is looked up only when it matters: when the decision is a rejection (a
      // repeated request, decided against the version after its own event, may be rejected)
      // and when the store refuses the event because its key is stored (the store's unique key
      // on case and idempotency key). A duplicate committed before the load is found either
      // way; one committed after it makes the append conflict and the command is decided
      // again. An accepted new command costs the append alone when its case is cached.
      Case kase = (recent ? store.loadRecent(id) : store.load(id))
          .orElseThrow(() -> new MissingDataException(CaseErrors.UNKNOWN_CASE, id));
      Instant now = clock.instant();
      if (now.isBefore(kase.updatedAt())) {
        now = kase.updatedAt();
      }
      Decision d = workflow(kase.type()).decide(kase, command, now);
      if (!(d instanceof CaseEvent event)) {
        if (recent) {
          recent = false;
          continue;
        }
        return earlier(id, command).orElse(d);
      }
      try {
        store.append(id, kase.version(), List.of(event));
        return event;
      } catch (ConcurrencyConflictException e) {
        last = e;
        if (!recent) {
          i++;
        }
        recent = false;
      } catch (InvalidValueException e) {
        if (!e.code().equals(CaseErrors.IDEMPOTENCY_KEY_REUSED)) {
          throw e;
        }
        // the key is stored: the earlier event (or the same error, for another command)
        return earlier(id, command).orElseThrow(() -> e);
      }
    }
    throw last;
  }

  /**
   * Decides several commands and stores their events together: for a store that commits
   * {@link CaseStore#appendAll} in one transaction (the JDBC store), one log flush for the
   * lot, which is what a bulk import or a queue consumer with a backlog wants. The decisions
   * are those {@link #register} and {@link #execute} give for the commands one after another:
   * a case's commands are decided in the order given, each against the case after the ones
   * before it, and a case's events are appended as one, so they are stored all or none.
   *
   * <p>Some commands are run again by {@link #register} or {@link #execute} after the others
   * are stored, each with every later command of its case: a command whose case has no recent
   * version in the store or no workflow in this service, one that is rejected, and one whose
   * case's append is refused (another writer moved the case on, a repeated idempotency key).
   * So repeated requests get their earlier events and conflicts are decided again, as one by
   * one.
   *
   * <pre>{@code
   * List<Decision> decisions = service.executeAll(List.of(
   *     CaseCommand.of(CaseId.of("WO-1"), Command.register(clerk, registration)),
   *     CaseCommand.of(CaseId.of("WO-1"), Command.of("dispatch", clerk).withHandler("dept-a")),
   *     CaseCommand.of(CaseId.of("WO-2"), Command.of("reply", department))));
   * }</pre>
   *
   * @param commands the commands, in order
   * @return the decisions, one per command, in order
   * @throws MissingDataException {@code case.unknown} for a command on an unknown case
   * @throws ConcurrencyConflictException if other commands kept winning the race for a case
   * @throws InvalidValueException {@code case.idempotency_key_reused} if a key was used for
   *     another command, {@code case.duplicate} for a registration of a taken id,
   *     {@code case.no_workflow} for a case type the service has no workflow for. Thrown while
   *     the commands are run one by one: the events stored together are stored, and of the
   *     commands run one by one, those before the failing one. Sending the same commands again
   *     with their idempotency keys gives each stored one its earlier event.
   */
  public List<Decision> executeAll(List<CaseCommand> commands) {
    int n = commands.size();
    Decision[] out = new Decision[n];
    boolean[] alone = new boolean[n];
    // the cases of the batch, in order of first command; a case leaves the batch at its first
    // command that cannot be decided here
    Map<CaseId, InBatch> batch = new LinkedHashMap<>();
    Set<CaseId> left = new HashSet<>();
    for (int i = 0; i < n; i++) {
      CaseId id = commands.get(i).caseId();
      Command command = commands.get(i).command();
      InBatch b = batch.get(id);
      Optional<CaseEvent> event = Optional.empty();
      if (!left.contains(id)) {
        Case kase = b != null ? b.now : command.registration().isPresent() ? null
            : store.loadRecent(id).orElse(null);
        event = decideInBatch(id, command, kase, b != null);
        if (event.isPresent() && b == null) {
          b = new InBatch(kase);
          batch.put(id, b);
        }
      }
      if (event.isEmpty()) {
        left.add(id);
        alone[i] = true;
        continue;
      }
      b.add(event.get(), i);
      out[i] = event.get();
    }
    List<Append> appends = new ArrayList<>(batch.size());
    batch.forEach((id, b) -> appends.add(Append.of(id, b.from, b.events)));
    List<Optional<GovernanceException>> refused = store.appendAll(appends);
    for (int j = 0; j < appends.size(); j++) {
      if (refused.get(j).isPresent()) {
        for (int i : batch.get(appends.get(j).caseId()).commands) {
          alone[i] = true;
        }
      }
    }
    for (int i = 0; i < n; i++) {
      if (alone[i]) {
        CaseCommand c = commands.get(i);
        out[i] = c.command().registration().isPresent() ? register(c.caseId(), c.command())
            : execute(c.caseId(), c.command());
      }
    }
    return List.of(out);
  }

  /** A case in a batch: the version its events were decided against, the case after them. */
  private static final class InBatch {
    final long from;
    Case now;
    final List<CaseEvent> events = new ArrayList<>();
    final List<Integer> commands = new ArrayList<>();

    InBatch(Case start) {
      this.from = start == null ? 0 : start.version();
      this.now = start;
    }

    void add(CaseEvent e, int command) {
      now = now == null ? Case.start(e) : now.apply(e);
      events.add(e);
      commands.add(command);
    }
  }

  /**
   * The event of a command decided against a case as the batch leaves it or the store's
   * recent version ({@code kase}, null for a new case), or empty when it is to be run by itself:
   * no case, no workflow, a rejection, or a registration of a case already in the batch.
   */
  private Optional<CaseEvent> decideInBatch(CaseId id, Command command, Case kase,
      boolean inBatch) {
    Decision d;
    if (command.registration().isPresent()) {
      Workflow w = workflows.get(command.registration().get().type());
      if (inBatch || w == null) {
        return Optional.empty();
      }
      d = w.register(id, command, clock.instant());
    } else {
      if (kase == null) {
        return Optional.empty();
      }
      Instant now = clock.instant();
      if (now.isBefore(kase.updatedAt())) {
        now = kase.updatedAt();
      }
      Workflow w = workflows.get(kase.type());
      if (w == null) {
        return Optional.empty();
      }
      d = w.decide(kase, command, now);
    }
    return d instanceof CaseEvent e ? Optional.of(e) : Optional.empty();
  }

  /**
   * This service over the same store with every workflow counting with another calendar: the
   * step after a notice for a provisional year (or a province's local days) is loaded, before
   * {@link #recomputeDeadlines()}.
   *
   * <pre>{@code
   * WorkCalendar updated = WorkCalendar.china().with(WorkCalendar.read(Path.of("2027.calendar")));
   * service = service.withCalendar(updated);
   * service.recomputeDeadlines();   // one DEADLINE_RECOMPUTED event per case whose deadline moved
   * }</pre>
   *
   * @param calendar the calendar
   * @return the new service; this one is unchanged
   */
  public CaseService withCalendar(WorkCalendar calendar) {
    Objects.requireNonNull(calendar, "calendar");
    return new CaseService(store, clock,
        workflows.values().stream().map(w -> w.withCalendar(calendar)).toList(), attempts);
  }

  /**
   * Recomputes the deadlines of every open case with the service's workflows and stores a
   * {@link io.github.shiyu.governance.cases.EventTag#DEADLINE_RECOMPUTED} event for each case
   * whose deadlines changed (see {@link Workflow#recomputeDeadlines}). Running it again
   * records nothing new.
   *
   * @return the events stored, one per changed case
   * @throws ConcurrencyConflictException if other commands kept winning the race for a case
   */
  public List<CaseEvent> recomputeDeadlines() {
    List<CaseId> open;
    try (Stream<Case> cases = store.openCases()) {
      open = cases.map(Case::id).toList();
    }
    List<CaseEvent> out = new ArrayList<>();
    for (CaseId id : open) {
      recomputeDeadlines(id).ifPresent(out::add);
    }
    return out;
  }

  /**
   * Recomputes one case's deadlines and stores the event if they changed.
   *
   * @param id the case
   * @return the event stored, or empty if nothing changed or the case is terminal
   * @throws MissingDataException {@code case.unknown} for an unknown case
   * @throws ConcurrencyConflictException if other commands kept winning the race
   */
  public Optional<CaseEvent> recomputeDeadlines(CaseId id) {
    ConcurrencyConflictException last = null;
    for (int i = 0; i < attempts; i++) {
      List<CaseEvent> history = store.events(id);
      if (history.isEmpty()) {
        throw new MissingDataException(CaseErrors.UNKNOWN_CASE, id);
      }
      Case kase = Case.replay(history);
      Instant now = clock.instant();
      if (now.isBefore(kase.updatedAt())) {
        now = kase.updatedAt();
      }
      Optional<CaseEvent> event = workflow(kase.type()).recomputeDeadlines(kase, history, now);
      if (event.isEmpty()) {
        return event;
      }
      try {
        store.append(id, kase.version(), List.of(event.get()));
        return event;
      } catch (ConcurrencyConflictException e) {
        last = e;
      }
    }
    throw last;
  }

  private Optional<Decision> earlier(CaseId id, Command command) {
    Optional<String> key = command.idempotencyKey();
    if (key.isEmpty()) {
      return Optional.empty();
    }
    Optional<CaseEvent> found = store.findByIdempotencyKey(id, key.get());
    if (found.isPresent() && !found.get().command().equals(command.name())) {
      throw new InvalidValueException(CaseErrors.IDEMPOTENCY_KEY_REUSED, key.get(), id,
          found.get().command(), command.name());
    }
    return found.map(e -> e);
  }

  /**
   * The current version of a case.
   *
   * @param id the case
   * @return the case, or empty
   */
  public Optional<Case> find(CaseId id) {
    return store.load(id);
  }

  /**
   * A case's history.
   *
   * @param id the case
   * @return its events in order
   */
  public List<CaseEvent> history(CaseId id) {
    return store.events(id);
  }

  /**
   * The workflow this service uses for a case type.
   *
   * @param type the case type
   * @return the workflow
   * @throws InvalidValueException {@code case.no_workflow} if the service has none
   */
  public Workflow workflow(CaseType type) {
    Workflow w = workflows.get(type);
    if (w == null) {
      throw new InvalidValueException(CaseErrors.NO_WORKFLOW, type);
    }
    return w;
  }

  /**
   * The store.
   *
   * @return the store
   */
  public CaseStore store() {
    return store;
  }
}
