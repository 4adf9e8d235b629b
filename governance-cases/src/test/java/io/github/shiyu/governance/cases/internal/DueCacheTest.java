package io.github.shiyu.governance.cases.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.shiyu.governance.cases.TimeLimit;
import io.github.shiyu.governance.core.time.Deadline;
import io.github.shiyu.governance.core.time.DeadlinePolicy;
import io.github.shiyu.governance.core.time.WorkCalendar;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DueCacheTest {

  @Test
  void cachedDeadlinesEqualComputedOnes() {
    WorkCalendar calendar = WorkCalendar.china();
    DueCache cache = new DueCache();
    long from = Instant.parse("2019-01-01T00:00:00Z").getEpochSecond();
    long to = Instant.parse("2025-10-01T00:00:00Z").getEpochSecond();
    qt().withExamples(1000)
        .forAll(longs().between(from, to), integers().between(1, 60), integers().between(0, 2))
        .checkAssert((second, amount, unit) -> {
          DeadlinePolicy policy = unit == 0 ? DeadlinePolicy.calendarDays(amount)
              : unit == 1 ? DeadlinePolicy.workingDays(amount) : DeadlinePolicy.hours(amount);
          Instant start = Instant.ofEpochSecond(second);
          Deadline expected = Deadline.start(start, policy, calendar);
          // twice: the first fills the slot, the second reads it
          assertThat(cache.start(TimeLimit.of(policy), start, calendar)).isEqualTo(expected);
          assertThat(cache.start(TimeLimit.of(policy), start.plusSeconds(1), calendar).due())
              .isEqualTo(Deadline.start(start.plusSeconds(1), policy, calendar).due());
        });
  }
}
