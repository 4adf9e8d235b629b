package io.github.shiyu.governance.people;

import static io.github.shiyu.governance.people.Fixtures.NOW;
import static io.github.shiyu.governance.people.Fixtures.errorOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.shiyu.governance.cases.standard.GridIncidentWorkflow;
import io.github.shiyu.governance.cases.store.CaseService;
import io.github.shiyu.governance.cases.store.InMemoryCaseStore;
import io.github.shiyu.governance.core.category.CaseCategory;
import io.github.shiyu.governance.core.geo.CoordinateSystem;
import io.github.shiyu.governance.core.geo.GeoPoint;
import io.github.shiyu.governance.core.time.WorkCalendar;
import io.github.shiyu.governance.metrics.report.Period;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Drives every public operation of the module with 40 generated persons and their diary, and
 * hands every {@code toString} and error to the {@link SensitiveTextGuard}; one sample of
 * every public type of the API package is required, so a new type cannot escape the scan.
 */
@ExtendWith(SensitiveTextGuard.class)
class SensitiveTextTest {

  /** Types with no instances: constants and factories only. */
  private static final Set<Class<?>> NO_INSTANCES = Set.of(PeopleErrors.class,
      PopulationTaxonomy.class, DutyTaxonomy.class);

  @Test
  void nothingSensitiveInTextsOrErrors() {
    Random random = new Random(42);
    Map<Class<?>, Object> samples = new HashMap<>();
    List<SupervisedPerson> persons = new ArrayList<>();
    SupervisionRegister register = SupervisionRegister.inMemory();
    GridDiary diary = GridDiary.inMemory();
    AccessPolicy access = AccessPolicy.standard();
    CaseService cases = new CaseService(new InMemoryCaseStore(),
        Clock.fixed(NOW, ZoneOffset.UTC), List.of(GridIncidentWorkflow.definition()));
    List<Household> households = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      SupervisedPerson p = Fixtures.person(random, i);
      persons.add(p);
      sample(samples, p);
      sample(samples, p.id());
      SensitiveTextGuard.seen(p.party());
      SupervisionEvent enrolment = register.enrol(p, "office", NOW, "e" + i);
      sample(samples, enrolment);
      sample(samples, enrolment.change());
      sample(samples, register.changeLevel(p.id(), 1, p.level(), "reason " + p.legalBasis(),
          "office", NOW, "l" + i).change());
      sample(samples, register.handOver(p.id(), 2, p.grid(), p.worker(), p.legalBasis(),
          "office", NOW, "h" + i).change());
      sample(samples, register.require(p.id()));
      errorOf(() -> register.enrol(p, "office", NOW, "other" + p.id()));
      errorOf(() -> register.changeLevel(p.id(), 9, p.level(), p.legalBasis(), "o", NOW,
          "x" + p.id()));
      errorOf(() -> p.withEnd(p.start().minusDays(1)));
      errorOf(() -> access.read(Viewer.gridWorker("gw-x", p.grid()), p,
          PersonField.LEGAL_BASIS, "查看", NOW));
      access.read(Viewer.office("office"), p, PersonField.NAME, "核查", NOW);
      errorOf(() -> SupervisedPerson.of(p.id(), p.party(), p.category(), p.level(),
          p.grid(), " ", p.start(), p.end(), p.legalBasis()));
      HouseholdId h = HouseholdId.of("H-" + i);
      households.add(sample(samples, Household.of(h, p.grid())));
      sample(samples, h);
      VisitRecord r = diary.record(sample(samples, VisitRecord.builder("MQ-" + i, p.worker(),
          p.grid(), DutyTaxonomy.SPECIAL_POPULATION, NOW.plusSeconds(3600L * i))
          .person(p.id()).household(h).findings(Fixtures.finding(random))
          .location(GeoPoint.of(119.1 + i / 1000.0, 36.7, CoordinateSystem.WGS84)).build()));
      sample(samples, r.asVisit().orElseThrow());
      errorOf(() -> diary.record(r.toBuilder().findings(Fixtures.finding(random)).build()));
    }
    sample(samples, VisitRecord.builder("MQ-x", "gw-1", Fixtures.grid(1), DutyTaxonomy.DUTY, NOW));
    sample(samples, register.end(persons.get(0).id(), 3, LocalDate.of(2026, 3, 1), "期满",
        "office", NOW, "end-0").change());
    errorOf(() -> PersonId.of(persons.get(0).party().name()));
    errorOf(() -> HouseholdId.of(persons.get(1).party().name()));
    errorOf(() -> diary.require(persons.get(2).party().name()));
    errorOf(() -> VisitRecord.builder(persons.get(3).party().name(), "gw-1", Fixtures.grid(1),
        DutyTaxonomy.DUTY, NOW).build());
    sample(samples, register);
    sample(samples, diary);
    sample(samples, access);
    sample(samples, access.log().get(0));
    sample(samples, AccessLog.inMemory());
    sample(samples, Viewer.department("d", PopulationTaxonomy.KEY_MINOR).within(Fixtures.COMMUNITY));
    try {
      access.read(Viewer.gridWorker("gw-x", Fixtures.grid(9)), persons.get(4),
          PersonField.PHONE, "查看", NOW);
    } catch (AccessDeniedException e) {
      sample(samples, e);
    }

    VisitPolicy policy = sample(samples, VisitPolicy.defaults());
    sample(samples, policy.rule(persons.get(5)));
    sample(samples, policy.rule(persons.get(5)).frequency());
    VisitMonitor monitor = sample(samples, VisitMonitor.of(policy, WorkCalendar.china()));
    List<VisitDue> due = monitor.check(register.records(), diary.visits(),
        LocalDate.of(2026, 6, 30), 7);
    due.forEach(SensitiveTextGuard::seen);
    sample(samples, due.get(0));
    SensitiveTextGuard.seen(monitor.raiseIncident(cases, due.get(0)));
    SensitiveTextGuard.seen(diary.reportFinding(cases, "MQ-1",
        CaseCategory.of("citymgmt.event", "事件", "Event")));
    HouseholdCoverage coverage = sample(samples, HouseholdCoverage.builder().build());
    sample(samples, HouseholdCoverage.builder());
    coverage.table(households, Map.of(Fixtures.grid(1), "gw-1"), diary.entries(),
        Period.parse("2026-03")).forEach(SensitiveTextGuard::seen);
    RetentionPolicy retention = sample(samples, RetentionPolicy.after(java.time.Period.ofYears(1)));
    retention.sweep(register, diary, LocalDate.of(2031, 1, 1), RetentionPolicy.randomIds())
        .forEach(SensitiveTextGuard::seen);
    register.events().forEach(SensitiveTextGuard::seen);
    diary.entries().forEach(SensitiveTextGuard::seen);

    samples.values().forEach(SensitiveTextGuard::seen);
    assertThat(samples.keySet()).as("a sample of every public type")
        .containsAll(publicTypes());
    assertThat(SensitiveTextGuard.logLines()).as("the module's log lines were captured")
        .isPositive();
  }

  private static <T> T sample(Map<Class<?>, Object> samples, T value) {
    samples.putIfAbsent(value.getClass(), value);
    for (Class<?> c = value.getClass().getSuperclass(); c != null; c = c.getSuperclass()) {
      samples.putIfAbsent(c, value);
    }
    for (Class<?> i : value.getClass().getInterfaces()) {
      samples.putIfAbsent(i, value);
    }
    return value;
  }

  /** The public classes and records of the API package, from the compiled classes. */
  static Set<Class<?>> publicTypes() {
    Path dir = Path.of("target", "classes", "io", "github", "shiyu", "governance", "people");
    Set<Class<?>> out = new TreeSet<>((a, b) -> a.getName().compareTo(b.getName()));
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.toList()) {
        String name = f.getFileName().toString();
        if (!name.endsWith(".class") || name.startsWith("package-info")
            || name.startsWith("module-info")) {
          continue;
        }
        Class<?> c = Class.forName("io.github.shiyu.governance.people."
            + name.substring(0, name.length() - ".class".length()));
        if (Modifier.isPublic(c.getModifiers()) && !c.isEnum() && !c.isInterface()
            && !c.isAnonymousClass() && !NO_INSTANCES.contains(c)) {
          out.add(c);
        }
      }
    } catch (IOException | ClassNotFoundException e) {
      throw new AssertionError("cannot list the API package", e);
    }
    assertThat(out).hasSizeGreaterThan(20);
    return out;
  }
}
