package io.github.shiyu.governance.people;

import io.github.shiyu.governance.cases.Actor;
import io.github.shiyu.governance.cases.CaseEvent;
import io.github.shiyu.governance.cases.CaseId;
import io.github.shiyu.governance.cases.CaseType;
import io.github.shiyu.governance.cases.Command;
import io.github.shiyu.governance.cases.Decision;
import io.github.shiyu.governance.cases.Registration;
import io.github.shiyu.governance.cases.Role;
import io.github.shiyu.governance.cases.store.CaseService;
import io.github.shiyu.governance.core.InvalidValueException;
import io.github.shiyu.governance.core.MissingDataException;
import io.github.shiyu.governance.core.category.CaseCategory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The 民情日记: the visit records of a county's grid workers, one {@link VisitRecord} per visit,
 * in the order they were recorded. Recording the same entry twice records it once (terminals
 * resend); a different entry under a used id is refused.
 *
 * <p>A finding becomes a grid incident through the case engine's standard workflow with
 * {@link #reportFinding(CaseService, String, CaseCategory)}, and the entry then names its
 * follow-up case. The entries of persons under supervision are the {@link Visit}s the
 * {@link VisitMonitor} checks ({@link #visits()}); the entries with a household are what
 * {@link HouseholdCoverage} counts. Thread-safe; in memory.
 *
 * <pre>{@code
 * GridDiary diary = GridDiary.inMemory();
 * diary.record(VisitRecord.builder("MQ-1", "gw-017", grid, DutyTaxonomy.SENTIMENT_VISIT, now)
 *     .household(HouseholdId.of("H-0042")).findings("楼道堆放杂物").build());
 * diary.reportFinding(caseService, "MQ-1", CaseCategory.of("citymgmt.event", "事件", "Event"));
 * diary.entries("gw-017");   // the worker's diary, oldest first
 * }</pre>
 */
public final class GridDiary {

  private final Map<String, VisitRecord> entries = new LinkedHashMap<>();

  private GridDiary() {
  }

  /**
   * An empty diary in memory.
   *
   * @return the diary
   */
  public static GridDiary inMemory() {
    return new GridDiary();
  }

  /**
   * Records a visit.
   *
   * @param entry the visit record
   * @return the entry as recorded (the earlier one if this one was recorded before)
   * @throws InvalidValueException {@link PeopleErrors#RECORD_CONFLICT} if another entry was
   *     recorded under the same id
   */
  public synchronized VisitRecord record(VisitRecord entry) {
    Objects.requireNonNull(entry, "entry");
    VisitRecord earlier = entries.get(entry.id());
    if (earlier != null) {
      if (!earlier.equals(entry)) {
        throw new InvalidValueException(PeopleErrors.RECORD_CONFLICT, entry.id());
      }
      return earlier;
    }
    entries.put(entry.id(), entry);
    return entry;
  }

  /**
   * One entry.
   *
   * @param id the entry's id
   * @return the entry, or empty
   */
  public synchronized Optional<VisitRecord> find(String id) {
    return Optional.ofNullable(entries.get(Objects.requireNonNull(id, "id")));
  }

  /**
   * One entry that must exist.
   *
   * @param id the entry's id
   * @return the entry
   * @throws MissingDataException {@link PeopleErrors#UNKNOWN_RECORD}
   * @throws InvalidValueException {@link PeopleErrors#VISIT_RECORD} for a malformed id (not
   *     echoed: a caller may have passed a name)
   */
  public VisitRecord require(String id) {
    if (!VisitRecord.isWellFormedId(id)) {
      throw new InvalidValueException(PeopleErrors.VISIT_RECORD);
    }
    return find(id).orElseThrow(() -> new MissingDataException(PeopleErrors.UNKNOWN_RECORD, id));
  }

  /**
   * Every entry, in the order recorded.
   *
   * @return the entries
   */
  public synchronized List<VisitRecord> entries() {
    return List.copyOf(entries.values());
  }

  /**
   * One worker's diary, by time.
   *
   * @param worker the grid worker's id
   * @return the worker's entries, oldest first
   */
  public synchronized List<VisitRecord> entries(String worker) {
    return entries.values().stream().filter(e -> e.worker().equals(worker))
        .sorted(Comparator.comparing(VisitRecord::at).thenComparing(VisitRecord::id)).toList();
  }

  /**
   * The entries of some days.
   *
   * @param from the first day (Asia/Shanghai)
   * @param to   the day after the last
   * @return the entries, oldest first
   */
  public synchronized List<VisitRecord> between(LocalDate from, LocalDate to) {
    return entries.values().stream()
        .filter(e -> !e.day().isBefore(from) && e.day().isBefore(to))
        .sorted(Comparator.comparing(VisitRecord::at).thenComparing(VisitRecord::id)).toList();
  }

  /**
   * The supervision visits the diary holds: every entry that names a person.
   *
   * @return the visits, for {@link VisitMonitor#check}
   */
  public synchronized List<Visit> visits() {
    List<Visit> out = new ArrayList<>();
    for (VisitRecord e : entries.values()) {
      e.asVisit().ifPresent(out::add);
    }
    return List.copyOf(out);
  }

  /**
   * Turns an entry's finding into a grid incident, registered by the entry's worker in its
   * grid through the standard grid-incident workflow, and records the case as the entry's
   * follow-up. The case id is {@code DF-} and the entry's id, the idempotency key derives
   * from the entry, so reporting twice registers once. The case carries no party and no
   * finding text: those stay in the diary.
   *
   * @param service  the case service (with the grid-incident workflow)
   * @param entryId  the entry
   * @param category the incident's category
   * @return the registration, or the workflow's rejection
   * @throws MissingDataException {@link PeopleErrors#UNKNOWN_RECORD}
   */
  public Decision reportFinding(CaseService service, String entryId, CaseCategory category) {
    VisitRecord entry = require(entryId);
    CaseId id = CaseId.of("DF-" + entry.id());
    Command command = Command.register(Actor.of(entry.worker(), Role.GRID_WORKER),
        Registration.of(CaseType.GRID_INCIDENT, category, entry.grid().community())
            .withGrid(entry.grid()))
        .withIdempotencyKey("diary-finding:" + entry.id());
    Decision decision = service.register(id, command);
    if (decision instanceof CaseEvent) {
      synchronized (this) {
        VisitRecord now = entries.get(entry.id());
        if (now.followUp().isEmpty()) {
          entries.put(now.id(), now.toBuilder().followUp(id).build());
        }
      }
    }
    return decision;
  }

  /**
   * Re-keys the entries of persons whose records were anonymised: the person becomes the new
   * id and the finding text is dropped. Called by {@link RetentionPolicy#sweep}.
   *
   * @param renamed old id to new id
   */
  synchronized void anonymise(Map<PersonId, PersonId> renamed) {
    for (Map.Entry<String, VisitRecord> e : entries.entrySet()) {
      VisitRecord r = e.getValue();
      Optional<PersonId> p = r.person();
      if (p.isPresent() && renamed.containsKey(p.get())) {
        e.setValue(r.toBuilder().person(renamed.get(p.get())).withoutLocation()
            .findings(r.findings().isEmpty() ? "" : RetentionPolicy.ANONYMOUS).build());
      }
    }
  }
}
