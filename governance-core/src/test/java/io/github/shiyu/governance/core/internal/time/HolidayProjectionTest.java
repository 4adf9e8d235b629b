package io.github.shiyu.governance.core.internal.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.shiyu.governance.core.InvalidValueException;
import io.github.shiyu.governance.core.time.DayKind;
import io.github.shiyu.governance.core.time.WorkCalendar;
import java.time.LocalDate;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class HolidayProjectionTest {

  private static final WorkCalendar CHINA = WorkCalendar.china();

  private static TreeSet<LocalDate> statutory(int year, boolean projected) {
    CalendarData projection = HolidayProjection.year(year);
    TreeSet<LocalDate> days = new TreeSet<>();
    for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
      DayKind k = projected ? projection.special(d) : CHINA.dayKind(d);
      if (k == DayKind.STATUTORY_HOLIDAY) {
        days.add(d);
      }
    }
    return days;
  }

  @Test
  void everyStatutoryDayOfTheNotices2019To2026IsProjected() {
    // Notices add bridging rest days and 调休, never statutory days; 2019-2024 had 11 under
    // the older law, a subset of the 13.
    qt().forAll(integers().between(2019, 2026))
        .check(y -> statutory(y, true).containsAll(statutory(y, false)));
  }

  @Test
  void underTheCurrentLawTheNoticesStatutoryDaysAreExactlyTheProjection() {
    for (int y = 2025; y <= 2026; y++) {
      assertThat(statutory(y, true)).as("%s", y).containsExactlyElementsOf(statutory(y, false));
    }
  }

  @Test
  void thirteenDaysUnlessMidAutumnFallsOnNationalDay() {
    qt().forAll(integers().between(HolidayProjection.FIRST_YEAR, HolidayProjection.LAST_YEAR))
        .check(y -> {
          CalendarData p = HolidayProjection.year(y);
          LocalDate midAutumn = LunarCalendar.toSolar(y, 8, 15);
          boolean coincide = midAutumn.getMonthValue() == 10 && midAutumn.getDayOfMonth() <= 3;
          int statutory = 0;
          for (LocalDate d = LocalDate.of(y, 1, 1); d.getYear() == y; d = d.plusDays(1)) {
            DayKind k = p.special(d);
            if (k == DayKind.STATUTORY_HOLIDAY) {
              statutory++;
            } else if (k != null) {
              return false; // no rest days of a block, no adjusted working days
            }
          }
          return statutory == (coincide ? 12 : 13) && p.covers(y) && !p.covers(y + 1)
              && p.notices(y).equals(java.util.List.of(HolidayProjection.BASIS))
              && p.name(LunarCalendar.newYearsEve(y)).equals("SPRING_FESTIVAL")
              && p.name(SolarTerms.qingming(y)).equals("QINGMING")
              && p.name(LunarCalendar.toSolar(y, 5, 5)).equals("DRAGON_BOAT");
        });
  }

  @Test
  void projected2027() {
    // 2027: 除夕 Fri 02-05 (正月初一 Sat 02-06), 清明 Mon 04-05, 端午 Wed 06-09, 中秋 Wed 09-15
    assertThat(HolidayProjection.text(2027)).isEqualTo("""
        notice 2027 provisional projection from 全国年节及纪念日放假办法 (国务院令第795号, 2025-01-01)
        rest 2027-01-01..2027-01-01 NEW_YEAR statutory=2027-01-01
        rest 2027-02-05..2027-02-08 SPRING_FESTIVAL statutory=2027-02-05,2027-02-06,2027-02-07,2027-02-08
        rest 2027-04-05..2027-04-05 QINGMING statutory=2027-04-05
        rest 2027-05-01..2027-05-02 LABOUR_DAY statutory=2027-05-01,2027-05-02
        rest 2027-06-09..2027-06-09 DRAGON_BOAT statutory=2027-06-09
        rest 2027-09-15..2027-09-15 MID_AUTUMN statutory=2027-09-15
        rest 2027-10-01..2027-10-03 NATIONAL_DAY statutory=2027-10-01,2027-10-02,2027-10-03
        """);
    CalendarData p = HolidayProjection.year(2027);
    assertThat(p.special(LocalDate.of(2027, 2, 4))).isNull();
    assertThat(p.special(LocalDate.of(2027, 2, 9))).isNull();
  }

  @Test
  void festivalsThatMeetShareOneBlock() {
    // 2020: Mid-Autumn on Oct 1 (overlap); 2012: on Sep 30 (touching); 2025: Oct 6 (apart)
    CalendarData y2020 = HolidayProjection.year(2020);
    assertThat(y2020.name(LocalDate.of(2020, 10, 1))).isEqualTo("MID_AUTUMN+NATIONAL_DAY");
    assertThat(y2020.special(LocalDate.of(2020, 10, 4))).isNull();
    CalendarData y2012 = HolidayProjection.year(2012);
    assertThat(y2012.name(LocalDate.of(2012, 9, 30))).isEqualTo("MID_AUTUMN+NATIONAL_DAY");
    assertThat(y2012.name(LocalDate.of(2012, 10, 3))).isEqualTo("MID_AUTUMN+NATIONAL_DAY");
    CalendarData y2025 = HolidayProjection.year(2025);
    assertThat(y2025.name(LocalDate.of(2025, 10, 6))).isEqualTo("MID_AUTUMN");
    assertThat(y2025.name(LocalDate.of(2025, 10, 3))).isEqualTo("NATIONAL_DAY");
  }

  @Test
  void outOfRangeIsATypedError() {
    assertThatThrownBy(() -> HolidayProjection.year(HolidayProjection.FIRST_YEAR - 1))
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> HolidayProjection.year(HolidayProjection.LAST_YEAR + 1))
        .isInstanceOf(InvalidValueException.class);
  }
}
