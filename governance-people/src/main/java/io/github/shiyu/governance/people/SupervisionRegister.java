package io.github.shiyu.governance.people;

import io.github.shiyu.governance.core.InvalidValueException;
import io.github.shiyu.governance.core.MissingDataException;
import io.github.shiyu.governance.core.category.CaseCategory;
import io.github.shiyu.governance.core.grid.GridCode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A register of persons under supervision, kept as an append-only event log per person with
 * the same guarantees as the case engine's {@code CaseStore}: every change is an event, the
 * record is its replay, a change names the version it expects (optimistic concurrency), and a
 * repeated idempotency key returns the event already recorded instead of recording twice.
 *
 * <p>This in-memory register is thread-safe; a vendor persists {@link #history(PersonId)} and
 * rebuilds with {@link #restore(List)}.
 *
 * <pre>{@code
 * SupervisionRegister register = SupervisionRegister.inMemory();
 * register.enrol(person, "gw-017", now, "enrol-KW-0001");
 * SupervisionEvent e = register.changeLevel(person.id(), 1, PopulationTaxonomy.STRICT,
 *     "未按时报到", "judicial-office", now, "lvl-KW-0001-1");
 * register.require(person.id()).version();   // 2
 * }</pre>
 */
public final class SupervisionRegister {

  private final Map<PersonId, List<SupervisionEvent>> events = new TreeMap<>();
  private final Map<PersonId, SupervisionRecord> records = new HashMap<>();
  private final Map<String, SupervisionEvent> byKey = new HashMap<>();

  private SupervisionRegister() {
  }

  /**
   * An empty register in memory.
   *
   * @return the register
   */
  public static SupervisionRegister inMemory() {
    return new SupervisionRegister();
  }

  /**
   * A register rebuilt from stored events (any order across persons, each person's in order).
   *
   * @param stored the events
   * @return the register
   * @throws InvalidValueException {@link PeopleErrors#REPLAY} for a broken history
   */
  public static SupervisionRegister restore(List<SupervisionEvent> stored) {
    SupervisionRegister register = new SupervisionRegister();
    for (SupervisionEvent event : stored) {
      register.append(event);
    }
    return register;
  }

  /**
   * Enrols a person (列管).
   *
   * @param person the person
   * @param actor  who enrols
   * @param at     when
   * @param key    the idempotency key
   * @return the enrolment, or the event already recorded under this key
   * @throws InvalidValueException {@link PeopleErrors#ALREADY_ENROLLED} if the person is in the
   *     register under another key
   */
  public synchronized SupervisionEvent enrol(SupervisedPerson person, String actor, Instant at,
      String key) {
    Objects.requireNonNull(person, "person");
    SupervisionEvent earlier = byKey.get(key);
    if (earlier != null) {
      return earlier;
    }
    if (records.containsKey(person.id())) {
      throw new InvalidValueException(PeopleErrors.ALREADY_ENROLLED, person.id());
    }
    return append(SupervisionEvent.of(person.id(), 1, at,
        new SupervisionChange.Enrolment(person), "enrolment", actor, key));
  }

  /**
   * Changes the supervision level.
   *
   * @param id       the person
   * @param expected the version the caller read
   * @param level    the new level
   * @param reason   why (sensitive: kept out of {@code toString} and messages)
   * @param actor    who
   * @param at       when
   * @param key      the idempotency key
   * @return the event, or the one already recorded under this key
   * @throws MissingDataException {@link PeopleErrors#UNKNOWN_PERSON}
   * @throws InvalidValueException {@link PeopleErrors#VERSION}, {@link PeopleErrors#ENDED}
   */
  public SupervisionEvent changeLevel(PersonId id, long expected, CaseCategory level,
      String reason, String actor, Instant at, String key) {
    return change(id, expected, new SupervisionChange.LevelChange(level), reason, actor, at, key);
  }

  /**
   * Hands the person over to another grid and grid worker.
   *
   * @param id       the person
   * @param expected the version the caller read
   * @param grid     the grid
   * @param worker   the worker's id
   * @param reason   why
   * @param actor    who
   * @param at       when
   * @param key      the idempotency key
   * @return the event, or the one already recorded under this key
   */
  public SupervisionEvent handOver(PersonId id, long expected, GridCode grid, String worker,
      String reason, String actor, Instant at, String key) {
    return change(id, expected, new SupervisionChange.Handover(grid, worker), reason, actor, at,
        key);
  }

  /**
   * Ends the measure (解除).
   *
   * @param id       the person
   * @param expected the version the caller read
   * @param end      the last day
   * @param reason   why
   * @param actor    who
   * @param at       when
   * @param key      the idempotency key
   * @return the event, or the one already recorded under this key
   */
  public SupervisionEvent end(PersonId id, long expected, LocalDate end, String reason,
      String actor, Instant at, String key) {
    return change(id, expected, new SupervisionChange.Ending(end), reason, actor, at, key);
  }

  private synchronized SupervisionEvent change(PersonId id, long expected,
      SupervisionChange change, String reason, String actor, Instant at, String key) {
    SupervisionEvent earlier = byKey.get(key);
    if (earlier != null) {
      return earlier;
    }
    SupervisionRecord record = require(id);
    if (record.version() != expected) {
      throw new InvalidValueException(PeopleErrors.VERSION, id, expected, record.version());
    }
    return append(SupervisionEvent.of(id, expected + 1, at, change, reason, actor, key));
  }

  private synchronized SupervisionEvent append(SupervisionEvent event) {
    SupervisionRecord current = records.get(event.person());
    SupervisionRecord next = current == null ? SupervisionRecord.start(event) : current.apply(event);
    records.put(event.person(), next);
    events.computeIfAbsent(event.person(), p -> new ArrayList<>()).add(event);
    byKey.put(event.idempotencyKey(), event);
    return event;
  }

  /**
   * Replaces a person's history by a rewritten one under another id (anonymisation): the old
   * events, the old record and the old idempotency keys are gone afterwards.
   *
   * @param old       the person's id
   * @param rewritten the new history, enrolment first, under the new id
   * @throws InvalidValueException {@link PeopleErrors#REPLAY} if the new history does not replay
   *     or its id is taken
   */
  synchronized void replace(PersonId old, List<SupervisionEvent> rewritten) {
    SupervisionRecord replayed = SupervisionRecord.replay(rewritten);
    PersonId id = replayed.person().id();
    if (records.containsKey(id) && !id.equals(old)) {
      throw new InvalidValueException(PeopleErrors.ALREADY_ENROLLED, id);
    }
    for (SupervisionEvent e : events.getOrDefault(old, List.of())) {
      byKey.remove(e.idempotencyKey());
    }
    events.remove(old);
    records.remove(old);
    events.put(id, new ArrayList<>(rewritten));
    records.put(id, replayed);
    for (SupervisionEvent e : rewritten) {
      byKey.put(e.idempotencyKey(), e);
    }
  }

  /**
   * Every stored event, person by person (the form {@link #restore(List)} takes back).
   *
   * @return the events
   */
  public synchronized List<SupervisionEvent> events() {
    List<SupervisionEvent> out = new ArrayList<>();
    events.values().forEach(out::addAll);
    return List.copyOf(out);
  }

  /**
   * A person's record.
   *
   * @param id the person
   * @return the record, or empty
   */
  public synchronized Optional<SupervisionRecord> find(PersonId id) {
    return Optional.ofNullable(records.get(Objects.requireNonNull(id, "id")));
  }

  /**
   * A person's record that must exist.
   *
   * @param id the person
   * @return the record
   * @throws MissingDataException {@link PeopleErrors#UNKNOWN_PERSON}
   */
  public SupervisionRecord require(PersonId id) {
    return find(id).orElseThrow(() -> new MissingDataException(PeopleErrors.UNKNOWN_PERSON, id));
  }

  /**
   * A person's events, enrolment first.
   *
   * @param id the person
   * @return the events (empty for an unknown person)
   */
  public synchronized List<SupervisionEvent> history(PersonId id) {
    return List.copyOf(events.getOrDefault(id, List.of()));
  }

  /**
   * Every record, by person id.
   *
   * @return the records
   */
  public synchronized List<SupervisionRecord> records() {
    return events.keySet().stream().map(records::get).toList();
  }
}
