package io.github.shiyu.governance.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Period;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** After end of measure plus the period, no identifying field remains. */
@ExtendWith(SensitiveTextGuard.class)
class RetentionPolicyTest {

  @Test
  void anonymisationLeavesNoIdentifyingField() {
    qt().withExamples(300).forAll(longs().all(), integers().between(0, 3650))
        .checkAssert((seed, days) -> {
          SupervisedPerson p = Fixtures.person(new Random(seed), 7);
          RetentionPolicy retention = RetentionPolicy.after(Period.ofYears(3));
          assertThat(retention.isExpired(p, p.end().plusYears(3))).isFalse();
          assertThat(retention.isExpired(p, p.end().plusYears(3).plusDays(1 + days))).isTrue();
          SupervisedPerson a = retention.anonymise(p, PersonId.of("ANON-" + days));
          assertThat(a.party().name()).isNotEqualTo(p.party().name());
          assertThat(a.party().residentId()).isEmpty();
          assertThat(a.party().phone()).isEmpty();
          assertThat(a.legalBasis()).isNotEqualTo(p.legalBasis());
          assertThat(a.id()).isNotEqualTo(p.id());
          String all = a + " " + a.party() + " " + a.party().name() + " " + a.legalBasis();
          assertThat(all).doesNotContain(p.party().name(), p.legalBasis(), p.id().value(),
              p.party().residentId().orElseThrow().reveal(), p.party().phone().orElseThrow().reveal());
          assertThat(a.category()).isEqualTo(p.category());
        });
  }

  @Test
  void randomIdsNeverLookLikeAPhoneOrIdNumber() {
    // 16 hex digits in a row did, now and then, and failed SensitiveTextTest
    java.util.function.Supplier<PersonId> ids = RetentionPolicy.randomIds();
    java.util.List<String> drawn = new java.util.ArrayList<>();
    for (int i = 0; i < 200_000; i++) {
      drawn.add(ids.get().value());
    }
    assertThat(SensitiveTextGuard.scan(drawn)).isEmpty();
    assertThat(drawn.get(0)).matches("ANON-[0-9a-f]{4}(-[0-9a-f]{4}){3}");
  }
}
