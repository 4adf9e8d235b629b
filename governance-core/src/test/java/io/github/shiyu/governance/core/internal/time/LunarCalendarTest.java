package io.github.shiyu.governance.core.internal.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.ChineseCalendar;
import com.ibm.icu.util.TimeZone;
import io.github.shiyu.governance.core.InvalidValueException;
import io.github.shiyu.governance.core.time.DayKind;
import io.github.shiyu.governance.core.time.TimeErrors;
import io.github.shiyu.governance.core.time.WorkCalendar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class LunarCalendarTest {

  private static final long MILLIS_PER_DAY = 86_400_000L;

  /**
   * The month starts where the shipped table deliberately differs from ICU4J (ICU's day to
   * ours): ICU's low-precision Moon puts these new moons on the wrong side of midnight (see
   * lunar.data's header). Any other difference is a broken file or reader.
   */
  private static final Map<LocalDate, LocalDate> CORRECTIONS = new LinkedHashMap<>();

  static {
    String[][] pairs = {
      {"1906-04-24", "1906-04-23"}, {"1954-02-04", "1954-02-03"}, {"1955-02-23", "1955-02-22"},
      {"1999-01-18", "1999-01-17"}, {"2012-08-18", "2012-08-17"}, {"2018-11-07", "2018-11-08"},
      {"2027-02-07", "2027-02-06"}, {"2030-02-02", "2030-02-03"}, {"2057-09-29", "2057-09-28"},
      {"2070-03-13", "2070-03-12"},
    };
    for (String[] p : pairs) {
      CORRECTIONS.put(LocalDate.parse(p[0]), LocalDate.parse(p[1]));
    }
  }

  /** A month as ICU4J tells it: the lunar year, its number, whether leap, its first day. */
  private record IcuMonth(int year, int month, boolean leap, LocalDate first) {}

  /** Walking ICU over 200 years takes seconds: once per class. */
  private static final List<IcuMonth> ICU_MONTHS = walkIcu();

  private static List<IcuMonth> icuMonths() {
    return ICU_MONTHS;
  }

  private static List<IcuMonth> walkIcu() {
    ChineseCalendar cal = new ChineseCalendar(TimeZone.GMT_ZONE);
    List<IcuMonth> months = new ArrayList<>();
    for (LocalDate d = LocalDate.of(1900, 1, 1); d.isBefore(LocalDate.of(2101, 12, 31));
        d = d.plusDays(1)) {
      cal.setTimeInMillis(d.toEpochDay() * MILLIS_PER_DAY + MILLIS_PER_DAY / 2);
      if (cal.get(Calendar.DAY_OF_MONTH) == 1) {
        // ERA and YEAR count 60-year cycles from 2637 BCE
        int year = (cal.get(Calendar.ERA) - 1) * 60 + cal.get(Calendar.YEAR) - 2637;
        months.add(new IcuMonth(year, cal.get(Calendar.MONTH) + 1,
            cal.get(Calendar.IS_LEAP_MONTH) == 1, d));
      }
    }
    return months;
  }

  /** Our first day of a month, from the public methods only. */
  private static LocalDate first(int year, int month, boolean leap) {
    LocalDate d = LunarCalendar.newYear(year);
    for (int m = 1; m <= month; m++) {
      if (m < month || leap) {
        d = d.plusDays(LunarCalendar.monthLength(year, m, false));
      }
      if (m == LunarCalendar.leapMonth(year) && m < month) {
        d = d.plusDays(LunarCalendar.monthLength(year, m, true));
      }
    }
    return d;
  }

  @Test
  void everyMonthOf1900To2100IsIcu4jsExceptTheListedCorrections() {
    Map<LocalDate, LocalDate> differences = new LinkedHashMap<>();
    int checked = 0;
    for (IcuMonth m : icuMonths()) {
      if (m.year() < LunarCalendar.FIRST_YEAR || m.year() > LunarCalendar.LAST_YEAR) {
        continue;
      }
      if (m.leap()) {
        assertThat(LunarCalendar.leapMonth(m.year())).as("leap month of %s", m.year())
            .isEqualTo(m.month());
      }
      LocalDate ours = first(m.year(), m.month(), m.leap());
      if (!ours.equals(m.first())) {
        differences.put(m.first(), ours);
      }
      checked++;
    }
    // 201 years, 74 of them with a leap month (counted from the generated table)
    assertThat(checked).isEqualTo(201 * 12 + 74);
    assertThat(differences).containsExactlyEntriesOf(CORRECTIONS);
  }

  @Test
  void yearsWithoutALeapMonthInIcuHaveNoneInTheTable() {
    TreeSet<Integer> leapYears = new TreeSet<>();
    for (IcuMonth m : icuMonths()) {
      if (m.leap()) {
        leapYears.add(m.year());
      }
    }
    for (int y = LunarCalendar.FIRST_YEAR; y <= LunarCalendar.LAST_YEAR; y++) {
      assertThat(LunarCalendar.leapMonth(y) != 0).as("%s", y).isEqualTo(leapYears.contains(y));
    }
  }

  @Test
  void knownYears() {
    assertThat(LunarCalendar.leapMonth(2020)).isEqualTo(4);
    assertThat(LunarCalendar.leapMonth(2023)).isEqualTo(2);
    assertThat(LunarCalendar.leapMonth(2025)).isEqualTo(6);
    // the "2033 problem": GB/T 33661-2017's rule makes it 闰十一月
    assertThat(LunarCalendar.leapMonth(2033)).isEqualTo(11);
    assertThat(LunarCalendar.leapMonth(2026)).isZero();
    assertThat(LunarCalendar.newYear(2026)).isEqualTo(LocalDate.of(2026, 2, 17));
    assertThat(LunarCalendar.newYearsEve(2026)).isEqualTo(LocalDate.of(2026, 2, 16));
    assertThat(LunarCalendar.newYearsEve(1900)).isEqualTo(LocalDate.of(1900, 1, 30));
    // where ICU4J is a day late: the new moon of 2027-02-06 is at 23:56 Beijing time
    assertThat(LunarCalendar.newYear(2027)).isEqualTo(LocalDate.of(2027, 2, 6));
    assertThat(LunarCalendar.newYear(2030)).isEqualTo(LocalDate.of(2030, 2, 3));
  }

  @Test
  void monthsAreContiguousAndYearsHave353To385Days() {
    for (int y = LunarCalendar.FIRST_YEAR; y <= LunarCalendar.LAST_YEAR; y++) {
      int leap = LunarCalendar.leapMonth(y);
      int length = 0;
      for (int m = 1; m <= 12; m++) {
        assertThat(LunarCalendar.toSolar(y, m, 1)).isEqualTo(first(y, m, false));
        int ml = LunarCalendar.monthLength(y, m, false);
        assertThat(LunarCalendar.toSolar(y, m, ml)).isEqualTo(first(y, m, false).plusDays(ml - 1));
        length += ml + (m == leap ? LunarCalendar.monthLength(y, m, true) : 0);
      }
      assertThat(length).as("%s", y).isBetween(leap == 0 ? 353 : 383, leap == 0 ? 355 : 385);
      if (y < LunarCalendar.LAST_YEAR) {
        assertThat(LunarCalendar.newYear(y).plusDays(length)).isEqualTo(LunarCalendar.newYear(y + 1));
      }
      assertThat(LunarCalendar.newYear(y).getYear()).isEqualTo(y);
    }
  }

  @Test
  void agreesWithTheStateCouncilNotices2019To2026() {
    WorkCalendar china = WorkCalendar.china();
    for (int y = 2019; y <= 2026; y++) {
      LocalDate firstDay = y >= 2025 ? LunarCalendar.newYearsEve(y) : LunarCalendar.newYear(y);
      TreeSet<LocalDate> expected = new TreeSet<>();
      for (LocalDate d = firstDay; !d.isAfter(LunarCalendar.toSolar(y, 1, 3)); d = d.plusDays(1)) {
        expected.add(d);
      }
      assertThat(statutory(china, y, "SPRING_FESTIVAL")).as("Spring Festival %s", y)
          .containsExactlyElementsOf(expected);
      assertThat(statutory(china, y, "DRAGON_BOAT")).as("Dragon Boat %s", y)
          .containsExactly(LunarCalendar.toSolar(y, 5, 5));
      LocalDate midAutumn = LunarCalendar.toSolar(y, 8, 15);
      assertThat(china.dayKind(midAutumn)).as("Mid-Autumn %s", y)
          .isEqualTo(DayKind.STATUTORY_HOLIDAY);
      assertThat(china.holidayName(midAutumn)).get().asString().contains("MID_AUTUMN");
    }
  }

  /** The statutory days of year y whose block has exactly this name. */
  static List<LocalDate> statutory(WorkCalendar calendar, int y, String name) {
    List<LocalDate> days = new ArrayList<>();
    for (LocalDate d = LocalDate.of(y, 1, 1); d.getYear() == y; d = d.plusDays(1)) {
      if (calendar.dayKind(d) == DayKind.STATUTORY_HOLIDAY
          && calendar.holidayName(d).orElse("").equals(name)) {
        days.add(d);
      }
    }
    return days;
  }

  @Test
  void outOfRangeIsATypedError() {
    assertThatThrownBy(() -> LunarCalendar.newYear(1899))
        .isInstanceOfSatisfying(InvalidValueException.class,
            e -> assertThat(e.code()).isEqualTo(TimeErrors.DATE_RANGE));
    assertThatThrownBy(() -> LunarCalendar.newYearsEve(2101))
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> LunarCalendar.toSolar(2025, 13, 1))
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> LunarCalendar.toSolar(2025, 1, 0))
        .isInstanceOf(InvalidValueException.class);
    int length = LunarCalendar.monthLength(2025, 1, false);
    assertThatThrownBy(() -> LunarCalendar.toSolar(2025, 1, length + 1))
        .isInstanceOf(InvalidValueException.class);
    assertThat(LunarCalendar.monthLength(2025, 6, true)).isBetween(29, 30);
    assertThatThrownBy(() -> LunarCalendar.monthLength(2025, 5, true))
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> LunarCalendar.monthLength(2026, 6, true))
        .isInstanceOf(InvalidValueException.class);
  }
}
