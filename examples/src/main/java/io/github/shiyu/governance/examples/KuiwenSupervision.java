package io.github.shiyu.governance.examples;

import io.github.shiyu.governance.cases.CaseEvent;
import io.github.shiyu.governance.cases.Decision;
import io.github.shiyu.governance.cases.standard.GridIncidentWorkflow;
import io.github.shiyu.governance.cases.store.CaseService;
import io.github.shiyu.governance.cases.store.InMemoryCaseStore;
import io.github.shiyu.governance.core.category.CaseCategory;
import io.github.shiyu.governance.core.division.DivisionCode;
import io.github.shiyu.governance.core.division.DivisionLevel;
import io.github.shiyu.governance.core.grid.GridCode;
import io.github.shiyu.governance.core.party.Party;
import io.github.shiyu.governance.core.party.PartyRole;
import io.github.shiyu.governance.core.party.ResidentId;
import io.github.shiyu.governance.core.time.WorkCalendar;
import io.github.shiyu.governance.metrics.Measure;
import io.github.shiyu.governance.metrics.report.Period;
import io.github.shiyu.governance.metrics.report.ReportRow;
import io.github.shiyu.governance.metrics.report.Slice;
import io.github.shiyu.governance.people.AccessDeniedException;
import io.github.shiyu.governance.people.AccessPolicy;
import io.github.shiyu.governance.people.DutyTaxonomy;
import io.github.shiyu.governance.people.GridDiary;
import io.github.shiyu.governance.people.Household;
import io.github.shiyu.governance.people.HouseholdCoverage;
import io.github.shiyu.governance.people.HouseholdId;
import io.github.shiyu.governance.people.PersonField;
import io.github.shiyu.governance.people.PersonId;
import io.github.shiyu.governance.people.PopulationTaxonomy;
import io.github.shiyu.governance.people.RetentionPolicy;
import io.github.shiyu.governance.people.SupervisedPerson;
import io.github.shiyu.governance.people.SupervisionRecord;
import io.github.shiyu.governance.people.SupervisionRegister;
import io.github.shiyu.governance.people.Visit;
import io.github.shiyu.governance.people.VisitRecord;
import io.github.shiyu.governance.people.VisitDue;
import io.github.shiyu.governance.people.VisitMonitor;
import io.github.shiyu.governance.people.VisitPolicy;
import io.github.shiyu.governance.people.Viewer;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Kuiwen's register of non-custodial persons and key minors: 36 generated persons in five
 * grids of one community (40 households each, one grid worker each, 一人一格), a month (March
 * 2026) of the grid workers' 民情日记 under the seven duties, the overdue list on 31 March built
 * from the diary's supervision visits, one grid incident raised for the first overdue visit and
 * one for a finding, and the household coverage table per grid, per worker and per division up
 * to the county. Everything printed is masked or an id: no name, resident id or legal basis.
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

    // The 民情日记 of March 2026: on each working day every grid worker visits a few of the
    // grid's 40 households under one of the seven duties, and each person under supervision
    // about every one to three weeks (at home: the person's household). Grid 5's worker is on
    // leave from 9 March: only the first week.
    WorkCalendar calendar = WorkCalendar.china();
    List<Household> households = new ArrayList<>();
    Map<GridCode, String> workers = new TreeMap<>();
    for (int g = 1; g <= 5; g++) {
      GridCode grid = GridCode.of(COMMUNITY, g);
      workers.put(grid, "gw-" + g);
      for (int h = 1; h <= 40; h++) {
        households.add(Household.of(HouseholdId.of(String.format("H-%d-%02d", g, h)), grid));
      }
    }
    GridDiary diary = GridDiary.inMemory();
    int n = 0;
    for (LocalDate day = LocalDate.of(2026, 3, 2); day.isBefore(LocalDate.of(2026, 4, 1));
        day = day.plusDays(1)) {
      if (!calendar.isWorkingDay(day)) {
        continue;
      }
      for (int g = 1; g <= 5; g++) {
        if (g == 5 && day.isAfter(LocalDate.of(2026, 3, 8))) {
          continue;
        }
        GridCode grid = GridCode.of(COMMUNITY, g);
        for (int k = 0; k < 2 + random.nextInt(2); k++) {
          CaseCategory duty = DutyTaxonomy.STANDARD.get(random.nextInt(DutyTaxonomy.STANDARD.size()));
          VisitRecord.Builder b = VisitRecord.builder(String.format("MQ-%04d", ++n), "gw-" + g,
              grid, duty, day.atTime(9 + k, 0).atZone(WorkCalendar.ZONE).toInstant());
          if (duty != DutyTaxonomy.POLICY_PUBLICITY) {
            b.household(HouseholdId.of(String.format("H-%d-%02d", g, 1 + random.nextInt(40))));
          }
          if (random.nextInt(12) == 0) {
            b.findings("楼道堆放杂物，存在消防隐患");
          }
          diary.record(b.build());
        }
      }
    }
    for (SupervisionRecord r : register.records()) {
      SupervisedPerson p = r.person();
      int g = p.grid().sequence();
      LocalDate day = LocalDate.of(2026, 3, 2 + random.nextInt(3));
      LocalDate stop = g == 5 ? LocalDate.of(2026, 3, 8) : LocalDate.of(2026, 3, 31);
      while (!day.isAfter(stop)) {
        if (calendar.isWorkingDay(day)) {
          diary.record(VisitRecord.builder(String.format("MQ-%04d", ++n), p.worker(), p.grid(),
                  DutyTaxonomy.SPECIAL_POPULATION, day.atTime(15, 0).atZone(WorkCalendar.ZONE)
                      .toInstant())
              .person(p.id())
              .household(HouseholdId.of(String.format("H-%d-%02d", g,
                  1 + Integer.parseInt(p.id().value().substring(3)) % 40)))
              .build());
        }
        day = day.plusDays(7 + random.nextInt(14));
      }
    }
    List<Visit> visits = diary.visits();
    out.println("民情日记 March 2026: " + diary.entries().size() + " entries by "
        + workers.size() + " grid workers, " + visits.size() + " of them supervision visits");
    Map<String, Long> byDuty = new TreeMap<>();
    diary.entries().forEach(e -> byDuty.merge(e.duty().name(), 1L, Long::sum));
    out.println("  by duty: " + byDuty);
    for (VisitRecord e : diary.entries("gw-1").subList(0, 3)) {
      out.println("  " + e.id() + " " + e.day() + " " + e.worker() + " " + e.duty().name() + " "
          + e.household().map(HouseholdId::value).orElse("-")
          + (e.findings().isEmpty() ? "" : " (finding recorded)"));
    }

    VisitMonitor monitor = VisitMonitor.of(VisitPolicy.defaults(), calendar);
    List<VisitDue> list = monitor.check(register.records(), visits, LocalDate.of(2026, 3, 31), 3);
    List<VisitDue> overdue = list.stream()
        .filter(d -> d.status() == VisitDue.Status.OVERDUE).toList();
    out.println("overdue on 2026-03-31: " + overdue.size() + ", due by 2026-04-03: "
        + (list.size() - overdue.size()));
    for (VisitDue d : overdue) {
      SupervisedPerson p = register.require(d.person()).person();
      out.println("  " + d.person() + " " + p.maskedName() + " " + p.category().name()
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

    VisitRecord withFinding = diary.entries().stream().filter(e -> !e.findings().isEmpty())
        .findFirst().orElseThrow();
    if (diary.reportFinding(cases, withFinding.id(), CaseCategory.of("citymgmt.event",
        "事件", "Event")) instanceof CaseEvent e) {
      out.println("finding of " + withFinding.id() + " reported: grid incident " + e.caseId()
          + ", the entry's follow-up is " + diary.require(withFinding.id()).followUp()
          .orElseThrow());
    }

    // Access by role and purpose: the grid worker sees the category, not the legal basis;
    // every read, granted or refused, is in the access log.
    AccessPolicy access = AccessPolicy.standard();
    SupervisedPerson first = register.records().get(0).person();
    Viewer worker = Viewer.gridWorker(first.worker(), first.grid());
    out.println("access: " + worker.id() + " reads the category of " + first.id() + ": "
        + access.read(worker, first, PersonField.CATEGORY, "走访前核对", Instant.parse(
            "2026-03-31T01:00:00Z")));
    try {
      access.read(worker, first, PersonField.LEGAL_BASIS, "走访前核对",
          Instant.parse("2026-03-31T01:01:00Z"));
    } catch (AccessDeniedException e) {
      out.println("access: " + e.code().id() + " for " + e.field() + "; access log "
          + access.log().size() + " reads, " + access.log().stream()
          .filter(AccessPolicy.AccessEntry::granted).count() + " granted");
    }

    // Coverage is metrics' coverage metric over supplied counts: households visited over
    // households, per grid, per responsible worker and per division up to the county.
    HouseholdCoverage coverage = HouseholdCoverage.builder().rollUpTo(DivisionLevel.COUNTY)
        .build();
    out.println("household coverage (" + HouseholdCoverage.RATE.chineseName() + "), 2026-03");
    out.println("  row        visited/households  rate");
    List<ReportRow> rows = coverage.table(households, workers, diary.entries(),
        Period.parse("2026-03"));
    // grids, then their workers, then the divisions from the community up
    List<ReportRow> ordered = new ArrayList<>();
    rows.stream().filter(r -> r.slice().grid().isPresent()).forEach(ordered::add);
    rows.stream().filter(r -> r.slice().department().isPresent()).forEach(ordered::add);
    rows.stream().filter(r -> r.slice().grid().isEmpty() && r.slice().division().isPresent())
        .sorted((a, b) -> b.slice().division().orElseThrow().level()
            .compareTo(a.slice().division().orElseThrow().level()))
        .forEach(ordered::add);
    for (ReportRow row : ordered) {
      Slice s = row.slice();
      String label = s.grid().map(g -> "grid " + g.sequence())
          .or(() -> s.department().map(w -> "worker " + w))
          .orElseGet(() -> s.division().orElseThrow().level().name().toLowerCase(Locale.ROOT));
      out.printf("  %-10s %7d/%-10d %s%n", label, row.counts().get(Measure.UNITS_COVERED),
          row.counts().get(Measure.UNITS), row.values().get(0));
    }

    // Retention: three years after the end of the measure the records are anonymised, with
    // their stored events and the diary's entries about them.
    List<PersonId> anonymised = RetentionPolicy.after(java.time.Period.ofYears(3))
        .sweep(register, diary, LocalDate.of(2030, 1, 5), RetentionPolicy.randomIds());
    out.println("retention sweep on 2030-01-05: " + anonymised.size() + " records anonymised, "
        + register.events().size() + " events kept for statistics");
  }
}
