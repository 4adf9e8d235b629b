package io.github.shiyu.governance.core.internal.time;

import io.github.shiyu.governance.core.InvalidValueException;
import io.github.shiyu.governance.core.party.MaskingPolicy;
import io.github.shiyu.governance.core.time.DayKind;
import io.github.shiyu.governance.core.time.TimeErrors;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The parsed content of one or more calendar files, indexed by day for constant-time lookups.
 * Immutable once built.
 */
public final class CalendarData {

  private static final Pattern NAME = Pattern.compile("[A-Z][A-Z0-9_]*(\\+[A-Z][A-Z0-9_]*)*");
  private static final int MAX_BLOCK_DAYS = 62;
  private static final int MIN_YEAR = 1900;
  private static final int MAX_YEAR = 2999;
  private static final DayKind[] KINDS = DayKind.values();

  /** One special day: its kind and the festival it belongs to. */
  private record Special(DayKind kind, String name) {}

  /** No days and no years: what the Monday-to-Friday fallback answers with. */
  public static final CalendarData EMPTY = new CalendarData(new TreeMap<>(), new TreeMap<>());

  private final TreeMap<LocalDate, Special> days;
  private final TreeMap<Integer, List<String>> notices;
  private final long firstEpochDay;
  private final byte[] kinds;
  private final int firstYear;
  private final boolean[] covered;

  private CalendarData(TreeMap<LocalDate, Special> days, TreeMap<Integer, List<String>> notices) {
    this.days = days;
    this.notices = notices;
    if (days.isEmpty()) {
      firstEpochDay = 0;
      kinds = new byte[0];
    } else {
      firstEpochDay = days.firstKey().toEpochDay();
      kinds = new byte[(int) (days.lastKey().toEpochDay() - firstEpochDay + 1)];
      for (Map.Entry<LocalDate, Special> e : days.entrySet()) {
        kinds[(int) (e.getKey().toEpochDay() - firstEpochDay)] =
            (byte) (e.getValue().kind().ordinal() + 1);
      }
    }
    if (notices.isEmpty()) {
      firstYear = 0;
      covered = new boolean[0];
    } else {
      firstYear = notices.firstKey();
      covered = new boolean[notices.lastKey() - firstYear + 1];
      for (int year : notices.keySet()) {
        covered[year - firstYear] = true;
      }
    }
  }

  /**
   * Parses a calendar file.
   *
   * @param in     the text
   * @param source the name used in error messages
   * @return the data
   * @throws InvalidValueException {@code calendar.data_format} naming the line, for any line
   *     that breaks the format (including text the reader cannot decode)
   * @throws UncheckedIOException  if the reader fails
   */
  public static CalendarData parse(Reader in, String source) {
    TreeMap<LocalDate, Special> days = new TreeMap<>();
    TreeMap<LocalDate, Integer> lineOf = new TreeMap<>();
    TreeMap<Integer, List<String>> notices = new TreeMap<>();
    BufferedReader lines = in instanceof BufferedReader b ? b : new BufferedReader(in);
    int number = 0;
    try {
      for (String raw = lines.readLine(); raw != null; raw = lines.readLine()) {
        number++;
        String line = raw.strip();
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        try {
          parseLine(line, source, number, days, lineOf, notices);
        } catch (InvalidValueException e) {
          throw e;
        } catch (RuntimeException e) {
          // A rule this parser forgot to check: still bad input, and the exception's own
          // message may quote the line, so only its kind is named.
          throw error(source, number, "cannot read the line (" + e.getClass().getSimpleName()
              + ")");
        }
      }
    } catch (CharacterCodingException e) {
      // Bytes that are not text in the reader's charset are bad input, not a failing disk.
      throw error(source, number + 1, "not valid text in the file's charset");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    TreeMap<Integer, List<String>> frozen = new TreeMap<>();
    notices.forEach((year, list) -> frozen.put(year, List.copyOf(list)));
    return new CalendarData(days, frozen);
  }

  private static void parseLine(
      String line,
      String source,
      int number,
      Map<LocalDate, Special> days,
      Map<LocalDate, Integer> lineOf,
      Map<Integer, List<String>> notices) {
    String[] f = line.split("\\s+", 4);
    try {
      switch (f[0]) {
        case "notice" -> {
          if (f.length < 3) {
            throw error(source, number, "expected: notice <year> <document> <title>");
          }
          int year = parseYear(f[1], source, number);
          String text = line.substring(line.indexOf(f[1], 6) + f[1].length()).strip();
          notices.computeIfAbsent(year, y -> new ArrayList<>()).add(text);
        }
        case "rest" -> {
          if (f.length < 3) {
            throw error(source, number, "expected: rest <first>..<last> <NAME> [statutory=...]");
          }
          int dots = f[1].indexOf("..");
          if (dots < 0) {
            throw error(source, number, "expected a range <first>..<last>, got '" + f[1] + "'");
          }
          LocalDate first = parseDate(f[1].substring(0, dots), source, number);
          LocalDate last = parseDate(f[1].substring(dots + 2), source, number);
          long length = last.toEpochDay() - first.toEpochDay() + 1;
          if (length < 1 || length > MAX_BLOCK_DAYS) {
            throw error(source, number, "a block must run forwards and last 1 to "
                + MAX_BLOCK_DAYS + " days, got " + f[1]);
          }
          String name = parseName(f[2], source, number);
          List<LocalDate> statutory = new ArrayList<>();
          if (f.length == 4) {
            if (!f[3].startsWith("statutory=")) {
              throw error(source, number, "expected statutory=<date>,..., got '" + f[3] + "'");
            }
            for (String s : f[3].substring("statutory=".length()).split(",")) {
              LocalDate d = parseDate(s.strip(), source, number);
              if (d.isBefore(first) || d.isAfter(last)) {
                throw error(source, number, "statutory day " + d + " lies outside the block");
              }
              statutory.add(d);
            }
          }
          for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            DayKind kind =
                statutory.contains(d) ? DayKind.STATUTORY_HOLIDAY : DayKind.HOLIDAY_REST_DAY;
            put(days, lineOf, d, new Special(kind, name), source, number);
          }
        }
        case "work" -> {
          if (f.length < 3) {
            throw error(source, number, "expected: work <date> <NAME>");
          }
          LocalDate d = parseDate(f[1], source, number);
          DayOfWeek dow = d.getDayOfWeek();
          if (dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY) {
            throw error(source, number, "adjusted working day " + d + " is a " + dow
                + ", not a weekend day");
          }
          String name = parseName(f[2], source, number);
          put(days, lineOf, d, new Special(DayKind.ADJUSTED_WORKING_DAY, name), source, number);
        }
        default -> throw error(source, number,
            "expected a line starting with notice, rest or work, got '" + f[0] + "'");
      }
    } catch (DateTimeException e) {
      throw error(source, number, e.getMessage());
    }
  }

  private static void put(
      Map<LocalDate, Special> days,
      Map<LocalDate, Integer> lineOf,
      LocalDate d,
      Special s,
      String source,
      int number) {
    Integer before = lineOf.putIfAbsent(d, number);
    if (before != null) {
      throw error(source, number, d + " is already set on line " + before);
    }
    days.put(d, s);
  }

  private static int parseYear(String text, String source, int number) {
    if (!text.matches("[0-9]{4}")) {
      throw error(source, number, "expected a 4-digit year, got '" + text + "'");
    }
    int year = Integer.parseInt(text);
    if (year < MIN_YEAR || year > MAX_YEAR) {
      throw error(source, number, "year " + year + " outside " + MIN_YEAR + ".." + MAX_YEAR);
    }
    return year;
  }

  private static LocalDate parseDate(String text, String source, int number) {
    if (!text.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
      throw error(source, number, "expected a date yyyy-MM-dd, got '" + text + "'");
    }
    LocalDate d = LocalDate.parse(text);
    if (d.getYear() < MIN_YEAR || d.getYear() > MAX_YEAR) {
      throw error(source, number, "date " + d + " outside " + MIN_YEAR + ".." + MAX_YEAR);
    }
    return d;
  }

  private static String parseName(String text, String source, int number) {
    if (!NAME.matcher(text).matches()) {
      throw error(source, number, "expected an upper-case name such as NATIONAL_DAY, got '"
          + text + "'");
    }
    return text;
  }

  private static InvalidValueException error(String source, int number, String message) {
    // Messages quote the text they could not read; a broken file may hold anything there.
    return new InvalidValueException(TimeErrors.DATA_FORMAT, source, number,
        MaskingPolicy.defaults().maskNumbersIn(message));
  }

  /**
   * This data with another laid over it: the other's days and notices win.
   *
   * @param local the data laid over
   * @return the merged data
   */
  public CalendarData overlay(CalendarData local) {
    TreeMap<LocalDate, Special> d = new TreeMap<>(days);
    d.putAll(local.days);
    TreeMap<Integer, List<String>> n = new TreeMap<>(notices);
    local.notices.forEach((year, list) -> n.merge(year, list, CalendarData::concat));
    return new CalendarData(d, n);
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return List.copyOf(all);
  }

  /**
   * Whether a year is covered.
   *
   * @param year the year
   * @return true if a notice line names it
   */
  public boolean covers(int year) {
    int i = year - firstYear;
    return i >= 0 && i < covered.length && covered[i];
  }

  /**
   * The kind of a special day.
   *
   * @param date the date
   * @return the kind, or null for an ordinary weekday or weekend
   */
  public DayKind special(LocalDate date) {
    long i = date.toEpochDay() - firstEpochDay;
    if (i < 0 || i >= kinds.length || kinds[(int) i] == 0) {
      return null;
    }
    return KINDS[kinds[(int) i] - 1];
  }

  /**
   * The festival name of a special day in a covered year.
   *
   * @param date the date
   * @return the name or null
   */
  public String name(LocalDate date) {
    if (!covers(date.getYear())) {
      return null;
    }
    Special s = days.get(date);
    return s == null ? null : s.name();
  }

  /**
   * The notices cited for a year.
   *
   * @param year the year
   * @return the citations, possibly empty
   */
  public List<String> notices(int year) {
    return notices.getOrDefault(year, Collections.emptyList());
  }

  /**
   * The first covered year, or -1 when nothing is covered.
   *
   * @return the year
   */
  public int firstYear() {
    return notices.isEmpty() ? -1 : notices.firstKey();
  }

  /**
   * The last covered year, or -1 when nothing is covered.
   *
   * @return the year
   */
  public int lastYear() {
    return notices.isEmpty() ? -1 : notices.lastKey();
  }

  /**
   * The covered years as text for messages, e.g. {@code 2019-2026}.
   *
   * @return the text
   */
  public String coverage() {
    if (notices.isEmpty()) {
      return "none";
    }
    StringBuilder out = new StringBuilder();
    int runStart = -1;
    int previous = -2;
    for (int year : notices.keySet()) {
      if (year != previous + 1) {
        appendRun(out, runStart, previous);
        runStart = year;
      }
      previous = year;
    }
    appendRun(out, runStart, previous);
    return out.toString();
  }

  private static void appendRun(StringBuilder out, int from, int to) {
    if (from < 0) {
      return;
    }
    if (out.length() > 0) {
      out.append(", ");
    }
    out.append(from);
    if (to > from) {
      out.append('-').append(to);
    }
  }
}
