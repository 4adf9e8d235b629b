package io.github.shiyu.governance.metrics.internal;

import io.github.shiyu.governance.metrics.fact.CaseFactTable;
import java.util.function.Function;

/**
 * Lets the engine read a table's columns without making them API: the table hands over its
 * accessor when its class is initialised (the JDK's shared-secrets pattern).
 */
public final class Access {

  private static volatile Function<CaseFactTable, Columns> columns;

  private Access() {
  }

  /**
   * Registers the accessor; called once by {@link CaseFactTable}.
   *
   * @param accessor reads a table's columns
   */
  public static void register(Function<CaseFactTable, Columns> accessor) {
    if (columns != null) {
      throw new IllegalStateException("already registered");
    }
    columns = accessor;
  }

  /**
   * The columns of a table.
   *
   * @param table the table (so its class is initialised and the accessor registered)
   * @return its columns
   */
  public static Columns columns(CaseFactTable table) {
    return columns.apply(table);
  }
}
