package io.github.shiyu.governance.spark.internal;

import io.github.shiyu.governance.cases.CaseId;
import io.github.shiyu.governance.cases.CaseType;
import io.github.shiyu.governance.cases.Rating;
import io.github.shiyu.governance.core.GovernanceException;
import io.github.shiyu.governance.core.InvalidValueException;
import io.github.shiyu.governance.core.category.CaseCategory;
import io.github.shiyu.governance.core.category.CategoryTaxonomy;
import io.github.shiyu.governance.core.division.DivisionCode;
import io.github.shiyu.governance.core.grid.GridCode;
import io.github.shiyu.governance.core.party.MaskingPolicy;
import io.github.shiyu.governance.core.time.WorkCalendar;
import io.github.shiyu.governance.metrics.fact.CaseFact;
import io.github.shiyu.governance.metrics.fact.CaseFactFormat;
import io.github.shiyu.governance.metrics.fact.JudicialConfirmation;
import io.github.shiyu.governance.spark.SparkErrors;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Reads Spark rows as case facts, by column name, with {@link CaseFactFormat}'s rules: text
 * columns as that format reads them (instants in ISO-8601 with Z, an offset, or local time
 * in Asia/Shanghai; flags true/false/1/0, empty false; person-visits empty 1; the judicial
 * confirmation status and window as the format reads them, absent or present), typed columns
 * (timestamps, booleans, integers) as they are. One reader per partition: it remembers the
 * divisions, grids and categories it has parsed, which repeat from row to row.
 */
public final class FactRows {

  private static final CategoryTaxonomy STANDARD = CategoryTaxonomy.standard();

  private final int partition;
  private final int caseId;
  private final int type;
  private final int category;
  private final int division;
  private final int grid;
  private final int department;
  private final int registered;
  private final int accepted;
  private final int due;
  private final int concluded;
  private final int closed;
  private final int rating;
  private final int visits;
  private final int status;
  private final int inWindow;
  private final int[] flags;
  private final Map<String, DivisionCode> divisions = new HashMap<>();
  private final Map<String, GridCode> grids = new HashMap<>();
  private final Map<String, CaseCategory> categories = new HashMap<>();
  private long row;

  private static final List<String> FLAGS = List.of("resolved", "judicial_confirmation",
      "solved", "responded", "followed_up", "reopened", "returned", "escalated", "repeat",
      "litigated");
  private static final List<String> REQUIRED = FactColumns.REQUIRED;

  /**
   * A reader of rows of a schema.
   *
   * @param schema    the rows' schema
   * @param partition the partition, named in errors
   * @throws InvalidValueException {@code spark.schema} for a column the format does not
   *     know or a required one missing
   */
  public FactRows(StructType schema, int partition) {
    check(schema);
    this.partition = partition;
    List<String> names = List.of(schema.fieldNames());
    Set<String> read = new HashSet<>();
    ToIntFunction<String> index = name -> {
      read.add(name);
      return names.indexOf(name);
    };
    this.caseId = index.applyAsInt("case_id");
    this.type = index.applyAsInt("type");
    this.category = index.applyAsInt("category");
    this.division = index.applyAsInt("division");
    this.registered = index.applyAsInt("registered_at");
    this.grid = index.applyAsInt("grid");
    this.department = index.applyAsInt("department");
    this.accepted = index.applyAsInt("accepted_at");
    this.due = index.applyAsInt("due_at");
    this.concluded = index.applyAsInt("concluded_at");
    this.closed = index.applyAsInt("closed_at");
    this.rating = index.applyAsInt("rating");
    this.visits = index.applyAsInt("person_visits");
    this.status = index.applyAsInt("judicial_confirmation_status");
    this.inWindow = index.applyAsInt("confirmation_in_window");
    this.flags = FLAGS.stream().mapToInt(index).toArray();
    // a column the format gains must be read here too, or it would count as absent
    for (String c : CaseFactFormat.COLUMNS) {
      if (!read.contains(c)) {
        throw FactColumns.unmapped(c);
      }
    }
  }

  /**
   * Checks that a schema's columns are case-fact columns, the required ones included.
   *
   * @param schema the schema
   * @throws InvalidValueException {@code spark.schema} naming the columns at fault
   */
  public static void check(StructType schema) {
    List<String> names = new ArrayList<>();
    for (StructField f : schema.fields()) {
      names.add(f.name());
    }
    List<String> unknown = names.stream().filter(n -> !CaseFactFormat.COLUMNS.contains(n))
        .toList();
    if (!unknown.isEmpty()) {
      throw new InvalidValueException(SparkErrors.SCHEMA, "unknown column(s) "
          + unknown.stream().map(FactRows::quote).toList());
    }
    List<String> missing = REQUIRED.stream().filter(r -> !names.contains(r)).toList();
    if (!missing.isEmpty()) {
      throw new InvalidValueException(SparkErrors.SCHEMA, "required column(s) missing "
          + missing);
    }
  }

  /**
   * The fact of a row.
   *
   * @param r the row
   * @return the fact
   * @throws InvalidValueException {@code spark.row} naming the partition, the row (0-based,
   *     in the partition) and the column
   */
  public CaseFact fact(Row r) {
    long at = row++;
    CaseFact.Builder b = CaseFact.builder(
        parse(r, caseId, at, "case_id", CaseId::of),
        parse(r, type, at, "type", CaseType::valueOf),
        parse(r, category, at, "category", this::category),
        parse(r, division, at, "division", this::division),
        instant(r, registered, at, "registered_at"));
    if (grid >= 0 && text(r, grid) != null) {
      b.grid(parse(r, grid, at, "grid", this::grid));
    }
    if (department >= 0) {
      String d = text(r, department);
      if (d != null) {
        b.departmentId(d);
      }
    }
    if (accepted >= 0 && !r.isNullAt(accepted)) {
      Instant v = instant(r, accepted, at, "accepted_at");
      if (v != null) {
        b.acceptedAt(v);
      }
    }
    if (due >= 0 && !r.isNullAt(due)) {
      Instant v = instant(r, due, at, "due_at");
      if (v != null) {
        b.dueAt(v);
      }
    }
    if (concluded >= 0 && !r.isNullAt(concluded)) {
      Instant v = instant(r, concluded, at, "concluded_at");
      if (v != null) {
        b.concludedAt(v);
      }
    }
    if (closed >= 0 && !r.isNullAt(closed)) {
      Instant v = instant(r, closed, at, "closed_at");
      if (v != null) {
        b.closedAt(v);
      }
    }
    if (rating >= 0 && text(r, rating) != null) {
      b.rating(parse(r, rating, at, "rating", Rating::valueOf));
    }
    // the confirmation columns in CaseFactFormat's order, with its checks: absent, they
    // read as files written before they existed (confirmed or not applied, in time)
    JudicialConfirmation confirmation = status >= 0 && text(r, status) != null
        ? parse(r, status, at, "judicial_confirmation_status", JudicialConfirmation::valueOf)
        : null;
    boolean confirmed = flag(r, flags[1], at, FLAGS.get(1));
    if (confirmed && confirmation != null && confirmation != JudicialConfirmation.CONFIRMED) {
      throw fail(at, "judicial_confirmation_status",
          confirmation + " contradicts judicial_confirmation true");
    }
    if (confirmation != null) {
      b.confirmation(confirmation);
    }
    if (confirmed) {
      b.judicialConfirmation(true);
    }
    if (inWindow >= 0 && present(r, inWindow)) {
      b.confirmationInWindow(flag(r, inWindow, at, "confirmation_in_window"));
    }
    b.resolved(flag(r, flags[0], at, FLAGS.get(0)))
        .solved(flag(r, flags[2], at, FLAGS.get(2)))
        .responded(flag(r, flags[3], at, FLAGS.get(3)))
        .followedUp(flag(r, flags[4], at, FLAGS.get(4)))
        .reopened(flag(r, flags[5], at, FLAGS.get(5)))
        .returned(flag(r, flags[6], at, FLAGS.get(6)))
        .escalated(flag(r, flags[7], at, FLAGS.get(7)))
        .repeat(flag(r, flags[8], at, FLAGS.get(8)))
        .litigated(flag(r, flags[9], at, FLAGS.get(9)))
        .personVisits(visits(r, at));
    try {
      return b.build();
    } catch (InvalidValueException e) {
      throw fail(at, "*", quote(e.getMessage()));
    }
  }

  private DivisionCode division(String text) {
    DivisionCode d = divisions.get(text);
    if (d == null) {
      d = DivisionCode.parse(text);
      divisions.put(text, d);
    }
    return d;
  }

  private GridCode grid(String text) {
    GridCode g = grids.get(text);
    if (g == null) {
      g = GridCode.parse(text);
      grids.put(text, g);
    }
    return g;
  }

  // the metrics module's reading of a category code: the standard one, or one named by it
  private CaseCategory category(String code) {
    CaseCategory c = categories.get(code);
    if (c == null) {
      c = STANDARD.find(code).orElseGet(() -> CaseCategory.of(code, code, code));
      categories.put(code, c);
    }
    return c;
  }

  // a typed value, or text that is not blank
  private static boolean present(Row r, int i) {
    return !r.isNullAt(i) && (!(r.get(i) instanceof String t) || !t.isBlank());
  }

  private static String text(Row r, int i) {
    if (r.isNullAt(i)) {
      return null;
    }
    Object v = r.get(i);
    String s = v instanceof String t ? t : v.toString();
    return s.isBlank() ? null : s.strip();
  }

  private <T> T parse(Row r, int i, long at, String column, Function<String, T> parser) {
    String v = text(r, i);
    if (v == null) {
      throw fail(at, column, "required value missing");
    }
    try {
      return parser.apply(v);
    } catch (GovernanceException e) {
      throw fail(at, column, quote(e.getMessage()));
    } catch (IllegalArgumentException e) {
      throw fail(at, column, "cannot read '" + quote(v) + "'");
    }
  }

  private Instant instant(Row r, int i, long at, String column) {
    if (r.isNullAt(i)) {
      if (column.equals("registered_at")) {
        throw fail(at, column, "required value missing");
      }
      return null;
    }
    Object v = r.get(i);
    if (v instanceof Timestamp t) {
      return t.toInstant();
    }
    if (v instanceof Instant t) {
      return t;
    }
    if (v instanceof LocalDateTime t) {
      return t.atZone(WorkCalendar.ZONE).toInstant();
    }
    String s = text(r, i);
    if (s == null) {
      if (column.equals("registered_at")) {
        throw fail(at, column, "required value missing");
      }
      return null;
    }
    String iso = s.replace(' ', 'T');
    try {
      return Instant.parse(iso);
    } catch (DateTimeParseException notUtc) {
      try {
        return OffsetDateTime.parse(iso).toInstant();
      } catch (DateTimeParseException noOffset) {
        try {
          return LocalDateTime.parse(iso).atZone(WorkCalendar.ZONE).toInstant();
        } catch (DateTimeParseException e) {
          throw fail(at, column, "not an ISO-8601 instant: '" + quote(s) + "'");
        }
      }
    }
  }

  private boolean flag(Row r, int i, long at, String column) {
    if (i < 0 || r.isNullAt(i)) {
      return false;
    }
    Object v = r.get(i);
    if (v instanceof Boolean b) {
      return b;
    }
    if (v instanceof Number n && (n.longValue() == 0 || n.longValue() == 1)) {
      return n.longValue() == 1;
    }
    String s = text(r, i);
    String lower = s == null ? "false" : s.toLowerCase(Locale.ROOT);
    return switch (lower) {
      case "true", "1" -> true;
      case "false", "0" -> false;
      default -> throw fail(at, column, "expected true or false, got '" + quote(lower) + "'");
    };
  }

  private int visits(Row r, long at) {
    if (visits < 0 || r.isNullAt(visits)) {
      return 1;
    }
    Object v = r.get(visits);
    if (v instanceof Integer n) {
      return n;
    }
    if (v instanceof Long n && n == n.intValue()) {
      return n.intValue();
    }
    String s = text(r, visits);
    if (s == null) {
      return 1;
    }
    try {
      return Integer.parseInt(s);
    } catch (NumberFormatException e) {
      throw fail(at, "person_visits", "cannot read '" + quote(s) + "'");
    }
  }

  private InvalidValueException fail(long at, String column, String why) {
    return new InvalidValueException(SparkErrors.ROW, partition, at, column, why);
  }

  private static String quote(String value) {
    return MaskingPolicy.defaults().maskNumbersIn(value);
  }
}
