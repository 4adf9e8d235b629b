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
      "person_visits", "judicial_confirmation_status", "confirmation_in_window");

  private static final List<String> REQUIRED = List.of("case_id", "type", "category",
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
    readCsv(csv, b::add);
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
    try {
      Csv in = new Csv(csv);
      List<String> header = in.record();
      if (header == null) {
        return;
      }
      Map<String, Integer> index = header(header);
      for (List<String> rec = in.record(); rec != null; rec = in.record()) {
        int line = in.line();
        if (rec.size() == 1 && rec.get(0).isEmpty()) {
          continue; // blank line
        }
        if (rec.size() != header.size()) {
          throw new InvalidValueException(MetricErrors.ROW, line, "*",
              "expected " + header.size() + " fields, got " + rec.size());
        }
        Map<String, String> cells = new HashMap<>();
        for (Map.Entry<String, Integer> e : index.entrySet()) {
          cells.put(e.getKey(), rec.get(e.getValue()));
        }
        sink.accept(checkedFact(line, cells));
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
    List<CaseFact> out = new ArrayList<>();
    int n = 0;
    for (JsonNode element : root) {
      n++;
      if (!element.isObject()) {
        throw new InvalidValueException(MetricErrors.ROW, n, "*", "expected an object");
      }
      Map<String, String> cells = new HashMap<>();
      for (Map.Entry<String, JsonNode> e : element.properties()) {
        if (!COLUMNS.contains(e.getKey())) {
          throw new InvalidValueException(MetricErrors.ROW, n, quote(e.getKey()),
              "unknown field");
        }
        JsonNode v = e.getValue();
        if (v.isContainerNode()) {
          throw new InvalidValueException(MetricErrors.ROW, n, e.getKey(),
              "expected a string, number or boolean");
        }
        cells.put(e.getKey(), v.isNull() ? "" : v.asText());
      }
      for (String r : REQUIRED) {
        if (!cells.containsKey(r)) {
          throw new InvalidValueException(MetricErrors.ROW, n, r, "required field missing");
        }
      }
      out.add(checkedFact(n, cells));
    }
    return out;
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
    return m;
  }

  /**
   * Masks what may be personal data in a value quoted in a message: a broken file may have
   * an ID number or a phone in any column.
   */
  private static String quote(String value) {
    return MaskingPolicy.defaults().maskNumbersIn(value);
  }

  /** A fact from one row's cells; whatever goes wrong is the row's error. */
  private static CaseFact checkedFact(int row, Map<String, String> cells) {
    try {
      return fact(row, cells);
    } catch (InvalidValueException e) {
      throw e;
    } catch (RuntimeException e) {
      // A rule the parsing below forgot to check; the exception's own message may quote the
      // value, so only its kind is named.
      throw new InvalidValueException(MetricErrors.ROW, row, "*",
          "cannot read the row (" + e.getClass().getSimpleName() + ")");
    }
  }

  private static CaseFact fact(int row, Map<String, String> cells) {
    Cells c = new Cells(row, cells);
    CaseFact.Builder b = CaseFact.builder(c.parse("case_id", CaseId::of),
        c.parse("type", s -> CaseType.valueOf(s)), c.parse("category", Categories::of),
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
      throw new InvalidValueException(MetricErrors.ROW, row, "judicial_confirmation_status",
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
    try {
      return b.build();
    } catch (InvalidValueException e) {
      throw new InvalidValueException(MetricErrors.ROW, row, "*", quote(e.getMessage()));
    }
  }

  /** One row's cells with parsing that names the row and column on failure. */
  private record Cells(int row, Map<String, String> cells) {

    Optional<String> optional(String column) {
      String v = cells.get(column);
      return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.strip());
    }

    String required(String column) {
      return optional(column).orElseThrow(() ->
          new InvalidValueException(MetricErrors.ROW, row, column, "required value missing"));
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

    boolean flag(String column) {
      String v = optional(column).orElse("false").toLowerCase(java.util.Locale.ROOT);
      return switch (v) {
        case "true", "1" -> true;
        case "false", "0" -> false;
        default -> throw new InvalidValueException(MetricErrors.ROW, row, column,
            "expected true or false, got '" + quote(v) + "'");
      };
    }

    Optional<Instant> instant(String column) {
      Optional<String> v = optional(column);
      if (v.isEmpty()) {
        return Optional.empty();
      }
      String s = v.get().replace(' ', 'T');
      try {
        return Optional.of(Instant.parse(s));
      } catch (DateTimeParseException notUtc) {
        try {
          return Optional.of(OffsetDateTime.parse(s).toInstant());
        } catch (DateTimeParseException noOffset) {
          try {
            return Optional.of(LocalDateTime.parse(s).atZone(WorkCalendar.ZONE).toInstant());
          } catch (DateTimeParseException e) {
            throw new InvalidValueException(MetricErrors.ROW, row, column,
                "not an ISO-8601 instant: '" + quote(v.get()) + "'");
          }
        }
      }
    }
  }
}
