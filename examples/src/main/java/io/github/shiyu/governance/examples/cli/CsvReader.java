package io.github.shiyu.governance.examples.cli;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads RFC 4180 CSV one record at a time: fields separated by commas, records by CRLF, LF
 * or CR, fields optionally enclosed in double quotes, a double quote inside a quoted field
 * written twice. A quoted field may span lines. A byte-order mark at the start is skipped.
 *
 * <p>It is lenient where RFC 4180 leaves room: a quote inside an unquoted field is kept as
 * text; characters after a closing quote are appended. An unterminated quoted field at the
 * end of input is returned with {@link CsvRecord#malformation()} set, so the caller can
 * report that row and carry on.
 *
 * <pre>{@code
 * var csv = new CsvReader(new StringReader("code\n\"429004\"\n"));
 * csv.next();   // Optional[CsvRecord[line=1, fields=[code], malformation=]]
 * csv.next();   // Optional[CsvRecord[line=2, fields=[429004], malformation=]]
 * csv.next();   // Optional.empty
 * }</pre>
 */
public final class CsvReader {

  private static final int EOF = -1;

  private final Reader in;
  private int pushedBack = -2;
  private long line = 1;
  private boolean started;

  /**
   * Creates a reader.
   *
   * @param in the characters to read (buffer it: this reads one character at a time)
   */
  public CsvReader(Reader in) {
    this.in = Objects.requireNonNull(in, "in");
  }

  /**
   * Reads the next record.
   *
   * @return the record, or empty at the end of input
   * @throws IOException when reading fails, including input that is not valid UTF-8
   */
  public Optional<CsvRecord> next() throws IOException {
    int c = read();
    if (!started) {
      started = true;
      if (c == '\uFEFF') {
        c = read();
      }
    }
    if (c == EOF) {
      return Optional.empty();
    }
    long first = line;
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean inQuotes = false;
    while (true) {
      if (inQuotes) {
        if (c == EOF) {
          fields.add(field.toString());
          return Optional.of(new CsvRecord(first, fields, "unterminated quoted field"));
        }
        if (c == '"') {
          int n = read();
          if (n == '"') {
            field.append('"');
          } else {
            inQuotes = false;
            c = n;
            continue;
          }
        } else {
          if (c == '\n' || (c == '\r' && peek() != '\n')) {
            line++;
          }
          field.append((char) c);
        }
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
        quoted = false;
      } else if (c == '\r' || c == '\n' || c == EOF) {
        if (c == '\r' && peek() == '\n') {
          read();
        }
        if (c != EOF) {
          line++;
        }
        fields.add(field.toString());
        return Optional.of(new CsvRecord(first, fields, ""));
      } else if (c == '"' && field.length() == 0 && !quoted) {
        inQuotes = true;
        quoted = true;
      } else {
        field.append((char) c);
      }
      c = read();
    }
  }

  private int read() throws IOException {
    if (pushedBack != -2) {
      int c = pushedBack;
      pushedBack = -2;
      return c;
    }
    return in.read();
  }

  private int peek() throws IOException {
    if (pushedBack == -2) {
      pushedBack = in.read();
    }
    return pushedBack;
  }
}
