package io.github.shiyu.governance.core.division;

import io.github.shiyu.governance.core.ErrorCode;
import io.github.shiyu.governance.core.InvalidValueException;
import io.github.shiyu.governance.core.party.MaskingPolicy;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;

/** Reads the CSV form of a code table, reporting bad rows by line number. */
final class DivisionCsv {

  /** The table's own format rules, as opposed to the rules of the values in a row. */
  private static final Set<ErrorCode> FORMAT = Set.of(DivisionErrors.CSV_HEADER,
      DivisionErrors.CSV_COLUMNS, DivisionErrors.CSV_LEVEL, DivisionErrors.CSV_QUOTE);

  private DivisionCsv() {
  }

  static NavigableMap<DivisionCode, Division> read(Reader csv, String version)
      throws IOException {
    BufferedReader lines = csv instanceof BufferedReader b ? b : new BufferedReader(csv);
    NavigableMap<DivisionCode, Division> rows = new TreeMap<>();
    int codeColumn = 0;
    int nameColumn = 1;
    int levelColumn = 2;
    boolean first = true;
    int lineNumber = 0;
    for (String line = next(lines, lineNumber, version); line != null;
        line = next(lines, lineNumber, version)) {
      lineNumber++;
      if (lineNumber == 1 && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      try {
        List<String> fields = split(line);
        if (first) {
          first = false;
          if (fields.get(0).strip().equalsIgnoreCase("code")) {
            List<String> header = fields.stream()
                .map(f -> f.strip().toLowerCase(Locale.ROOT)).toList();
            codeColumn = header.indexOf("code");
            nameColumn = header.indexOf("name");
            levelColumn = header.indexOf("level");
            if (nameColumn < 0) {
              throw new InvalidValueException(DivisionErrors.CSV_HEADER);
            }
            continue;
          }
        }
        Division division = row(fields, codeColumn, nameColumn, levelColumn);
        if (rows.putIfAbsent(division.code(), division) != null) {
          throw new InvalidValueException(DivisionErrors.DUPLICATE, division.code());
        }
      } catch (InvalidValueException e) {
        // The table's own format rules read as part of the row's message (their id would only
        // repeat "csv"); a value's rule keeps its id, as the tests pin.
        String problem = FORMAT.contains(e.code()) ? e.localizedMessage(Locale.ROOT)
            : e.getMessage();
        throw new InvalidValueException(DivisionErrors.CSV_ROW, lineNumber, version, problem);
      } catch (RuntimeException e) {
        // A rule this reader forgot to check is still bad input; the exception's own message
        // may quote the line, so only its kind is named.
        throw new InvalidValueException(DivisionErrors.CSV_ROW, lineNumber, version,
            "cannot read the line (" + e.getClass().getSimpleName() + ")");
      }
    }
    return rows;
  }

  private static String next(BufferedReader lines, int lineNumber, String version)
      throws IOException {
    try {
      return lines.readLine();
    } catch (CharacterCodingException e) {
      // Bytes that are not text in the reader's charset are bad input, not a failing disk.
      throw new InvalidValueException(DivisionErrors.CSV_ROW, lineNumber + 1, version,
          "not valid text in the reader's charset");
    }
  }

  private static Division row(List<String> fields, int codeColumn, int nameColumn,
      int levelColumn) {
    int needed = Math.max(codeColumn, nameColumn) + 1;
    if (fields.size() < needed) {
      throw new InvalidValueException(DivisionErrors.CSV_COLUMNS, needed, fields.size());
    }
    DivisionCode code = DivisionCode.parse(fields.get(codeColumn).strip());
    String name = fields.get(nameColumn);
    if (levelColumn >= 0 && levelColumn < fields.size()
        && !fields.get(levelColumn).isBlank()) {
      String text = fields.get(levelColumn).strip();
      DivisionLevel level;
      try {
        level = DivisionLevel.valueOf(text.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new InvalidValueException(DivisionErrors.CSV_LEVEL,
            MaskingPolicy.defaults().maskNumbersIn(text));
      }
      return new Division(code, name, level);
    }
    return Division.of(code, name);
  }

  /** Splits one line: commas separate fields; double quotes enclose, and "" escapes, one. */
  static List<String> split(String line) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    if (quoted) {
      throw new InvalidValueException(DivisionErrors.CSV_QUOTE);
    }
    fields.add(field.toString());
    return fields;
  }
}
