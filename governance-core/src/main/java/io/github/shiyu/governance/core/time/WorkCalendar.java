package io.github.shiyu.governance.core.time;

import io.github.shiyu.governance.core.InvalidValueException;
import io.github.shiyu.governance.core.MissingDataException;
import io.github.shiyu.governance.core.internal.time.CalendarData;
import io.github.shiyu.governance.core.internal.time.HolidayProjection;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * China's work calendar: which dates are working days, weekends, statutory holidays and 调休
 * days, loaded per year from data (the State Council General Office's yearly notice).
 *
 * <p>{@link #china()} holds the embedded data, 2019 up to the newest published year; each year
 * cites its notice ({@link #notices(Year)}). A year without a notice is <em>provisional</em>:
 * {@link #china()} projects its statutory holidays from the holiday law in force
 * ({@link CalendarFallback#PROVISIONAL}), so a case can always be registered, and says so:
 * {@link #isProvisional(Year)} is true and every {@link Deadline} computed across such a day is
 * {@linkplain Deadline#isProvisional() provisional}. When the notice is published, load it
 * without a new release of the SDK ({@link #read(Reader, String)} or {@link #read(Path)}, laid
 * over with {@link #with(WorkCalendar)}) and let the case engine recompute open cases'
 * deadlines. {@link #withFallback(CalendarFallback) withFallback(NONE)} is the strict mode:
 * a date in a year without data is then a {@link MissingDataException}
 * ({@code calendar.year_missing}). A province or vendor adds local rest days the same way; the
 * file format is the embedded one (see {@code docs/decisions/0005-calendar-and-deadlines.md}).
 *
 * <p>Terms: a <em>working day</em> is Monday–Friday outside holiday blocks, or a weekend day
 * the notice makes a working day; a <em>holiday</em> ({@link #isHoliday}) is any day of a
 * holiday block (a statutory holiday day or a rest day of the block); a plain weekend is
 * neither. {@link #dayKind(LocalDate)} tells the five cases apart.
 *
 * <pre>{@code
 * WorkCalendar calendar = WorkCalendar.china();
 * calendar.isWorkingDay(LocalDate.of(2024, 9, 29));            // true: Sunday made a working day
 * calendar.isHoliday(LocalDate.of(2024, 10, 7));               // true: rest day of National Day
 * calendar.plusWorkingDays(LocalDate.of(2024, 9, 30), 1);      // 2024-10-08
 * calendar.isProvisional(Year.of(2027));                       // true until its notice is loaded
 * WorkCalendar with2027 = calendar.with(WorkCalendar.read(Path.of("2027.calendar")));
 * }</pre>
 */
public final class WorkCalendar {

  /** The zone of every date in the SDK: {@code Asia/Shanghai}. */
  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");


  /** The largest count {@link #plusWorkingDays} accepts. */
  public static final int MAX_COUNT = 1_000_000;

  private static final String EMBEDDED =
      "/io/github/shiyu/governance/core/internal/time/china.calendar";

  private static final class Embedded {
    static final WorkCalendar CHINA = load().withFallback(CalendarFallback.PROVISIONAL);

    private static WorkCalendar load() {
      try (InputStream in = WorkCalendar.class.getResourceAsStream(EMBEDDED)) {
        if (in == null) {
          // A packaging defect, not bad input: see TimeErrors.EMBEDDED_MISSING.
          throw new MissingDataException(TimeErrors.EMBEDDED_MISSING, EMBEDDED);
        }
        return read(new InputStreamReader(in, StandardCharsets.UTF_8), "china.calendar");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private final CalendarData data;
  private final CalendarFallback fallback;

  private WorkCalendar(CalendarData data, CalendarFallback fallback) {
    this.data = data;
    this.fallback = fallback;
  }

  /** Projected years, computed once each on first use: the projection is the same for all. */
  private static final class Projections {
    static final AtomicReferenceArray<CalendarData> YEARS = new AtomicReferenceArray<>(
        HolidayProjection.LAST_YEAR - HolidayProjection.FIRST_YEAR + 1);

    static CalendarData of(int year) {
      int i = year - HolidayProjection.FIRST_YEAR;
      CalendarData found = YEARS.get(i);
      if (found == null) {
        found = HolidayProjection.year(year);
        YEARS.compareAndSet(i, null, found);
      }
      return found;
    }
  }

  /**
   * The embedded calendar of mainland China; years without a notice are provisional
   * ({@link CalendarFallback#PROVISIONAL}).
   *
   * @return the shared instance
   */
  public static WorkCalendar china() {
    return Embedded.CHINA;
  }

  /**
   * Reads a calendar file in the embedded format ({@code notice}, {@code rest} and
   * {@code work} lines; {@code #} comments). Years named by a {@code notice} line are covered.
   *
   * <p>The result is strict ({@link CalendarFallback#NONE}); lay it over {@link #china()} with
   * {@link #with(WorkCalendar)} to keep the national data and the provisional years.
   *
   * @param in     the file's text; not closed
   * @param source a name for error messages, e.g. the file name
   * @return the calendar, with no fallback
   * @throws InvalidValueException {@code calendar.data_format} naming the line, for any
   *     malformed line (including text the reader cannot decode)
   * @throws java.io.UncheckedIOException if the reader fails
   */
  public static WorkCalendar read(Reader in, String source) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(source, "source");
    return new WorkCalendar(CalendarData.parse(in, source), CalendarFallback.NONE);
  }

  /**
   * Reads a calendar file (UTF-8) in the embedded format, for a notice published after this
   * release or a province's local days: {@code WorkCalendar.china().with(WorkCalendar.read(
   * Path.of("2027.calendar")))}.
   *
   * @param file the file; its name is used in error messages
   * @return the calendar, with no fallback
   * @throws InvalidValueException {@code calendar.data_format} naming the line
   * @throws UncheckedIOException  if the file cannot be read
   */
  public static WorkCalendar read(Path file) {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(in, file.getFileName() == null ? file.toString() : file.getFileName().toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * This calendar with another laid over it: the other's days win where both say something,
   * and the covered years are the union. Use it for local rest days or a newly published year.
   *
   * @param local the calendar laid over this one
   * @return the merged calendar, keeping this calendar's fallback
   */
  public WorkCalendar with(WorkCalendar local) {
    return new WorkCalendar(data.overlay(local.data), fallback);
  }

  /**
   * This calendar answering years without data by a fallback rule instead of an error.
   *
   * @param rule the rule; {@link CalendarFallback#NONE} is the strict mode
   * @return the calendar
   */
  public WorkCalendar withFallback(CalendarFallback rule) {
    return rule == fallback ? this : new WorkCalendar(data, Objects.requireNonNull(rule, "rule"));
  }

  /**
   * The rule for years without data.
   *
   * @return the fallback
   */
  public CalendarFallback fallback() {
    return fallback;
  }

  /**
   * Whether answers for a year are provisional: the year has no published notice and the
   * fallback answers it (projected from the holiday law, or Monday to Friday) instead of
   * refusing. A deadline computed across such a year is {@link Deadline#isProvisional()}.
   *
   * @param year the year
   * @return true if the year is answered without its notice
   */
  public boolean isProvisional(Year year) {
    return fallback != CalendarFallback.NONE && !data.covers(year.getValue());
  }

  /**
   * Whether any day from {@code first} to {@code last} (inclusive, either order) lies in a
   * provisional year.
   *
   * @param first one end
   * @param last  the other end
   * @return true if an answer about those days rests on a provisional year
   */
  public boolean isProvisional(LocalDate first, LocalDate last) {
    if (fallback == CalendarFallback.NONE) {
      return false;
    }
    int from = Math.min(first.getYear(), last.getYear());
    int to = Math.max(first.getYear(), last.getYear());
    for (int year = from; year <= to; year++) {
      if (!data.covers(year)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The first covered year.
   *
   * @return the year
   * @throws MissingDataException {@code calendar.year_missing} if no year is covered
   */
  public Year firstYear() {
    return Year.of(requireCoverage(data.firstYear()));
  }

  /**
   * The last covered year. Years in between may be missing in a merged calendar: see
   * {@link #covers(Year)}.
   *
   * @return the year
   * @throws MissingDataException {@code calendar.year_missing} if no year is covered
   */
  public Year lastYear() {
    return Year.of(requireCoverage(data.lastYear()));
  }

  /**
   * Whether the calendar has data for a year.
   *
   * @param year the year
   * @return true if a notice for it was loaded
   */
  public boolean covers(Year year) {
    return data.covers(year.getValue());
  }

  /**
   * The notices a year's data comes from, e.g.
   * {@code 国办发明电〔2023〕7号 国务院办公厅关于2024年部分节假日安排的通知 (2023-10-25)}.
   *
   * @param year the year
   * @return the citations, empty if the year is not covered
   */
  public List<String> notices(Year year) {
    return data.notices(year.getValue());
  }

  /**
   * What the date is: working day, adjusted working day, weekend, statutory holiday or rest
   * day of a holiday block.
   *
   * @param date a date in {@link #ZONE}
   * @return the kind
   * @throws MissingDataException {@code calendar.year_missing} for a year without data in the
   *     strict mode, or outside 1900–2100 when provisional
   * @throws InvalidValueException {@code calendar.date_range} for a date outside 1900–9999
   */
  public DayKind dayKind(LocalDate date) {
    int year = checkRange(date).getYear();
    // A neighbouring year's notice may set days of this one (the 2019 notice sets 2018-12-29..31).
    DayKind special = data.special(date);
    if (!data.covers(year)) {
      CalendarData rule = uncovered(year);
      if (special == null) {
        special = rule.special(date);
      }
    }
    if (special != null) {
      return special;
    }
    return isWeekend(date) ? DayKind.WEEKEND : DayKind.WORKING_DAY;
  }

  /**
   * Whether the date is a working day: Monday–Friday outside holiday blocks, or a weekend day
   * made a working day (调休上班).
   *
   * @param date a date in {@link #ZONE}
   * @return true on working days
   * @throws MissingDataException {@code calendar.year_missing} for a year without data and no
   *     fallback
   */
  public boolean isWorkingDay(LocalDate date) {
    return dayKind(date).isWorkingDay();
  }

  /**
   * Whether the date lies in a holiday block of the notice: a statutory holiday day or a rest
   * day of the block. A plain weekend is not a holiday; use {@code !isWorkingDay(date)} for
   * "a day off" (法定休假日 in the Civil Code's sense).
   *
   * @param date a date in {@link #ZONE}
   * @return true inside holiday blocks
   * @throws MissingDataException {@code calendar.year_missing} for a year without data and no
   *     fallback
   */
  public boolean isHoliday(LocalDate date) {
    return dayKind(date).isHoliday();
  }

  /**
   * Whether the date is one of the statutory holiday days themselves (法定节假日).
   *
   * @param date a date in {@link #ZONE}
   * @return true on the 11 (to 2024) or 13 (from 2025) statutory days a year
   * @throws MissingDataException {@code calendar.year_missing} for a year without data and no
   *     fallback
   */
  public boolean isStatutoryHoliday(LocalDate date) {
    return dayKind(date) == DayKind.STATUTORY_HOLIDAY;
  }

  /**
   * The festival a holiday block or adjusted working day belongs to, e.g.
   * {@code NATIONAL_DAY} or {@code MID_AUTUMN+NATIONAL_DAY}.
   *
   * @param date a date
   * @return the name (projected in a provisional year), empty for ordinary days or years
   *     without data
   */
  public Optional<String> holidayName(LocalDate date) {
    int year = date.getYear();
    if (data.covers(year) || fallback != CalendarFallback.PROVISIONAL
        || year < HolidayProjection.FIRST_YEAR || year > HolidayProjection.LAST_YEAR) {
      return Optional.ofNullable(data.name(date));
    }
    return Optional.ofNullable(Projections.of(year).name(date));
  }

  /**
   * The n-th working day after {@code start}; {@code start} itself never counts, and need not
   * be a working day. {@code plusWorkingDays(d, 0)} is {@code d}.
   *
   * @param start the day counting starts after
   * @param n     how many working days, 0 to {@link #MAX_COUNT}
   * @return the n-th working day after start
   * @throws InvalidValueException {@code calendar.count_range} for n out of range
   * @throws MissingDataException  {@code calendar.year_missing} when counting reaches a year
   *     without data and no fallback
   */
  public LocalDate plusWorkingDays(LocalDate start, int n) {
    if (n < 0 || n > MAX_COUNT) {
      throw new InvalidValueException(TimeErrors.COUNT_RANGE, n, MAX_COUNT);
    }
    LocalDate day = checkRange(start);
    int left = n;
    while (left > 0) {
      day = day.plusDays(1);
      if (isWorkingDay(day)) {
        left--;
      }
    }
    return day;
  }

  /**
   * The first working day on or after a date: where a calendar-day period whose last day is
   * {@code date} really ends.
   *
   * @param date a date
   * @return date itself if it is a working day, else the next working day
   * @throws MissingDataException {@code calendar.year_missing} as {@link #isWorkingDay}
   */
  public LocalDate nextWorkingDayOrSame(LocalDate date) {
    LocalDate day = date;
    while (!isWorkingDay(day)) {
      day = day.plusDays(1);
    }
    return day;
  }

  /**
   * The number of working days after {@code startExclusive} up to and including
   * {@code endInclusive}; negative when the end comes first (then counting the working days
   * after the end up to and including the start).
   *
   * @param startExclusive the day counting starts after
   * @param endInclusive   the last day counted
   * @return the count
   * @throws MissingDataException {@code calendar.year_missing} as {@link #isWorkingDay}
   */
  public int workingDaysBetween(LocalDate startExclusive, LocalDate endInclusive) {
    checkRange(startExclusive);
    checkRange(endInclusive);
    if (endInclusive.isBefore(startExclusive)) {
      return -workingDaysBetween(endInclusive, startExclusive);
    }
    int count = 0;
    for (LocalDate day = startExclusive.plusDays(1);
        !day.isAfter(endInclusive);
        day = day.plusDays(1)) {
      if (isWorkingDay(day)) {
        count++;
      }
    }
    return count;
  }

  private static LocalDate checkRange(LocalDate date) {
    int year = date.getYear();
    if (year < 1900 || year > 9999) {
      throw new InvalidValueException(TimeErrors.DATE_RANGE, date);
    }
    return date;
  }

  /** The data answering a year without a notice, by the fallback rule. */
  private CalendarData uncovered(int year) {
    switch (fallback) {
      case MONDAY_TO_FRIDAY:
        return CalendarData.EMPTY;
      case PROVISIONAL:
        if (year >= HolidayProjection.FIRST_YEAR && year <= HolidayProjection.LAST_YEAR) {
          return Projections.of(year);
        }
        throw new MissingDataException(TimeErrors.YEAR_MISSING, year, data.coverage()
            + "; provisional " + HolidayProjection.FIRST_YEAR + "-" + HolidayProjection.LAST_YEAR);
      default:
        throw new MissingDataException(TimeErrors.YEAR_MISSING, year, data.coverage());
    }
  }

  private int requireCoverage(int year) {
    if (year < 0) {
      throw new MissingDataException(TimeErrors.YEAR_MISSING, "any year", "none");
    }
    return year;
  }

  private static boolean isWeekend(LocalDate date) {
    DayOfWeek d = date.getDayOfWeek();
    return d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY;
  }

  @Override
  public String toString() {
    return "WorkCalendar[" + data.coverage() + ", fallback=" + fallback + "]";
  }
}
