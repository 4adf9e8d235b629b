package io.github.shiyu.governance.metrics.fact;

import io.github.shiyu.governance.metrics.internal.Access;
import io.github.shiyu.governance.metrics.internal.Columns;
import java.util.Collection;

/**
 * An immutable, columnar batch of case facts: primitive arrays and dictionary-encoded codes,
 * about 50 bytes a row, which the accumulator scans without allocating. Case ids are not
 * kept: no metric needs them.
 *
 * <pre>{@code
 * CaseFactTable table = CaseFactTable.of(facts);
 * Report report = spec.accumulate(table).report();
 * }</pre>
 */
public final class CaseFactTable {

  static {
    Access.register(t -> t.columns);
  }

  private final Columns columns;

  private CaseFactTable(Columns columns) {
    this.columns = columns;
  }

  /**
   * A table of the given facts, in order.
   *
   * @param facts the facts
   * @return the table
   */
  public static CaseFactTable of(Collection<CaseFact> facts) {
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
  public static Builder builder(int expectedRows) {
    return new Builder(expectedRows);
  }

  /**
   * The number of rows.
   *
   * @return the size
   */
  public int size() {
    return columns.size;
  }

  @Override
  public String toString() {
    return "CaseFactTable[" + columns.size + " rows, " + columns.divisions.size()
        + " divisions, " + columns.categories.size() + " categories]";
  }

  /**
   * Appends facts to a new table; {@link #build()} ends its use.
   *
   * <pre>{@code
   * CaseFactTable.Builder b = CaseFactTable.builder(1_000_000);
   * b.add(fact);
   * CaseFactTable table = b.build();
   * }</pre>
   */
  public static final class Builder {
    private Columns columns;

    private Builder(int expectedRows) {
      columns = new Columns(expectedRows);
    }

    /**
     * Appends a fact.
     *
     * @param fact the fact
     * @return this builder
     */
    public Builder add(CaseFact fact) {
      if (columns == null) {
        throw new IllegalStateException("table already built");
      }
      columns.add(fact);
      return this;
    }

    /**
     * Builds the table.
     *
     * @return the table
     */
    public CaseFactTable build() {
      if (columns == null) {
        throw new IllegalStateException("table already built");
      }
      Columns c = columns;
      columns = null;
      c.trim();
      return new CaseFactTable(c);
    }
  }
}
