package io.github.shiyu.governance.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CsvTest {

  private static List<CsvRecord> readAll(String text) throws IOException {
    CsvReader reader = new CsvReader(new StringReader(text));
    List<CsvRecord> records = new ArrayList<>();
    Optional<CsvRecord> r;
    while ((r = reader.next()).isPresent()) {
      records.add(r.get());
    }
    return records;
  }

  @Test
  void readsQuotedFieldsWithCommasQuotesAndLineBreaks() throws IOException {
    List<CsvRecord> records = readAll("\uFEFFa,b,c\r\n\"x,1\",\"say \"\"hi\"\"\",\"two\r\nlines\"\n,,\nlast");
    assertThat(records).extracting(CsvRecord::fields).containsExactly(
        List.of("a", "b", "c"), List.of("x,1", "say \"hi\"", "two\r\nlines"), List.of("", "", ""), List.of("last"));
    assertThat(records).extracting(CsvRecord::line).containsExactly(1L, 2L, 4L, 5L);
  }

  @Test
  void reportsAnUnterminatedQuoteAndKeepsWhatItRead() throws IOException {
    List<CsvRecord> records = readAll("a\n\"open");
    assertThat(records.get(1).malformation()).isEqualTo("unterminated quoted field");
    assertThat(records.get(1).fields()).containsExactly("open");
  }

  @Test
  void writerQuotesOnlyWhenNeeded() throws IOException {
    StringWriter out = new StringWriter();
    new CsvWriter(out).row(List.of("a,b", "say \"hi\"", "plain", "", " pad", "中文"));
    assertThat(out).hasToString("\"a,b\",\"say \"\"hi\"\"\",plain,,\" pad\",中文\r\n");
  }

  @Test
  void whatTheWriterWritesTheReaderReadsBack() {
    qt().withExamples(500)
        .forAll(lists().of(lists().of(strings().betweenCodePoints(0x20, 0x7e).ofLengthBetween(0, 6)
                .mix(strings().allPossible().ofLengthBetween(0, 3), 30))
            .ofSizeBetween(2, 4)).ofSizeBetween(1, 5))
        .check(rows -> {
          try {
            StringWriter out = new StringWriter();
            CsvWriter writer = new CsvWriter(out);
            for (List<String> row : rows) {
              writer.row(row);
            }
            return readAll(out.toString()).stream().map(CsvRecord::fields).toList().equals(rows);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }
}
