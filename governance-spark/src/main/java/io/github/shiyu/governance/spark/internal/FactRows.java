package io.github.shiyu.governance.spark.internal;

import io.github.shiyu.governance.cases.CaseId;
import io.github.shiyu.governance.cases.CaseType;
import io.github.shiyu.governance.cases.Rating;
import io.github.shiyu.governance.core.GovernanceException;
import io.github.shiyu.governance.core.InvalidValueException;
import io.github.shiyu.governance.core.division.DivisionCode;
import io.github.shiyu.governance.core.grid.GridCode;
import io.github.shiyu.governance.core.party.MaskingPolicy;
import io.github.shiyu.governance.core.time.WorkCalendar;
import io.github.shiyu.governance.metrics.fact.CaseFactFormat;
import io.github.shiyu.governance.metrics.fact.CaseFactTable;
import io.github.shiyu.governance.metrics.fact.JudicialConfirmation;
import io.github.shiyu.governance.spark.SparkErrors;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.types.BooleanType;
import org.apache.spark.sql.types.ByteType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.IntegerType;
import org.apache.spark.sql.types.LongType;
import org.apache.spark.sql.types.ShortType;
import org.apache.spark.sql.types.StringType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.types.TimestampNTZType;
import org.apache.spark.sql.types.TimestampType;
import org.apache.spark.unsafe.types.UTF8String;

/**
 * Reads Spark's internal rows straight into a {@link CaseFactTable.Row}, by column name, with
 * {@link CaseFactFormat}'s rules and in its table reader's order: text columns as that format
 * reads them (instants in ISO-8601 with Z, an offset, or local time in Asia/Shanghai; flags
 * true/false/1/0, empty false; person-visits empty 1; the judicial confirmation status and
 * window absent or present), typed columns (timestamps, booleans, integers) as they are. No
 * object per row: codes are parsed once per distinct text (kept by their bytes), timestamps
 * are read as microseconds, a case id of printable ASCII is checked on its bytes, and the
 * table row checks the rules a fact checks. One reader per partition.
 */
public final class FactRows {

  private static final List<String> FLAGS = List.of("resolved", "judicial_confirmation",
      "solved", "responded", "followed_up", "reopened", "returned", "escalated", "repeat",
      "litigated");
  private static final List<String> INSTANTS = List.of("registered_at", "accepted_at",
      "due_at", "concluded_at", "closed_at");
  private static final long ABSENT = Long.MIN_VALUE;
  /** A cached text that is blank: the value is absent. */
  private static final Object BLANK = new Object();
  /** Distinct texts kept per column before the cache starts over. */
  private static final int CACHE_LIMIT = 1 << 18;

  /** How a column's values are held. */
  private enum Kind { TEXT, BOOLEAN, INTEGRAL, DECIMAL, TIMESTAMP, LOCAL_TIMESTAMP }

  private final int partition;
  private final StructType schema;
  private final Kind[] kinds;
  private final int caseId;
  private final int type;
  private final int category;
  private final int division;
  private final int grid;
  private final int department;
  private final int experts;
  private final int[] instants;
  private final int rating;
  private final int visits;
  private final int status;
  private final int inWindow;
  private final int[] flags;
  private final Map<UTF8String, Object> types = new HashMap<>();
  private final Map<UTF8String, Object> categories = new HashMap<>();
  private final Map<UTF8String, Object> divisions = new HashMap<>();
  private final Map<UTF8String, Object> grids = new HashMap<>();
  private final Map<UTF8String, Object> departments = new HashMap<>();
  private final Map<UTF8String, Object> expertFields = new HashMap<>();
  private final Map<UTF8String, Object> ratings = new HashMap<>();
  private final Map<UTF8String, Object> statuses = new HashMap<>();
  private final Map<UTF8String, Object> flagTexts = new HashMap<>();
  private long row;
  // the instant read last, and the span of the row appended last
  private long second;
  private int nano;
  private long registeredSecond;
  private long lastEventSecond;

  /**
   * A reader of rows of a schema.
   *
   * @param schema    the rows' schema
   * @param partition the partition, named in errors
   * @throws InvalidValueException {@code spark.schema} for a column the format does not
   *     know, a required one missing, or a column of a type that cannot hold its values
   */
  public FactRows(StructType schema, int partition) {
    check(schema);
    this.partition = partition;
    this.schema = schema;
    List<String> names = List.of(schema.fieldNames());
    this.kinds = new Kind[names.size()];
    for (int i = 0; i < kinds.length; i++) {
      kinds[i] = kind(schema.fields()[i]);
    }
    Set<String> read = new HashSet<>();
    Function<String, Integer> index = name -> {
      read.add(name);
      return names.indexOf(name);
    };
    this.caseId = index.apply("case_id");
    this.type = index.apply("type");
    this.category = index.apply("category");
    this.division = index.apply("division");
    this.grid = index.apply("grid");
    this.department = index.apply("department");
    this.instants = INSTANTS.stream().mapToInt(index::apply).toArray();
    this.rating = index.apply("rating");
    this.visits = index.apply("person_visits");
    this.status = index.apply("judicial_confirmation_status");
    this.inWindow = index.apply("confirmation_in_window");
    this.experts = index.apply("expert_fields");
    this.flags = FLAGS.stream().mapToInt(index::apply).toArray();
    // a column the format gains must be read here too, or it would count as absent
    for (String c : CaseFactFormat.COLUMNS) {
      if (!read.contains(c)) {
        throw FactColumns.unmapped(c);
      }
    }
  }

  /**
   * Checks that a schema's columns are case-fact columns, the required ones included, each
   * of a type that can hold its values: text, or a timestamp for an instant, a boolean or an
   * integer for a flag, an integer for person-visits (decimals where integers are).
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
    List<String> missing = CaseFactFormat.REQUIRED.stream().filter(r -> !names.contains(r))
        .toList();
    if (!missing.isEmpty()) {
      throw new InvalidValueException(SparkErrors.SCHEMA, "required column(s) missing "
          + missing);
    }
    for (StructField f : schema.fields()) {
      kind(f);
    }
  }

  private static Kind kind(StructField f) {
    DataType t = f.dataType();
    Kind k = t instanceof StringType ? Kind.TEXT
        : t instanceof BooleanType ? Kind.BOOLEAN
        : t instanceof IntegerType || t instanceof LongType || t instanceof ShortType
            || t instanceof ByteType ? Kind.INTEGRAL
        : t instanceof DecimalType ? Kind.DECIMAL
        : t instanceof TimestampType ? Kind.TIMESTAMP
        : t instanceof TimestampNTZType ? Kind.LOCAL_TIMESTAMP : null;
    boolean instant = INSTANTS.contains(f.name());
    boolean ok = k == Kind.TEXT || (instant
        ? k == Kind.TIMESTAMP || k == Kind.LOCAL_TIMESTAMP
        : k != null && k != Kind.TIMESTAMP && k != Kind.LOCAL_TIMESTAMP);
    if (!ok) {
      throw new InvalidValueException(SparkErrors.SCHEMA, "column " + f.name()
          + " of type " + t.simpleString() + " cannot hold "
          + (instant ? "an instant (text or a timestamp)" : "its values (text"
              + (FLAGS.contains(f.name()) || f.name().equals("confirmation_in_window")
                  ? ", a boolean or 0/1" : f.name().equals("person_visits") ? " or an integer"
                  : "") + ")"));
    }
    return k;
  }

  /**
   * Reads a row into the table's row and appends it; the row is cleared either way.
   *
   * @param r    the row
   * @param into the table's row
   * @throws InvalidValueException {@code spark.row} naming the partition, the row (0-based,
   *     in the partition) and the column
   */
  public void append(InternalRow r, CaseFactTable.Row into) {
    long at = row++;
    try {
      read(r, into, at, false);
    } catch (RuntimeException e) {
      into.clear();
      throw e;
    }
    try {
      into.append();
    } catch (InvalidValueException e) {
      // the rules name the case: read the row again with its id for the message
      into.clear();
      read(r, into, at, true);
      try {
        into.append();
      } catch (InvalidValueException named) {
        throw fail(at, "*", quote(named.getMessage()));
      }
      throw fail(at, "*", quote(e.getMessage()));
    }
  }

  /** The first instant (epoch second) of the row appended last: its registration. */
  public long registeredSecond() {
    return registeredSecond;
  }

  /** The last instant (epoch second) of the row appended last: registered, due, concluded or closed. */
  public long lastEventSecond() {
    return lastEventSecond;
  }

  private void read(InternalRow r, CaseFactTable.Row into, long at, boolean withId) {
    String id = caseId(r, at, withId);
    if (id != null) {
      into.caseId(id);
    }
    into.type(required((CaseType) code(r, type, types, at, "type", CaseType::valueOf), at,
        "type"));
    String c = required((String) code(r, category, categories, at, "category", s -> s), at,
        "category");
    try {
      into.category(c);
    } catch (GovernanceException e) {
      throw fail(at, "category", quote(e.getMessage()));
    } catch (IllegalArgumentException e) {
      throw fail(at, "category", "cannot read '" + quote(c) + "'");
    }
    into.division(required((DivisionCode) code(r, division, divisions, at, "division",
        DivisionCode::parse), at, "division"));
    if (instant(r, instants[0], at, INSTANTS.get(0)) == ABSENT) {
      throw fail(at, "registered_at", "required value missing");
    }
    into.registeredAt(second, nano);
    long first = second;
    long last = second;
    GridCode g = (GridCode) code(r, grid, grids, at, "grid", GridCode::parse);
    if (g != null) {
      into.grid(g);
    }
    String d = (String) code(r, department, departments, at, "department", s -> s);
    if (d != null) {
      into.department(d);
    }
    @SuppressWarnings("unchecked")
    List<String> joined = (List<String>) code(r, experts, expertFields, at, "expert_fields",
        CaseFactFormat::expertFields);
    if (joined != null) {
      into.experts(joined);
    }
    if (instant(r, instants[1], at, INSTANTS.get(1)) != ABSENT) {
      into.acceptedAt(second, nano);
    }
    if (instant(r, instants[2], at, INSTANTS.get(2)) != ABSENT) {
      into.dueAt(second, nano);
      last = Math.max(last, second);
    }
    if (instant(r, instants[3], at, INSTANTS.get(3)) != ABSENT) {
      into.concludedAt(second, nano);
      last = Math.max(last, second);
    }
    if (instant(r, instants[4], at, INSTANTS.get(4)) != ABSENT) {
      into.closedAt(second, nano);
      last = Math.max(last, second);
    }
    Rating rated = (Rating) code(r, rating, ratings, at, "rating", Rating::valueOf);
    if (rated != null) {
      into.rating(rated);
    }
    // the confirmation columns in CaseFactFormat's order, with its checks: absent, they
    // read as files written before they existed (confirmed or not applied, in time)
    JudicialConfirmation confirmation = (JudicialConfirmation) code(r, status, statuses, at,
        "judicial_confirmation_status", JudicialConfirmation::valueOf);
    boolean confirmed = flag(r, flags[1], at, FLAGS.get(1));
    if (confirmed && confirmation != null && confirmation != JudicialConfirmation.CONFIRMED) {
      throw fail(at, "judicial_confirmation_status",
          confirmation + " contradicts judicial_confirmation true");
    }
    if (confirmation != null) {
      into.confirmation(confirmation);
    }
    if (confirmed) {
      into.judicialConfirmation(true);
    }
    if (present(r, inWindow)) {
      into.confirmationInWindow(flag(r, inWindow, at, "confirmation_in_window"));
    }
    into.resolved(flag(r, flags[0], at, FLAGS.get(0)))
        .solved(flag(r, flags[2], at, FLAGS.get(2)))
        .responded(flag(r, flags[3], at, FLAGS.get(3)))
        .followedUp(flag(r, flags[4], at, FLAGS.get(4)))
        .reopened(flag(r, flags[5], at, FLAGS.get(5)))
        .returned(flag(r, flags[6], at, FLAGS.get(6)))
        .escalated(flag(r, flags[7], at, FLAGS.get(7)))
        .repeat(flag(r, flags[8], at, FLAGS.get(8)))
        .litigated(flag(r, flags[9], at, FLAGS.get(9)))
        .personVisits(visits(r, at));
    registeredSecond = first;
    lastEventSecond = last;
  }

  private <T> T required(T value, long at, String column) {
    if (value == null) {
      throw fail(at, column, "required value missing");
    }
    return value;
  }

  /**
   * Checks the case id as {@link CaseId#of} does; returns it only when asked (the table does
   * not keep ids) or when it is not plain ASCII (checked on its text).
   */
  private String caseId(InternalRow r, long at, boolean wanted) {
    if (!r.isNullAt(caseId) && kinds[caseId] == Kind.TEXT) {
      UTF8String u = r.getUTF8String(caseId);
      int n = u.numBytes();
      boolean plain = n >= 1 && n <= 64;
      for (int k = 0; plain && k < n; k++) {
        byte b = u.getByte(k);
        plain = b > 0x20 && b < 0x7f; // printable ASCII: no whitespace, no control
      }
      if (plain) {
        return wanted ? u.toString() : null;
      }
    }
    String v = text(r, caseId);
    if (v == null) {
      throw fail(at, "case_id", "required value missing");
    }
    try {
      return CaseId.of(v).value();
    } catch (GovernanceException e) {
      throw fail(at, "case_id", quote(e.getMessage()));
    }
  }

  /**
   * A code column's value, parsed once per distinct text; null when absent or blank.
   */
  private Object code(InternalRow r, int i, Map<UTF8String, Object> cache, long at,
      String column, Function<String, ?> parser) {
    if (i < 0 || r.isNullAt(i)) {
      return null;
    }
    if (kinds[i] != Kind.TEXT) {
      String s = text(r, i);
      return s == null ? null : parse(s, at, column, parser);
    }
    UTF8String u = r.getUTF8String(i);
    Object v = cache.get(u);
    if (v == null) {
      String s = strip(u.toString());
      v = s == null ? BLANK : parse(s, at, column, parser);
      if (cache.size() >= CACHE_LIMIT) {
        cache.clear();
      }
      cache.put(u.clone(), v);
    }
    return v == BLANK ? null : v;
  }

  private Object parse(String v, long at, String column, Function<String, ?> parser) {
    try {
      return parser.apply(v);
    } catch (GovernanceException e) {
      throw fail(at, column, quote(e.getMessage()));
    } catch (IllegalArgumentException e) {
      throw fail(at, column, "cannot read '" + quote(v) + "'");
    }
  }

  private static String strip(String s) {
    return s.isBlank() ? null : s.strip();
  }

  /** A value as text, stripped; null when absent or blank. */
  private String text(InternalRow r, int i) {
    if (r.isNullAt(i)) {
      return null;
    }
    Object v = kinds[i] == Kind.TEXT ? r.getUTF8String(i) : r.get(i, schema.fields()[i]
        .dataType());
    return strip(v.toString());
  }

  /** A typed value, or text that is not blank. */
  private boolean present(InternalRow r, int i) {
    return i >= 0 && !r.isNullAt(i) && (kinds[i] != Kind.TEXT || text(r, i) != null);
  }

  /** Reads an instant into {@link #second} and {@link #nano}; {@link #ABSENT} if none. */
  private long instant(InternalRow r, int i, long at, String column) {
    second = ABSENT;
    nano = 0;
    if (i < 0 || r.isNullAt(i)) {
      return ABSENT;
    }
    Instant t;
    switch (kinds[i]) {
      case TIMESTAMP -> {
        long micros = r.getLong(i);
        second = Math.floorDiv(micros, 1_000_000L);
        nano = (int) Math.floorMod(micros, 1_000_000L) * 1000;
        return second;
      }
      case LOCAL_TIMESTAMP -> {
        long micros = r.getLong(i);
        t = LocalDateTime.ofEpochSecond(Math.floorDiv(micros, 1_000_000L),
            (int) Math.floorMod(micros, 1_000_000L) * 1000, ZoneOffset.UTC)
            .atZone(WorkCalendar.ZONE).toInstant();
      }
      default -> {
        String s = text(r, i);
        if (s == null) {
          return ABSENT;
        }
        t = parseInstant(s, at, column);
      }
    }
    second = t.getEpochSecond();
    nano = t.getNano();
    return second;
  }

  private Instant parseInstant(String s, long at, String column) {
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

  private boolean flag(InternalRow r, int i, long at, String column) {
    if (i < 0 || r.isNullAt(i)) {
      return false;
    }
    switch (kinds[i]) {
      case BOOLEAN -> {
        return r.getBoolean(i);
      }
      case INTEGRAL, DECIMAL -> {
        long n = kinds[i] == Kind.INTEGRAL ? integral(r, i)
            : r.getDecimal(i, precision(i), scale(i)).toJavaBigDecimal().longValue();
        if (n == 0 || n == 1) {
          return n == 1;
        }
        throw fail(at, column, "expected true or false, got '" + quote(text(r, i)) + "'");
      }
      default -> {
        UTF8String u = r.getUTF8String(i);
        Object v = flagTexts.get(u);
        if (v == null) {
          String s = strip(u.toString());
          String lower = s == null ? "false" : s.toLowerCase(Locale.ROOT);
          v = switch (lower) {
            case "true", "1" -> Boolean.TRUE;
            case "false", "0" -> Boolean.FALSE;
            default -> throw fail(at, column, "expected true or false, got '" + quote(lower)
                + "'");
          };
          if (flagTexts.size() >= CACHE_LIMIT) {
            flagTexts.clear();
          }
          flagTexts.put(u.clone(), v);
        }
        return (Boolean) v;
      }
    }
  }

  private long integral(InternalRow r, int i) {
    DataType t = schema.fields()[i].dataType();
    return t instanceof IntegerType ? r.getInt(i) : t instanceof LongType ? r.getLong(i)
        : t instanceof ShortType ? r.getShort(i) : r.getByte(i);
  }

  private int precision(int i) {
    return ((DecimalType) schema.fields()[i].dataType()).precision();
  }

  private int scale(int i) {
    return ((DecimalType) schema.fields()[i].dataType()).scale();
  }

  private int visits(InternalRow r, long at) {
    if (visits < 0 || r.isNullAt(visits)) {
      return 1;
    }
    if (kinds[visits] == Kind.INTEGRAL) {
      long n = integral(r, visits);
      if (n == (int) n) {
        return (int) n;
      }
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
