package io.github.shiyu.governance.metrics.internal;

import io.github.shiyu.governance.core.InvalidValueException;
import io.github.shiyu.governance.metrics.MetricErrors;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.List;

/**
 * A small RFC 4180 reader and writer: quoted fields, doubled quotes, CRLF or LF. The reader
 * counts physical lines, so that errors name the line a record starts on even when a quoted
 * field spans lines.
 */
public final class Csv {

  private final Reader in;
  private int next = -2;
  /** The line the next character is on, from 1. */
  private int line = 1;
  /** The line the last record started on. */
  private int recordLine;

  /**
   * Reads from a reader.
   *
   * @param in the text
   */
  public Csv(Reader in) {
    this.in = in;
  }

  private int peek() throws IOException {
    if (next == -2) {
      next = read();
    }
    return next;
  }

  private int take() throws IOException {
    int c = peek();
    next = -2;
    if (c == '\n' || (c == '\r' && peek() != '\n')) {
      line++;
    }
    return c;
  }

  private int read() throws IOException {
    try {
      return in.read();
    } catch (CharacterCodingException e) {
      // Bytes that are not text in the reader's charset are bad input, not a failing disk.
      throw new InvalidValueException(MetricErrors.ROW, line, "*",
          "not valid text in the reader's charset");
    }
  }

  /**
   * The line the last record read started on.
   *
   * @return the line, from 1
   */
  public int line() {
    return recordLine;
  }

  /**
   * The next record.
   *
   * @return its fields, or null at the end
   * @throws InvalidValueException {@code metrics.row} if a quote is not closed or the text
   *     cannot be decoded
   * @throws IOException if reading fails
   */
  public List<String> record() throws IOException {
    if (peek() == -1) {
      return null;
    }
    recordLine = line;
    List<String> fields = new ArrayList<>();
    StringBuilder f = new StringBuilder();
    boolean quoted = false;
    boolean wasQuoted = false;
    while (true) {
      int c = take();
      if (quoted) {
        if (c == -1) {
          throw new InvalidValueException(MetricErrors.ROW, recordLine, "*",
              "a quoted field is not closed");
        }
        if (c == '"') {
          if (peek() == '"') {
            f.append('"');
            take();
          } else {
            quoted = false;
          }
        } else {
          f.append((char) c);
        }
        continue;
      }
      if (c == '"' && f.length() == 0 && !wasQuoted) {
        quoted = true;
        wasQuoted = true;
      } else if (c == ',') {
        fields.add(f.toString());
        f.setLength(0);
        wasQuoted = false;
      } else if (c == '\r' || c == '\n' || c == -1) {
        if (c == '\r' && peek() == '\n') {
          take();
        }
        fields.add(f.toString());
        return fields;
      } else {
        f.append((char) c);
      }
    }
  }

  /**
   * Appends one record.
   *
   * @param out    where to write
   * @param fields the fields
   * @throws IOException if writing fails
   */
  public static void write(Appendable out, List<String> fields) throws IOException {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      String c = fields.get(i);
      if (c.indexOf(',') >= 0 || c.indexOf('"') >= 0 || c.indexOf('\n') >= 0
          || c.indexOf('\r') >= 0) {
        out.append('"').append(c.replace("\"", "\"\"")).append('"');
      } else {
        out.append(c);
      }
    }
    out.append('\n');
  }
}
