package io.github.shiyu.governance.examples.spark;

import io.github.shiyu.governance.core.GovernanceException;
import io.github.shiyu.governance.core.party.MaskingPolicy;
import io.github.shiyu.governance.examples.cli.Batch;
import io.github.shiyu.governance.examples.cli.Command;
import io.github.shiyu.governance.examples.cli.CsvRecord;
import io.github.shiyu.governance.examples.cli.CsvWriter;
import io.github.shiyu.governance.examples.cli.GovernanceCli;
import io.github.shiyu.governance.examples.cli.Options;
import io.github.shiyu.governance.examples.cli.ReportCommand;
import io.github.shiyu.governance.examples.cli.UsageException;
import io.github.shiyu.governance.spark.ReportSpecSource;
import io.github.shiyu.governance.spark.SparkCaseFacts;
import io.github.shiyu.governance.spark.SparkReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * {@code report} on Spark: the options of the CLI's {@link ReportCommand} plus
 * {@code --master}, the same specification (built by {@link ReportCommand#spec}) over the days
 * the facts span, and the same CSV, written by {@link ReportCommand#write}. The facts are a
 * Parquet file or directory, a {@code .csv} file or directory of CSV files, or standard input
 * ({@code -}, CSV).
 */
final class SparkReportCommand implements Command {

  @Override
  public String name() {
    return "report";
  }

  @Override
  public String summary() {
    return "the CLI's metrics report, counted on Apache Spark";
  }

  @Override
  public String help() {
    return """
        --facts PATH --by DIMENSIONS [--metrics IDS] [--master URL]
        --facts    case-fact rows: a Parquet file or directory (typed or text columns), a .csv file
                   or directory in the metrics module's column set, or "-" for CSV on standard
                   input; a CSV record may not span lines
        --by       as governance-cli report: division:LEVEL, rollup:FINEST-COARSEST, grid, category,
                   category+parents, department, type, and at most one of day, week, month,
                   quarter, year
        --metrics  comma-separated metric ids (default: the standard set)
        --master   Spark master URL (default local[*]), e.g. local[2], spark://host:7077
        Out: the same CSV as governance-cli report over the same facts, byte for byte. Rows that
             are not case facts are left out and counted on standard error.
        """;
  }

  @Override
  public Set<String> options() {
    return Set.of("facts", "by", "metrics", "master");
  }

  @Override
  public int run(Options options, Batch batch) throws UsageException, IOException {
    String by = options.require("by");
    Optional<String> metrics = options.get("metrics");
    ReportCommand.spec(by, metrics, LocalDate.EPOCH, LocalDate.EPOCH); // option errors first
    String facts = options.require("facts");
    Path stdin = facts.equals("-") ? copy(batch) : null;
    try {
      SparkSession spark = Sessions.session(options.get("master").orElse("local[*]"));
      Dataset<Row> rows;
      try {
        rows = read(spark, stdin != null ? stdin.toString() : facts, stdin != null);
        SparkCaseFacts.span(rows); // the schema check, before the report
      } catch (GovernanceException e) {
        throw new UsageException("the facts' header is not the case-fact column set: "
            + e.getMessage());
      }
      return report(rows, by, metrics, batch);
    } finally {
      if (stdin != null) {
        Files.deleteIfExists(stdin);
      }
    }
  }

  private static int report(Dataset<Row> rows, String by, Optional<String> metrics, Batch batch)
      throws UsageException, IOException {
    SparkCaseFacts.Span span;
    SparkReport.Result result;
    try {
      span = SparkCaseFacts.span(rows)
          .orElseThrow(() -> new UsageException("no readable case-fact rows"));
      LocalDate first = span.firstRegistration();
      LocalDate last = span.lastEvent();
      String ids = metrics.orElse(null); // Optional is not serialisable
      ReportSpecSource source = () -> {
        try {
          return ReportCommand.spec(by, Optional.ofNullable(ids), first, last);
        } catch (UsageException e) {
          throw new IllegalArgumentException(e.getMessage(), e);
        }
      };
      ReportCommand.spec(by, metrics, first, last); // refused here, not on an executor
      result = SparkReport.of(source).leavingOutUnreadableRows().accumulate(rows);
    } catch (RuntimeException e) {
      // Spark wraps what failed on an executor; its message may quote a row
      throw new UsageException("the facts cannot be read: "
          + MaskingPolicy.defaults().maskNumbersIn(String.valueOf(root(e).getMessage())));
    }
    if (result.leftOut() > 0) {
      batch.err().println(result.leftOut() + " row(s) are not case facts and were left out");
    }
    ReportCommand.write(result.accumulator().report(), batch);
    return GovernanceCli.OK;
  }

  private static Throwable root(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t;
  }

  private static Dataset<Row> read(SparkSession spark, String path, boolean csv) {
    boolean isCsv = csv || path.toLowerCase(java.util.Locale.ROOT).endsWith(".csv");
    return isCsv ? SparkCaseFacts.csv(spark, path) : SparkCaseFacts.parquet(spark, path);
  }

  /** Standard input to a file Spark can read, record by record as the CLI reads it. */
  private static Path copy(Batch batch) throws IOException, UsageException {
    Path file = Files.createTempFile("spark-report-", ".csv");
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      Optional<CsvRecord> record;
      boolean header = true;
      while ((record = batch.in().next()).isPresent()) {
        if (record.get().isBlank() && !header) {
          continue;
        }
        header = false;
        out.write(record.get().fields().stream().map(CsvWriter::quote)
            .collect(Collectors.joining(",")));
        out.write('\n');
      }
      if (header) {
        throw new UsageException("the facts have no header row");
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    } catch (UsageException | IOException e) {
      Files.deleteIfExists(file);
      throw e;
    }
    return file;
  }
}
