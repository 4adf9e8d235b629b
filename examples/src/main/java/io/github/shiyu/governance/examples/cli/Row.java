package io.github.shiyu.governance.examples.cli;

import java.util.Map;
import java.util.Objects;

/**
 * One input row, read by column name.
 *
 * <pre>{@code
 * String code = row.get("code");
 * int n = row.getInt("n");      // RowException cli.number when it is not an integer
 * }</pre>
 */
public final class Row {

  private final long number;
  private final CsvRecord record;
  private final Map<String, Integer> columns;

  Row(long number, CsvRecord record, Map<String, Integer> columns) {
    this.number = number;
    this.record = Objects.requireNonNull(record, "record");
    this.columns = Objects.requireNonNull(columns, "columns");
  }

  /**
   * The data row's number: 1 for the first row after the header.
   *
   * @return the row number
   */
  public long number() {
    return number;
  }

  /**
   * The value in a column, trimmed; empty when the row is short.
   *
   * @param column a column of the header (matched case-insensitively)
   * @return the value
   * @throws IllegalArgumentException if the header has no such column (a defect of the command)
   */
  public String get(String column) {
    Integer index = columns.get(column.toLowerCase(java.util.Locale.ROOT));
    if (index == null) {
      throw new IllegalArgumentException("no column " + column);
    }
    return record.field(index).strip();
  }

  /**
   * A required non-empty value.
   *
   * @param column the column
   * @return the value
   * @throws RowException {@code cli.missing_value} when it is empty
   */
  public String require(String column) throws RowException {
    String value = get(column);
    if (value.isEmpty()) {
      throw new RowException("cli.missing_value", column + " is empty");
    }
    return value;
  }

  /**
   * A required integer.
   *
   * @param column the column
   * @return the value
   * @throws RowException {@code cli.missing_value} or {@code cli.number}
   */
  public int getInt(String column) throws RowException {
    String value = require(column);
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new RowException("cli.number", column + " is not an integer");
    }
  }

  /**
   * A required decimal number.
   *
   * @param column the column
   * @return the value
   * @throws RowException {@code cli.missing_value} or {@code cli.number}
   */
  public double getDouble(String column) throws RowException {
    String value = require(column);
    try {
      double d = Double.parseDouble(value);
      if (!Double.isFinite(d)) {
        throw new NumberFormatException();
      }
      return d;
    } catch (NumberFormatException e) {
      throw new RowException("cli.number", column + " is not a finite number");
    }
  }
}
