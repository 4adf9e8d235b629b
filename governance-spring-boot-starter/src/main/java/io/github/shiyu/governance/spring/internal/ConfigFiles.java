package io.github.shiyu.governance.spring.internal;

import io.github.shiyu.governance.core.InvalidValueException;
import io.github.shiyu.governance.core.ErrorCode;
import io.github.shiyu.governance.core.category.CategoryTaxonomy;
import io.github.shiyu.governance.core.division.DivisionCode;
import io.github.shiyu.governance.core.division.DivisionLevel;
import io.github.shiyu.governance.core.org.Department;
import io.github.shiyu.governance.grid.dispatch.RoutingTable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the starter's CSV files (a header line, then comma-separated fields without quotes;
 * blank lines and lines starting with {@code #} skipped), naming the file and line of a bad
 * row.
 */
public final class ConfigFiles {

  /** {@code spring.config_file}: a configured file that cannot be used. */
  public static final ErrorCode BAD_FILE = ErrorCode.of("spring.config_file",
      "{0}, line {1}: {2}", "{0}第{1}行：{2}");

  /** {@code spring.property}: a {@code shiyu.*} property that cannot be used. */
  public static final ErrorCode BAD_PROPERTY = ErrorCode.of("spring.property",
      "{0}: {1}", "{0}：{1}");

  private ConfigFiles() {
  }

  /**
   * The rows of a CSV file, its header skipped.
   *
   * @param file   the file
   * @param fields how many fields a row has
   * @return the rows, each with its line number first
   */
  static List<String[]> rows(Path file, int fields) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    List<String[]> out = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] row = line.split(",", -1);
      if (row.length != fields) {
        throw new InvalidValueException(BAD_FILE, file, i + 1,
            "expected " + fields + " fields, found " + row.length);
      }
      String[] numbered = new String[fields + 1];
      numbered[0] = Integer.toString(i + 1);
      for (int f = 0; f < fields; f++) {
        numbered[f + 1] = row[f].strip();
      }
      out.add(numbered);
    }
    return out;
  }

  /**
   * Departments ({@code id,name,division}).
   *
   * @param file the file
   * @return departments by id
   */
  public static Map<String, Department> departments(Path file) {
    Map<String, Department> out = new LinkedHashMap<>();
    for (String[] r : rows(file, 3)) {
      out.put(r[1], Department.of(r[1], r[2], DivisionCode.parse(r[3])));
    }
    return out;
  }

  /**
   * A routing table ({@code category,level,departments}, ids separated by spaces).
   *
   * @param file        the file
   * @param departments the departments it names
   * @param taxonomy    the categories
   * @return the table
   */
  public static RoutingTable routing(Path file, Map<String, Department> departments,
      CategoryTaxonomy taxonomy) {
    RoutingTable.Builder table = RoutingTable.builder(taxonomy);
    for (String[] r : rows(file, 3)) {
      List<Department> named = new ArrayList<>();
      for (String id : r[3].split(" +")) {
        Department d = departments.get(id);
        if (d == null) {
          throw new InvalidValueException(BAD_FILE, file, r[0],
              "department '" + id + "' is not in the departments file");
        }
        named.add(d);
      }
      DivisionLevel level;
      try {
        level = DivisionLevel.valueOf(r[2]);
      } catch (IllegalArgumentException e) {
        throw new InvalidValueException(BAD_FILE, file, r[0], "unknown level '" + r[2] + "'");
      }
      table.route(r[1], level, named.toArray(Department[]::new));
    }
    return table.build();
  }
}
