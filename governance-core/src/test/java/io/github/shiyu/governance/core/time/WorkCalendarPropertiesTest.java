package io.github.shiyu.governance.core.time;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.shiyu.governance.core.GovernanceException;
import io.github.shiyu.governance.core.MissingDataException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class WorkCalendarPropertiesTest {

  private static final WorkCalendar CHINA = WorkCalendar.china();
  private static final WorkCalendar STRICT = CHINA.withFallback(CalendarFallback.NONE);

  private static Gen<LocalDate> coveredDates() {
    return integers()
        .between((int) LocalDate.of(2019, 1, 1).toEpochDay(), (int) LocalDate.of(2026, 12, 31).toEpochDay())
        .map(i -> LocalDate.ofEpochDay(i));
  }

  @Test
  void kindsAreConsistent() {
    qt().withExamples(1000)
        .forAll(coveredDates())
        .check(d -> {
          DayKind k = CHINA.dayKind(d);
          boolean weekend =
              d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
          boolean kindFitsWeekday = switch (k) {
            case WORKING_DAY -> !weekend;
            case ADJUSTED_WORKING_DAY, WEEKEND -> weekend;
            default -> true;
          };
          return kindFitsWeekday
              && CHINA.isWorkingDay(d) == k.isWorkingDay()
              && CHINA.isHoliday(d) == k.isHoliday()
              && !(CHINA.isWorkingDay(d) && CHINA.isHoliday(d))
              && CHINA.holidayName(d).isPresent() == (k.isHoliday() || k == DayKind.ADJUSTED_WORKING_DAY);
        });
  }

  @Test
  void workingDaysAfterAreAdditive() {
    qt().withExamples(300)
        .forAll(coveredDates().map(d -> d.getYear() >= 2026 ? d.minusYears(1) : d),
            integers().between(0, 40), integers().between(0, 40))
        .check((d, a, b) ->
            CHINA.plusWorkingDays(CHINA.plusWorkingDays(d, a), b).equals(CHINA.plusWorkingDays(d, a + b)));
  }

  @Test
  void workingDayDeadlinesEndOnTheNthWorkingDay() {
    qt().withExamples(300)
        .forAll(coveredDates().map(d -> d.getYear() >= 2026 ? d.minusYears(1) : d),
            integers().between(1, 30), integers().between(0, 86_399))
        .check((d, n, second) -> {
          var start = d.atStartOfDay(WorkCalendar.ZONE).plusSeconds(second).toInstant();
          Deadline dl = Deadline.start(start, DeadlinePolicy.workingDays(n), CHINA);
          return CHINA.isWorkingDay(dl.lastDay()) && CHINA.workingDaysBetween(d, dl.lastDay()) == n;
        });
  }

  @Test
  void anyInputGivesAnAnswerOrATypedError() {
    qt().withExamples(1000)
        .forAll(longs().between(-1_000_000L, 3_000_000L), integers().all())
        .check((epochDay, n) -> {
          LocalDate d = LocalDate.ofEpochDay(epochDay);
          for (WorkCalendar c : new WorkCalendar[] {CHINA, CHINA.withFallback(CalendarFallback.MONDAY_TO_FRIDAY)}) {
            try {
              c.dayKind(d);
              c.plusWorkingDays(d, Math.floorMod(n, 200) * Integer.signum(n));
              c.workingDaysBetween(d, d.plusDays(Math.floorMod(n, 500)));
            } catch (GovernanceException e) {
              // typed: fine
            }
          }
          return true;
        });
  }

  @Test
  void missingYearsAreNeverGuessedInTheStrictMode() {
    qt().withExamples(200)
        .forAll(integers().between(1900, 2018).mix(integers().between(2027, 9999)),
            integers().between(1, 365))
        .check((year, day) -> {
          LocalDate d = LocalDate.ofYearDay(year, Math.min(day, LocalDate.of(year, 1, 1).lengthOfYear()));
          try {
            STRICT.isWorkingDay(d);
            return STRICT.covers(java.time.Year.of(year));
          } catch (MissingDataException e) {
            return e.code().equals(TimeErrors.YEAR_MISSING) && !STRICT.covers(java.time.Year.of(year));
          }
        });
  }

  @Test
  void missingYearsAreProvisionalAndSaySo() {
    qt().withExamples(300)
        .forAll(integers().between(1900, 2018).mix(integers().between(2027, 2100)),
            integers().between(1, 365))
        .check((year, day) -> {
          LocalDate d = LocalDate.ofYearDay(year, Math.min(day, LocalDate.of(year, 1, 1).lengthOfYear()));
          DayKind k = CHINA.dayKind(d);
          boolean weekend =
              d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
          boolean lawDay = (d.getMonthValue() == 1 && d.getDayOfMonth() == 1)
              || (d.getMonthValue() == 5 && d.getDayOfMonth() <= 2)
              || (d.getMonthValue() == 10 && d.getDayOfMonth() <= 3);
          return CHINA.isProvisional(java.time.Year.of(year))
              && (!lawDay || k == DayKind.STATUTORY_HOLIDAY)
              && (k != DayKind.WEEKEND || weekend)
              && (k != DayKind.WORKING_DAY || !weekend);
        });
  }
}
