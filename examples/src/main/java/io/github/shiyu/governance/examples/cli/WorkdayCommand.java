package io.github.shiyu.governance.examples.cli;

import io.github.shiyu.governance.core.time.WorkCalendar;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;

/**
 * {@code workday}: answers from China's work calendar (statutory holidays and adjusted
 * working days) whether a date is a working day and which is the n-th working day after it.
 *
 * <pre>{@code
 * printf 'date,n\n2025-09-30,1\n' | java -jar governance-cli.jar workday
 * # date,n,workday,plus,error
 * # 2025-09-30,1,true,2025-10-09,
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
        < in.csv
        In:  date,n            an ISO date (2025-09-30) and a whole number n >= 0 (empty: skip plus)
        Out: date,n,workday,plus,error
             workday  true|false: a working day under the State Council's holiday arrangements
             plus     the n-th working day after date (date itself never counts; n = 0 gives date)
             error    e.g. "calendar.year_missing: ..." for a year without published arrangements
        """;
  }

  @Override
  public Set<String> options() {
    return Set.of();
  }

  @Override
  public int run(Options options, Batch batch) throws UsageException, IOException {
    batch.mapRows(List.of("date", "n"), List.of("date", "n", "workday", "plus"), row -> {
      LocalDate date;
      try {
        date = LocalDate.parse(row.require("date"));
      } catch (DateTimeParseException e) {
        throw new RowException("cli.date", "date is not an ISO date (yyyy-MM-dd)");
      }
      boolean workday = calendar.isWorkingDay(date);
      String plus = "";
      String n = row.get("n");
      if (!n.isEmpty()) {
        plus = calendar.plusWorkingDays(date, row.getInt("n")).toString();
      }
      return List.of(date.toString(), n, Boolean.toString(workday), plus);
    });
    return GovernanceCli.OK;
  }
}
