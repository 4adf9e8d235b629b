package io.github.shiyu.governance.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.shiyu.governance.core.InvalidValueException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

class DeadlineTest {

  private final WorkCalendar china = WorkCalendar.china();

  private static Instant at(int y, int m, int d, int h, int min) {
    return LocalDateTime.of(y, m, d, h, min).atZone(WorkCalendar.ZONE).toInstant();
  }

  private static Instant endOf(int y, int m, int d) {
    return LocalDate.of(y, m, d).plusDays(1).atStartOfDay(WorkCalendar.ZONE).toInstant();
  }

  @Test
  void surefireRunsInAnotherZone() {
    // The arithmetic must not depend on it; this pins that the suite really checks that.
    assertThat(TimeZone.getDefault().getID()).isEqualTo("America/Los_Angeles");
  }

  @Test
  void petitionRoutingFifteenCalendarDaysAcrossNationalDay() {
    // Registered Mon 2024-09-23 10:00: day 1 is Sep 24, day 15 is Tue Oct 8, a working day.
    Deadline routing =
        Deadline.start(at(2024, 9, 23, 10, 0), DeadlinePolicy.calendarDays(15), china);
    assertThat(routing.due()).isEqualTo(endOf(2024, 10, 8));
    assertThat(routing.lastDay()).isEqualTo(LocalDate.of(2024, 10, 8));
    // Registered Sun 2024-09-22 at 23:30 Beijing time (15:30 UTC): day 15 is Mon Oct 7, a
    // rest day of the National Day block, so the period rolls to Tue Oct 8.
    Instant late = at(2024, 9, 22, 23, 30);
    assertThat(DeadlinePolicy.calendarDays(15).dueFrom(late, china)).isEqualTo(endOf(2024, 10, 8));
    // Registered 2024-09-16 (Mid-Autumn holiday): day 15 is Oct 1 -> rolls to Oct 8.
    assertThat(DeadlinePolicy.calendarDays(15).dueFrom(at(2024, 9, 16, 9, 0), china))
        .isEqualTo(endOf(2024, 10, 8));
    // Registered 2024-09-14 (an adjusted working Saturday): day 15 is Sun Sep 29, a working day.
    assertThat(DeadlinePolicy.calendarDays(15).dueFrom(at(2024, 9, 14, 9, 0), china))
        .isEqualTo(endOf(2024, 9, 29));
    // Due is 00:00 Beijing = 16:00 UTC the day before, whatever the JVM zone.
    assertThat(routing.due()).isEqualTo(Instant.parse("2024-10-08T16:00:00Z"));
  }

  @Test
  void workingDaysAndHours() {
    Instant fri = at(2024, 9, 27, 17, 0);
    assertThat(DeadlinePolicy.workingDays(2).dueFrom(fri, china)).isEqualTo(endOf(2024, 9, 30));
    assertThat(DeadlinePolicy.workingDays(3).dueFrom(fri, china)).isEqualTo(endOf(2024, 10, 8));
    assertThat(DeadlinePolicy.hours(24).dueFrom(fri, china)).isEqualTo(at(2024, 9, 28, 17, 0));
    // Guangdong: consultation 2 working days, from New Year's Eve 2024
    assertThat(DeadlinePolicy.workingDays(2).dueFrom(at(2024, 12, 31, 8, 0), china))
        .isEqualTo(endOf(2025, 1, 3));
  }

  @Test
  void extensionCountsFromTheCurrentLastDay() {
    // Petition: 60 days from acceptance, extended by 30.
    Deadline d = Deadline.start(at(2025, 8, 1, 9, 0), DeadlinePolicy.calendarDays(60), china);
    // Aug 1 + 60 = Sep 30 (Tue), a working day.
    assertThat(d.lastDay()).isEqualTo(LocalDate.of(2025, 9, 30));
    Deadline extended = d.extend(DeadlinePolicy.calendarDays(30), china);
    // Sep 30 + 30 = Oct 30 (Thu).
    assertThat(extended.lastDay()).isEqualTo(LocalDate.of(2025, 10, 30));
    assertThat(extended.start()).isEqualTo(d.start());
    Deadline shortOne = Deadline.start(at(2025, 9, 26, 9, 0), DeadlinePolicy.calendarDays(3), china);
    // Sep 29 (Mon) + 3 = Oct 2, in the holiday -> Oct 9.
    assertThat(shortOne.extend(DeadlinePolicy.calendarDays(3), china).lastDay())
        .isEqualTo(LocalDate.of(2025, 10, 9));
    assertThat(d.extend(DeadlinePolicy.hours(5), china).due()).isEqualTo(d.due().plusSeconds(5 * 3600));
  }

  @Test
  void stopsMoveTheDueInstantAndDoNotCount() {
    Instant t0 = at(2025, 3, 3, 9, 0);
    Deadline hours = Deadline.start(t0, DeadlinePolicy.hours(10), china);
    Deadline stopped = hours.stop(t0.plusSeconds(3600));
    assertThat(stopped.isStopped()).isTrue();
    assertThat(stopped.fractionUsed(t0.plusSeconds(5 * 3600))).isEqualTo(0.1);
    assertThat(stopped.isOverdue(t0.plusSeconds(100 * 3600))).isFalse();
    Deadline resumed = stopped.resume(t0.plusSeconds(3 * 3600), china);
    assertThat(resumed.isStopped()).isFalse();
    assertThat(resumed.due()).isEqualTo(t0.plusSeconds(12 * 3600));
    assertThat(resumed.fractionUsed(t0.plusSeconds(4 * 3600))).isEqualTo(0.2);
    assertThat(resumed.isOverdue(t0.plusSeconds(12 * 3600))).isTrue();
    assertThat(resumed.isOverdue(t0.plusSeconds(12 * 3600 - 1))).isFalse();

    // Re-review: 30 calendar days, a 2-day hearing is not counted.
    Deadline review = Deadline.start(at(2025, 3, 3, 9, 0), DeadlinePolicy.calendarDays(30), china);
    assertThat(review.lastDay()).isEqualTo(LocalDate.of(2025, 4, 2));
    Deadline heard = review.stop(at(2025, 3, 10, 9, 0)).resume(at(2025, 3, 12, 9, 0), china);
    assertThat(heard.lastDay()).isEqualTo(LocalDate.of(2025, 4, 7)); // Apr 4 is Qingming -> Apr 7
    // A working-day order stopped over a weekend loses only the working time.
    Deadline order = Deadline.start(at(2025, 3, 3, 9, 0), DeadlinePolicy.workingDays(5), china);
    assertThat(order.lastDay()).isEqualTo(LocalDate.of(2025, 3, 10));
    Deadline paused = order.stop(at(2025, 3, 7, 17, 0)).resume(at(2025, 3, 10, 9, 0), china);
    assertThat(paused.lastDay()).isEqualTo(LocalDate.of(2025, 3, 11));
  }

  @Test
  void stateErrorsAreTyped() {
    Instant t0 = at(2025, 3, 3, 9, 0);
    Deadline d = Deadline.start(t0, DeadlinePolicy.hours(10), china);
    assertThatThrownBy(() -> d.resume(t0, china)).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("deadline.state");
    assertThatThrownBy(() -> d.stop(t0.minusSeconds(1))).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> d.stop(t0).stop(t0)).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> d.stop(t0.plusSeconds(10)).resume(t0, china))
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> DeadlinePolicy.calendarDays(0))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("deadline.amount");
    assertThatThrownBy(() -> DeadlinePolicy.hours(1).dueFrom(Instant.MAX, china))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("deadline.instant_range");
  }

  @Test
  void valueSemantics() {
    Instant t0 = at(2025, 3, 3, 9, 0);
    Deadline a = Deadline.start(t0, DeadlinePolicy.workingDays(5), china);
    Deadline b = Deadline.start(t0, DeadlinePolicy.workingDays(5), WorkCalendar.china());
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a.stop(t0)).isNotEqualTo(a);
    assertThat(a.stop(t0).resume(t0, china)).isNotEqualTo(a);
    assertThat(Deadline.of(a.start(), a.due(), PeriodUnit.WORKING_DAYS)).isEqualTo(a);
    assertThat(LocalTime.ofInstant(a.due(), WorkCalendar.ZONE)).isEqualTo(LocalTime.MIDNIGHT);
  }

  @Test
  void aDeadlineIntoAYearWithoutItsNoticeIsProvisional() {
    // Registered Mon 2026-12-28: 15 working days cannot be counted from the notices alone.
    Deadline acceptance =
        Deadline.start(at(2026, 12, 28, 10, 0), DeadlinePolicy.workingDays(15), china);
    assertThat(acceptance.isProvisional()).isTrue();
    // Jan 1 is New Year's Day by law; no 调休 is assumed: Dec 29-31, Jan 4-8, 11-15, 18-19.
    assertThat(acceptance.lastDay()).isEqualTo(LocalDate.of(2027, 1, 19));
    assertThat(acceptance.toString()).endsWith(", provisional]");
    assertThat(acceptance).isNotEqualTo(Deadline.of(acceptance.start(), acceptance.due(),
        acceptance.unit()));
    assertThat(Deadline.of(acceptance.start(), acceptance.due(), acceptance.unit())
        .asProvisional()).isEqualTo(acceptance);
    // Ten working days from Dec 1 stay inside 2026: not provisional.
    Deadline inside =
        Deadline.start(at(2026, 12, 1, 10, 0), DeadlinePolicy.workingDays(10), china);
    assertThat(inside.isProvisional()).isFalse();
    assertThat(inside.toString()).doesNotContain("provisional");
    // Hours never consult the calendar.
    assertThat(Deadline.start(at(2026, 12, 31, 20, 0), DeadlinePolicy.hours(48), china)
        .isProvisional()).isFalse();
    // The strict mode keeps refusing.
    assertThatThrownBy(() -> Deadline.start(at(2026, 12, 28, 10, 0),
        DeadlinePolicy.workingDays(15), china.withFallback(CalendarFallback.NONE)))
        .isInstanceOf(io.github.shiyu.governance.core.MissingDataException.class)
        .hasMessageContaining("calendar.year_missing");
  }
}
