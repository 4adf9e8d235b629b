/*
 * Generates core's embedded lunar calendar data (run once; the output is committed).
 *
 *   java -cp ~/.m2/repository/com/ibm/icu/icu4j/79.1/icu4j-79.1.jar \
 *     examples/tools/GenerateLunarData.java \
 *     > governance-core/src/main/resources/io/github/shiyu/governance/core/internal/time/lunar.data
 *
 * ICU4J's ChineseCalendar applies the rules of GB/T 33661-2017 《农历的编算和颁行》 (months
 * start on the day of the true new moon; the leap month is the first without a major solar
 * term in a 13-month year between winter solstices); this program walks it day by day and
 * writes, per lunar year, the Gregorian date of 正月初一, the leap month and the month lengths.
 *
 * ICU's Moon theory is a low-precision one: its new moons are off by minutes, which moves a
 * month start by a day when the new moon is close to midnight (Spring Festival 2027 and 2030
 * among them). So each month start is checked against the true new moon of Meeus,
 * Astronomical Algorithms (2nd ed.) ch. 49 (periodic terms plus the 14 planetary terms; its
 * error is well under a minute) with ΔT from Espenak & Meeus (2006), in ICU's own zone
 * convention (UTC+8 from 1929, Beijing mean time 116°25'E before); where the two days differ,
 * the Meeus day is written and the correction is listed in the header. A correction is
 * refused if a major solar term (a multiple of 30° of solar longitude) falls on either
 * candidate day, since then the leap-month choice could change too.
 *
 * ADR 0011 says why ICU4J is used here and in core's tests but never at run time;
 * governance-core's LunarCalendarTest compares every line with ICU4J again.
 */
import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.ChineseCalendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.VersionInfo;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

public class GenerateLunarData {

  static final int FIRST = 1899;
  static final int LAST = 2100;
  /** Cycle years counted from 2637 BCE: the lunar year starting in Gregorian Y is Y + 2637. */
  static final int CYCLE_OFFSET = 2637;
  static final long MILLIS_PER_DAY = 86_400_000L;
  static final double UNIX_EPOCH_JD = 2440587.5;
  /** 1929-01-01 00:00 UT as a Julian day: China's standard time is UTC+8 from then on. */
  static final double UTC8_FROM_JD = 2425611.5;
  static final double BEIJING_MEAN_OFFSET = (7 + 45 / 60.0 + 40 / 3600.0) / 24;

  /**
   * New moons this close to midnight are uncertain: ΔT decades ahead is known to a minute or
   * worse, and published tables are known to disagree on such months.
   */
  static final double CLOSE_MINUTES = 2;
  static final java.util.Set<String> CLOSE = new java.util.TreeSet<>();

  record LunarYear(int year, List<Long> starts, int leap) {}

  public static void main(String[] args) {
    // The calendar's own zone only decides which civil day an instant is; ICU does the
    // astronomy in China's zone. UTC plus noon gives each civil day exactly.
    ChineseCalendar cal = new ChineseCalendar(TimeZone.GMT_ZONE);
    List<LunarYear> years = new ArrayList<>();
    // One walk over the civil days, grouping month starts by lunar year: a lunar year is named
    // by the Gregorian year its 正月初一 falls in. ERA (60-year cycles since 2637 BCE) and YEAR
    // (1..60) are used rather than EXTENDED_YEAR, whose meaning for this calendar changed
    // across ICU versions.
    List<Long> starts = null;
    int year = Integer.MIN_VALUE;
    int leap = 0;
    long end = 0;
    for (LocalDate d = LocalDate.of(FIRST, 1, 1); ; d = d.plusDays(1)) {
      cal.setTimeInMillis(d.toEpochDay() * MILLIS_PER_DAY + MILLIS_PER_DAY / 2);
      if (cal.get(Calendar.DAY_OF_MONTH) != 1) {
        continue;
      }
      int lunarYear = (cal.get(Calendar.ERA) - 1) * 60 + cal.get(Calendar.YEAR) - CYCLE_OFFSET;
      if (lunarYear != year) {
        if (starts != null && year >= FIRST) {
          years.add(new LunarYear(year, starts, leap));
        }
        if (lunarYear > LAST) {
          end = d.toEpochDay();
          break;
        }
        year = lunarYear;
        starts = new ArrayList<>();
        leap = 0;
      }
      starts.add(d.toEpochDay());
      if (cal.get(Calendar.IS_LEAP_MONTH) == 1) {
        leap = cal.get(Calendar.MONTH) + 1;
      }
    }

    List<String> corrections = new ArrayList<>();
    long correctedEnd = correct(end, new ArrayList<>());
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < years.size(); i++) {
      LunarYear y = years.get(i);
      List<Long> s = new ArrayList<>();
      for (long start : y.starts()) {
        s.add(correct(start, corrections));
      }
      s.add(i + 1 < years.size() ? correct(years.get(i + 1).starts().get(0), new ArrayList<>())
          : correctedEnd);
      if (s.size() - 1 != (y.leap() == 0 ? 12 : 13)) {
        throw new IllegalStateException(y.year() + ": " + (s.size() - 1) + " months");
      }
      lines.append(y.year()).append(' ').append(LocalDate.ofEpochDay(s.get(0)))
          .append(' ').append(y.leap());
      for (int m = 1; m < s.size(); m++) {
        lines.append(' ').append(s.get(m) - s.get(m - 1));
      }
      lines.append('\n');
    }

    StringBuilder out = new StringBuilder();
    out.append("# The Chinese lunisolar calendar (农历), lunar years ").append(FIRST)
        .append("..").append(LAST).append(".\n")
        .append("# Rules: GB/T 33661-2017 《农历的编算和颁行》: a month starts on the day (UTC+8) of the\n")
        .append("# true new moon; in a year with 13 new moons between winter-solstice months the\n")
        .append("# first month without a major solar term (中气) is the leap month.\n")
        .append("# Computed with ICU4J ").append(VersionInfo.ICU_VERSION)
        .append(" com.ibm.icu.util.ChineseCalendar by examples/tools/GenerateLunarData.java,\n")
        .append("# every month start checked against the true new moon of Meeus, Astronomical\n")
        .append("# Algorithms ch. 49 (ΔT: Espenak & Meeus 2006). ICU's low-precision Moon puts these\n")
        .append("# month starts a day off; the Meeus day is used (ICU's day -> the day written):\n");
    for (String c : corrections) {
      out.append("#   ").append(c).append('\n');
    }
    out.append("# New moons within ").append((int) CLOSE_MINUTES)
        .append(" minutes of midnight (Meeus; uncertain, tables may disagree):\n");
    for (String c : CLOSE) {
      out.append("#   ").append(c).append('\n');
    }
    out.append("# Like ICU, months before 1929 use Beijing mean time (116°25'E, UTC+7:45:40), the\n")
        .append("# standard of the calendars of that time.\n")
        .append("# governance-core's LunarCalendarTest re-checks every line against ICU4J (expecting\n")
        .append("# exactly the corrections above) and the Spring Festival, Dragon Boat and\n")
        .append("# Mid-Autumn days against the State Council notices 2019-2026 in china.calendar.\n")
        .append("# See docs/decisions/0011-lunar-calendar-data.md.\n")
        .append("#\n")
        .append("# <lunar year> <Gregorian date of 正月初一> <leap month, 0 = none> <month lengths in\n")
        .append("# order, the leap month right after the month it repeats>\n");
    System.out.print(out.append(lines));
  }

  /** The Meeus new-moon day nearest to ICU's month start {@code start}. */
  static long correct(long start, List<String> corrections) {
    double approxK = (start - (2451550.1 - UNIX_EPOCH_JD)) / 29.530588861;
    long k = Math.round(approxK);
    double jdUt = newMoon(k) - deltaT(2000 + (newMoon(k) - 2451545) / 365.25) / 86400;
    double offset = jdUt < UTC8_FROM_JD ? BEIJING_MEAN_OFFSET : 8.0 / 24;
    long day = (long) Math.floor(jdUt - UNIX_EPOCH_JD + offset);
    if (Math.abs(day - start) > 1) {
      throw new IllegalStateException("no new moon near " + LocalDate.ofEpochDay(start));
    }
    double minuteOfDay = (jdUt - UNIX_EPOCH_JD + offset - day) * 1440;
    if (Math.min(minuteOfDay, 1440 - minuteOfDay) < CLOSE_MINUTES) {
      CLOSE.add(LocalDate.ofEpochDay(day) + String.format(Locale.ROOT, " %02d:%02d",
          (int) minuteOfDay / 60, (int) minuteOfDay % 60));
    }
    if (day == start) {
      return start;
    }
    long from = Math.min(day, start);
    double a = sunLongitude(from + UNIX_EPOCH_JD - offset);
    double b = sunLongitude(from + 2 + UNIX_EPOCH_JD - offset);
    if (Math.floor(a / 30) != Math.floor(b / 30)) {
      throw new IllegalStateException("major term next to corrected " + LocalDate.ofEpochDay(day));
    }
    corrections.add(LocalDate.ofEpochDay(start) + " -> " + LocalDate.ofEpochDay(day)
        + String.format(Locale.ROOT, " (new moon %02d:%02d)",
            (int) minuteOfDay / 60, (int) minuteOfDay % 60));
    return day;
  }

  static double sin(double degrees) {
    return Math.sin(Math.toRadians(degrees));
  }

  /** Meeus ch. 49: the true new moon number k (k = 0 near 2000-01-06), as a Julian day in TT. */
  static double newMoon(long kk) {
    double k = kk;
    double t = k / 1236.85;
    double t2 = t * t;
    double t3 = t2 * t;
    double t4 = t3 * t;
    double jde = 2451550.09766 + 29.530588861 * k + 0.00015437 * t2 - 0.000000150 * t3
        + 0.00000000073 * t4;
    double e = 1 - 0.002516 * t - 0.0000074 * t2;
    double m = 2.5534 + 29.10535670 * k - 0.0000014 * t2 - 0.00000011 * t3;
    double mp = 201.5643 + 385.81693528 * k + 0.0107582 * t2 + 0.00001238 * t3
        - 0.000000058 * t4;
    double f = 160.7108 + 390.67050284 * k - 0.0016118 * t2 - 0.00000227 * t3
        + 0.000000011 * t4;
    double om = 124.7746 - 1.56375588 * k + 0.0020672 * t2 + 0.00000215 * t3;
    double c = -0.40720 * sin(mp) + 0.17241 * e * sin(m) + 0.01608 * sin(2 * mp)
        + 0.01039 * sin(2 * f) + 0.00739 * e * sin(mp - m) - 0.00514 * e * sin(mp + m)
        + 0.00208 * e * e * sin(2 * m) - 0.00111 * sin(mp - 2 * f) - 0.00057 * sin(mp + 2 * f)
        + 0.00056 * e * sin(2 * mp + m) - 0.00042 * sin(3 * mp) + 0.00042 * e * sin(m + 2 * f)
        + 0.00038 * e * sin(m - 2 * f) - 0.00024 * e * sin(2 * mp - m) - 0.00017 * sin(om)
        - 0.00007 * sin(mp + 2 * m) + 0.00004 * sin(2 * mp - 2 * f) + 0.00004 * sin(3 * m)
        + 0.00003 * sin(mp + m - 2 * f) + 0.00003 * sin(2 * mp + 2 * f)
        - 0.00003 * sin(mp + m + 2 * f) + 0.00003 * sin(mp - m + 2 * f)
        - 0.00002 * sin(mp - m - 2 * f) - 0.00002 * sin(3 * mp + m) + 0.00002 * sin(4 * mp);
    double[] arg = {
      299.77 + 0.107408 * k - 0.009173 * t2, 251.88 + 0.016321 * k, 251.83 + 26.651886 * k,
      349.42 + 36.412478 * k, 84.66 + 18.206239 * k, 141.74 + 53.303771 * k,
      207.14 + 2.453732 * k, 154.84 + 7.306860 * k, 34.52 + 27.261239 * k,
      207.19 + 0.121824 * k, 291.34 + 1.844379 * k, 161.72 + 24.198154 * k,
      239.56 + 25.513099 * k, 331.55 + 3.592518 * k};
    double[] coefficient = {
      0.000325, 0.000165, 0.000164, 0.000126, 0.000110, 0.000062, 0.000060, 0.000056,
      0.000047, 0.000042, 0.000040, 0.000037, 0.000035, 0.000023};
    for (int i = 0; i < arg.length; i++) {
      c += coefficient[i] * sin(arg[i]);
    }
    return jde + c;
  }

  /** ΔT = TT - UT in seconds, Espenak & Meeus (2006) polynomials for 1900-2150. */
  static double deltaT(double y) {
    if (y < 1920) {
      double t = y - 1900;
      return -2.79 + 1.494119 * t - 0.0598939 * t * t + 0.0061966 * t * t * t
          - 0.000197 * t * t * t * t;
    }
    if (y < 1941) {
      double t = y - 1920;
      return 21.20 + 0.84493 * t - 0.076100 * t * t + 0.0020936 * t * t * t;
    }
    if (y < 1961) {
      double t = y - 1950;
      return 29.07 + 0.407 * t - t * t / 233 + t * t * t / 2547;
    }
    if (y < 1986) {
      double t = y - 1975;
      return 45.45 + 1.067 * t - t * t / 260 - t * t * t / 718;
    }
    if (y < 2005) {
      double t = y - 2000;
      return 63.86 + 0.3345 * t - 0.060374 * t * t + 0.0017275 * t * t * t
          + 0.000651814 * t * t * t * t + 0.00002373599 * t * t * t * t * t;
    }
    if (y < 2050) {
      double t = y - 2000;
      return 62.92 + 0.32217 * t + 0.005589 * t * t;
    }
    double u = (y - 1820) / 100;
    return -20 + 32 * u * u - 0.5628 * (2150 - y);
  }

  /** Meeus ch. 25, low precision: the Sun's apparent longitude in degrees at a Julian day (UT). */
  static double sunLongitude(double jd) {
    double t = (jd - 2451545) / 36525;
    double l0 = 280.46646 + 36000.76983 * t + 0.0003032 * t * t;
    double m = 357.52911 + 35999.05029 * t - 0.0001537 * t * t;
    double c = (1.914602 - 0.004817 * t - 0.000014 * t * t) * sin(m)
        + (0.019993 - 0.000101 * t) * sin(2 * m) + 0.000289 * sin(3 * m);
    double om = 125.04 - 1934.136 * t;
    double lambda = l0 + c - 0.00569 - 0.00478 * sin(om);
    return ((lambda % 360) + 360) % 360;
  }
}
