package io.github.shiyu.governance.spark.internal;

import java.util.Collections;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.vectorized.ColumnarBatch;

/**
 * A partition's column batches as rows: each row a view into the current batch's vectors
 * (valid until the next row is read), the next batch read only when the current one is done,
 * since the scan reuses it.
 */
public final class BatchRows implements FlatMapFunction<Iterator<ColumnarBatch>, InternalRow> {

  private static final long serialVersionUID = 1L;

  @Override
  public Iterator<InternalRow> call(Iterator<ColumnarBatch> batches) {
    return new Iterator<>() {
      private Iterator<InternalRow> rows = Collections.emptyIterator();

      @Override
      public boolean hasNext() {
        while (!rows.hasNext()) {
          if (!batches.hasNext()) {
            return false;
          }
          rows = batches.next().rowIterator();
        }
        return true;
      }

      @Override
      public InternalRow next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return rows.next();
      }
    };
  }
}
