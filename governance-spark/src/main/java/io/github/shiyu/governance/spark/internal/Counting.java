package io.github.shiyu.governance.spark.internal;

import io.github.shiyu.governance.core.GovernanceException;
import io.github.shiyu.governance.metrics.fact.CaseFactTable;
import io.github.shiyu.governance.metrics.report.Accumulator;
import io.github.shiyu.governance.spark.ReportSpecSource;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.Function2;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.types.StructType;

/**
 * The executors' side of a Spark report: a partition's rows (Spark's internal rows, read
 * without an object per row) appended to columnar batches and counted into an accumulator of
 * the source's specification ({@link #call}), and two partials merged
 * ({@link #merge()}).
 *
 * @param source   makes the specification on the executor
 * @param schema   the rows' schema
 * @param leaveOut whether rows that are not facts are left out (else they fail the job)
 * @param batch    rows per columnar batch
 */
public record Counting(ReportSpecSource source, StructType schema, boolean leaveOut, int batch)
    implements Function2<Integer, Iterator<InternalRow>, Iterator<byte[]>> {

  private static final long serialVersionUID = 1L;

  @Override
  public Iterator<byte[]> call(Integer partition, Iterator<InternalRow> rows) {
    FactRows read = new FactRows(schema, partition);
    Accumulator accumulator = source.spec().accumulator();
    long counted = 0;
    long leftOut = 0;
    CaseFactTable.Builder table = CaseFactTable.builder(Math.min(batch, 1 << 16));
    CaseFactTable.Row row = table.row();
    int inTable = 0;
    while (rows.hasNext()) {
      InternalRow r = rows.next();
      try {
        read.append(r, row);
      } catch (GovernanceException e) {
        if (!leaveOut) {
          throw e;
        }
        leftOut++;
        continue;
      }
      counted++;
      if (++inTable == batch) {
        accumulator.addAll(table.build());
        table = CaseFactTable.builder(Math.min(batch, 1 << 16));
        row = table.row();
        inTable = 0;
      }
    }
    if (inTable > 0) {
      accumulator.addAll(table.build());
    }
    return List.of(Partials.of(accumulator, counted, leftOut)).iterator();
  }

  /**
   * Merges two partials.
   *
   * @return the merge function
   */
  public Function2<byte[], byte[], byte[]> merge() {
    return new Merge(source);
  }

  private record Merge(ReportSpecSource source) implements Function2<byte[], byte[], byte[]> {
    private static final long serialVersionUID = 1L;

    @Override
    public byte[] call(byte[] a, byte[] b) {
      return Partials.merge(source.spec(), a, b);
    }
  }
}
