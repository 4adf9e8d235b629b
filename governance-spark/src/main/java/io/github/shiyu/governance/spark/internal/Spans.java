package io.github.shiyu.governance.spark.internal;

import io.github.shiyu.governance.core.GovernanceException;
import io.github.shiyu.governance.metrics.fact.CaseFact;
import io.github.shiyu.governance.metrics.fact.Timeline;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.apache.spark.api.java.function.Function2;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;

/**
 * A partition's first registration and last event, epoch seconds, skipping rows that are
 * not facts; {@link #ZERO} and {@link #both} fold them.
 *
 * @param schema the rows' schema
 */
public record Spans(StructType schema)
    implements Function2<Integer, Iterator<Row>, Iterator<long[]>> {

  private static final long serialVersionUID = 1L;

  /** The span of nothing. */
  public static final long[] ZERO = {Long.MAX_VALUE, Long.MIN_VALUE};

  @Override
  public Iterator<long[]> call(Integer partition, Iterator<Row> rows) {
    FactRows read = new FactRows(schema, partition);
    long min = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;
    while (rows.hasNext()) {
      CaseFact f;
      try {
        f = read.fact(rows.next());
      } catch (GovernanceException e) {
        continue;
      }
      Timeline t = f.timeline();
      min = Math.min(min, t.registeredAt().getEpochSecond());
      max = Math.max(max, t.registeredAt().getEpochSecond());
      for (Optional<Instant> at : List.of(t.dueAt(), t.concludedAt(), t.closedAt())) {
        if (at.isPresent()) {
          max = Math.max(max, at.get().getEpochSecond());
        }
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
