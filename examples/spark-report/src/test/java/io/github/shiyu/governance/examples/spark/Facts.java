package io.github.shiyu.governance.examples.spark;

import io.github.shiyu.governance.examples.cli.CsvWriter;
import io.github.shiyu.governance.metrics.fact.CaseFactFormat;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.spark.sql.Row;

/** A small province's facts, as rows and as the CLI's CSV. */
final class Facts {

  private Facts() {
  }

  static List<Row> rows(int n, long seed) {
    ProvinceFacts province = new ProvinceFacts("15", LocalDate.of(2022, 1, 1), 2, seed);
    SplittableRandom r = province.random(0);
    List<Row> rows = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      rows.add(province.row(i, r));
    }
    return rows;
  }

  static String csv(List<Row> rows) {
    StringBuilder b = new StringBuilder(String.join(",", CaseFactFormat.COLUMNS)).append('\n');
    for (Row row : rows) {
      List<String> cells = new ArrayList<>();
      for (int i = 0; i < row.length(); i++) {
        Object v = row.get(i);
        cells.add(v == null ? "" : v instanceof Timestamp t ? t.toInstant().toString()
            : CsvWriter.quote(v.toString()));
      }
      b.append(String.join(",", cells)).append('\n');
    }
    return b.toString();
  }
}
