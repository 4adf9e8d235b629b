package io.github.shiyu.governance.metrics.fact;

import io.github.shiyu.governance.core.InvalidValueException;
import io.github.shiyu.governance.metrics.MetricErrors;
import io.github.shiyu.governance.metrics.internal.Columns;
import java.util.Collection;

/**
 * An immutable, columnar batch of case facts: primitive arrays and dictionary-encoded codes,
 * about 40 bytes a row, which the accumulator scans without allocating. Case ids are not
 * kept: no metric needs them.
 *
 * <p>The table is sealed: its only implementation is the metrics module's own column store,
 * which the accumulator reads directly (no copy, no per-row call).
 *
 * <pre>{@code
 * CaseFactTable table = CaseFactTable.of(facts);
 * Report report = spec.accumulate(table).report();
 * }</pre>
 */
public sealed interface CaseFactTable permits Columns {

  /**
   * A table of the given facts, in order.
   *
   * @param facts the facts
   * @return the table
   */
  static CaseFactTable of(Collection<CaseFact> facts) {
    Builder b = builder(facts.size());
    facts.forEach(b::add);
    return b.build();
  }

  /**
   * Starts a table.
   *
   * @param expectedRows rows expected (the arrays grow beyond it)
   * @return a builder
   */
  static Builder builder(int expectedRows) {
    return new Builder(expectedRows);
  }

  /**
   * The number of rows.
   *
   * @return the size
   */
  int size();

  /**
   * Appends facts to a new table; {@link #build()} ends its use.
   *
   * <pre>{@code
   * CaseFactTable.Builder b = CaseFactTable.builder(1_000_000);
   * b.add(fact);
   * CaseFactTable table = b.build();
   * }</pre>
   */
  final class Builder {
    private Columns columns;

    private Builder(int expectedRows) {
      columns = new Columns(expectedRows);
    }

    /**
     * Appends a fact.
     *
     * @param fact the fact
     * @return this builder
     * @throws InvalidValueException {@code metrics.table_built} after {@link #build()}
     */
    public Builder add(CaseFact fact) {
      if (columns == null) {
        throw new InvalidValueException(MetricErrors.TABLE_BUILT);
      }
      columns.add(fact);
      return this;
    }

    /**
     * Builds the table.
     *
     * @return the table
     * @throws InvalidValueException {@code metrics.table_built} when called a second time
     */
    public CaseFactTable build() {
      if (columns == null) {
        throw new InvalidValueException(MetricErrors.TABLE_BUILT);
      }
      Columns c = columns;
      columns = null;
      c.trim();
      return c;
    }
  }
}
