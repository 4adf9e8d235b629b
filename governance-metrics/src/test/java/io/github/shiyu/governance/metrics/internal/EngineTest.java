package io.github.shiyu.governance.metrics.internal;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.shiyu.governance.core.time.WorkCalendar;
import io.github.shiyu.governance.metrics.report.Period;
import io.github.shiyu.governance.metrics.report.ReportSpec;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EngineTest {

  @Test
  void theFixedOffsetShortcutAgreesWithTheZoneRules() {
    ReportSpec spec = ReportSpec.builder().periods(Period.parse("1985-01-01"),
        Period.parse("2040-12-31")).build();
    Engine engine = new Engine(spec);
    long from = Instant.parse("1985-01-01T00:00:00Z").getEpochSecond();
    long to = Instant.parse("2040-12-30T00:00:00Z").getEpochSecond();
    qt().withExamples(1000).forAll(longs().between(from, to)).check(second -> {
      LocalDate day = LocalDate.ofInstant(Instant.ofEpochSecond(second), WorkCalendar.ZONE);
      return engine.periodIndex(second) == (int) (day.toEpochDay()
          - LocalDate.of(1985, 1, 1).toEpochDay());
    });
  }
}
