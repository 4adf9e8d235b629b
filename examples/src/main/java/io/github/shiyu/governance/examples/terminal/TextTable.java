package io.github.shiyu.governance.examples.terminal;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table for the terminal, aligned by display width: Chinese characters take
 * two columns, so township names line up. Columns whose every value is numeric are aligned
 * right.
 *
 * <pre>{@code
 * String text = TextTable.withHeader("township", "cases", "on time")
 *     .row("东关街道", "1,204", "93.10%")
 *     .row("新城街道", "3,017", "88.45%")
 *     .render();
 * }</pre>
 */
public final class TextTable {

  private final List<String> header;
  private final List<List<String>> rows = new ArrayList<>();

  private TextTable(List<String> header) {
    this.header = List.copyOf(header);
  }

  /**
   * Starts a table.
   *
   * @param header the column titles
   * @return the table
   */
  public static TextTable withHeader(String... header) {
    return new TextTable(List.of(header));
  }

  /**
   * Adds a row.
   *
   * @param cells as many cells as the header has
   * @return this table
   */
  public TextTable row(String... cells) {
    if (cells.length != header.size()) {
      throw new IllegalArgumentException("expected " + header.size() + " cells, got " + cells.length);
    }
    rows.add(List.of(cells));
    return this;
  }

  /**
   * The table as lines ending with a newline.
   *
   * @return the text
   */
  public String render() {
    int columns = header.size();
    int[] widths = new int[columns];
    boolean[] numeric = new boolean[columns];
    for (int c = 0; c < columns; c++) {
      widths[c] = width(header.get(c));
      numeric[c] = !rows.isEmpty();
      for (List<String> row : rows) {
        widths[c] = Math.max(widths[c], width(row.get(c)));
        numeric[c] &= isNumeric(row.get(c));
      }
    }
    StringBuilder s = new StringBuilder();
    line(s, header, widths, numeric);
    for (int c = 0; c < columns; c++) {
      s.append(c == 0 ? "" : "  ").append("-".repeat(widths[c]));
    }
    s.append('\n');
    for (List<String> row : rows) {
      line(s, row, widths, numeric);
    }
    return s.toString();
  }

  private static void line(StringBuilder s, List<String> cells, int[] widths, boolean[] numeric) {
    StringBuilder line = new StringBuilder();
    for (int c = 0; c < cells.size(); c++) {
      String cell = cells.get(c);
      String pad = " ".repeat(widths[c] - width(cell));
      line.append(c == 0 ? "" : "  ").append(numeric[c] ? pad + cell : cell + pad);
    }
    s.append(line.toString().stripTrailing()).append('\n');
  }

  /**
   * The number of terminal columns a text takes: East Asian wide characters count two.
   *
   * @param text the text
   * @return the display width
   */
  public static int width(String text) {
    return text.codePoints().map(cp -> isWide(cp) ? 2 : 1).sum();
  }

  private static boolean isWide(int cp) {
    return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF)
        || (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF)
        || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
        || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
  }

  private static boolean isNumeric(String cell) {
    return !cell.isEmpty() && cell.chars().allMatch(ch -> Character.isDigit(ch) || ",.%-+ —".indexOf(ch) >= 0)
        && cell.chars().anyMatch(Character::isDigit) || cell.equals("—");
  }
}
