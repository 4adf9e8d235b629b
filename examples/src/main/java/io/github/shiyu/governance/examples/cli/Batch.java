package io.github.shiyu.governance.examples.cli;

import io.github.shiyu.governance.core.GovernanceException;
import io.github.shiyu.governance.core.party.MaskingPolicy;
import io.github.shiyu.governance.core.party.PhoneNumber;
import io.github.shiyu.governance.core.party.ResidentId;
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A command's standard input and output as CSV, and the row-by-row loop that every command
 * of the tool shares: read the header, check the required columns, write one output row per
 * input row in the same order, and put what went wrong with a row in its {@code error}
 * column ({@code "<code>: <message>"}) instead of stopping.
 *
 * <p>A row that failed keeps what the input said, so that a batch user can find it: each
 * output column that is also an input column carries the input's value (as read, not
 * normalised), and an output column {@value #ROW_COLUMN} that is not an input column carries
 * the row's number. An echoed value that is an ID number or a phone number is masked
 * (commands that read personal data, such as {@code resident-id}, do not echo those columns
 * at all, but an input may hold personal data in any column).
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
  /** An output column that names the input row by number (1 = the first after the header). */
  public static final String ROW_COLUMN = "row";

  /** ID numbers (18 characters, or the 15-digit legacy form): masked when echoed. */
  private static final Pattern ID_SHAPED = Pattern.compile("[0-9]{17}[0-9Xx]|[0-9]{15}");

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
        fields = echo(record, columns, outputColumns, number);
        error = e.code() + ": " + e.getMessage();
      } catch (GovernanceException e) {
        fields = echo(record, columns, outputColumns, number);
        error = e.code().id() + ": " + e.localizedMessage(Locale.ROOT);
      } catch (RuntimeException e) {
        // The exception's own message might quote the input, which may be personal data.
        fields = echo(record, columns, outputColumns, number);
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

  /** The error row's fields: the input's values where the output has the same column. */
  private static List<String> echo(CsvRecord record, Map<String, Integer> columns,
      List<String> outputColumns, long number) {
    List<String> fields = new ArrayList<>(outputColumns.size());
    for (String column : outputColumns) {
      Integer index = columns.get(column.strip().toLowerCase(Locale.ROOT));
      if (index != null) {
        fields.add(masked(record.field(index).strip()));
      } else if (column.equalsIgnoreCase(ROW_COLUMN)) {
        fields.add(Long.toString(number));
      } else {
        fields.add("");
      }
    }
    return fields;
  }

  private static String masked(String value) {
    if (ResidentId.check(value).isEmpty()) {
      return ResidentId.parse(value).masked();
    }
    if (ID_SHAPED.matcher(value).matches()) {
      return MaskingPolicy.defaults().maskNumbersIn(value);
    }
    if (PhoneNumber.check(value).isEmpty()) {
      return PhoneNumber.parse(value).masked();
    }
    return value;
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
