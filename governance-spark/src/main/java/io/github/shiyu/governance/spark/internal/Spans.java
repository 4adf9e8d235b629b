package io.github.shiyu.governance.spark.internal;

import io.github.shiyu.governance.core.GovernanceException;
import io.github.shiyu.governance.metrics.fact.CaseFactTable;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.Function2;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.types.StructType;

/**
 * A partition's first registration and last event, epoch seconds, skipping rows that are
 * not facts; {@link #ZERO} and {@link #both} fold them.
 *
 * @param schema the rows' schema
 */
public record Spans(StructType schema)
    implements Function2<Integer, Iterator<InternalRow>, Iterator<long[]>> {

  private static final long serialVersionUID = 1L;

  /** The span of nothing. */
  public static final long[] ZERO = {Long.MAX_VALUE, Long.MIN_VALUE};

  @Override
  public Iterator<long[]> call(Integer partition, Iterator<InternalRow> rows) {
    FactRows read = new FactRows(schema, partition);
    long min = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;
    // the rows are checked as facts in a scratch table, started over now and then
    CaseFactTable.Builder scratch = CaseFactTable.builder(1 << 12);
    int inScratch = 0;
    while (rows.hasNext()) {
      try {
        read.append(rows.next(), scratch.row());
      } catch (GovernanceException e) {
        continue;
      }
      min = Math.min(min, read.registeredSecond());
      max = Math.max(max, read.lastEventSecond());
      if (++inScratch == 1 << 12) {
        scratch = CaseFactTable.builder(1 << 12);
        inScratch = 0;
      }
    }
    return List.of(new long[] {min, max}).iterator();
  }

  /**
   * Folds two spans.
   *
   * @return the fold
   */
  public static Function2<long[], long[], long[]> both() {
    return new Both();
  }

  private static final class Both implements Function2<long[], long[], long[]> {
    private static final long serialVersionUID = 1L;

    @Override
    public long[] call(long[] a, long[] b) {
      return new long[] {Math.min(a[0], b[0]), Math.max(a[1], b[1])};
    }
  }
}
