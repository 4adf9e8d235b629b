package io.github.shiyu.governance.people;

import static io.github.shiyu.governance.people.Fixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.shiyu.governance.core.geo.CoordinateSystem;
import io.github.shiyu.governance.core.geo.GeoPoint;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The sweep: after end of measure plus the period, no identifying field remains anywhere the
 * module stores it (records, the event log, the diary), and what is kept still replays.
 */
@ExtendWith(SensitiveTextGuard.class)
class RetentionSweepTest {

  @Test
  void afterTheSweepNoIdentifyingFieldRemainsInRecordsEventsOrDiary() {
    qt().withExamples(60).forAll(longs().all(), integers().between(1, 12),
        integers().between(0, 2000)).checkAssert((seed, n, sweepOffset) -> {
          Random random = new Random(seed);
          SupervisionRegister register = SupervisionRegister.inMemory();
          GridDiary diary = GridDiary.inMemory();
          List<SupervisedPerson> persons = new ArrayList<>();
          for (int i = 0; i < n; i++) {
            SupervisedPerson p = Fixtures.person(random, i);
            persons.add(p);
            register.enrol(p, "office", NOW, "enrol-" + p.id() + "-" + p.party().name());
            register.changeLevel(p.id(), 1, p.level(), "因" + p.party().name() + "违反规定",
                "office", NOW, "lvl-" + p.id());
            diary.record(VisitRecord.builder("MQ-" + i, p.worker(), p.grid(),
                DutyTaxonomy.SPECIAL_POPULATION, NOW).person(p.id())
                .findings(Fixtures.finding(random))
                .location(GeoPoint.of(119.16, 36.71, CoordinateSystem.WGS84)).build());
            if (random.nextBoolean()) {
              register.end(p.id(), 2, p.end().minusDays(random.nextInt(30)), p.legalBasis(),
                  "office", NOW, "end-" + p.id());
            }
          }
          RetentionPolicy retention = RetentionPolicy.after(Period.ofYears(2));
          LocalDate day = LocalDate.of(2027, 1, 1).plusDays(sweepOffset);
          List<SupervisionRecord> before = register.records();
          AtomicInteger counter = new AtomicInteger();
          List<PersonId> fresh = retention.sweep(register, diary, day,
              () -> PersonId.of("ANON-" + counter.incrementAndGet()));

          List<SupervisedPerson> expired = persons.stream()
              .filter(p -> retention.isExpired(recordOf(before, p).person(), day)).toList();
          assertThat(fresh).hasSize(expired.size());
          assertThat(register.records()).hasSize(n);
          for (SupervisedPerson p : expired) {
            assertThat(register.find(p.id())).isEmpty();
            assertThat(register.history(p.id())).isEmpty();
          }
          StringBuilder keptValues = new StringBuilder();
          for (SupervisedPerson q : persons) {
            if (!expired.contains(q)) {
              keptValues.append(q.party().name()).append(' ').append(q.legalBasis()).append(' ');
            }
          }
          for (VisitRecord e : diary.entries()) {
            if (e.person().filter(id -> expired.stream().anyMatch(x -> x.id().equals(id)))
                .isEmpty()) {
              keptValues.append(e.findings()).append(' ');
            }
          }
          String kept = keptValues.toString();
          for (SupervisedPerson p : persons) {
            boolean gone = expired.contains(p);
            String stored = storedText(register, diary);
            // generated names repeat: a value the expired person shares with someone kept
            // (a kept finding may name a namesake) is not theirs alone to remove
            List<String> identifying = java.util.stream.Stream.of(p.party().name(),
                    p.legalBasis(), p.party().residentId().orElseThrow().reveal(),
                    p.party().phone().orElseThrow().reveal(), "enrol-" + p.id())
                .filter(v -> !gone || !kept.contains(v)).toList();
            if (gone) {
              assertThat(stored).doesNotContain(identifying);
              assertThat(diary.entries()).noneMatch(e -> e.person().equals(
                  java.util.Optional.of(p.id())));
            }
          }
          // what is kept still replays, and restores into an equal register
          SupervisionRegister restored = SupervisionRegister.restore(register.events());
          assertThat(restored.records()).isEqualTo(register.records());
          for (PersonId id : fresh) {
            SupervisionRecord r = register.require(id);
            assertThat(SupervisionRecord.replay(register.history(id))).isEqualTo(r);
            assertThat(r.person().maskedName()).doesNotContain(persons.stream()
                .map(p -> p.party().name()).toList().toArray(String[]::new));
          }
          diary.entries().stream().filter(e -> e.person().map(fresh::contains).orElse(false))
              .forEach(e -> {
                assertThat(e.location()).isEmpty();
                assertThat(e.findings()).isEqualTo(RetentionPolicy.ANONYMOUS);
              });
          // a second sweep finds nothing new
          assertThat(retention.sweep(register, diary, day,
              () -> PersonId.of("ANON-x" + counter.incrementAndGet()))).isEmpty();
        });
  }

  private static SupervisionRecord recordOf(List<SupervisionRecord> records, SupervisedPerson p) {
    return records.stream().filter(r -> r.person().id().equals(p.id())).findFirst().orElseThrow();
  }

  /** Every field the module stores, written out in full (not just toString). */
  private static String storedText(SupervisionRegister register, GridDiary diary) {
    StringBuilder b = new StringBuilder();
    for (SupervisionEvent e : register.events()) {
      b.append(e.person()).append(' ').append(e.reason()).append(' ').append(e.actor())
          .append(' ').append(e.idempotencyKey()).append(' ');
      if (e.change() instanceof SupervisionChange.Enrolment en) {
        SupervisedPerson p = en.person();
        b.append(p.id()).append(' ').append(p.party().name()).append(' ')
            .append(p.party().residentId().map(r -> r.reveal()).orElse("")).append(' ')
            .append(p.party().phone().map(r -> r.reveal()).orElse("")).append(' ')
            .append(p.legalBasis()).append(' ');
      }
    }
    for (SupervisionRecord r : register.records()) {
      SupervisedPerson p = r.person();
      b.append(p.party().name()).append(' ').append(p.legalBasis()).append(' ');
    }
    for (VisitRecord e : diary.entries()) {
      b.append(e.findings()).append(' ').append(e.person().map(PersonId::value).orElse(""))
          .append(' ');
    }
    return b.toString();
  }
}
