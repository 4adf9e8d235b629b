package io.github.shiyu.governance.people;

import static io.github.shiyu.governance.people.Fixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Replaying a person's events rebuilds the record the register holds. */
@ExtendWith(SensitiveTextGuard.class)
class ReplayPropertyTest {

  @Test
  void replayRebuildsTheRecord() {
    qt().withExamples(300).forAll(longs().all(), lists().of(integers().between(0, 99))
        .ofSizeBetween(0, 30)).checkAssert((seed, steps) -> {
          Random random = new Random(seed);
          SupervisedPerson person = Fixtures.person(random, 1);
          SupervisionRegister register = SupervisionRegister.inMemory();
          register.enrol(person, "office", NOW, "e");
          int n = 0;
          for (int step : steps) {
            SupervisionRecord r = register.require(person.id());
            if (r.isEnded()) {
              break;
            }
            n++;
            String key = step % 7 == 0 && n > 1 ? "k" + (n - 1) : "k" + n;   // some repeats
            java.time.Instant at = NOW.plusSeconds(60L * n);
            if (step < 60) {
              List<io.github.shiyu.governance.core.category.CaseCategory> levels =
                  person.category().equals(PopulationTaxonomy.KEY_MINOR)
                      ? Fixtures.MINOR_LEVELS : Fixtures.NONCUSTODIAL_LEVELS;
              register.changeLevel(person.id(), r.version(), levels.get(step % levels.size()),
                  "reason " + step, "office", at, key);
            } else if (step < 95) {
              register.handOver(person.id(), r.version(), Fixtures.grid(step % 5), "gw-" + step,
                  "reason", "office", at, key);
            } else {
              register.end(person.id(), r.version(), r.person().end().minusDays(step - 95),
                  "ended", "office", at, key);
            }
          }
          List<SupervisionEvent> history = register.history(person.id());
          assertThat(SupervisionRecord.replay(history)).isEqualTo(register.require(person.id()));
          assertThat(SupervisionRegister.restore(history).require(person.id()))
              .isEqualTo(register.require(person.id()));
          assertThat(history).extracting(SupervisionEvent::sequence)
              .isEqualTo(java.util.stream.LongStream.rangeClosed(1, history.size()).boxed().toList());
        });
  }
}
