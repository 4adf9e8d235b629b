package io.github.shiyu.governance.examples.cli;

import io.github.shiyu.governance.core.GovernanceException;
import io.github.shiyu.governance.core.category.CategoryTaxonomy;
import io.github.shiyu.governance.core.division.DivisionLevel;
import io.github.shiyu.governance.core.time.WorkCalendar;
import io.github.shiyu.governance.metrics.MetricSet;
import io.github.shiyu.governance.metrics.fact.CaseFact;
import io.github.shiyu.governance.metrics.fact.CaseFactFormat;
import io.github.shiyu.governance.metrics.report.Dimension;
import io.github.shiyu.governance.metrics.report.Granularity;
import io.github.shiyu.governance.metrics.report.Period;
import io.github.shiyu.governance.metrics.report.Report;
import io.github.shiyu.governance.metrics.report.ReportSpec;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code report}: the metrics report over case-fact rows in the metrics module's documented
 * column set ({@link CaseFactFormat}), grouped by the dimensions asked for.
 *
 * <pre>{@code
 * java -jar governance-cli.jar report --facts facts.csv --by division:TOWNSHIP,month \
 *     --metrics closureRate,onTimeClosureRate > report.csv
 * }</pre>
 */
public final class ReportCommand implements Command {

  /** Creates the command. */
  public ReportCommand() {}

  @Override
  public String name() {
    return "report";
  }

  @Override
  public String summary() {
    return "the metrics report over case-fact rows, by division, grid, category, ..., period";
  }

  @Override
  public String help() {
    return """
        --facts FILE.csv --by DIMENSIONS [--metrics IDS]
        --facts    case-fact rows, CSV with a header, the metrics module's column set (case_id,type,
                   category,division,registered_at required; grid, department, accepted_at, due_at,
                   concluded_at, closed_at, rating, resolved, ... optional); "-" reads standard input
        --by       comma-separated: division:LEVEL (PROVINCE..VILLAGE), rollup:FINEST-COARSEST
                   (e.g. rollup:TOWNSHIP-COUNTY), grid, category, category+parents, department,
                   type, and at most one period: day, week, month, quarter, year (without one, a
                   single window from the first registration to the last)
        --metrics  comma-separated metric ids (default: the standard set), e.g.
                   closureRate,onTimeClosureRate,satisfactionRate
        Out: the report's CSV: the dimension columns, period, one column per count, then per
             metric <id>, <id>_numerator, <id>_denominator; an undefined rate is an empty cell.
             This command aggregates: it does not write one row per input row. A fact row that
             cannot be read is reported on standard error as "row N: <code>: <message>" and left
             out; the batch goes on (exit 0).
        """;
  }

  @Override
  public Set<String> options() {
    return Set.of("facts", "by", "metrics");
  }

  @Override
  public int run(Options options, Batch batch) throws UsageException, IOException {
    String by = options.require("by");
    Optional<String> metricIds = options.get("metrics");
    spec(by, metricIds, LocalDate.EPOCH, LocalDate.EPOCH); // option errors before reading
    List<CaseFact> facts = readFacts(options.require("facts"), batch);
    if (facts.isEmpty()) {
      throw new UsageException("no readable case-fact rows");
    }
    LocalDate first = facts.stream().map(f -> LocalDate.ofInstant(f.timeline().registeredAt(), WorkCalendar.ZONE))
        .min(LocalDate::compareTo).orElseThrow();
    // Through the last day anything happened: rates over cases due count by due date.
    LocalDate last = facts.stream()
        .flatMap(f -> java.util.stream.Stream.of(Optional.of(f.timeline().registeredAt()), f.timeline().dueAt(),
            f.timeline().concludedAt(), f.timeline().closedAt()))
        .flatMap(Optional::stream)
        .map(at -> LocalDate.ofInstant(at, WorkCalendar.ZONE))
        .max(LocalDate::compareTo).orElseThrow();
    Report report;
    try {
      report = spec(by, metricIds, first, last).accumulate(facts).report();
    } catch (GovernanceException e) {
      throw new UsageException(e.getMessage());
    }
    write(report, batch);
    return GovernanceCli.OK;
  }

  /**
   * The report's specification from the command's options, over the days the facts span:
   * shared with the Spark launcher, which must write the same report.
   *
   * @param by      the {@code --by} option
   * @param metrics the {@code --metrics} option
   * @param first   the day of the first registration
   * @param last    the last day anything happened
   * @return the specification
   * @throws UsageException for an option that names no dimension, period or metric, or a
   *     specification the metrics module refuses
   */
  public static ReportSpec spec(String by, Optional<String> metrics, LocalDate first, LocalDate last)
      throws UsageException {
    MetricSet metricSet = metrics(metrics);
    List<Dimension> dimensions = new ArrayList<>();
    Optional<Granularity> granularity = Optional.empty();
    for (String part : by.split(",")) {
      String name = part.strip();
      Optional<Granularity> g = granularity(name);
      if (g.isPresent()) {
        if (granularity.isPresent()) {
          throw new UsageException("--by names two periods: " + granularity.get() + " and " + g.get());
        }
        granularity = g;
      } else {
        dimensions.add(dimension(name));
      }
    }
    ReportSpec.Builder spec = ReportSpec.builder().metrics(metricSet).by(dimensions.toArray(Dimension[]::new));
    if (granularity.isPresent()) {
      spec.periods(Period.of(granularity.get(), first), Period.of(granularity.get(), last));
    } else {
      spec.window(first, last.plusDays(1));
    }
    try {
      return spec.build();
    } catch (GovernanceException e) {
      throw new UsageException(e.getMessage());
    }
  }

  /**
   * Writes a report as the command does: its CSV, row by row through the batch's writer.
   *
   * @param report the report
   * @param batch  the batch
   * @throws IOException if writing fails
   */
  public static void write(Report report, Batch batch) throws IOException {
    StringBuilder csv = new StringBuilder();
    report.writeCsv(csv);
    CsvReader rows = new CsvReader(new StringReader(csv.toString()));
    Optional<CsvRecord> row;
    while ((row = rows.next()).isPresent()) {
      if (!row.get().isBlank()) {
        batch.out().row(row.get().fields());
      }
    }
    batch.out().flush();
  }

  private static List<CaseFact> readFacts(String file, Batch batch) throws UsageException, IOException {
    String text;
    try {
      text = file.equals("-") ? null : Files.readString(Path.of(file), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UsageException("cannot read --facts " + file + ": " + e.getClass().getSimpleName());
    }
    CsvReader in = text == null ? batch.in() : new CsvReader(new StringReader(text));
    Optional<CsvRecord> header = in.next();
    if (header.isEmpty()) {
      throw new UsageException("the facts have no header row");
    }
    String headerLine = header.get().fields().stream().map(CsvWriter::quote).collect(Collectors.joining(","));
    try {
      CaseFactFormat.readCsv(new StringReader(headerLine + "\n"));
    } catch (GovernanceException e) {
      throw new UsageException("the facts' header is not the case-fact column set: " + e.getMessage());
    }
    List<CaseFact> facts = new ArrayList<>();
    long number = 0;
    Optional<CsvRecord> next;
    while ((next = in.next()).isPresent()) {
      CsvRecord record = next.get();
      if (record.isBlank()) {
        continue;
      }
      number++;
      String line = record.fields().stream().map(CsvWriter::quote).collect(Collectors.joining(","));
      try {
        facts.addAll(CaseFactFormat.readCsv(new StringReader(headerLine + "\n" + line + "\n")));
      } catch (GovernanceException e) {
        // The format numbers the one-row file it was given; name the row of the input instead.
        List<String> args = e.arguments();
        String detail = args.size() >= 3 && e.code().id().equals("metrics.row")
            ? (args.get(1).equals("*") ? "" : "column " + args.get(1) + ": ") + args.get(2)
            : e.code().id() + ": " + e.localizedMessage(Locale.ROOT);
        batch.err().println("row " + number + ": " + detail);
      }
    }
    return facts;
  }

  private static MetricSet metrics(Optional<String> ids) throws UsageException {
    MetricSet standard = MetricSet.standard();
    if (ids.isEmpty()) {
      return standard;
    }
    List<String> wanted = List.of(ids.get().split(",")).stream().map(String::strip).toList();
    List<String> unknown = wanted.stream().filter(id -> standard.find(id).isEmpty()).toList();
    if (!unknown.isEmpty()) {
      throw new UsageException("unknown metric(s) " + unknown + "; known: " + standard.ids());
    }
    return standard.select(wanted.toArray(String[]::new));
  }

  private static Optional<Granularity> granularity(String name) {
    for (Granularity g : Granularity.values()) {
      if (g.name().equalsIgnoreCase(name)) {
        return Optional.of(g);
      }
    }
    return Optional.empty();
  }

  private static Dimension dimension(String by) throws UsageException {
    String lower = by.toLowerCase(Locale.ROOT);
    try {
      if (lower.startsWith("division:")) {
        return Dimension.division(DivisionLevel.valueOf(by.substring(9).toUpperCase(Locale.ROOT)));
      }
      if (lower.startsWith("rollup:")) {
        String[] levels = by.substring(7).toUpperCase(Locale.ROOT).split("-");
        return Dimension.divisionRollUp(DivisionLevel.valueOf(levels[0]), DivisionLevel.valueOf(levels[1]));
      }
    } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
      throw new UsageException("bad dimension '" + by + "': levels are PROVINCE, CITY, COUNTY, TOWNSHIP, VILLAGE");
    }
    return switch (lower) {
      case "grid" -> Dimension.grid();
      case "category" -> Dimension.category();
      case "category+parents" -> Dimension.categoryWithParents(CategoryTaxonomy.standard());
      case "department" -> Dimension.department();
      case "type" -> Dimension.type();
      default -> throw new UsageException("unknown dimension '" + by + "'");
    };
  }
}
