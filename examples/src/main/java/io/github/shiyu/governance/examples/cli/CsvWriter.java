package io.github.shiyu.governance.examples.cli;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Objects;

/**
 * Writes RFC 4180 CSV: records end with CRLF; a field is quoted when it contains a comma, a
 * double quote, CR or LF, or starts or ends with a space, and quotes inside are doubled.
 *
 * <pre>{@code
 * var out = new StringWriter();
 * new CsvWriter(out).row(List.of("a,b", "say \"hi\"", "plain"));
 * out.toString();   // "\"a,b\",\"say \"\"hi\"\"\",plain\r\n"
 * }</pre>
 */
public final class CsvWriter {

  private final Writer out;

  /**
   * Creates a writer.
   *
   * @param out where the CSV goes
   */
  public CsvWriter(Writer out) {
    this.out = Objects.requireNonNull(out, "out");
  }

  /**
   * Writes one record.
   *
   * @param fields the fields, unquoted
   * @throws IOException when writing fails
   */
  public void row(List<String> fields) throws IOException {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      out.write(quote(fields.get(i)));
    }
    out.write("\r\n");
  }

  /**
   * Flushes the underlying writer.
   *
   * @throws IOException when flushing fails
   */
  public void flush() throws IOException {
    out.flush();
  }

  /**
   * The field as it appears in CSV.
   *
   * @param field the raw text
   * @return the text, quoted if it needs to be
   */
  public static String quote(String field) {
    boolean needs = !field.isEmpty() && (field.charAt(0) == ' ' || field.charAt(field.length() - 1) == ' ');
    for (int i = 0; i < field.length() && !needs; i++) {
      char c = field.charAt(i);
      needs = c == ',' || c == '"' || c == '\r' || c == '\n';
    }
    return needs ? '"' + field.replace("\"", "\"\"") + '"' : field;
  }
}
