package io.github.shiyu.governance.people;

import io.github.shiyu.governance.cases.Actor;
import io.github.shiyu.governance.cases.CaseId;
import io.github.shiyu.governance.cases.CaseType;
import io.github.shiyu.governance.cases.Command;
import io.github.shiyu.governance.cases.Decision;
import io.github.shiyu.governance.cases.Registration;
import io.github.shiyu.governance.cases.Role;
import io.github.shiyu.governance.cases.store.CaseService;
import io.github.shiyu.governance.core.time.WorkCalendar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Lists the visits due and overdue on a day, and raises a grid incident for an overdue one
 * through the case engine's standard grid-incident workflow (the case is registered by the
 * responsible grid worker and then follows 发现 → 上报 → 受理 → ... like any other incident).
 *
 * <p>For each record in force on the day (not ended, the day within the measure), the next
 * visit is due one {@link VisitRule} interval after the last visit (or the start of the
 * measure): {@link VisitDue.Status#OVERDUE} if that day has passed, {@link VisitDue.Status#DUE}
 * if it falls within the horizon.
 *
 * <pre>{@code
 * VisitMonitor monitor = VisitMonitor.of(VisitPolicy.defaults(), WorkCalendar.china());
 * List<VisitDue> list = monitor.check(register.records(), visits, LocalDate.of(2026, 3, 31), 7);
 * monitor.raiseIncident(caseService, list.get(0));   // a GRID_INCIDENT case "VO-KW-0001-20260320"
 * }</pre>
 */
public final class VisitMonitor {

  private final VisitPolicy policy;
  private final WorkCalendar calendar;

  private VisitMonitor(VisitPolicy policy, WorkCalendar calendar) {
    this.policy = Objects.requireNonNull(policy, "policy");
    this.calendar = Objects.requireNonNull(calendar, "calendar");
  }

  /**
   * A monitor.
   *
   * @param policy   the visit policy
   * @param calendar the work calendar
   * @return the monitor
   */
  public static VisitMonitor of(VisitPolicy policy, WorkCalendar calendar) {
    return new VisitMonitor(policy, calendar);
  }

  /**
   * The visits due within {@code horizonDays} of a day and those overdue on it, overdue first,
   * then by due day and person.
   *
   * @param records     the register's records
   * @param visits      visits that took place (any persons, any order), usually
   *                    {@link GridDiary#visits()}
   * @param day         the day of the check
   * @param horizonDays how many days ahead count as due (0: due today only)
   * @return the list
   */
  public List<VisitDue> check(Collection<SupervisionRecord> records, Collection<Visit> visits,
      LocalDate day, int horizonDays) {
    Map<PersonId, LocalDate> last = new HashMap<>();
    for (Visit v : visits) {
      if (!v.day().isAfter(day)) {
        last.merge(v.person(), v.day(), (a, b) -> a.isAfter(b) ? a : b);
      }
    }
    List<VisitDue> out = new ArrayList<>();
    LocalDate horizon = day.plusDays(Math.max(0, horizonDays));
    for (SupervisionRecord r : records) {
      SupervisedPerson p = r.person();
      if (r.isEnded() || !p.isUnderMeasureOn(day)) {
        continue;
      }
      LocalDate from = last.getOrDefault(p.id(), p.start());
      LocalDate due = policy.rule(p).nextDue(from, calendar);
      if (due.isBefore(day)) {
        out.add(new VisitDue(p.id(), p.grid(), p.worker(), from, due, VisitDue.Status.OVERDUE));
      } else if (!due.isAfter(horizon)) {
        out.add(new VisitDue(p.id(), p.grid(), p.worker(), from, due, VisitDue.Status.DUE));
      }
    }
    out.sort(Comparator.comparing(VisitDue::status).reversed()
        .thenComparing(VisitDue::due).thenComparing(VisitDue::person));
    return List.copyOf(out);
  }

  /**
   * Raises a grid incident (category {@link PopulationTaxonomy#OVERDUE_VISIT}) for an overdue
   * visit, registered by the responsible grid worker in the person's grid. The case id and the
   * idempotency key derive from the person and the due day, so raising twice registers once.
   * The case carries no party: the person's name stays in the register.
   *
   * @param service the case service (with the grid-incident workflow)
   * @param overdue an overdue visit
   * @return the registration event, or the workflow's rejection
   */
  public Decision raiseIncident(CaseService service, VisitDue overdue) {
    String stamp = overdue.due().toString().replace("-", "");
    CaseId id = CaseId.of("VO-" + overdue.person().value() + "-" + stamp);
    Command command = Command.register(Actor.of(overdue.worker(), Role.GRID_WORKER),
        Registration.of(CaseType.GRID_INCIDENT, PopulationTaxonomy.OVERDUE_VISIT,
            overdue.grid().community()).withGrid(overdue.grid()))
        .withIdempotencyKey("visit-overdue:" + overdue.person().value() + ":" + stamp);
    return service.register(id, command);
  }
}
