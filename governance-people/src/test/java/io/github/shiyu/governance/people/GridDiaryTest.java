package io.github.shiyu.governance.people;

import static io.github.shiyu.governance.people.Fixtures.NOW;
import static io.github.shiyu.governance.people.SensitiveTextGuard.thrownBy;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.shiyu.governance.cases.CaseEvent;
import io.github.shiyu.governance.cases.CaseId;
import io.github.shiyu.governance.cases.Decision;
import io.github.shiyu.governance.cases.standard.GridIncidentWorkflow;
import io.github.shiyu.governance.cases.store.CaseService;
import io.github.shiyu.governance.cases.store.InMemoryCaseStore;
import io.github.shiyu.governance.core.GovernanceException;
import io.github.shiyu.governance.core.category.CaseCategory;
import io.github.shiyu.governance.core.time.WorkCalendar;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The 民情日记: duties, visit records, follow-up cases, visits for the monitor. */
@ExtendWith(SensitiveTextGuard.class)
class GridDiaryTest {

  @Test
  void theSevenStandardDutiesAreATaxonomyAVendorExtends() {
    assertThat(DutyTaxonomy.duties().children(DutyTaxonomy.DUTY))
        .containsExactlyElementsOf(DutyTaxonomy.STANDARD).hasSize(7);
    assertThat(DutyTaxonomy.STANDARD).extracting(CaseCategory::name)
        .startsWith("基础信息采集", "社情民意巡访");
    CaseCategory own = CaseCategory.of("duty.sentiment_visit.elderly", "独居老人探访",
        "Visits to elderly living alone");
    assertThat(DutyTaxonomy.duties().with(own).lineage(own)).hasSize(3);
    VisitRecord r = VisitRecord.builder("MQ-1", "gw-1", Fixtures.grid(1), own, NOW).build();
    assertThat(r.duty().isWithin(DutyTaxonomy.SENTIMENT_VISIT)).isTrue();
    thrownBy(() -> VisitRecord.builder("MQ-2", "gw-1", Fixtures.grid(1),
        PopulationTaxonomy.BAIL, NOW).build())
        .extracting(t -> ((GovernanceException) t).code()).isEqualTo(PeopleErrors.CATEGORY);
  }

  @Test
  void aRecordHoldsWhoWhomWhereWhenWhatAndTheFollowUp() {
    Random random = new Random(3);
    String found = Fixtures.finding(random);
    VisitRecord r = VisitRecord.builder("MQ-gw-1-0001", "gw-1", Fixtures.grid(2),
            DutyTaxonomy.SENTIMENT_VISIT, NOW)
        .household(HouseholdId.of("H-7")).person(PersonId.of("KW-0001")).findings(found)
        .followUp(CaseId.of("GI-1")).build();
    assertThat(r.worker()).isEqualTo("gw-1");
    assertThat(r.household()).contains(HouseholdId.of("H-7"));
    assertThat(r.person()).contains(PersonId.of("KW-0001"));
    assertThat(r.grid()).isEqualTo(Fixtures.grid(2));
    assertThat(r.day()).isEqualTo(LocalDate.of(2026, 3, 2));
    assertThat(r.findings()).isEqualTo(found);
    assertThat(r.followUp()).contains(CaseId.of("GI-1"));
    assertThat(r.toString()).doesNotContain(found);
    assertThat(r.asVisit()).contains(Visit.of(PersonId.of("KW-0001"), "gw-1", r.day()));
  }

  @Test
  void recordingTwiceRecordsOnceAndAnotherEntryUnderTheSameIdIsRefused() {
    GridDiary diary = GridDiary.inMemory();
    VisitRecord r = VisitRecord.builder("MQ-1", "gw-1", Fixtures.grid(1),
        DutyTaxonomy.BASIC_INFORMATION, NOW).household(HouseholdId.of("H-1")).build();
    diary.record(r);
    assertThat(diary.record(r)).isSameAs(r);
    assertThat(diary.entries()).hasSize(1);
    thrownBy(() -> diary.record(r.toBuilder().findings("x").build()))
        .extracting(t -> ((GovernanceException) t).code()).isEqualTo(PeopleErrors.RECORD_CONFLICT);
    thrownBy(() -> diary.require("MQ-9"))
        .extracting(t -> ((GovernanceException) t).code()).isEqualTo(PeopleErrors.UNKNOWN_RECORD);
  }

  @Test
  void aFindingBecomesAGridIncidentOnceAndTheEntryNamesIt() {
    GridDiary diary = GridDiary.inMemory();
    diary.record(VisitRecord.builder("MQ-1", "gw-1", Fixtures.grid(1),
        DutyTaxonomy.HAZARD_INSPECTION, NOW).findings(Fixtures.finding(new Random(1))).build());
    CaseService cases = new CaseService(new InMemoryCaseStore(),
        Clock.fixed(NOW, ZoneOffset.UTC), List.of(GridIncidentWorkflow.definition()));
    CaseCategory event = CaseCategory.of("citymgmt.event", "事件", "Event");
    Decision first = diary.reportFinding(cases, "MQ-1", event);
    Decision again = diary.reportFinding(cases, "MQ-1", event);
    assertThat(first).isInstanceOf(CaseEvent.class).isEqualTo(again);
    CaseId id = ((CaseEvent) first).caseId();
    assertThat(diary.require("MQ-1").followUp()).contains(id);
    assertThat(cases.history(id)).hasSize(1);
    assertThat(cases.find(id).orElseThrow().grid()).contains(Fixtures.grid(1));
    assertThat(cases.find(id).orElseThrow().parties()).isEmpty();
  }

  @Test
  void theDiarysVisitsAreWhatTheMonitorChecks() {
    SupervisionRegister register = SupervisionRegister.inMemory();
    SupervisedPerson p = Fixtures.person(new Random(8), 1);
    register.enrol(p, "office", NOW, "e");
    GridDiary diary = GridDiary.inMemory();
    VisitMonitor monitor = VisitMonitor.of(VisitPolicy.uniform(VisitRule.of(
        VisitFrequency.MONTHLY, VisitRule.Days.ANY_DAY)), WorkCalendar.china());
    LocalDate day = p.start().plusMonths(1).plusDays(3);
    assertThat(monitor.check(register.records(), diary.visits(), day, 0))
        .extracting(VisitDue::status).containsExactly(VisitDue.Status.OVERDUE);
    diary.record(VisitRecord.builder("MQ-1", p.worker(), p.grid(),
        DutyTaxonomy.SPECIAL_POPULATION, day.atStartOfDay(WorkCalendar.ZONE).toInstant())
        .person(p.id()).build());
    assertThat(monitor.check(register.records(), diary.visits(), day, 0)).isEmpty();
    assertThat(diary.entries(p.worker())).hasSize(1);
    assertThat(diary.between(day, day.plusDays(1))).hasSize(1);
    assertThat(diary.between(day.plusDays(1), day.plusDays(2))).isEmpty();
  }
}
