package io.github.shiyu.governance.core.internal.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.shiyu.governance.core.InvalidValueException;
import io.github.shiyu.governance.core.time.WorkCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class SolarTermsTest {

  @Test
  void qingmingIsTheStatutoryDayOfTheNotices2019To2026() {
    Map<Integer, LocalDate> published = Map.of(
        2019, LocalDate.of(2019, 4, 5), 2020, LocalDate.of(2020, 4, 4),
        2021, LocalDate.of(2021, 4, 4), 2022, LocalDate.of(2022, 4, 5),
        2023, LocalDate.of(2023, 4, 5), 2024, LocalDate.of(2024, 4, 4),
        2025, LocalDate.of(2025, 4, 4), 2026, LocalDate.of(2026, 4, 5));
    for (int y = 2019; y <= 2026; y++) {
      assertThat(SolarTerms.qingming(y)).as("%s", y).isEqualTo(published.get(y));
      assertThat(LunarCalendarTest.statutory(WorkCalendar.china(), y, "QINGMING"))
          .containsExactly(SolarTerms.qingming(y));
    }
  }

  @Test
  void qingmingFallsOnApril4To6() {
    qt().forAll(integers().between(1900, 2100))
        .check(y -> {
          LocalDate d = SolarTerms.qingming(y);
          return d.getYear() == y && d.getMonth() == Month.APRIL
              && d.getDayOfMonth() >= 4 && d.getDayOfMonth() <= 6;
        });
  }

  @Test
  void consecutiveTermsAreATropicalYearApart() {
    // The tropical year is 365.2422 days; the perturbations this theory keeps (the Sun's
    // orbit, nutation) move a term by minutes only, ΔT by seconds a year.
    qt().forAll(integers().between(1900, 2099))
        .check(y -> {
          double days = Duration.between(SolarTerms.qingmingInstant(y),
              SolarTerms.qingmingInstant(y + 1)).getSeconds() / 86_400.0;
          return Math.abs(days - 365.2422) < 20 / 1440.0;
        });
  }

  @Test
  void theDateDriftsEarlierWithinALeapCycle() {
    // Four years are 1461 days but four tropical years 1460.97: the term comes ~45 minutes
    // earlier each 4 years, so its day never moves later, except across 2100 (no Feb 29).
    qt().forAll(integers().between(1900, 2095))
        .check(y -> SolarTerms.qingming(y + 4).getDayOfMonth()
            <= SolarTerms.qingming(y).getDayOfMonth());
    assertThat(SolarTerms.qingming(2100).getDayOfMonth())
        .isEqualTo(SolarTerms.qingming(2096).getDayOfMonth() + 1);
  }

  @Test
  void solarLongitudeOfMeeusExample25a() {
    // 1992-10-13 0h TD: apparent longitude 199°54'21.8" by VSOP87 (Meeus example 25.b)
    assertThat(SolarTerms.apparentLongitude(2448908.5)).isCloseTo(199.90606, within(0.01));
  }

  @Test
  void marchEquinox2000() {
    // 2000-03-20 07:35 UT, the March equinox; the theory is good to ~15 minutes
    double jde = SolarTerms.solve(0, 2451623.5);
    double ut = jde - SolarTerms.deltaTSeconds(2000.2) / 86_400;
    Instant at = Instant.ofEpochSecond(Math.round((ut - 2440587.5) * 86_400));
    assertThat(Duration.between(Instant.parse("2000-03-20T07:35:00Z"), at).abs())
        .isLessThan(Duration.ofMinutes(15));
  }

  @Test
  void theYearsWhereTheDayIsUncertainAreKnown() {
    // Where the term comes within 20 minutes of midnight (UTC+8) the theory's error could
    // move the day: these years are named in SolarTerms' Javadoc and ADR 0011.
    TreeSet<Integer> close = new TreeSet<>();
    for (int y = 1900; y <= 2100; y++) {
      var t = SolarTerms.qingmingInstant(y).atOffset(ZoneOffset.ofHours(8));
      int minute = t.getHour() * 60 + t.getMinute();
      if (Math.min(minute, 1440 - minute) < 20) {
        close.add(y);
      }
    }
    assertThat(close).containsExactly(1910, 1943, 1976, 2071);
  }

  @Test
  void outOfRangeIsATypedError() {
    assertThatThrownBy(() -> SolarTerms.qingming(1899)).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> SolarTerms.qingming(2101)).isInstanceOf(InvalidValueException.class);
  }
}
