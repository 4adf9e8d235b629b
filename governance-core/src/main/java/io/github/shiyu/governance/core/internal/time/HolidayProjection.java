package io.github.shiyu.governance.core.internal.time;

import io.github.shiyu.governance.core.InvalidValueException;
import io.github.shiyu.governance.core.MissingDataException;
import io.github.shiyu.governance.core.time.TimeErrors;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The statutory holidays of a year as the holiday law fixes them, for years the State Council
 * has not (yet) published a notice for: 全国年节及纪念日放假办法 as revised by 国务院令第795号
 * (in force from 2025-01-01). New Year's Day Jan 1; Spring Festival 除夕 to 正月初三 (4 days);
 * Qingming, the day of the solar term; Labour Day May 1–2; Dragon Boat 五月初五; Mid-Autumn
 * 八月十五; National Day Oct 1–3: 13 days.
 *
 * <p>A projection is only the law's floor: no bridging rest days and no adjusted working days
 * (调休), which only a notice sets, so weekends stay weekends. Festivals whose days overlap or
 * touch make one block named by both ({@code MID_AUTUMN+NATIONAL_DAY}); where Mid-Autumn falls
 * on Oct 1–3 the year has 12 distinct statutory days instead of 13.
 *
 * <p>Years before 2025 are projected by the same (current) law, which is not what applied then.
 */
public final class HolidayProjection {

  /** The first projectable year: Spring Festival 1900 needs the end of lunar year 1899. */
  public static final int FIRST_YEAR = Math.max(LunarCalendar.FIRST_YEAR, SolarTerms.FIRST_YEAR);

  /** The last projectable year. */
  public static final int LAST_YEAR = Math.min(LunarCalendar.LAST_YEAR, SolarTerms.LAST_YEAR);

  /** The notice line of every projection: the legal basis instead of a document number. */
  static final String BASIS = "provisional projection from 全国年节及纪念日放假办法 (国务院令第795号, 2025-01-01)";

  /** A festival's statutory days, in the order of the year. */
  private record Festival(String name, TreeSet<LocalDate> days) {
    LocalDate first() {
      return days.first();
    }

    LocalDate last() {
      return days.last();
    }
  }

  private HolidayProjection() {}

  /**
   * The projected special days of a Gregorian year.
   *
   * @param year {@link #FIRST_YEAR} to {@link #LAST_YEAR}
   * @return calendar data covering the year: one {@code rest} block per festival (merged where
   *     festivals meet), every day of it statutory, and no working weekend days
   * @throws InvalidValueException {@code calendar.date_range} for another year
   */
  public static CalendarData year(int year) {
    return CalendarData.parse(new StringReader(text(year)), "projection " + year);
  }

  /** The projection in the calendar-file format. */
  static String text(int year) {
    if (year < FIRST_YEAR || year > LAST_YEAR) {
      throw new InvalidValueException(TimeErrors.DATE_RANGE,
          year + " (holiday projection " + FIRST_YEAR + ".." + LAST_YEAR + ")");
    }
    List<Festival> festivals = List.of(
        festival("NEW_YEAR", LocalDate.of(year, 1, 1), 1),
        // 除夕 of lunar year Y-1 and 初一..初三 of lunar year Y: by the naming of lunar years
        // this block always lies in late January to February of Gregorian year Y, so a
        // Gregorian year has exactly one Spring Festival (checked below like every block).
        festival("SPRING_FESTIVAL", LunarCalendar.newYearsEve(year), 4),
        festival("QINGMING", SolarTerms.qingming(year), 1),
        festival("LABOUR_DAY", LocalDate.of(year, 5, 1), 2),
        festival("DRAGON_BOAT", LunarCalendar.toSolar(year, 5, 5), 1),
        festival("MID_AUTUMN", LunarCalendar.toSolar(year, 8, 15), 1),
        festival("NATIONAL_DAY", LocalDate.of(year, 10, 1), 3));
    List<Festival> sorted = new ArrayList<>(festivals);
    // Stable: on a tie (Mid-Autumn on Oct 1) the law's order names the merged block.
    sorted.sort((a, b) -> a.first().compareTo(b.first()));
    List<Festival> blocks = new ArrayList<>();
    for (Festival f : sorted) {
      if (f.first().getYear() != year || f.last().getYear() != year) {
        // Unreachable by the naming of lunar years (see above); if it happens the year's
        // holidays cannot be projected: the year's data is unavailable, not a bad argument.
        throw new MissingDataException(TimeErrors.PROJECTION,
            f.name() + " " + f.days() + " outside " + year);
      }
      Festival previous = blocks.isEmpty() ? null : blocks.get(blocks.size() - 1);
      if (previous != null && !f.first().isAfter(previous.last().plusDays(1))) {
        TreeSet<LocalDate> days = new TreeSet<>(previous.days());
        days.addAll(f.days());
        blocks.set(blocks.size() - 1, new Festival(previous.name() + "+" + f.name(), days));
      } else {
        blocks.add(f);
      }
    }
    StringBuilder out = new StringBuilder();
    out.append("notice ").append(year).append(' ').append(BASIS).append('\n');
    for (Festival b : blocks) {
      out.append("rest ").append(b.first()).append("..").append(b.last()).append(' ')
          .append(b.name()).append(" statutory=");
      String separator = "";
      for (LocalDate d : b.days()) {
        out.append(separator).append(d);
        separator = ",";
      }
      out.append('\n');
    }
    return out.toString();
  }

  private static Festival festival(String name, LocalDate first, int days) {
    TreeSet<LocalDate> set = new TreeSet<>();
    for (int i = 0; i < days; i++) {
      set.add(first.plusDays(i));
    }
    return new Festival(name, set);
  }
}
