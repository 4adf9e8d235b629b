package io.github.shiyu.governance.examples.cli;

import java.util.List;
import java.util.Objects;

/**
 * One CSV record as read.
 *
 * <pre>{@code
 * CsvRecord r = new CsvRecord(2, List.of("429004", "3"), "");
 * r.field(1);   // "3"
 * r.field(5);   // "" (missing fields read as empty)
 * }</pre>
 *
 * @param line         the line the record starts on, 1 for the first line of input
 * @param fields       the fields, unquoted
 * @param malformation what was wrong with the record's syntax, empty when nothing was
 */
public record CsvRecord(long line, List<String> fields, String malformation) {

  /**
   * Copies the fields.
   *
   * @throws NullPointerException if a component is null
   */
  public CsvRecord {
    fields = List.copyOf(fields);
    Objects.requireNonNull(malformation, "malformation");
  }

  /**
   * The field at an index, empty when the record is shorter.
   *
   * @param index zero-based
   * @return the field
   */
  public String field(int index) {
    return index < fields.size() ? fields.get(index) : "";
  }

  /**
   * Whether this is an empty line (one empty field), which RFC 4180 readers usually skip.
   *
   * @return true for a blank line
   */
  public boolean isBlank() {
    return fields.size() == 1 && fields.get(0).isEmpty() && malformation.isEmpty();
  }
}
