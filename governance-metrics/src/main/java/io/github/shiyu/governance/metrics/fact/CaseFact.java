package io.github.shiyu.governance.metrics.fact;

import io.github.shiyu.governance.cases.CaseId;
import io.github.shiyu.governance.cases.CaseType;
import io.github.shiyu.governance.cases.Rating;
import io.github.shiyu.governance.core.InvalidValueException;
import io.github.shiyu.governance.core.category.CaseCategory;
import io.github.shiyu.governance.core.division.DivisionCode;
import io.github.shiyu.governance.core.grid.GridCode;
import io.github.shiyu.governance.core.org.Department;
import io.github.shiyu.governance.metrics.MetricErrors;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * One row per case: everything the metrics count, as known when the row was taken, in four
 * parts a reader can hold in their head:
 * <ul>
 *   <li>{@link Subject}: what and where: the case id, type, category, division and grid, and
 *       who came for it (repeat, person-visits), all known at registration;</li>
 *   <li>{@link Timeline}: when: registered, accepted, due, concluded, closed;</li>
 *   <li>{@link Handling}: how it went through the organisation: the handling department,
 *       responded, returned, escalated, reopened, the experts who joined;</li>
 *   <li>{@link Outcome}: what came of it: resolved, agreement confirmed, the rating, solved,
 *       followed up, litigated.</li>
 * </ul>
 * Vendors whose cases live elsewhere write these rows (CSV or JSON, see
 * {@link CaseFactFormat} for the column set, which is flat); the case events of
 * governance-cases fold into them ({@link CaseEvents}).
 *
 * <p>Each part checks its own rules when it is made; the fact checks the rules between
 * parts: a resolved or followed-up case is concluded. The part rules: accepted, due,
 * concluded and closed are not before registered; a concluded case was accepted; a closed
 * case was concluded, and not before; a confirmed agreement is resolved; the grid lies inside
 * the division; person-visits are at least 1. No personal data is held.
 *
 * <pre>{@code
 * CaseFact fact = CaseFact.builder(CaseId.of("TM-2016-0001"), CaseType.GRID_INCIDENT,
 *         CategoryTaxonomy.standard().require("citymgmt.event"),
 *         DivisionCode.parse("429006001001"), Instant.parse("2016-12-01T02:00:00Z"))
 *     .acceptedAt(Instant.parse("2016-12-01T02:10:00Z"))
 *     .dueAt(Instant.parse("2016-12-03T02:00:00Z"))
 *     .concludedAt(Instant.parse("2016-12-02T09:00:00Z"))
 *     .rating(Rating.SATISFIED)
 *     .build();
 * fact.timeline().concludedOnTime();   // true
 * fact.outcome().rating();             // Optional[SATISFIED]
 * fact.subject().grid();               // Optional.empty
 * }</pre>
 *
 * @param subject  what and where
 * @param timeline when
 * @param handling how it was handled
 * @param outcome  what came of it
 */
public record CaseFact(Subject subject, Timeline timeline, Handling handling,
    Outcome outcome) {

  /**
   * Checks the rules between the parts.
   *
   * @throws InvalidValueException {@code metrics.fact} naming the case and the rule
   */
  public CaseFact {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(timeline, "timeline");
    Objects.requireNonNull(handling, "handling");
    Objects.requireNonNull(outcome, "outcome");
    FactRules.fact(subject.id().value(), timeline.isConcluded(), outcome.resolved(),
        outcome.followedUp());
  }

  private static InvalidValueException fail(String what, String why) {
    return new InvalidValueException(MetricErrors.FACT, what, why);
  }

  /**
   * Starts a fact with its required columns.
   *
   * @param id           the case id
   * @param type         the case type
   * @param category     the category
   * @param division     the division, at the finest level known
   * @param registeredAt the registration instant
   * @return a builder
   */
  public static Builder builder(CaseId id, CaseType type, CaseCategory category,
      DivisionCode division, Instant registeredAt) {
    return new Builder(id, type, category, division, registeredAt);
  }

  /**
   * A builder holding this fact's columns, to derive an updated fact.
   *
   * <pre>{@code
   * CaseFact before = fact.toBuilder().withoutConcludedAt().resolved(false).build();
   * }</pre>
   *
   * @return a builder
   */
  public Builder toBuilder() {
    Builder b = new Builder(subject.id(), subject.type(), subject.category(),
        subject.division(), timeline.registeredAt());
    b.grid = subject.gridOrNull();
    b.repeat = subject.repeat();
    b.personVisits = subject.personVisits();
    b.acceptedAt = timeline.acceptedOrNull();
    b.dueAt = timeline.dueOrNull();
    b.concludedAt = timeline.concludedOrNull();
    b.closedAt = timeline.closedOrNull();
    b.department = handling.departmentOrNull();
    b.responded = handling.responded();
    b.returned = handling.returned();
    b.escalated = handling.escalated();
    b.reopened = handling.reopened();
    b.experts = handling.experts();
    b.resolved = outcome.resolved();
    b.confirmation = outcome.confirmation();
    // left unset when it is what the status implies, so that changing the status keeps it so
    b.confirmationInWindow = outcome.confirmationInWindow()
        == (outcome.confirmation() != JudicialConfirmation.NOT_APPLIED)
        ? null : outcome.confirmationInWindow();
    b.rating = outcome.ratingOrNull();
    b.solved = outcome.solved();
    b.followedUp = outcome.followedUp();
    b.litigated = outcome.litigated();
    return b;
  }

  /**
   * Whether the case was concluded no later than its due instant; a case without a
   * deadline is on time once concluded. The same as {@code timeline().concludedOnTime()}.
   *
   * @return true if concluded on time
   */
  public boolean concludedOnTime() {
    return timeline.concludedOnTime();
  }

  /**
   * Builds a {@link CaseFact}; the setters take plain values, and a column that is absent is
   * a setter not called (or cleared by its {@code without...}). Unset flags are false,
   * person-visits 1.
   *
   * <pre>{@code
   * CaseFact f = CaseFact.builder(CaseId.of("C1"), CaseType.DISPUTE,
   *         CategoryTaxonomy.standard().require("dispute.labour"),
   *         DivisionCode.parse("150502"), Instant.parse("2022-03-01T00:00:00Z"))
   *     .department(Department.of("hr-150502", "科尔沁区人社局", DivisionCode.parse("150502")))
   *     .build();
   * }</pre>
   */
  public static final class Builder {
    private CaseId id;
    private CaseType type;
    private CaseCategory category;
    private DivisionCode division;
    private Instant registeredAt;
    private GridCode grid;
    private boolean repeat;
    private int personVisits = 1;
    private Instant acceptedAt;
    private Instant dueAt;
    private Instant concludedAt;
    private Instant closedAt;
    private String department;
    private boolean responded;
    private boolean returned;
    private boolean escalated;
    private boolean reopened;
    private List<String> experts = List.of();
    private boolean resolved;
    private JudicialConfirmation confirmation = JudicialConfirmation.NOT_APPLIED;
    /** Null until set: then it follows the status (applied means applied in time). */
    private Boolean confirmationInWindow;
    private Rating rating;
    private boolean solved;
    private boolean followedUp;
    private boolean litigated;

    private Builder(CaseId id, CaseType type, CaseCategory category, DivisionCode division,
        Instant registeredAt) {
      this.id = Objects.requireNonNull(id, "id");
      this.type = Objects.requireNonNull(type, "type");
      this.category = Objects.requireNonNull(category, "category");
      this.division = Objects.requireNonNull(division, "division");
      this.registeredAt = Objects.requireNonNull(registeredAt, "registeredAt");
    }

    private static <T> T given(T value, String name) {
      return Objects.requireNonNull(value, name);
    }

    /**
     * Sets the case id.
     *
     * @param value the id
     * @return this builder
     */
    public Builder id(CaseId value) {
      this.id = given(value, "id");
      return this;
    }

    /**
     * Sets the case type.
     *
     * @param value the type
     * @return this builder
     */
    public Builder type(CaseType value) {
      this.type = given(value, "type");
      return this;
    }

    /**
     * Sets the category.
     *
     * @param value the category
     * @return this builder
     */
    public Builder category(CaseCategory value) {
      this.category = given(value, "category");
      return this;
    }

    /**
     * Sets the division.
     *
     * @param value the division
     * @return this builder
     */
    public Builder division(DivisionCode value) {
      this.division = given(value, "division");
      return this;
    }

    /**
     * Sets the registration instant.
     *
     * @param at the instant
     * @return this builder
     */
    public Builder registeredAt(Instant at) {
      this.registeredAt = given(at, "registeredAt");
      return this;
    }

    /**
     * Sets the grid.
     *
     * @param value the grid, inside the division
     * @return this builder
     */
    public Builder grid(GridCode value) {
      this.grid = given(value, "grid");
      return this;
    }

    /**
     * Clears the grid.
     *
     * @return this builder
     */
    public Builder withoutGrid() {
      this.grid = null;
      return this;
    }

    /**
     * Sets whether a repeat case.
     *
     * @param value the flag
     * @return this builder
     */
    public Builder repeat(boolean value) {
      this.repeat = value;
      return this;
    }

    /**
     * Sets the person-visits.
     *
     * @param value at least 1
     * @return this builder
     */
    public Builder personVisits(int value) {
      this.personVisits = value;
      return this;
    }

    /**
     * Sets the acceptance instant.
     *
     * @param at the instant
     * @return this builder
     */
    public Builder acceptedAt(Instant at) {
      this.acceptedAt = given(at, "acceptedAt");
      return this;
    }

    /**
     * Clears the acceptance instant.
     *
     * @return this builder
     */
    public Builder withoutAcceptedAt() {
      this.acceptedAt = null;
      return this;
    }

    /**
     * Sets the due instant.
     *
     * @param at the instant
     * @return this builder
     */
    public Builder dueAt(Instant at) {
      this.dueAt = given(at, "dueAt");
      return this;
    }

    /**
     * Clears the due instant.
     *
     * @return this builder
     */
    public Builder withoutDueAt() {
      this.dueAt = null;
      return this;
    }

    /**
     * Sets the conclusion instant.
     *
     * @param at the instant
     * @return this builder
     */
    public Builder concludedAt(Instant at) {
      this.concludedAt = given(at, "concludedAt");
      return this;
    }

    /**
     * Clears the conclusion instant.
     *
     * @return this builder
     */
    public Builder withoutConcludedAt() {
      this.concludedAt = null;
      return this;
    }

    /**
     * Sets the closing instant.
     *
     * @param at the instant
     * @return this builder
     */
    public Builder closedAt(Instant at) {
      this.closedAt = given(at, "closedAt");
      return this;
    }

    /**
     * Clears the closing instant.
     *
     * @return this builder
     */
    public Builder withoutClosedAt() {
      this.closedAt = null;
      return this;
    }

    /**
     * Sets the handling department.
     *
     * @param value the department (its id is what the fact keeps)
     * @return this builder
     */
    public Builder department(Department value) {
      this.department = given(value, "department").id();
      return this;
    }

    /**
     * Sets the handler by id: a department's id, or the id of the person who handled the
     * case when no department did (as a case event's handler may be).
     *
     * @param id the handler's id, not blank
     * @return this builder
     */
    public Builder departmentId(String id) {
      this.department = given(id, "department");
      return this;
    }

    /**
     * Clears the handling department.
     *
     * @return this builder
     */
    public Builder withoutDepartment() {
      this.department = null;
      return this;
    }

    /**
     * Sets whether the citizen was contacted in time.
     *
     * @param value the flag
     * @return this builder
     */
    public Builder responded(boolean value) {
      this.responded = value;
      return this;
    }

    /**
     * Sets whether returned at least once.
     *
     * @param value the flag
     * @return this builder
     */
    public Builder returned(boolean value) {
      this.returned = value;
      return this;
    }

    /**
     * Sets whether escalated at least once.
     *
     * @param value the flag
     * @return this builder
     */
    public Builder escalated(boolean value) {
      this.escalated = value;
      return this;
    }

    /**
     * Sets whether reopened at least once.
     *
     * @param value the flag
     * @return this builder
     */
    public Builder reopened(boolean value) {
      this.reopened = value;
      return this;
    }

    /**
     * Sets the fields of the experts who joined the case (专家参与), by their codes.
     *
     * @param codes expert field codes, e.g. {@code psychology}; kept once each, sorted
     * @return this builder
     */
    public Builder experts(Collection<String> codes) {
      this.experts = Handling.sorted(given(codes, "codes"));
      return this;
    }

    /**
     * Sets whether resolved.
     *
     * @param value the flag
     * @return this builder
     */
    public Builder resolved(boolean value) {
      this.resolved = value;
      return this;
    }

    /**
     * Sets whether the agreement was confirmed by a court.
     *
     * @param value the flag
     * @return this builder
     */
    public Builder judicialConfirmation(boolean value) {
      if (value) {
        this.confirmation = JudicialConfirmation.CONFIRMED;
      } else if (confirmation == JudicialConfirmation.CONFIRMED) {
        this.confirmation = JudicialConfirmation.NOT_APPLIED;
        this.confirmationInWindow = null;
      }
      return this;
    }

    /**
     * Sets where the agreement stands with the court.
     *
     * @param value the status
     * @return this builder
     */
    public Builder confirmation(JudicialConfirmation value) {
      this.confirmation = given(value, "confirmation");
      return this;
    }

    /**
     * Sets whether the application was made within the 30-day window (unset: true when
     * applied, false when not).
     *
     * @param value the flag
     * @return this builder
     */
    public Builder confirmationInWindow(boolean value) {
      this.confirmationInWindow = value;
      return this;
    }

    /**
     * Sets the rating.
     *
     * @param value the rating
     * @return this builder
     */
    public Builder rating(Rating value) {
      this.rating = given(value, "rating");
      return this;
    }

    /**
     * Clears the rating.
     *
     * @return this builder
     */
    public Builder withoutRating() {
      this.rating = null;
      return this;
    }

    /**
     * Sets whether the citizen said the matter is solved.
     *
     * @param value the flag
     * @return this builder
     */
    public Builder solved(boolean value) {
      this.solved = value;
      return this;
    }

    /**
     * Sets whether followed up.
     *
     * @param value the flag
     * @return this builder
     */
    public Builder followedUp(boolean value) {
      this.followedUp = value;
      return this;
    }

    /**
     * Sets whether it led to a lawsuit.
     *
     * @param value the flag
     * @return this builder
     */
    public Builder litigated(boolean value) {
      this.litigated = value;
      return this;
    }

    /**
     * Checks and builds the fact.
     *
     * @return the fact
     * @throws InvalidValueException {@code metrics.fact} naming the case and the rule broken
     */
    public CaseFact build() {
      try {
        return new CaseFact(
            new Subject(id, type, category, division, grid, repeat, personVisits),
            new Timeline(registeredAt, acceptedAt, dueAt, concludedAt, closedAt),
            new Handling(department, responded, returned, escalated, reopened, experts),
            new Outcome(resolved, confirmation, confirmationInWindow == null
                ? confirmation != JudicialConfirmation.NOT_APPLIED : confirmationInWindow,
                rating, solved, followedUp, litigated));
      } catch (InvalidValueException e) {
        if (e.code() == MetricErrors.FACT && e.arguments().size() == 2
            && !e.arguments().get(0).equals(id.value())) {
          throw fail(id.value(), e.arguments().get(1));
        }
        throw e;
      }
    }
  }
}
