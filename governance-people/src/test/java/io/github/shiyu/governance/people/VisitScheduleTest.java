package io.github.shiyu.governance.people;

import static io.github.shiyu.governance.people.Fixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.shiyu.governance.cases.CaseEvent;
import io.github.shiyu.governance.cases.CaseId;
import io.github.shiyu.governance.cases.Decision;
import io.github.shiyu.governance.cases.standard.GridIncidentWorkflow;
import io.github.shiyu.governance.cases.store.CaseService;
import io.github.shiyu.governance.cases.store.InMemoryCaseStore;
import io.github.shiyu.governance.core.time.WorkCalendar;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SensitiveTextGuard.class)
class VisitScheduleTest {

  private static final WorkCalendar CHINA = WorkCalendar.china();

  @Test
  void aWorkingDaySchedulenNeverFallsOnARestDay() {
    int first = CHINA.firstYear().getValue();
    int last = CHINA.lastYear().getValue();
    long days = LocalDate.of(last, 12, 1).toEpochDay() - LocalDate.of(first, 1, 1).toEpochDay();
    qt().withExamples(500).forAll(integers().between(0, (int) days), integers().between(1, 40),
        integers().between(0, 2)).checkAssert((offset, amount, unit) -> {
          LocalDate start = LocalDate.of(first, 1, 1).plusDays(offset);
          ChronoUnit u = List.of(ChronoUnit.DAYS, ChronoUnit.WEEKS, ChronoUnit.MONTHS).get(unit);
          VisitRule rule = VisitRule.of(VisitFrequency.of(amount, u), VisitRule.Days.WORKING_DAYS);
          LocalDate until = LocalDate.of(last, 12, 20);
          List<LocalDate> schedule = rule.schedule(start, start.plusDays(200).isAfter(until)
              ? until : start.plusDays(200), CHINA);
          assertThat(schedule).allMatch(CHINA::isWorkingDay);
          assertThat(schedule).isSorted();
          if (!start.plusDays(40).isAfter(until)) {
            assertThat(CHINA.isWorkingDay(rule.nextDue(start, CHINA))).isTrue();
          }
        });
  }

  @Test
  void theMonitorNeverGivesARestDayAsDueUnderAWorkingDayPolicy() {
    qt().withExamples(100).forAll(longs().all(), integers().between(0, 700))
        .checkAssert((seed, offset) -> {
          Random random = new Random(seed);
          SupervisionRegister register = SupervisionRegister.inMemory();
          List<Visit> visits = new java.util.ArrayList<>();
          for (int i = 0; i < 10; i++) {
            SupervisedPerson p = Fixtures.person(random, i);
            register.enrol(p, "office", NOW, "e" + i);
            for (int v = 0; v < random.nextInt(4); v++) {
              visits.add(Visit.of(p.id(), p.worker(), p.start().plusDays(random.nextInt(200))));
            }
          }
          LocalDate day = LocalDate.of(2025, 6, 1).plusDays(offset);
          List<VisitDue> list = VisitMonitor.of(VisitPolicy.defaults(), CHINA)
              .check(register.records(), visits, day, 30);
          assertThat(list).allMatch(d -> CHINA.isWorkingDay(d.due()));
          assertThat(list).allMatch(d -> (d.status() == VisitDue.Status.OVERDUE)
              == d.due().isBefore(day));
        });
  }

  @Test
  void nationalDayMovesAWeeklyVisit() {
    VisitRule weekly = VisitRule.of(VisitFrequency.WEEKLY, VisitRule.Days.WORKING_DAYS);
    LocalDate due = weekly.nextDue(LocalDate.of(2025, 9, 24), CHINA);
    assertThat(due).isAfter(LocalDate.of(2025, 10, 1));
    assertThat(CHINA.isWorkingDay(due)).isTrue();
    assertThat(VisitRule.of(VisitFrequency.WEEKLY, VisitRule.Days.ANY_DAY)
        .nextDue(LocalDate.of(2025, 9, 24), CHINA)).isEqualTo(LocalDate.of(2025, 10, 1));
  }

  @Test
  void defaultsFollowLevelThenCategory() {
    SupervisedPerson p = Fixtures.person(new Random(3), 3).withLevel(PopulationTaxonomy.STRICT);
    assertThat(VisitPolicy.defaults().rule(p).frequency()).isEqualTo(VisitFrequency.WEEKLY);
    VisitRule daily = VisitRule.of(VisitFrequency.of(1, ChronoUnit.DAYS), VisitRule.Days.ANY_DAY);
    VisitPolicy byCategory = VisitPolicy.uniform(daily).with(p.category(),
        VisitRule.of(VisitFrequency.QUARTERLY, VisitRule.Days.ANY_DAY));
    assertThat(byCategory.rule(p).frequency()).isEqualTo(VisitFrequency.QUARTERLY);
  }

  @Test
  void theMonitorListsOverdueAndDueAndRaisesAnIncidentOnce() {
    SupervisionRegister register = SupervisionRegister.inMemory();
    Random random = new Random(11);
    for (int i = 0; i < 20; i++) {
      register.enrol(Fixtures.person(random, i), "office", NOW, "e" + i);
    }
    LocalDate day = LocalDate.of(2026, 3, 31);
    List<Visit> visits = register.records().stream().limit(10)
        .map(r -> Visit.of(r.person().id(), r.person().worker(), LocalDate.of(2026, 3, 30)))
        .toList();
    VisitMonitor monitor = VisitMonitor.of(VisitPolicy.defaults(), CHINA);
    List<VisitDue> list = monitor.check(register.records(), visits, day, 7);
    List<VisitDue> overdue = list.stream()
        .filter(d -> d.status() == VisitDue.Status.OVERDUE).toList();
    assertThat(overdue).isNotEmpty().allMatch(d -> d.due().isBefore(day));
    assertThat(overdue).noneMatch(d -> visits.stream().anyMatch(v -> v.person().equals(d.person())));
    assertThat(list.get(0).status()).isEqualTo(VisitDue.Status.OVERDUE);

    CaseService service = new CaseService(new InMemoryCaseStore(),
        Clock.fixed(NOW, ZoneOffset.UTC), List.of(GridIncidentWorkflow.definition()));
    Decision first = monitor.raiseIncident(service, overdue.get(0));
    Decision again = monitor.raiseIncident(service, overdue.get(0));
    assertThat(first).isInstanceOf(CaseEvent.class);
    assertThat(again).isEqualTo(first);
    CaseId id = ((CaseEvent) first).caseId();
    assertThat(service.history(id)).hasSize(1);
    assertThat(service.find(id).orElseThrow().grid()).contains(overdue.get(0).grid());
    assertThat(service.find(id).orElseThrow().parties()).isEmpty();
  }
}
