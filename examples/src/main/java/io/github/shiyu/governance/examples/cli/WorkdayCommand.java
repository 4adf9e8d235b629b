package io.github.shiyu.governance.examples.cli;

import io.github.shiyu.governance.core.GovernanceException;
import io.github.shiyu.governance.core.time.CalendarFallback;
import io.github.shiyu.governance.core.time.WorkCalendar;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;

/**
 * {@code workday}: answers from China's work calendar (statutory holidays and adjusted
 * working days) whether a date is a working day and which is the n-th working day after it,
 * and whether the answer rests on a provisional year (one whose State Council notice is not
 * loaded: its statutory holidays are projected from the holiday law).
 *
 * <pre>{@code
 * printf 'date,n\n2025-09-30,1\n2026-12-06,60\n' | java -jar governance-cli.jar workday
 * # date,n,workday,plus,provisional,error
 * # 2025-09-30,1,true,2025-10-09,false,
 * # 2026-12-06,60,false,2027-03-03,true,
 * java -jar governance-cli.jar workday --calendar 2027.calendar < in.csv   # a notice of one's own
 * }</pre>
 */
public final class WorkdayCommand implements Command {

  private final WorkCalendar calendar;

  /** Creates the command with {@link WorkCalendar#china()}. */
  public WorkdayCommand() {
    this(WorkCalendar.china());
  }

  /**
   * Creates the command with another calendar.
   *
   * @param calendar the calendar
   */
  public WorkdayCommand(WorkCalendar calendar) {
    this.calendar = calendar;
  }

  @Override
  public String name() {
    return "workday";
  }

  @Override
  public String summary() {
    return "working day? and the n-th working day after a date (China's holiday calendar)";
  }

  @Override
  public String help() {
    return """
        [--calendar FILE] [--fallback provisional|none|monday-to-friday] < in.csv
        In:  date,n            an ISO date (2025-09-30) and a whole number n >= 0 (empty: skip plus)
        Out: date,n,workday,plus,provisional,error
             workday      true|false: a working day under the State Council's holiday arrangements
             plus         the n-th working day after date (date itself never counts; n = 0 gives date)
             provisional  true when the answer counts days of a year without a loaded notice (its
                          holidays projected from the holiday law; may move when the notice is out)
             error        e.g. "calendar.year_missing: ..." in the strict mode (--fallback none)
        --calendar   a calendar file (the embedded format: notice, rest and work lines) laid over the
                     embedded data, e.g. a newly published year or a province's local rest days
        --fallback   what a year without a notice gets: provisional (default), none (refuse),
                     monday-to-friday (planning only)
        """;
  }

  @Override
  public Set<String> options() {
    return Set.of("calendar", "fallback");
  }

  @Override
  public int run(Options options, Batch batch) throws UsageException, IOException {
    WorkCalendar used = configured(options);
    batch.mapRows(List.of("date", "n"), List.of("date", "n", "workday", "plus", "provisional"), row -> {
      LocalDate date;
      try {
        date = LocalDate.parse(row.require("date"));
      } catch (DateTimeParseException e) {
        throw new RowException("cli.date", "date is not an ISO date (yyyy-MM-dd)");
      }
      boolean workday = used.isWorkingDay(date);
      String plus = "";
      LocalDate last = date;
      String n = row.get("n");
      if (!n.isEmpty()) {
        last = used.plusWorkingDays(date, row.getInt("n"));
        plus = last.toString();
      }
      return List.of(date.toString(), n, Boolean.toString(workday), plus,
          Boolean.toString(used.isProvisional(date, last)));
    });
    return GovernanceCli.OK;
  }

  private WorkCalendar configured(Options options) throws UsageException {
    WorkCalendar base = calendar;
    if (options.get("calendar").isPresent()) {
      Path file = Path.of(options.require("calendar"));
      try {
        base = base.with(WorkCalendar.read(file));
      } catch (UncheckedIOException e) {
        throw new UsageException("cannot read the calendar " + file + ": "
            + e.getCause().getClass().getSimpleName());
      } catch (GovernanceException e) {
        throw new UsageException("the calendar " + file + " is not usable: " + e.getMessage());
      }
    }
    if (options.get("fallback").isEmpty()) {
      return base;
    }
    String rule = options.require("fallback");
    for (CalendarFallback f : CalendarFallback.values()) {
      if (f.name().replace('_', '-').equalsIgnoreCase(rule)) {
        return base.withFallback(f);
      }
    }
    throw new UsageException("--fallback must be provisional, none or monday-to-friday, got '" + rule + "'");
  }
}
