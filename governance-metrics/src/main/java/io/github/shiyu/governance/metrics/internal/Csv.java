package io.github.shiyu.governance.metrics.internal;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/** A small RFC 4180 reader and writer: quoted fields, doubled quotes, CRLF or LF. */
public final class Csv {

  private final Reader in;
  private int next = -2;

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
      next = in.read();
    }
    return next;
  }

  private int take() throws IOException {
    int c = peek();
    next = -2;
    return c;
  }

  /**
   * The next record.
   *
   * @return its fields, or null at the end
   * @throws IOException if reading fails or a quote is not closed
   */
  public List<String> record() throws IOException {
    if (peek() == -1) {
      return null;
    }
    List<String> fields = new ArrayList<>();
    StringBuilder f = new StringBuilder();
    boolean quoted = false;
    boolean wasQuoted = false;
    while (true) {
      int c = take();
      if (quoted) {
        if (c == -1) {
          throw new IOException("quote not closed");
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
