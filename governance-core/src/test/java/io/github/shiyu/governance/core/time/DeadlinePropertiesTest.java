package io.github.shiyu.governance.core.time;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.shiyu.governance.core.GovernanceException;
import io.github.shiyu.governance.core.InvalidValueException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class DeadlinePropertiesTest {

  private static final WorkCalendar CHINA = WorkCalendar.china();
  private static final LocalDate FIRST = LocalDate.of(2019, 1, 1);
  /** Leaves room for periods to end inside the covered years. */
  private static final LocalDate LAST_START = LocalDate.of(2026, 6, 30);

  private static Gen<LocalDate> dates() {
    return integers()
        .between((int) FIRST.toEpochDay(), (int) LAST_START.toEpochDay())
        .map(i -> LocalDate.ofEpochDay(i));
  }

  private static Gen<Instant> instants() {
    return instantsUntil(LAST_START);
  }

  private static Gen<Instant> instantsUntil(LocalDate last) {
    long from = FIRST.atStartOfDay(WorkCalendar.ZONE).toEpochSecond();
    long to = last.atStartOfDay(WorkCalendar.ZONE).toEpochSecond();
    return longs().between(from, to).map(s -> Instant.ofEpochSecond(s));
  }

  private static Gen<DeadlinePolicy> policies() {
    return integers()
        .between(0, 2)
        .zip(integers().between(1, 90), (u, n) -> new DeadlinePolicy(n, PeriodUnit.values()[u]));
  }

  @Test
  void nthWorkingDayAfterIsAWorkingDayWithExactlyNInBetween() {
    qt().withExamples(500)
        .forAll(dates(), integers().between(1, 60))
        .check((d, n) -> {
          LocalDate r = CHINA.plusWorkingDays(d, n);
          return r.isAfter(d)
              && CHINA.isWorkingDay(r)
              && CHINA.workingDaysBetween(d, r) == n
              && CHINA.workingDaysBetween(d, r.minusDays(1)) == n - 1;
        });
  }

  @Test
  void calendarDayDeadlinesEndOnWorkingDaysNoEarlierThanThePeriod() {
    qt().withExamples(500)
        .forAll(instants(), integers().between(1, 90))
        .check((start, n) -> {
          Deadline d = Deadline.start(start, DeadlinePolicy.calendarDays(n), CHINA);
          LocalDate startDay = LocalDate.ofInstant(start, WorkCalendar.ZONE);
          LocalDate last = d.lastDay();
          boolean rolledOnlyOverDaysOff = true;
          for (LocalDate x = startDay.plusDays(n); x.isBefore(last); x = x.plusDays(1)) {
            rolledOnlyOverDaysOff &= !CHINA.isWorkingDay(x);
          }
          return CHINA.isWorkingDay(last)
              && !last.isBefore(startDay.plusDays(n))
              && rolledOnlyOverDaysOff
              && d.due().equals(last.plusDays(1).atStartOfDay(WorkCalendar.ZONE).toInstant());
        });
  }

  @Test
  void deadlinesNeverPrecedeTheirStartAndExtensionsNeverShorten() {
    // two periods of up to 90 working days each must stay inside the covered years
    qt().withExamples(500)
        .forAll(instantsUntil(LocalDate.of(2025, 12, 31)), policies(), policies())
        .check((start, p, more) -> {
          Deadline d = Deadline.start(start, p, CHINA);
          Deadline e = d.extend(more, CHINA);
          return d.due().isAfter(start) && e.due().isAfter(d.due()) && !d.isOverdue(start);
        });
  }

  @Test
  void stoppedTimeNeverCountsTowardsFractionUsed() {
    qt().withExamples(400)
        .forAll(instants(), policies(), longs().between(0, 20 * 86_400L), longs().between(0, 5 * 86_400L))
        .check((start, p, offset, length) -> {
          Deadline d = Deadline.start(start, p, CHINA);
          Instant stop = start.plusSeconds(offset);
          Instant resume = stop.plusSeconds(length);
          Deadline stopped = d.stop(stop);
          Deadline resumed = stopped.resume(resume, CHINA);
          double atStop = stopped.fractionUsed(stop);
          boolean frozen = stopped.fractionUsed(resume) == atStop
              && resumed.fractionUsed(stop.plusSeconds(length / 2)) == resumed.fractionUsed(stop);
          // A stop before the due instant moves it later by at least the stopped time (hours)
          // or never earlier (days); a stop after it leaves it alone.
          boolean before = stop.isBefore(d.due());
          long shift = before && p.unit() == PeriodUnit.HOURS ? length : 0;
          boolean later = before
              ? !resumed.due().isBefore(d.due().plusSeconds(shift))
              : resumed.due().equals(d.due());
          // For hours the running time is exact: the same fraction as without the stop.
          boolean exact = p.unit() != PeriodUnit.HOURS
              || Math.abs(resumed.fractionUsed(resume.plusSeconds(60)) - d.fractionUsed(stop.plusSeconds(60))) < 1e-12;
          return frozen && later && exact && atStop == d.fractionUsed(stop);
        });
  }

  @Test
  void aDeadlineIsRebuiltExactlyFromItsParts() {
    qt().withExamples(300).forAll(DeadlineGenerators.deadlines()).check(d -> {
      Deadline running = Deadline.of(d.start(), d.due(), d.unit(), d.stops());
      Deadline parts = d.stoppedSince().map(running::stop).orElse(running);
      Deadline copy = d.isProvisional() ? parts.asProvisional() : parts;
      return copy.equals(d) && copy.hashCode() == d.hashCode()
          && copy.stoppedTime().equals(d.stoppedTime())
          && copy.fractionUsed(d.due()) == d.fractionUsed(d.due());
    });
  }

  @Test
  void rebuildingRejectsStopsOutOfOrder() {
    qt().withExamples(300)
        .forAll(DeadlineGenerators.deadlinesWithStops(),
            longs().between(1, 86_400L))
        .check((d, early) -> {
          ClockStop last = d.stops().get(d.stops().size() - 1);
          List<ClockStop> twice = new ArrayList<>(d.stops());
          twice.add(new ClockStop(last.to().minusSeconds(early), last.to()));
          try {
            Deadline.of(d.start(), d.due(), d.unit(), twice);
            return false;
          } catch (InvalidValueException e) {
            return e.code() == TimeErrors.STATE;
          }
        });
  }

  @Test
  void invalidInputGivesATypedError() {
    qt().withExamples(300)
        // Every instant java.time can hold (a longer second count cannot be an Instant at all).
        .forAll(integers().all(), integers().between(0, 2),
            longs().between(Instant.MIN.getEpochSecond(), Instant.MAX.getEpochSecond()))
        .check((n, u, seconds) -> {
          try {
            DeadlinePolicy p = new DeadlinePolicy(n, PeriodUnit.values()[u]);
            p.dueFrom(Instant.ofEpochSecond(seconds), CHINA);
            return true;
          } catch (GovernanceException e) {
            return true;
          }
        });
    qt().withExamples(300)
        .forAll(integers().between(Integer.MIN_VALUE, 0))
        .check(n -> {
          try {
            DeadlinePolicy.workingDays(n);
            return false;
          } catch (InvalidValueException e) {
            return e.code().id().equals("deadline.amount");
          }
        });
  }

  @Test
  void aDeadlineIsProvisionalExactlyWhenItCountsAProvisionalDay() {
    // Starts from mid-2026 into 2028: some periods stay in 2026, some reach 2027.
    long from = LocalDate.of(2026, 6, 1).atStartOfDay(WorkCalendar.ZONE).toEpochSecond();
    long to = LocalDate.of(2027, 3, 1).atStartOfDay(WorkCalendar.ZONE).toEpochSecond();
    qt().withExamples(1000)
        .forAll(longs().between(from, to).map(s -> Instant.ofEpochSecond(s)), policies(),
            integers().between(0, 400))
        .check((start, policy, extraDays) -> {
          Deadline d = Deadline.start(start, policy, CHINA);
          LocalDate first = LocalDate.ofInstant(start, WorkCalendar.ZONE);
          boolean touches2027 = d.lastDay().getYear() >= 2027 || first.getYear() >= 2027;
          boolean expected = policy.unit() != PeriodUnit.HOURS && touches2027;
          Deadline extended = d.extend(DeadlinePolicy.calendarDays(1 + extraDays), CHINA);
          boolean extendedExpected = expected || extended.lastDay().getYear() >= 2027;
          return d.isProvisional() == expected
              && extended.isProvisional() == extendedExpected
              && d.toString().contains("provisional") == expected
              // the mark survives every operation that does not count days
              && d.stop(start).isProvisional() == expected;
        });
  }
}
