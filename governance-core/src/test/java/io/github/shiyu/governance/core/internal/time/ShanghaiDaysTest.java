package io.github.shiyu.governance.core.internal.time;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ShanghaiDaysTest {

  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  @Test
  void agreesWithTheZoneRulesAcrossTheWholeRange() {
    long from = Instant.parse("1900-01-01T00:00:00Z").getEpochSecond();
    long to = Instant.parse("9999-01-01T00:00:00Z").getEpochSecond();
    long dstEraFrom = Instant.parse("1985-01-01T00:00:00Z").getEpochSecond();
    long dstEraTo = Instant.parse("1993-01-01T00:00:00Z").getEpochSecond();
    qt().withExamples(1000)
        .forAll(longs().between(from, to).mix(longs().between(dstEraFrom, dstEraTo)))
        .check(s -> {
          Instant at = Instant.ofEpochSecond(s);
          LocalDate day = LocalDate.ofInstant(at, ZONE);
          return ShanghaiDays.dateOf(at).equals(day)
              && ShanghaiDays.startOf(day).equals(day.atStartOfDay(ZONE).toInstant());
        });
  }
}
