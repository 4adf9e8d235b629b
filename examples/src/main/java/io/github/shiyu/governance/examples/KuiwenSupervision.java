package io.github.shiyu.governance.examples;

import io.github.shiyu.governance.cases.CaseEvent;
import io.github.shiyu.governance.cases.Decision;
import io.github.shiyu.governance.cases.standard.GridIncidentWorkflow;
import io.github.shiyu.governance.cases.store.CaseService;
import io.github.shiyu.governance.cases.store.InMemoryCaseStore;
import io.github.shiyu.governance.core.category.CaseCategory;
import io.github.shiyu.governance.core.division.DivisionCode;
import io.github.shiyu.governance.core.grid.GridCode;
import io.github.shiyu.governance.core.party.Party;
import io.github.shiyu.governance.core.party.PartyRole;
import io.github.shiyu.governance.core.party.ResidentId;
import io.github.shiyu.governance.core.time.WorkCalendar;
import io.github.shiyu.governance.people.PersonId;
import io.github.shiyu.governance.people.PopulationTaxonomy;
import io.github.shiyu.governance.people.SupervisedPerson;
import io.github.shiyu.governance.people.SupervisionRecord;
import io.github.shiyu.governance.people.SupervisionRegister;
import io.github.shiyu.governance.people.Visit;
import io.github.shiyu.governance.people.VisitDue;
import io.github.shiyu.governance.people.VisitMonitor;
import io.github.shiyu.governance.people.VisitPolicy;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Kuiwen's register of non-custodial persons and key minors: 36 generated persons in five
 * grids of 中学街社区, a month (March 2026) of visits by their grid workers, the overdue list on
 * 31 March, one grid incident raised for the first overdue visit, and a coverage table (persons
 * visited in the month over persons under measure, per grid). Everything printed is masked or
 * an id: no name, resident id or legal basis.
 */
public final class KuiwenSupervision {

  private static final DivisionCode COMMUNITY = DivisionCode.parse("370705001001");
  private static final Instant NOW = Instant.parse("2026-03-01T01:00:00Z");

  private KuiwenSupervision() {
  }

  /**
   * Runs the example on standard output.
   *
   * @param args unused
   */
  public static void main(String[] args) {
    run(System.out);
  }

  /**
   * Runs the example.
   *
   * @param out where to print
   */
  public static void run(PrintStream out) {
    Random random = new Random(2026);
    List<CaseCategory> kinds = PopulationTaxonomy.categories()
        .children(PopulationTaxonomy.NONCUSTODIAL);
    List<CaseCategory> levels = PopulationTaxonomy.levels()
        .children(PopulationTaxonomy.NONCUSTODIAL_LEVEL);
    List<CaseCategory> minorLevels = PopulationTaxonomy.levels()
        .children(PopulationTaxonomy.MINOR_LEVEL);
    SupervisionRegister register = SupervisionRegister.inMemory();
    for (int i = 0; i < 36; i++) {
      boolean minor = i % 6 == 5;
      String first17 = String.format("370705%04d%02d%02d%03d", minor ? 2011 : 1970 + i,
          1 + i % 12, 1 + i % 28, i);
      Party party = Party.person("居民" + (char) ('甲' + i % 10) + i, PartyRole.THIRD_PARTY)
          .withResidentId(ResidentId.parse(first17 + ResidentId.checkCharacterOf(first17)));
      int g = i % 5;
      SupervisedPerson p = SupervisedPerson.of(PersonId.of(String.format("KW-%04d", i + 1)),
          party, minor ? PopulationTaxonomy.KEY_MINOR : kinds.get(i % kinds.size()),
          minor ? minorLevels.get(i % 4) : levels.get(i % 3), GridCode.of(COMMUNITY, g + 1),
          "gw-" + (g + 1), LocalDate.of(2026, 1, 5).plusDays(i), LocalDate.of(2027, 1, 4),
          "决定书编号" + i);
      register.enrol(p, "kuiwen-judicial", NOW, "enrol-" + p.id());
    }
    out.println("register: " + register.records().size() + " persons, "
        + register.records().stream().filter(r -> r.person().category()
            .equals(PopulationTaxonomy.KEY_MINOR)).count() + " key minors");

    WorkCalendar calendar = WorkCalendar.china();
    List<Visit> visits = new ArrayList<>();
    for (SupervisionRecord r : register.records()) {
      // Grid 5's worker is on leave from 9 March: only the first week's visits.
      LocalDate day = LocalDate.of(2026, 3, 2 + random.nextInt(3));
      LocalDate stop = r.person().grid().sequence() == 5 ? LocalDate.of(2026, 3, 8)
          : LocalDate.of(2026, 3, 31);
      while (!day.isAfter(stop)) {
        if (calendar.isWorkingDay(day)) {
          visits.add(Visit.of(r.person().id(), r.person().worker(), day));
        }
        day = day.plusDays(7 + random.nextInt(14));
      }
    }
    out.println("visits in March: " + visits.size());

    VisitMonitor monitor = VisitMonitor.of(VisitPolicy.defaults(), calendar);
    List<VisitDue> list = monitor.check(register.records(), visits, LocalDate.of(2026, 3, 31), 3);
    List<VisitDue> overdue = list.stream()
        .filter(d -> d.status() == VisitDue.Status.OVERDUE).toList();
    out.println("overdue on 2026-03-31: " + overdue.size() + ", due by 2026-04-03: "
        + (list.size() - overdue.size()));
    for (VisitDue d : overdue) {
      SupervisedPerson p = register.require(d.person()).person();
      out.println("  " + d.person() + " " + p.party().maskedName() + " " + p.category().name()
          + "/" + p.level().name() + " grid " + d.grid().sequence() + " " + d.worker()
          + " last " + d.last() + " due " + d.due());
    }

    CaseService cases = new CaseService(new InMemoryCaseStore(),
        Clock.fixed(Instant.parse("2026-03-31T01:00:00Z"), ZoneOffset.UTC),
        List.of(GridIncidentWorkflow.definition()));
    if (!overdue.isEmpty()) {
      Decision d = monitor.raiseIncident(cases, overdue.get(0));
      if (d instanceof CaseEvent e) {
        out.println("grid incident " + e.caseId() + " in state "
            + cases.find(e.caseId()).orElseThrow().state().name());
      }
    }

    Map<Integer, int[]> coverage = new TreeMap<>();
    for (SupervisionRecord r : register.records()) {
      int[] c = coverage.computeIfAbsent(r.person().grid().sequence(), k -> new int[2]);
      c[1]++;
      if (visits.stream().anyMatch(v -> v.person().equals(r.person().id()))) {
        c[0]++;
      }
    }
    out.println("grid  visited/persons");
    coverage.forEach((grid, c) -> out.printf("%4d  %d/%d%n", grid, c[0], c[1]));
  }
}
