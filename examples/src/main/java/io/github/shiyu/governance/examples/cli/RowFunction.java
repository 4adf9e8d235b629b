package io.github.shiyu.governance.examples.cli;

import java.util.List;

/**
 * What a row-by-row command does with one row.
 *
 * <pre>{@code
 * RowFunction upper = row -> List.of(row.require("name").toUpperCase(Locale.ROOT));
 * }</pre>
 */
@FunctionalInterface
public interface RowFunction {

  /**
   * Processes one row.
   *
   * @param row the input row
   * @return the output fields, in the order of the command's output columns (without the
   *     {@code error} column)
   * @throws RowException when the row cannot be processed
   */
  List<String> apply(Row row) throws RowException;
}
