package io.github.shiyu.governance.examples.cli;

import io.github.shiyu.governance.core.GovernanceException;
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A command's standard input and output as CSV, and the row-by-row loop that every command
 * of the tool shares: read the header, check the required columns, write one output row per
 * input row in the same order, and put what went wrong with a row in its {@code error}
 * column ({@code "<code>: <message>"}) instead of stopping.
 *
 * <pre>{@code
 * batch.mapRows(List.of("code"), List.of("code", "level"), row -> {
 *   DivisionCode code = DivisionCode.parse(row.require("code"));
 *   return List.of(code.value(), code.level().name());
 * });
 * }</pre>
 */
public final class Batch {

  /** The column every command's output ends with. */
  public static final String ERROR_COLUMN = "error";

  private final CsvReader in;
  private final CsvWriter out;
  private final PrintStream err;

  /**
   * Creates a batch.
   *
   * @param in  standard input as CSV
   * @param out standard output as CSV
   * @param err where diagnostics go
   */
  public Batch(CsvReader in, CsvWriter out, PrintStream err) {
    this.in = Objects.requireNonNull(in, "in");
    this.out = Objects.requireNonNull(out, "out");
    this.err = Objects.requireNonNull(err, "err");
  }

  /**
   * The CSV input, for commands that read it their own way.
   *
   * @return the reader
   */
  public CsvReader in() {
    return in;
  }

  /**
   * The CSV output, for commands that write something other than one row per input row.
   *
   * @return the writer
   */
  public CsvWriter out() {
    return out;
  }

  /**
   * The diagnostics stream.
   *
   * @return standard error
   */
  public PrintStream err() {
    return err;
  }

  /**
   * Runs a row-by-row command.
   *
   * @param inputColumns  columns the input must have (case-insensitive; others are ignored)
   * @param outputColumns the output header without the final {@code error} column
   * @param function      what to do with each row
   * @return the number of rows that got an error
   * @throws UsageException when the input has no header or lacks a required column
   * @throws IOException    when reading or writing fails
   */
  public long mapRows(List<String> inputColumns, List<String> outputColumns, RowFunction function)
      throws UsageException, IOException {
    Map<String, Integer> columns = readHeader(inputColumns);
    List<String> header = new ArrayList<>(outputColumns);
    if (!header.contains(ERROR_COLUMN)) {
      header.add(ERROR_COLUMN);
    }
    int width = outputColumns.size();
    out.row(header);
    long number = 0;
    long errors = 0;
    Optional<CsvRecord> next;
    while ((next = in.next()).isPresent()) {
      CsvRecord record = next.get();
      if (record.isBlank()) {
        continue;
      }
      number++;
      List<String> fields;
      String error = "";
      try {
        if (!record.malformation().isEmpty()) {
          throw new RowException("csv.syntax", record.malformation() + " at line " + record.line());
        }
        fields = function.apply(new Row(number, record, columns));
        if (fields.size() != width) {
          throw new IllegalStateException("command returned " + fields.size() + " fields for " + width + " columns");
        }
      } catch (RowException e) {
        fields = Collections.nCopies(width, "");
        error = e.code() + ": " + e.getMessage();
      } catch (GovernanceException e) {
        fields = Collections.nCopies(width, "");
        error = e.code().id() + ": " + e.localizedMessage(Locale.ROOT);
      } catch (RuntimeException e) {
        // The exception's own message might quote the input, which may be personal data.
        fields = Collections.nCopies(width, "");
        error = "cli.internal: " + e.getClass().getSimpleName() + " on row " + number;
      }
      if (!error.isEmpty()) {
        errors++;
      }
      List<String> row = new ArrayList<>(fields);
      row.add(error);
      out.row(row);
    }
    out.flush();
    return errors;
  }

  private Map<String, Integer> readHeader(List<String> required) throws UsageException, IOException {
    Optional<CsvRecord> first = in.next();
    if (first.isEmpty() || first.get().isBlank()) {
      throw new UsageException("the input has no header row; expected columns: " + String.join(",", required));
    }
    Map<String, Integer> columns = new HashMap<>();
    List<String> names = first.get().fields();
    for (int i = 0; i < names.size(); i++) {
      columns.putIfAbsent(names.get(i).strip().toLowerCase(Locale.ROOT), i);
    }
    List<String> missing = required.stream()
        .filter(c -> !columns.containsKey(c.toLowerCase(Locale.ROOT)))
        .toList();
    if (!missing.isEmpty()) {
      throw new UsageException("the input lacks the column(s) " + String.join(",", missing)
          + "; expected columns: " + String.join(",", required));
    }
    return columns;
  }
}
