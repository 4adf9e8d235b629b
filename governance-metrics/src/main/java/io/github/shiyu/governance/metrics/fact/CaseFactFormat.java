package io.github.shiyu.governance.metrics.fact;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.shiyu.governance.cases.CaseId;
import io.github.shiyu.governance.cases.CaseType;
import io.github.shiyu.governance.cases.Rating;
import io.github.shiyu.governance.core.GovernanceException;
import io.github.shiyu.governance.core.InvalidValueException;
import io.github.shiyu.governance.core.division.DivisionCode;
import io.github.shiyu.governance.core.grid.GridCode;
import io.github.shiyu.governance.core.party.MaskingPolicy;
import io.github.shiyu.governance.core.time.WorkCalendar;
import io.github.shiyu.governance.jackson.MalformedJson;
import io.github.shiyu.governance.metrics.MetricErrors;
import io.github.shiyu.governance.metrics.internal.Csv;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The column set of case-fact rows, in CSV (header line, RFC 4180) and JSON (an array of
 * objects with the same names), for vendors whose cases live outside governance-cases.
 *
 * <table>
 *   <caption>Columns (required ones in bold)</caption>
 *   <tr><th>column</th><th>value</th></tr>
 *   <tr><td><b>case_id</b></td><td>the case's id ({@code CaseId}: 1 to 64 characters, no
 *       whitespace)</td></tr>
 *   <tr><td><b>type</b></td><td>DISPUTE, PETITION, WORK_ORDER, PRE_LITIGATION, GRID_INCIDENT</td></tr>
 *   <tr><td><b>category</b></td><td>dotted category code, {@code dispute.labour}: the
 *       standard taxonomy's category of that code, or a category named by its code for one the
 *       standard does not know (only the code is counted and written)</td></tr>
 *   <tr><td><b>division</b></td><td>6 or 12 digits, the finest level known</td></tr>
 *   <tr><td>grid</td><td>15-digit grid code</td></tr>
 *   <tr><td>department</td><td>handling department's id (or the handling person's, see
 *       {@link Handling})</td></tr>
 *   <tr><td><b>registered_at</b></td><td>instant (see below)</td></tr>
 *   <tr><td>accepted_at, due_at, concluded_at, closed_at</td><td>instants</td></tr>
 *   <tr><td>resolved, judicial_confirmation, solved, responded, followed_up, reopened,
 *       returned, escalated, repeat, litigated</td><td>true / false (or 1 / 0; empty is
 *       false)</td></tr>
 *   <tr><td>rating</td><td>SATISFIED, BASICALLY_SATISFIED, DISSATISFIED</td></tr>
 *   <tr><td>person_visits</td><td>integer, at least 1 (empty is 1)</td></tr>
 *   <tr><td>judicial_confirmation_status</td><td>NOT_APPLIED, APPLIED, CONFIRMED, REFUSED
 *       ({@link JudicialConfirmation}; empty or absent: CONFIRMED when
 *       judicial_confirmation is true, else NOT_APPLIED, as files written before the column
 *       existed mean)</td></tr>
 *   <tr><td>confirmation_in_window</td><td>true / false: applied within the 30 days (empty
 *       or absent: true when applied)</td></tr>
 *   <tr><td>expert_fields</td><td>the fields of the experts who joined the case (专家参与),
 *       by code, separated by {@code ;}: {@code legal_consultation;psychology}; written once
 *       each in ascending order; empty or absent: none joined</td></tr>
 * </table>
 *
 * <p>Instants are ISO-8601: {@code 2022-03-01T08:00:00Z}, with an offset
 * ({@code 2022-03-01T16:00:00+08:00}) or local time in {@code Asia/Shanghai}
 * ({@code 2022-03-01 16:00:00}). An empty cell or a JSON null is an absent value. Columns
 * may come in any order; an unknown column is an error (a typo would silently count
 * nothing). Written instants are UTC ({@code Instant.toString()}).
 *
 * <pre>{@code
 * List<CaseFact> facts = CaseFactFormat.readCsv(reader);
 * CaseFactTable table = CaseFactFormat.readCsvTable(reader);   // streaming, for large files
 * String json = CaseFactFormat.toJson(facts);
 * }</pre>
 */
public final class CaseFactFormat {

  /** The columns, in the order written. */
  public static final List<String> COLUMNS = List.of("case_id", "type", "category",
      "division", "grid", "department", "registered_at", "accepted_at", "due_at",
      "concluded_at", "closed_at", "resolved", "judicial_confirmation", "rating", "solved",
      "responded", "followed_up", "reopened", "returned", "escalated", "repeat", "litigated",
      "person_visits", "judicial_confirmation_status", "confirmation_in_window",
      "expert_fields");

  /** The columns every fact has: a file without one of them is refused. */
  public static final List<String> REQUIRED = List.of("case_id", "type", "category",
      "division", "registered_at");
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private CaseFactFormat() {
  }

  /**
   * Reads CSV rows into facts.
   *
   * @param csv the text, header line first
   * @return the facts
   * @throws InvalidValueException {@code metrics.row} naming the line and column, for any
   *     malformed input (a bad value, a wrong field count, an unclosed quote, text the
   *     reader cannot decode); quoted values have their long digit runs masked
   * @throws UncheckedIOException  if the reader fails
   */
  public static List<CaseFact> readCsv(Reader csv) {
    List<CaseFact> out = new ArrayList<>();
    readCsv(csv, out::add);
    return out;
  }

  /**
   * Reads CSV rows straight into a columnar table, without keeping the facts.
   *
   * @param csv the text, header line first
   * @return the table
   * @throws InvalidValueException {@code metrics.row} naming the line and column, as
   *     {@link #readCsv(Reader)}
   * @throws UncheckedIOException  if the reader fails
   */
  public static CaseFactTable readCsvTable(Reader csv) {
    CaseFactTable.Builder b = CaseFactTable.builder(1024);
    CaseFactTable.Row row = b.row();
    readCsvCells(csv, cells -> tableRow(cells, row));
    return b.build();
  }

  /**
   * Reads CSV rows and hands each fact to a consumer.
   *
   * @param csv  the text, header line first
   * @param sink receives each fact, in order
   * @throws InvalidValueException {@code metrics.row} naming the line and column, as
   *     {@link #readCsv(Reader)} (what the sink throws passes through unchanged)
   * @throws UncheckedIOException  if the reader fails
   */
  public static void readCsv(Reader csv, Consumer<CaseFact> sink) {
    readCsvCells(csv, cells -> sink.accept(checkedFact(cells)));
  }

  /** Reads each record into one reused array of cells, indexed as {@link #COLUMNS}. */
  private static void readCsvCells(Reader csv, Consumer<Cells> sink) {
    try {
      Csv in = new Csv(csv);
      List<String> header = in.record();
      if (header == null) {
        return;
      }
      Map<String, Integer> index = header(header);
      int[] at = new int[COLUMNS.size()];
      for (int k = 0; k < at.length; k++) {
        at[k] = index.getOrDefault(COLUMNS.get(k), -1);
      }
      Cells cells = new Cells();
      for (List<String> rec = in.record(); rec != null; rec = in.record()) {
        int line = in.line();
        if (rec.size() == 1 && rec.get(0).isEmpty()) {
          continue; // blank line
        }
        if (rec.size() != header.size()) {
          throw new InvalidValueException(MetricErrors.ROW, line, "*",
              "expected " + header.size() + " fields, got " + rec.size());
        }
        cells.row = line;
        for (int k = 0; k < at.length; k++) {
          cells.values[k] = at[k] < 0 ? null : rec.get(at[k]);
        }
        sink.accept(cells);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, Integer> header(List<String> header) {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      String name = header.get(i).strip();
      if (i == 0 && name.startsWith("\uFEFF")) {
        name = name.substring(1);
      }
      if (!COLUMNS.contains(name)) {
        throw new InvalidValueException(MetricErrors.ROW, 1, quote(name), "unknown column");
      }
      if (index.put(name, i) != null) {
        throw new InvalidValueException(MetricErrors.ROW, 1, quote(name), "column given twice");
      }
    }
    for (String r : REQUIRED) {
      if (!index.containsKey(r)) {
        throw new InvalidValueException(MetricErrors.ROW, 1, r, "required column missing");
      }
    }
    return index;
  }

  /**
   * Writes facts as CSV with every column.
   *
   * @param facts the facts
   * @param out   where to write
   * @throws IOException if writing fails
   */
  public static void writeCsv(Collection<CaseFact> facts, Appendable out) throws IOException {
    Csv.write(out, COLUMNS);
    for (CaseFact f : facts) {
      Map<String, String> cells = cells(f);
      List<String> rec = new ArrayList<>(COLUMNS.size());
      COLUMNS.forEach(c -> rec.add(cells.getOrDefault(c, "")));
      Csv.write(out, rec);
    }
  }

  /**
   * Facts as CSV text.
   *
   * @param facts the facts
   * @return the CSV
   */
  public static String toCsv(Collection<CaseFact> facts) {
    StringBuilder b = new StringBuilder();
    try {
      writeCsv(facts, b);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return b.toString();
  }

  /**
   * Reads a JSON array of fact objects.
   *
   * @param json the text
   * @return the facts
   * @throws InvalidValueException {@link MetricErrors#JSON_SYNTAX} naming the line, column
   *     and JSON Pointer if the text is not JSON (or nests deeper, or has longer numbers,
   *     than Jackson's default limits allow); {@code metrics.row} naming the element
   *     (1-based) and field for a value that is not a fact's
   * @throws UncheckedIOException  if the reader fails
   */
  public static List<CaseFact> readJson(Reader json) {
    List<CaseFact> out = new ArrayList<>();
    readJsonCells(json, cells -> out.add(checkedFact(cells)));
    return out;
  }

  /**
   * Reads a JSON array of case-fact objects straight into a columnar table, without a
   * {@link CaseFact} per element; the same rules and messages as {@link #readJson(Reader)}.
   *
   * @param json the document
   * @return the table
   * @throws InvalidValueException {@code metrics.json_syntax} for malformed JSON,
   *     {@code metrics.row} naming the element (1-based) and field of the first bad value
   */
  public static CaseFactTable readJsonTable(Reader json) {
    CaseFactTable.Builder b = CaseFactTable.builder(1024);
    CaseFactTable.Row row = b.row();
    readJsonCells(json, cells -> tableRow(cells, row));
    return b.build();
  }

  private static void readJsonCells(Reader json, Consumer<Cells> sink) {
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new InvalidValueException(MetricErrors.JSON_SYNTAX, MalformedJson.of(e));
    } catch (CharacterCodingException e) {
      throw new InvalidValueException(MetricErrors.JSON_SYNTAX,
          "not valid text in the reader's charset");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (root == null || !root.isArray()) {
      throw new InvalidValueException(MetricErrors.ROW, 0, "*", "expected a JSON array");
    }
    Cells cells = new Cells();
    int n = 0;
    for (JsonNode element : root) {
      n++;
      if (!element.isObject()) {
        throw new InvalidValueException(MetricErrors.ROW, n, "*", "expected an object");
      }
      java.util.Arrays.fill(cells.values, null);
      cells.row = n;
      for (Map.Entry<String, JsonNode> e : element.properties()) {
        Integer k = ORDINAL.get(e.getKey());
        if (k == null) {
          throw new InvalidValueException(MetricErrors.ROW, n, quote(e.getKey()),
              "unknown field");
        }
        JsonNode v = e.getValue();
        if (v.isContainerNode()) {
          throw new InvalidValueException(MetricErrors.ROW, n, e.getKey(),
              "expected a string, number or boolean");
        }
        cells.values[k] = v.isNull() ? "" : v.asText();
      }
      for (String r : REQUIRED) {
        if (cells.values[ORDINAL.get(r)] == null) {
          throw new InvalidValueException(MetricErrors.ROW, n, r, "required field missing");
        }
      }
      sink.accept(cells);
    }
  }

  /**
   * Facts as a JSON array; absent values are left out, flags are JSON booleans.
   *
   * @param facts the facts
   * @return the JSON text
   */
  public static String toJson(Collection<CaseFact> facts) {
    ArrayNode array = MAPPER.createArrayNode();
    for (CaseFact f : facts) {
      ObjectNode o = array.addObject();
      Map<String, String> cells = cells(f);
      for (String c : COLUMNS) {
        String v = cells.get(c);
        if (v == null || v.isEmpty()) {
          continue;
        }
        if (v.equals("true") || v.equals("false")) {
          o.put(c, Boolean.parseBoolean(v));
        } else if (c.equals("person_visits")) {
          o.put(c, Integer.parseInt(v));
        } else {
          o.put(c, v);
        }
      }
    }
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(array);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, String> cells(CaseFact f) {
    Subject what = f.subject();
    Timeline when = f.timeline();
    Handling how = f.handling();
    Outcome outcome = f.outcome();
    Map<String, String> m = new HashMap<>();
    m.put("case_id", what.id().value());
    m.put("type", what.type().name());
    m.put("category", what.category().code());
    m.put("division", what.division().value());
    what.grid().ifPresent(g -> m.put("grid", g.value()));
    how.department().ifPresent(d -> m.put("department", d));
    m.put("registered_at", when.registeredAt().toString());
    when.acceptedAt().ifPresent(v -> m.put("accepted_at", v.toString()));
    when.dueAt().ifPresent(v -> m.put("due_at", v.toString()));
    when.concludedAt().ifPresent(v -> m.put("concluded_at", v.toString()));
    when.closedAt().ifPresent(v -> m.put("closed_at", v.toString()));
    m.put("resolved", Boolean.toString(outcome.resolved()));
    m.put("judicial_confirmation", Boolean.toString(outcome.judicialConfirmation()));
    outcome.rating().ifPresent(v -> m.put("rating", v.name()));
    m.put("solved", Boolean.toString(outcome.solved()));
    m.put("responded", Boolean.toString(how.responded()));
    m.put("followed_up", Boolean.toString(outcome.followedUp()));
    m.put("reopened", Boolean.toString(how.reopened()));
    m.put("returned", Boolean.toString(how.returned()));
    m.put("escalated", Boolean.toString(how.escalated()));
    m.put("repeat", Boolean.toString(what.repeat()));
    m.put("litigated", Boolean.toString(outcome.litigated()));
    m.put("person_visits", Integer.toString(what.personVisits()));
    m.put("judicial_confirmation_status", outcome.confirmation().name());
    m.put("confirmation_in_window", Boolean.toString(outcome.confirmationInWindow()));
    if (!how.experts().isEmpty()) {
      m.put("expert_fields", String.join(";", how.experts()));
    }
    return m;
  }

  /**
   * Masks what may be personal data in a value quoted in a message: a broken file may have
   * an ID number or a phone in any column.
   */
  private static String quote(String value) {
    return MaskingPolicy.defaults().maskNumbersIn(value);
  }

  private static CaseFact checkedFact(Cells cells) {
    try {
      return fact(cells);
    } catch (InvalidValueException e) {
      throw e;
    } catch (RuntimeException e) {
      throw unreadable(cells.row, e);
    }
  }

  private static InvalidValueException unreadable(int row, RuntimeException e) {
    // A rule the parsing below forgot to check; the exception's own message may quote the
    // value, so only its kind is named.
    return new InvalidValueException(MetricErrors.ROW, row, "*",
        "cannot read the row (" + e.getClass().getSimpleName() + ")");
  }

  private static CaseFact fact(Cells c) {
    CaseFact.Builder b = CaseFact.builder(c.parse("case_id", CaseId::of),
        c.parse("type", CaseType::valueOf), c.parse("category", Categories::of),
        c.parse("division", DivisionCode::parse), c.instant("registered_at").orElseThrow());
    c.optional("grid").ifPresent(s -> b.grid(c.parse("grid", GridCode::parse)));
    c.optional("department").ifPresent(b::departmentId);
    c.instant("accepted_at").ifPresent(b::acceptedAt);
    c.instant("due_at").ifPresent(b::dueAt);
    c.instant("concluded_at").ifPresent(b::concludedAt);
    c.instant("closed_at").ifPresent(b::closedAt);
    c.optional("rating").ifPresent(s -> b.rating(c.parse("rating", Rating::valueOf)));
    // judicial_confirmation_status and confirmation_in_window came later: a file without
    // them reads as before (confirmed or not applied, a confirmation applied in time)
    Optional<JudicialConfirmation> status = c.optional("judicial_confirmation_status")
        .map(s -> c.parse("judicial_confirmation_status", JudicialConfirmation::valueOf));
    boolean confirmed = c.flag("judicial_confirmation");
    if (confirmed && status.isPresent() && status.get() != JudicialConfirmation.CONFIRMED) {
      throw new InvalidValueException(MetricErrors.ROW, c.row, "judicial_confirmation_status",
          status.get() + " contradicts judicial_confirmation true");
    }
    status.ifPresent(b::confirmation);
    if (confirmed) {
      b.judicialConfirmation(true);
    }
    c.optional("confirmation_in_window")
        .ifPresent(s -> b.confirmationInWindow(c.flag("confirmation_in_window")));
    b.resolved(c.flag("resolved"))
        .solved(c.flag("solved")).responded(c.flag("responded"))
        .followedUp(c.flag("followed_up")).reopened(c.flag("reopened"))
        .returned(c.flag("returned")).escalated(c.flag("escalated"))
        .repeat(c.flag("repeat")).litigated(c.flag("litigated"))
        .personVisits(c.optional("person_visits")
            .map(s -> c.parse("person_visits", Integer::parseInt)).orElse(1));
    c.optional("expert_fields").ifPresent(s -> b.experts(expertFields(c.row, s)));
    try {
      return b.build();
    } catch (InvalidValueException e) {
      throw new InvalidValueException(MetricErrors.ROW, c.row, "*", quote(e.getMessage()));
    }
  }

  /**
   * The columnar twin of {@link #fact(Cells)}: the same cells read in the same order with
   * the same checks, into the table's row instead of a fact (no fact, instant or optional
   * per row; codes are parsed once per distinct text by the row).
   */
  private static void tableRow(Cells c, CaseFactTable.Row row) {
    try {
      row.caseId(c.parse("case_id", CaseId::of).value());
      row.type(c.parse("type", CaseType::valueOf));
      c.set("category", row, CaseFactTable.Row::category);
      c.set("division", row, CaseFactTable.Row::division);
      if (c.seconds("registered_at") == FactRules.ABSENT) {
        throw new java.util.NoSuchElementException(); // as the fact's reader: no instant
      }
      row.registeredAt(c.second, c.nano);
      if (c.present("grid")) {
        c.set("grid", row, CaseFactTable.Row::grid);
      }
      if (c.present("department")) {
        row.department(c.stripped("department"));
      }
      if (c.seconds("accepted_at") != FactRules.ABSENT) {
        row.acceptedAt(c.second, c.nano);
      }
      if (c.seconds("due_at") != FactRules.ABSENT) {
        row.dueAt(c.second, c.nano);
      }
      if (c.seconds("concluded_at") != FactRules.ABSENT) {
        row.concludedAt(c.second, c.nano);
      }
      if (c.seconds("closed_at") != FactRules.ABSENT) {
        row.closedAt(c.second, c.nano);
      }
      if (c.present("rating")) {
        row.rating(c.parse("rating", Rating::valueOf));
      }
      // the confirmation columns in the fact reader's order, with its checks
      JudicialConfirmation status = c.present("judicial_confirmation_status")
          ? c.parse("judicial_confirmation_status", JudicialConfirmation::valueOf) : null;
      boolean confirmed = c.flag("judicial_confirmation");
      if (confirmed && status != null && status != JudicialConfirmation.CONFIRMED) {
        throw new InvalidValueException(MetricErrors.ROW, c.row, "judicial_confirmation_status",
            status + " contradicts judicial_confirmation true");
      }
      if (status != null) {
        row.confirmation(status);
      }
      if (confirmed) {
        row.judicialConfirmation(true);
      }
      if (c.present("confirmation_in_window")) {
        row.confirmationInWindow(c.flag("confirmation_in_window"));
      }
      row.resolved(c.flag("resolved"))
          .solved(c.flag("solved")).responded(c.flag("responded"))
          .followedUp(c.flag("followed_up")).reopened(c.flag("reopened"))
          .returned(c.flag("returned")).escalated(c.flag("escalated"))
          .repeat(c.flag("repeat")).litigated(c.flag("litigated"))
          .personVisits(c.present("person_visits")
              ? c.parse("person_visits", Integer::parseInt) : 1);
      if (c.present("expert_fields")) {
        row.experts(expertFields(c.row, c.stripped("expert_fields")));
      }
    } catch (InvalidValueException e) {
      row.clear();
      throw e;
    } catch (RuntimeException e) {
      row.clear();
      throw unreadable(c.row, e);
    }
    try {
      row.append();
    } catch (InvalidValueException e) {
      throw new InvalidValueException(MetricErrors.ROW, c.row, "*", quote(e.getMessage()));
    } catch (RuntimeException e) {
      throw unreadable(c.row, e);
    }
  }

  /** The codes of an {@code expert_fields} cell, the error naming the row. */
  private static List<String> expertFields(int row, String cell) {
    try {
      return expertFields(cell);
    } catch (InvalidValueException e) {
      throw new InvalidValueException(MetricErrors.ROW, row, "expert_fields",
          "an empty field code between separators");
    }
  }

  /**
   * The field codes of an {@code expert_fields} cell ({@code legal_consultation;psychology}),
   * as every reader of the format (CSV, JSON, Spark's) reads them.
   *
   * @param cell the cell, not blank
   * @return the codes in the cell's order
   * @throws InvalidValueException {@link MetricErrors#FACT} for an empty code between
   *     separators
   */
  public static List<String> expertFields(String cell) {
    List<String> codes = new ArrayList<>(2);
    for (String code : cell.split(";", -1)) {
      String c = code.strip();
      if (c.isEmpty()) {
        throw new InvalidValueException(MetricErrors.FACT, "expert_fields",
            "an empty field code between separators");
      }
      codes.add(c);
    }
    return codes;
  }

  private static final Map<String, Integer> ORDINAL = ordinals();

  private static Map<String, Integer> ordinals() {
    Map<String, Integer> m = new HashMap<>();
    for (int k = 0; k < COLUMNS.size(); k++) {
      m.put(COLUMNS.get(k), k);
    }
    return Map.copyOf(m);
  }

  /** One record's cells, indexed as {@link #COLUMNS} (null for a column not given). */
  private static final class Cells {
    final String[] values = new String[COLUMNS.size()];
    int row;
    /** The last instant read by {@link #seconds(String)}. */
    long second;
    int nano;

    private String raw(String column) {
      return values[ORDINAL.get(column)];
    }

    boolean present(String column) {
      String v = raw(column);
      return v != null && !v.isBlank();
    }

    String stripped(String column) {
      return raw(column).strip();
    }

    Optional<String> optional(String column) {
      return present(column) ? Optional.of(stripped(column)) : Optional.empty();
    }

    String required(String column) {
      if (!present(column)) {
        throw new InvalidValueException(MetricErrors.ROW, row, column,
            "required value missing");
      }
      return stripped(column);
    }

    <T> T parse(String column, java.util.function.Function<String, T> parser) {
      String v = required(column);
      try {
        return parser.apply(v);
      } catch (GovernanceException e) {
        throw new InvalidValueException(MetricErrors.ROW, row, column, quote(e.getMessage()));
      } catch (IllegalArgumentException e) {
        throw new InvalidValueException(MetricErrors.ROW, row, column, "cannot read '"
            + quote(v) + "'");
      }
    }

    /** Sets a code on the row with the error handling of {@link #parse}. */
    void set(String column, CaseFactTable.Row target,
        java.util.function.BiConsumer<CaseFactTable.Row, String> setter) {
      String v = required(column);
      try {
        setter.accept(target, v);
      } catch (GovernanceException e) {
        throw new InvalidValueException(MetricErrors.ROW, row, column, quote(e.getMessage()));
      } catch (IllegalArgumentException e) {
        throw new InvalidValueException(MetricErrors.ROW, row, column, "cannot read '"
            + quote(v) + "'");
      }
    }

    boolean flag(String column) {
      if (!present(column)) {
        return false;
      }
      String v = stripped(column);
      if (v.equals("true") || v.equals("1")) {
        return true;
      }
      if (v.equals("false") || v.equals("0")) {
        return false;
      }
      String lower = v.toLowerCase(java.util.Locale.ROOT);
      return switch (lower) {
        case "true", "1" -> true;
        case "false", "0" -> false;
        default -> throw new InvalidValueException(MetricErrors.ROW, row, column,
            "expected true or false, got '" + quote(lower) + "'");
      };
    }

    Optional<Instant> instant(String column) {
      if (seconds(column) == FactRules.ABSENT) {
        return Optional.empty();
      }
      return Optional.of(Instant.ofEpochSecond(second, nano));
    }

    /**
     * Reads an instant into {@link #second} and {@link #nano}: the usual forms without
     * objects, any other through {@code java.time}; {@link FactRules#ABSENT} when blank.
     */
    long seconds(String column) {
      if (!present(column)) {
        second = FactRules.ABSENT;
        nano = 0;
        return second;
      }
      String v = stripped(column);
      if (IsoInstants.read(v, this)) {
        return second;
      }
      Instant at = slowInstant(column, v);
      second = at.getEpochSecond();
      nano = at.getNano();
      return second;
    }

    private Instant slowInstant(String column, String value) {
      String s = value.replace(' ', 'T');
      try {
        return Instant.parse(s);
      } catch (DateTimeParseException notUtc) {
        try {
          return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException noOffset) {
          try {
            return LocalDateTime.parse(s).atZone(WorkCalendar.ZONE).toInstant();
          } catch (DateTimeParseException e) {
            throw new InvalidValueException(MetricErrors.ROW, row, column,
                "not an ISO-8601 instant: '" + quote(value) + "'");
          }
        }
      }
    }
  }

  /**
   * The common ISO-8601 forms read without {@code java.time}'s parser objects:
   * {@code yyyy-MM-dd[T| ]HH:mm:ss[.f…]} followed by {@code Z}, {@code +HH:MM} or
   * {@code -HH:MM}, or by nothing (local time in Asia/Shanghai, UTC+8 without daylight
   * saving from 1992). Anything else, or any field out of range, is left to
   * {@code java.time}, so the values read are exactly the ones it would read.
   */
  static final class IsoInstants {
    private IsoInstants() {
    }

    private static int digits(String s, int from, int count) {
      int v = 0;
      for (int i = from; i < from + count; i++) {
        char ch = s.charAt(i);
        if (ch < '0' || ch > '9') {
          return -1;
        }
        v = v * 10 + (ch - '0');
      }
      return v;
    }

    private static boolean leap(int year) {
      return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    }

    private static int lengthOfMonth(int year, int month) {
      return switch (month) {
        case 2 -> leap(year) ? 29 : 28;
        case 4, 6, 9, 11 -> 30;
        default -> 31;
      };
    }

    /** Days since 1970-01-01 of a proleptic Gregorian date (the civil-from-days inverse). */
    static long epochDay(int year, int month, int day) {
      int y = month <= 2 ? year - 1 : year;
      int era = y / 400; // years here are positive
      int yoe = y - era * 400;
      int mp = (month + 9) % 12;
      int doy = (153 * mp + 2) / 5 + day - 1;
      int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
      return era * 146_097L + doe - 719_468L;
    }

    /** The instant of the usual forms, empty for any other (left to {@code java.time}). */
    static Optional<Instant> read(String s) {
      Cells c = new Cells();
      return read(s, c) ? Optional.of(Instant.ofEpochSecond(c.second, c.nano))
          : Optional.empty();
    }

    static boolean read(String s, Cells out) {
      int n = s.length();
      if (n < 19 || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(13) != ':'
          || s.charAt(16) != ':' || (s.charAt(10) != 'T' && s.charAt(10) != ' ')) {
        return false;
      }
      int year = digits(s, 0, 4);
      int month = digits(s, 5, 2);
      int day = digits(s, 8, 2);
      int hour = digits(s, 11, 2);
      int minute = digits(s, 14, 2);
      int sec = digits(s, 17, 2);
      if (year < 1993 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23
          || minute < 0 || minute > 59 || sec < 0 || sec > 59
          || day > lengthOfMonth(year, month)) {
        return false;
      }
      int i = 19;
      int nanos = 0;
      if (i < n && s.charAt(i) == '.') {
        int start = ++i;
        while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
          i++;
        }
        int count = i - start;
        if (count < 1 || count > 9) {
          return false;
        }
        nanos = digits(s, start, count);
        for (int k = count; k < 9; k++) {
          nanos *= 10;
        }
      }
      int offset;
      if (i == n) {
        offset = 8 * 3600;
      } else if (s.charAt(i) == 'Z' && i + 1 == n) {
        offset = 0;
      } else if ((s.charAt(i) == '+' || s.charAt(i) == '-') && i + 6 == n
          && s.charAt(i + 3) == ':') {
        int oh = digits(s, i + 1, 2);
        int om = digits(s, i + 4, 2);
        if (oh < 0 || oh > 17 || om < 0 || om > 59) {
          return false;
        }
        offset = (oh * 3600 + om * 60) * (s.charAt(i) == '-' ? -1 : 1);
      } else {
        return false;
      }
      long days = epochDay(year, month, day);
      out.second = days * 86_400L + hour * 3600L + minute * 60L + sec - offset;
      out.nano = nanos;
      return true;
    }
  }
}
