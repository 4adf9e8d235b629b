package io.github.shiyu.governance.metrics.fact;

import io.github.shiyu.governance.core.InvalidValueException;
import io.github.shiyu.governance.metrics.MetricErrors;
import io.github.shiyu.governance.cases.CaseType;
import io.github.shiyu.governance.cases.Rating;
import io.github.shiyu.governance.core.category.CaseCategory;
import io.github.shiyu.governance.core.division.DivisionCode;
import io.github.shiyu.governance.core.grid.GridCode;
import io.github.shiyu.governance.core.org.ExpertField;
import io.github.shiyu.governance.metrics.internal.Columns;
import io.github.shiyu.governance.metrics.internal.FactBits;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An immutable, columnar batch of case facts: primitive arrays and dictionary-encoded codes,
 * about 40 bytes a row, which the accumulator scans without allocating. Case ids are not
 * kept: no metric needs them.
 *
 * <p>The table is sealed: its only implementation is the metrics module's own column store,
 * which the accumulator reads directly (no copy, no per-row call).
 *
 * <pre>{@code
 * CaseFactTable table = CaseFactTable.of(facts);
 * Report report = spec.accumulate(table).report();
 * }</pre>
 *
 * <p>A reader of files or a distributed engine appends values column by column through the
 * builder's {@link Builder#row() row}, without a {@link CaseFact} per row: the row checks the
 * same rules a fact checks, and dictionary-encodes codes as they arrive.
 */
public sealed interface CaseFactTable permits Columns {

  /**
   * A table of the given facts, in order.
   *
   * @param facts the facts
   * @return the table
   */
  static CaseFactTable of(Collection<CaseFact> facts) {
    Builder b = builder(facts.size());
    facts.forEach(b::add);
    return b.build();
  }

  /**
   * Starts a table.
   *
   * @param expectedRows rows expected (the arrays grow beyond it)
   * @return a builder
   */
  static Builder builder(int expectedRows) {
    return new Builder(expectedRows);
  }

  /**
   * The number of rows.
   *
   * @return the size
   */
  int size();

  /**
   * Appends facts to a new table; {@link #build()} ends its use.
   *
   * <pre>{@code
   * CaseFactTable.Builder b = CaseFactTable.builder(1_000_000);
   * b.add(fact);
   * CaseFactTable table = b.build();
   * }</pre>
   */
  final class Builder {
    private Columns columns;
    private final Row row;

    private Builder(int expectedRows) {
      columns = new Columns(Math.max(0, expectedRows));
      row = new Row(this);
    }

    /**
     * Appends a fact.
     *
     * @param fact the fact
     * @return this builder
     * @throws InvalidValueException {@code metrics.table_built} after {@link #build()}
     */
    public Builder add(CaseFact fact) {
      columns().add(fact);
      return this;
    }

    /**
     * The builder's row: set its values, then {@link Row#append() append} it. The same row
     * is returned every time (it is cleared by each append), so appending allocates no
     * object per row.
     *
     * <pre>{@code
     * CaseFactTable.Row row = builder.row();
     * row.caseId("C1").type(CaseType.DISPUTE).category("dispute.neighbour")
     *     .division("150502001001").registeredAt(1_700_000_000L).append();
     * }</pre>
     *
     * @return the row
     */
    public Row row() {
      return row;
    }

    private Columns columns() {
      if (columns == null) {
        throw new InvalidValueException(MetricErrors.TABLE_BUILT);
      }
      return columns;
    }

    /**
     * Builds the table.
     *
     * @return the table
     * @throws InvalidValueException {@code metrics.table_built} when called a second time
     */
    public CaseFactTable build() {
      Columns c = columns();
      columns = null;
      c.trim();
      return c;
    }
  }

  /**
   * One row being appended to a {@link Builder}, value by value: the columnar way in, for
   * readers of CSV, JSON, Parquet or a database that have primitive values and strings, not
   * facts. Values left unset take the defaults of {@link CaseFact.Builder} (no instant, no
   * grid, department or rating, flags false, one person-visit). {@link #append()} checks the
   * rules a {@link CaseFact} checks, in the same order and with the same messages, appends
   * the row and clears it. Codes given as text are parsed once per distinct text. Instants
   * are epoch seconds with an optional nanosecond of the second (the table keeps seconds;
   * the nanoseconds take part in the rules and in on-time checks, as in a fact).
   *
   * <p>Not thread-safe: one row per builder.
   */
  final class Row {
    private static final long ABSENT = FactRules.ABSENT;

    private final Builder builder;
    private final Map<String, DivisionCode> divisionText = new HashMap<>();
    private final Map<String, GridCode> gridText = new HashMap<>();
    private final Map<String, String> categoryText = new HashMap<>();

    private String caseId;
    private CaseType type;
    private String category;
    private DivisionCode division;
    private GridCode grid;
    private String department;
    private long registered = ABSENT;
    private int registeredNano;
    private long accepted = ABSENT;
    private int acceptedNano;
    private long due = ABSENT;
    private int dueNano;
    private long concluded = ABSENT;
    private int concludedNano;
    private long closed = ABSENT;
    private int closedNano;
    private boolean resolved;
    private JudicialConfirmation confirmation = JudicialConfirmation.NOT_APPLIED;
    /** Null: unset, true when applied (as {@link CaseFact.Builder}). */
    private Boolean confirmationInWindow;
    private int rating = -1;
    private boolean solved;
    private boolean responded;
    private boolean followedUp;
    private boolean reopened;
    private boolean returned;
    private boolean escalated;
    private boolean repeat;
    private boolean litigated;
    private int personVisits = 1;
    private boolean psychologist;
    private List<String> experts = List.of();

    private Row(Builder builder) {
      this.builder = builder;
    }

    private static <T> T given(T value, String name) {
      return Objects.requireNonNull(value, name);
    }

    private static int nano(int nanoOfSecond) {
      if (nanoOfSecond < 0 || nanoOfSecond > 999_999_999) {
        throw new InvalidValueException(MetricErrors.FACT, "row",
            "nanosecond of the second out of range: " + nanoOfSecond);
      }
      return nanoOfSecond;
    }

    /**
     * The case id, named in error messages only: the table does not keep ids.
     *
     * @param id the case id
     * @return this row
     */
    public Row caseId(String id) {
      this.caseId = given(id, "caseId");
      return this;
    }

    /**
     * The case type (required).
     *
     * @param value the type
     * @return this row
     */
    public Row type(CaseType value) {
      this.type = given(value, "type");
      return this;
    }

    /**
     * The category code (required); a code outside the standard taxonomy is kept as given.
     *
     * @param code the category code
     * @return this row
     * @throws InvalidValueException if the code is malformed
     */
    public Row category(String code) {
      String known = categoryText.get(given(code, "category"));
      if (known == null) {
        known = Categories.of(code).code();
        categoryText.put(code, known);
      }
      this.category = known;
      return this;
    }

    /**
     * The category (required).
     *
     * @param value the category
     * @return this row
     */
    public Row category(CaseCategory value) {
      this.category = given(value, "category").code();
      return this;
    }

    /**
     * The division (required).
     *
     * @param value the division
     * @return this row
     */
    public Row division(DivisionCode value) {
      this.division = given(value, "division");
      return this;
    }

    /**
     * The division as its code (required), parsed once per distinct code.
     *
     * @param code the division code
     * @return this row
     * @throws InvalidValueException if the code is malformed
     */
    public Row division(String code) {
      DivisionCode d = divisionText.get(given(code, "division"));
      if (d == null) {
        d = DivisionCode.parse(code);
        divisionText.put(code, d);
      }
      this.division = d;
      return this;
    }

    /**
     * The grid.
     *
     * @param value the grid
     * @return this row
     */
    public Row grid(GridCode value) {
      this.grid = given(value, "grid");
      return this;
    }

    /**
     * The grid as its code, parsed once per distinct code.
     *
     * @param code the grid code
     * @return this row
     * @throws InvalidValueException if the code is malformed
     */
    public Row grid(String code) {
      GridCode g = gridText.get(given(code, "grid"));
      if (g == null) {
        g = GridCode.parse(code);
        gridText.put(code, g);
      }
      this.grid = g;
      return this;
    }

    /**
     * The handling department's id.
     *
     * @param id the department id
     * @return this row
     */
    public Row department(String id) {
      this.department = given(id, "department");
      return this;
    }

    /**
     * When the case was registered (required).
     *
     * @param epochSecond  seconds since 1970-01-01T00:00:00Z
     * @param nanoOfSecond nanoseconds of the second, 0 to 999,999,999
     * @return this row
     */
    public Row registeredAt(long epochSecond, int nanoOfSecond) {
      this.registeredNano = nano(nanoOfSecond);
      this.registered = epochSecond;
      return this;
    }

    /**
     * When the case was registered (required), in whole seconds.
     *
     * @param epochSecond seconds since 1970-01-01T00:00:00Z
     * @return this row
     */
    public Row registeredAt(long epochSecond) {
      return registeredAt(epochSecond, 0);
    }

    /**
     * When the case was registered (required).
     *
     * @param at the instant
     * @return this row
     */
    public Row registeredAt(Instant at) {
      return registeredAt(given(at, "registeredAt").getEpochSecond(), at.getNano());
    }

    /**
     * When the case was accepted.
     *
     * @param epochSecond  seconds since 1970-01-01T00:00:00Z
     * @param nanoOfSecond nanoseconds of the second
     * @return this row
     */
    public Row acceptedAt(long epochSecond, int nanoOfSecond) {
      this.acceptedNano = nano(nanoOfSecond);
      this.accepted = epochSecond;
      return this;
    }

    /**
     * When the case was accepted, in whole seconds.
     *
     * @param epochSecond seconds since 1970-01-01T00:00:00Z
     * @return this row
     */
    public Row acceptedAt(long epochSecond) {
      return acceptedAt(epochSecond, 0);
    }

    /**
     * When the case was accepted.
     *
     * @param at the instant
     * @return this row
     */
    public Row acceptedAt(Instant at) {
      return acceptedAt(given(at, "acceptedAt").getEpochSecond(), at.getNano());
    }

    /**
     * When the case is due.
     *
     * @param epochSecond  seconds since 1970-01-01T00:00:00Z
     * @param nanoOfSecond nanoseconds of the second
     * @return this row
     */
    public Row dueAt(long epochSecond, int nanoOfSecond) {
      this.dueNano = nano(nanoOfSecond);
      this.due = epochSecond;
      return this;
    }

    /**
     * When the case is due, in whole seconds.
     *
     * @param epochSecond seconds since 1970-01-01T00:00:00Z
     * @return this row
     */
    public Row dueAt(long epochSecond) {
      return dueAt(epochSecond, 0);
    }

    /**
     * When the case is due.
     *
     * @param at the instant
     * @return this row
     */
    public Row dueAt(Instant at) {
      return dueAt(given(at, "dueAt").getEpochSecond(), at.getNano());
    }

    /**
     * When the case was concluded.
     *
     * @param epochSecond  seconds since 1970-01-01T00:00:00Z
     * @param nanoOfSecond nanoseconds of the second
     * @return this row
     */
    public Row concludedAt(long epochSecond, int nanoOfSecond) {
      this.concludedNano = nano(nanoOfSecond);
      this.concluded = epochSecond;
      return this;
    }

    /**
     * When the case was concluded, in whole seconds.
     *
     * @param epochSecond seconds since 1970-01-01T00:00:00Z
     * @return this row
     */
    public Row concludedAt(long epochSecond) {
      return concludedAt(epochSecond, 0);
    }

    /**
     * When the case was concluded.
     *
     * @param at the instant
     * @return this row
     */
    public Row concludedAt(Instant at) {
      return concludedAt(given(at, "concludedAt").getEpochSecond(), at.getNano());
    }

    /**
     * When the case was closed.
     *
     * @param epochSecond  seconds since 1970-01-01T00:00:00Z
     * @param nanoOfSecond nanoseconds of the second
     * @return this row
     */
    public Row closedAt(long epochSecond, int nanoOfSecond) {
      this.closedNano = nano(nanoOfSecond);
      this.closed = epochSecond;
      return this;
    }

    /**
     * When the case was closed, in whole seconds.
     *
     * @param epochSecond seconds since 1970-01-01T00:00:00Z
     * @return this row
     */
    public Row closedAt(long epochSecond) {
      return closedAt(epochSecond, 0);
    }

    /**
     * When the case was closed.
     *
     * @param at the instant
     * @return this row
     */
    public Row closedAt(Instant at) {
      return closedAt(given(at, "closedAt").getEpochSecond(), at.getNano());
    }

    /**
     * Whether the dispute was resolved.
     *
     * @param value the flag
     * @return this row
     */
    public Row resolved(boolean value) {
      this.resolved = value;
      return this;
    }

    /**
     * Whether the agreement was judicially confirmed.
     *
     * @param value the flag
     * @return this row
     */
    public Row judicialConfirmation(boolean value) {
      if (value) {
        this.confirmation = JudicialConfirmation.CONFIRMED;
      } else if (confirmation == JudicialConfirmation.CONFIRMED) {
        this.confirmation = JudicialConfirmation.NOT_APPLIED;
        this.confirmationInWindow = null;
      }
      return this;
    }

    /**
     * Where the agreement stands with the court (the table counts only confirmed ones; the
     * status is checked as a fact's is).
     *
     * @param value the status
     * @return this row
     */
    public Row confirmation(JudicialConfirmation value) {
      this.confirmation = java.util.Objects.requireNonNull(value, "confirmation");
      return this;
    }

    /**
     * Whether the application was made within the 30-day window.
     *
     * @param value the flag
     * @return this row
     */
    public Row confirmationInWindow(boolean value) {
      this.confirmationInWindow = value;
      return this;
    }

    /**
     * The requester's rating.
     *
     * @param value the rating
     * @return this row
     */
    public Row rating(Rating value) {
      this.rating = given(value, "rating").ordinal();
      return this;
    }

    /**
     * Whether the requester rated the problem as solved.
     *
     * @param value the flag
     * @return this row
     */
    public Row solved(boolean value) {
      this.solved = value;
      return this;
    }

    /**
     * Whether the handler responded.
     *
     * @param value the flag
     * @return this row
     */
    public Row responded(boolean value) {
      this.responded = value;
      return this;
    }

    /**
     * Whether the case was followed up.
     *
     * @param value the flag
     * @return this row
     */
    public Row followedUp(boolean value) {
      this.followedUp = value;
      return this;
    }

    /**
     * Whether the case was reopened.
     *
     * @param value the flag
     * @return this row
     */
    public Row reopened(boolean value) {
      this.reopened = value;
      return this;
    }

    /**
     * Whether the handler returned the case.
     *
     * @param value the flag
     * @return this row
     */
    public Row returned(boolean value) {
      this.returned = value;
      return this;
    }

    /**
     * Whether the case was escalated.
     *
     * @param value the flag
     * @return this row
     */
    public Row escalated(boolean value) {
      this.escalated = value;
      return this;
    }

    /**
     * Whether the case repeats an earlier one.
     *
     * @param value the flag
     * @return this row
     */
    public Row repeat(boolean value) {
      this.repeat = value;
      return this;
    }

    /**
     * Whether the dispute went to litigation.
     *
     * @param value the flag
     * @return this row
     */
    public Row litigated(boolean value) {
      this.litigated = value;
      return this;
    }

    /**
     * The person-visits the case counts for (at least 1).
     *
     * @param value the count
     * @return this row
     */
    public Row personVisits(int value) {
      this.personVisits = value;
      return this;
    }

    /**
     * The fields of the experts who joined the case, by code (the table counts whether a
     * psychologist joined; the codes are checked as a fact's are).
     *
     * @param codes expert field codes, e.g. {@code psychology}
     * @return this row
     */
    public Row experts(Collection<String> codes) {
      this.experts = Handling.sorted(given(codes, "codes"));
      this.psychologist = experts.contains(ExpertField.PSYCHOLOGY.code());
      return this;
    }

    /**
     * Checks the row by the rules of a {@link CaseFact}, appends it and clears the row.
     *
     * @return the builder
     * @throws InvalidValueException {@code metrics.fact} naming the case (or the row) and
     *     the rule, or a required value missing; {@code metrics.table_built} after
     *     {@link Builder#build()}. The row is cleared either way.
     */
    public Builder append() {
      try {
        Columns c = builder.columns();
        String id = caseId != null ? caseId : "row " + (c.size() + 1);
        require(id, type, "type");
        require(id, category, "category");
        require(id, division, "division");
        if (registered == ABSENT) {
          throw FactRules.fail(id, "no registeredAt");
        }
        FactRules.subject(id, division, grid, personVisits);
        try {
          FactRules.timeline(registered, registeredNano, accepted, acceptedNano, due, dueNano,
              concluded, concludedNano, closed, closedNano);
          FactRules.handling(department);
          FactRules.experts(experts);
          FactRules.outcome(resolved, confirmation, confirmationInWindow == null
              ? confirmation != JudicialConfirmation.NOT_APPLIED : confirmationInWindow);
        } catch (InvalidValueException e) {
          // as CaseFact.Builder does: the case, not the part, is named
          throw FactRules.fail(id, e.arguments().get(1));
        }
        boolean isConcluded = concluded != ABSENT;
        FactRules.fact(id, isConcluded, resolved, followedUp);
        int bits = FactBits.of(accepted != ABSENT, isConcluded,
            FactRules.concludedOnTime(due, dueNano, concluded, concludedNano), due != ABSENT,
            closed != ABSENT, returned, reopened, resolved,
            confirmation == JudicialConfirmation.CONFIRMED, rating,
            solved, responded, followedUp, escalated, repeat, litigated, psychologist);
        c.append(type.ordinal(), c.categoryId(category), c.divisionId(division),
            grid == null ? -1 : c.gridId(grid),
            department == null ? -1 : c.departmentId(department), registered,
            due == ABSENT ? Columns.NONE : due, concluded == ABSENT ? Columns.NONE : concluded,
            bits, personVisits);
        return builder;
      } finally {
        clear();
      }
    }

    private static void require(String id, Object value, String name) {
      if (value == null) {
        throw FactRules.fail(id, "no " + name);
      }
    }

    /**
     * Clears the row's values without appending it.
     *
     * @return this row
     */
    public Row clear() {
      caseId = null;
      type = null;
      category = null;
      division = null;
      grid = null;
      department = null;
      registered = ABSENT;
      accepted = ABSENT;
      due = ABSENT;
      concluded = ABSENT;
      closed = ABSENT;
      registeredNano = 0;
      acceptedNano = 0;
      dueNano = 0;
      concludedNano = 0;
      closedNano = 0;
      resolved = false;
      confirmation = JudicialConfirmation.NOT_APPLIED;
      confirmationInWindow = null;
      rating = -1;
      solved = false;
      responded = false;
      followedUp = false;
      reopened = false;
      returned = false;
      escalated = false;
      repeat = false;
      litigated = false;
      personVisits = 1;
      psychologist = false;
      experts = List.of();
      return this;
    }
  }
}
