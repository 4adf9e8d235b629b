package io.github.shiyu.governance.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.shiyu.governance.core.InvalidValueException;
import io.github.shiyu.governance.core.MissingDataException;
import java.io.StringReader;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class WorkCalendarTest {

  private final WorkCalendar china = WorkCalendar.china();

  private static LocalDate d(int y, int m, int day) {
    return LocalDate.of(y, m, day);
  }

  private List<DayKind> kinds(LocalDate from, LocalDate toInclusive) {
    List<DayKind> out = new ArrayList<>();
    for (LocalDate x = from; !x.isAfter(toInclusive); x = x.plusDays(1)) {
      out.add(china.dayKind(x));
    }
    return out;
  }

  private List<DayKind> kinds2027(LocalDate from, LocalDate toInclusive) {
    assertThat(china.isProvisional(Year.of(from.getYear()))).isTrue();
    return kinds(from, toInclusive);
  }

  @Test
  void nationalDay2024DayByDay() {
    // 国办发明电〔2023〕7号: 10月1日至7日放假调休，共7天。9月29日（周日）、10月12日（周六）上班。
    assertThat(kinds(d(2024, 9, 28), d(2024, 10, 13)))
        .containsExactly(
            DayKind.WEEKEND, // Sat 28
            DayKind.ADJUSTED_WORKING_DAY, // Sun 29
            DayKind.WORKING_DAY, // Mon 30
            DayKind.STATUTORY_HOLIDAY, // Tue 1
            DayKind.STATUTORY_HOLIDAY, // Wed 2
            DayKind.STATUTORY_HOLIDAY, // Thu 3
            DayKind.HOLIDAY_REST_DAY, // Fri 4
            DayKind.HOLIDAY_REST_DAY, // Sat 5
            DayKind.HOLIDAY_REST_DAY, // Sun 6
            DayKind.HOLIDAY_REST_DAY, // Mon 7
            DayKind.WORKING_DAY, // Tue 8
            DayKind.WORKING_DAY,
            DayKind.WORKING_DAY,
            DayKind.WORKING_DAY, // Fri 11
            DayKind.ADJUSTED_WORKING_DAY, // Sat 12
            DayKind.WEEKEND); // Sun 13
    assertThat(d(2024, 9, 29).getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
    assertThat(d(2024, 10, 12).getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
    for (int day = 1; day <= 7; day++) {
      assertThat(china.isWorkingDay(d(2024, 10, day))).isFalse();
      assertThat(china.isHoliday(d(2024, 10, day))).isTrue();
      assertThat(china.holidayName(d(2024, 10, day))).hasValue("NATIONAL_DAY");
    }
    assertThat(china.isWorkingDay(d(2024, 9, 29))).isTrue();
    assertThat(china.isHoliday(d(2024, 9, 29))).isFalse();
    assertThat(china.isWorkingDay(d(2024, 10, 12))).isTrue();
    assertThat(china.isWorkingDay(d(2024, 10, 13))).isFalse();
    assertThat(china.isHoliday(d(2024, 10, 13))).isFalse();
  }

  @Test
  void arrangements2026FollowTheNoticeOfNovember2025() {
    // 国务院办公厅关于2026年部分节假日安排的通知 (2025-11-04), as published: every day off and
    // every adjusted working day of the year, and nothing else.
    List<LocalDate> off = new ArrayList<>();
    int[][] blocks = {{1, 1, 1, 3}, {2, 15, 2, 23}, {4, 4, 4, 6}, {5, 1, 5, 5}, {6, 19, 6, 21},
        {9, 25, 9, 27}, {10, 1, 10, 7}};
    for (int[] b : blocks) {
      for (LocalDate x = d(2026, b[0], b[1]); !x.isAfter(d(2026, b[2], b[3])); x = x.plusDays(1)) {
        off.add(x);
      }
    }
    List<LocalDate> adjusted = List.of(d(2026, 1, 4), d(2026, 2, 14), d(2026, 2, 28),
        d(2026, 5, 9), d(2026, 9, 20), d(2026, 10, 10));
    for (LocalDate x = d(2026, 1, 1); x.getYear() == 2026; x = x.plusDays(1)) {
      boolean weekend = x.getDayOfWeek() == DayOfWeek.SATURDAY
          || x.getDayOfWeek() == DayOfWeek.SUNDAY;
      boolean working = adjusted.contains(x) || (!weekend && !off.contains(x));
      assertThat(china.isWorkingDay(x)).as(x.toString()).isEqualTo(working);
      assertThat(china.isHoliday(x)).as(x.toString()).isEqualTo(off.contains(x));
    }
    // From 2025 the Spring Festival has four statutory days: 除夕 (Feb 16) and 初一 to 初三.
    for (int day = 16; day <= 19; day++) {
      assertThat(china.dayKind(d(2026, 2, day))).isEqualTo(DayKind.STATUTORY_HOLIDAY);
    }
    assertThat(china.dayKind(d(2026, 2, 15))).isEqualTo(DayKind.HOLIDAY_REST_DAY);
  }

  @Test
  void springFestival2025DayByDay() {
    // 国办发明电〔2024〕12号: 1月28日（农历除夕）至2月4日放假调休，共8天。
    // 1月26日（周日）、2月8日（周六）上班。
    assertThat(kinds(d(2025, 1, 25), d(2025, 2, 9)))
        .containsExactly(
            DayKind.WEEKEND, // Sat 25
            DayKind.ADJUSTED_WORKING_DAY, // Sun 26
            DayKind.WORKING_DAY, // Mon 27
            DayKind.STATUTORY_HOLIDAY, // Tue 28 除夕
            DayKind.STATUTORY_HOLIDAY, // Wed 29 初一
            DayKind.STATUTORY_HOLIDAY, // Thu 30 初二
            DayKind.STATUTORY_HOLIDAY, // Fri 31 初三
            DayKind.HOLIDAY_REST_DAY, // Sat 1
            DayKind.HOLIDAY_REST_DAY, // Sun 2
            DayKind.HOLIDAY_REST_DAY, // Mon 3
            DayKind.HOLIDAY_REST_DAY, // Tue 4
            DayKind.WORKING_DAY, // Wed 5
            DayKind.WORKING_DAY,
            DayKind.WORKING_DAY, // Fri 7
            DayKind.ADJUSTED_WORKING_DAY, // Sat 8
            DayKind.WEEKEND); // Sun 9
    assertThat(china.holidayName(d(2025, 2, 4))).hasValue("SPRING_FESTIVAL");
    assertThat(china.holidayName(d(2025, 2, 8))).hasValue("SPRING_FESTIVAL");
  }

  @Test
  void statutoryDaysAre11To2024And13From2025() {
    for (int year = china.firstYear().getValue(); year <= china.lastYear().getValue(); year++) {
      int statutory = 0;
      for (LocalDate x = d(year, 1, 1); x.getYear() == year; x = x.plusDays(1)) {
        if (china.isStatutoryHoliday(x)) {
          statutory++;
        }
      }
      // 2020: Mid-Autumn fell on National Day (Oct 1), so 10 distinct dates carry 11 days.
      int expected = year >= 2025 ? 13 : year == 2020 ? 10 : 11;
      assertThat(statutory).as("statutory holiday dates in %d", year).isEqualTo(expected);
    }
  }

  @Test
  void everyYearHasEachFestivalWithItsStatutoryDays() {
    for (int year = china.firstYear().getValue(); year <= china.lastYear().getValue(); year++) {
      java.util.Map<String, Integer> days = new java.util.TreeMap<>();
      for (LocalDate x = d(year, 1, 1); x.getYear() == year; x = x.plusDays(1)) {
        if (china.isStatutoryHoliday(x)) {
          for (String name : china.holidayName(x).orElseThrow().split("\\+")) {
            days.merge(name, 1, Integer::sum);
          }
        }
      }
      boolean from2025 = year >= 2025;
      // combined blocks (Mid-Autumn next to National Day) carry both names on every day
      if (days.getOrDefault("MID_AUTUMN", 0) > 1) {
        int combined = days.get("MID_AUTUMN");
        // 2020: Mid-Autumn was Oct 1 itself, so 3 dates; otherwise 1 + 3.
        assertThat(combined).as("combined block %d", year).isEqualTo(year == 2020 ? 3 : 4);
        assertThat(days.get("NATIONAL_DAY")).isEqualTo(combined);
        days.put("MID_AUTUMN", 1);
        days.put("NATIONAL_DAY", 3);
      }
      assertThat(days)
          .as("statutory days by festival in %d", year)
          .containsEntry("NEW_YEAR", 1)
          .containsEntry("SPRING_FESTIVAL", from2025 ? 4 : 3)
          .containsEntry("QINGMING", 1)
          .containsEntry("LABOUR_DAY", from2025 ? 2 : 1)
          .containsEntry("DRAGON_BOAT", 1)
          .containsEntry("MID_AUTUMN", 1)
          .containsEntry("NATIONAL_DAY", 3)
          .hasSize(7);
    }
  }

  @Test
  void coversEveryYearFrom2019AndCitesItsNotice() {
    assertThat(china.firstYear()).isEqualTo(Year.of(2019));
    assertThat(china.lastYear().getValue()).isGreaterThanOrEqualTo(2026);
    for (int year = 2019; year <= china.lastYear().getValue(); year++) {
      assertThat(china.covers(Year.of(year))).isTrue();
      String title = year + "年部分节假日安排的通知";
      assertThat(china.notices(Year.of(year)))
          .anyMatch(n -> n.contains("国办发明电") && n.contains(title));
    }
    assertThat(china.notices(Year.of(2024)).get(0)).startsWith("国办发明电〔2023〕7号");
  }

  @Test
  void yearWithoutDataIsReportedInTheStrictMode() {
    WorkCalendar strict = china.withFallback(CalendarFallback.NONE);
    LocalDate far = d(2031, 5, 1);
    assertThatThrownBy(() -> strict.isWorkingDay(far))
        .isInstanceOf(MissingDataException.class)
        .hasMessageContaining("calendar.year_missing")
        .hasMessageContaining("2031")
        .hasMessageContaining("2019-");
    assertThatThrownBy(() -> strict.isWorkingDay(d(2018, 12, 29)))
        .isInstanceOf(MissingDataException.class);
    int next = strict.lastYear().getValue() + 1;
    assertThatThrownBy(() -> strict.plusWorkingDays(d(next - 1, 12, 20), 30))
        .isInstanceOfSatisfying(MissingDataException.class, e -> {
          assertThat(e.code()).isEqualTo(TimeErrors.YEAR_MISSING);
          assertThat(e.localizedMessage(Locale.CHINA)).startsWith("缺少" + next + "年的工作日历数据");
        });
    assertThat(strict.isProvisional(Year.of(2031))).isFalse();
    WorkCalendar planning = china.withFallback(CalendarFallback.MONDAY_TO_FRIDAY);
    assertThat(planning.isWorkingDay(far)).isTrue(); // a Thursday
    assertThat(planning.dayKind(d(2031, 5, 3))).isEqualTo(DayKind.WEEKEND);
    assertThat(planning.isWorkingDay(d(2024, 10, 1))).isFalse(); // data still wins
    assertThat(planning.isProvisional(Year.of(2031))).isTrue();
  }

  @Test
  void yearWithoutDataIsProvisionalByDefault() {
    assertThat(china.fallback()).isEqualTo(CalendarFallback.PROVISIONAL);
    assertThat(china.isProvisional(Year.of(2027))).isTrue();
    assertThat(china.isProvisional(Year.of(2026))).isFalse();
    assertThat(china.isProvisional(d(2026, 1, 1), d(2026, 12, 31))).isFalse();
    assertThat(china.isProvisional(d(2026, 12, 31), d(2027, 1, 1))).isTrue();
    assertThat(china.isProvisional(d(2027, 1, 1), d(2026, 12, 31))).isTrue();
    // The law's fixed-date holidays, whatever the notice will add.
    assertThat(china.dayKind(d(2031, 5, 1))).isEqualTo(DayKind.STATUTORY_HOLIDAY);
    assertThat(china.dayKind(d(2031, 5, 2))).isEqualTo(DayKind.STATUTORY_HOLIDAY);
    assertThat(china.dayKind(d(2031, 10, 3))).isEqualTo(DayKind.STATUTORY_HOLIDAY);
    assertThat(china.holidayName(d(2031, 10, 3)).orElseThrow()).contains("NATIONAL_DAY");
    assertThat(china.dayKind(d(2031, 5, 6))).isEqualTo(DayKind.WORKING_DAY); // a Tuesday
    assertThat(china.dayKind(d(2031, 5, 3))).isEqualTo(DayKind.WEEKEND);
    // The lunar festivals of 2027: 除夕 Fri Feb 5 to 初三 Mon Feb 8; Dragon Boat Jun 9.
    assertThat(kinds2027(d(2027, 2, 4), d(2027, 2, 9))).containsExactly(DayKind.WORKING_DAY,
        DayKind.STATUTORY_HOLIDAY, DayKind.STATUTORY_HOLIDAY, DayKind.STATUTORY_HOLIDAY,
        DayKind.STATUTORY_HOLIDAY, DayKind.WORKING_DAY);
    assertThat(china.holidayName(d(2027, 2, 6))).hasValue("SPRING_FESTIVAL");
    assertThat(china.dayKind(d(2027, 6, 9))).isEqualTo(DayKind.STATUTORY_HOLIDAY);
    assertThat(china.dayKind(d(2027, 4, 5))).isEqualTo(DayKind.STATUTORY_HOLIDAY); // 清明
    // No 调休: a weekend next to a holiday stays a weekend, a Sunday never works.
    for (LocalDate x = d(2027, 1, 1); x.getYear() == 2027; x = x.plusDays(1)) {
      DayKind k = china.dayKind(x);
      assertThat(k).isNotIn(DayKind.ADJUSTED_WORKING_DAY, DayKind.HOLIDAY_REST_DAY);
    }
    // The days a neighbouring notice set stay as the notice set them.
    assertThat(china.dayKind(d(2018, 12, 29))).isEqualTo(DayKind.ADJUSTED_WORKING_DAY);
    assertThat(china.dayKind(d(2018, 12, 31))).isEqualTo(DayKind.HOLIDAY_REST_DAY);
    // Outside the lunar data the projection cannot answer: a typed error, not a guess.
    assertThatThrownBy(() -> china.isWorkingDay(d(2101, 3, 1)))
        .isInstanceOfSatisfying(MissingDataException.class,
            e -> assertThat(e.code()).isEqualTo(TimeErrors.YEAR_MISSING))
        .hasMessageContaining("provisional 1900-2100");
  }

  @Test
  void aLoadedNoticeEndsTheProvisionalYear() throws Exception {
    String notice2031 =
        "notice 2031 TEST-1 a year published later\n"
            + "rest 2031-05-01..2031-05-05 LABOUR_DAY statutory=2031-05-01,2031-05-02\n"
            + "work 2031-04-27 LABOUR_DAY\n";
    java.nio.file.Path file = java.nio.file.Files.createTempFile("2031", ".calendar");
    try {
      java.nio.file.Files.writeString(file, notice2031);
      WorkCalendar loaded = china.with(WorkCalendar.read(file));
      assertThat(loaded.isProvisional(Year.of(2031))).isFalse();
      assertThat(loaded.isProvisional(Year.of(2030))).isTrue();
      assertThat(loaded.fallback()).isEqualTo(CalendarFallback.PROVISIONAL);
      assertThat(loaded.dayKind(d(2031, 5, 5))).isEqualTo(DayKind.HOLIDAY_REST_DAY);
      assertThat(loaded.isWorkingDay(d(2031, 4, 27))).isTrue();
      assertThat(china.isWorkingDay(d(2031, 4, 27))).isFalse();
    } finally {
      java.nio.file.Files.delete(file);
    }
  }

  @Test
  void workingDayCountsAcrossAdjustedDays() {
    // Mon 2024-09-30 +1 working day: the whole National Day block is skipped.
    assertThat(china.plusWorkingDays(d(2024, 9, 30), 1)).isEqualTo(d(2024, 10, 8));
    // From Fri 2024-09-27: Sun 29 is a working day, so it is the first.
    assertThat(china.plusWorkingDays(d(2024, 9, 27), 1)).isEqualTo(d(2024, 9, 29));
    assertThat(china.plusWorkingDays(d(2024, 9, 27), 2)).isEqualTo(d(2024, 9, 30));
    // Sep 28 to Oct 13: Sep 29, 30, Oct 8, 9, 10, 11, 12 = 7 working days.
    assertThat(china.workingDaysBetween(d(2024, 9, 28), d(2024, 10, 13))).isEqualTo(7);
    assertThat(china.workingDaysBetween(d(2024, 10, 13), d(2024, 9, 28))).isEqualTo(-7);
    // Spring Festival 2025: Jan 24 (Fri) to Feb 9: 26, 27, Feb 5, 6, 7, 8 = 6.
    assertThat(china.workingDaysBetween(d(2025, 1, 24), d(2025, 2, 9))).isEqualTo(6);
    assertThat(china.plusWorkingDays(d(2025, 1, 27), 1)).isEqualTo(d(2025, 2, 5));
    assertThat(china.plusWorkingDays(d(2025, 1, 27), 0)).isEqualTo(d(2025, 1, 27));
    assertThatThrownBy(() -> china.plusWorkingDays(d(2025, 1, 27), -1))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("calendar.count_range");
  }

  @Test
  void vendorCalendarAddsLocalDaysAndYears() {
    String guangxi =
        "# 广西 三月三 (local rest days)\n"
            + "rest 2025-03-31..2025-04-01 SANYUESAN\n"
            + "notice 2031 TEST-1 a year published later\n"
            + "rest 2031-05-01..2031-05-05 LABOUR_DAY statutory=2031-05-01,2031-05-02\n"
            + "work 2031-04-27 LABOUR_DAY\n";
    WorkCalendar local = china.with(WorkCalendar.read(new StringReader(guangxi), "guangxi"));
    assertThat(local.dayKind(d(2025, 3, 31))).isEqualTo(DayKind.HOLIDAY_REST_DAY);
    assertThat(local.holidayName(d(2025, 4, 1))).hasValue("SANYUESAN");
    assertThat(china.isWorkingDay(d(2025, 3, 31))).isTrue();
    assertThat(local.lastYear()).isEqualTo(Year.of(2031));
    assertThat(local.covers(Year.of(2030))).isFalse();
    assertThat(local.isStatutoryHoliday(d(2031, 5, 2))).isTrue();
    assertThat(local.isWorkingDay(d(2031, 4, 27))).isTrue();
    assertThat(local.isProvisional(Year.of(2030))).isTrue();
    assertThatThrownBy(() -> local.withFallback(CalendarFallback.NONE).isWorkingDay(d(2030, 1, 2)))
        .isInstanceOf(MissingDataException.class);
  }

  @Test
  void badCalendarFilesNameTheLine() {
    assertThatThrownBy(() -> WorkCalendar.read(new StringReader("\nwork 2024-10-08 X\n"), "f"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("calendar.data_format")
        .hasMessageContaining("f line 2")
        .hasMessageContaining("TUESDAY");
    assertThatThrownBy(() -> WorkCalendar.read(new StringReader("rest 2024-02-30..2024-03-01 X"), "f"))
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(
            () -> WorkCalendar.read(new StringReader("rest 2024-10-01..2024-10-03 X statutory=2024-10-09"), "f"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("outside the block");
    assertThatThrownBy(
            () -> WorkCalendar.read(new StringReader("rest 2024-10-01..2024-10-03 X\nrest 2024-10-03..2024-10-04 Y"), "f"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("already set on line 1");
    assertThatThrownBy(() -> WorkCalendar.read(new StringReader("holiday 2024-10-01"), "f"))
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> WorkCalendar.read(new StringReader("rest 2024-10-01 X"), "f"))
        .isInstanceOf(InvalidValueException.class);
  }
}
