package io.github.shiyu.governance.metrics.fact;

import io.github.shiyu.governance.cases.CaseType;
import io.github.shiyu.governance.cases.Rating;
import io.github.shiyu.governance.core.InvalidValueException;
import io.github.shiyu.governance.core.division.DivisionCode;
import io.github.shiyu.governance.core.grid.GridCode;
import io.github.shiyu.governance.metrics.MetricErrors;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One row per case: everything the metrics count, as known when the row was taken. Vendors
 * whose cases live elsewhere write these rows (CSV or JSON, see {@link CaseFactFormat} for
 * the column set); the case events of governance-cases fold into them.
 *
 * <p>Rules checked at construction: accepted, due, concluded and closed are not before
 * registered; a concluded case was accepted; a closed case was concluded, and not before;
 * a resolved or followed-up case is concluded; a confirmed agreement is resolved; the grid
 * lies inside the division; person-visits are at least 1. No personal data is held.
 *
 * <pre>{@code
 * CaseFact fact = CaseFact.builder("TM-2016-0001", CaseType.GRID_INCIDENT,
 *         "citymgmt.event", DivisionCode.parse("429006001001"),
 *         Instant.parse("2016-12-01T02:00:00Z"))
 *     .acceptedAt(Instant.parse("2016-12-01T02:10:00Z"))
 *     .dueAt(Instant.parse("2016-12-03T02:00:00Z"))
 *     .concludedAt(Instant.parse("2016-12-02T09:00:00Z"))
 *     .rating(Rating.SATISFIED)
 *     .build();
 * }</pre>
 *
 * @param caseId             the case's id (not personal data)
 * @param type               the case type
 * @param category           the category code, such as {@code dispute.labour}
 * @param division           where the case belongs, at the finest level known
 * @param grid               the grid, if the case belongs to one
 * @param department         the handling department's id, if one was set
 * @param registeredAt       登记
 * @param acceptedAt         受理, absent if not (yet) accepted or rejected
 * @param dueAt              the deadline, if the case has one
 * @param concludedAt        办结 (the last conclusion, after any reopening)
 * @param closedAt           归档 / 销号
 * @param resolved           化解 / 调解成功
 * @param agreementConfirmed 司法确认 of the mediation agreement
 * @param rating             the citizen's rating, if rated
 * @param solved             the citizen said at follow-up that the matter is solved
 * @param responded          the citizen was contacted within the response time
 * @param followedUp         回访 done
 * @param reopened           reopened (重办) at least once
 * @param returned           returned (退单) by a receiver at least once
 * @param escalated          escalated (提级) at least once
 * @param repeat             a repeat of an earlier case on the same matter (重复件)
 * @param litigated          led to a lawsuit (成诉)
 * @param personVisits       人次: people who came for this case, at least 1
 */
public record CaseFact(String caseId, CaseType type, String category, DivisionCode division,
    Optional<GridCode> grid, Optional<String> department, Instant registeredAt,
    Optional<Instant> acceptedAt, Optional<Instant> dueAt, Optional<Instant> concludedAt,
    Optional<Instant> closedAt, boolean resolved, boolean agreementConfirmed,
    Optional<Rating> rating, boolean solved, boolean responded, boolean followedUp,
    boolean reopened, boolean returned, boolean escalated, boolean repeat, boolean litigated,
    int personVisits) {

  private static final Pattern CATEGORY = Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)*");

  /**
   * Checks the rules above.
   *
   * @throws InvalidValueException {@code metrics.fact} naming the case and the rule
   */
  public CaseFact {
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(division, "division");
    Objects.requireNonNull(grid, "grid");
    Objects.requireNonNull(department, "department");
    Objects.requireNonNull(registeredAt, "registeredAt");
    Objects.requireNonNull(acceptedAt, "acceptedAt");
    Objects.requireNonNull(dueAt, "dueAt");
    Objects.requireNonNull(concludedAt, "concludedAt");
    Objects.requireNonNull(closedAt, "closedAt");
    Objects.requireNonNull(rating, "rating");
    if (caseId.isBlank()) {
      throw new InvalidValueException(MetricErrors.FACT, "''", "case id is blank");
    }
    if (!CATEGORY.matcher(category).matches()) {
      throw fail(caseId, "category '" + category + "' is not a dotted lower-case code");
    }
    if (department.isPresent() && department.get().isBlank()) {
      throw fail(caseId, "department id is blank");
    }
    notBefore(caseId, "accepted_at", acceptedAt, registeredAt);
    notBefore(caseId, "due_at", dueAt, registeredAt);
    notBefore(caseId, "concluded_at", concludedAt, registeredAt);
    notBefore(caseId, "closed_at", closedAt, registeredAt);
    if (concludedAt.isPresent() && acceptedAt.isEmpty()) {
      throw fail(caseId, "concluded but never accepted");
    }
    if (closedAt.isPresent()) {
      if (concludedAt.isEmpty()) {
        throw fail(caseId, "closed but never concluded");
      }
      notBefore(caseId, "closed_at", closedAt, concludedAt.get());
    }
    if (resolved && concludedAt.isEmpty()) {
      throw fail(caseId, "resolved but not concluded");
    }
    if (agreementConfirmed && !resolved) {
      throw fail(caseId, "agreement confirmed but not resolved");
    }
    if (followedUp && concludedAt.isEmpty()) {
      throw fail(caseId, "followed up but not concluded");
    }
    if (grid.isPresent() && !division.contains(grid.get().community())) {
      throw fail(caseId, "grid " + grid.get() + " lies outside division " + division);
    }
    if (personVisits < 1) {
      throw fail(caseId, "person_visits must be at least 1, got " + personVisits);
    }
  }

  private static void notBefore(String caseId, String column, Optional<Instant> at,
      Instant bound) {
    if (at.isPresent() && at.get().isBefore(bound)) {
      throw fail(caseId, column + " " + at.get() + " is before " + bound);
    }
  }

  private static InvalidValueException fail(String caseId, String why) {
    return new InvalidValueException(MetricErrors.FACT, caseId, why);
  }

  /**
   * Starts a fact with its required columns.
   *
   * @param caseId       the case id
   * @param type         the case type
   * @param category     the category code
   * @param division     the division
   * @param registeredAt the registration instant
   * @return a builder
   */
  public static Builder builder(String caseId, CaseType type, String category,
      DivisionCode division, Instant registeredAt) {
    return new Builder(caseId, type, category, division, registeredAt);
  }

  /**
   * A builder holding this fact's columns, to derive an updated fact.
   *
   * @return a builder
   */
  public Builder toBuilder() {
    Builder b = new Builder(caseId, type, category, division, registeredAt);
    b.grid = grid;
    b.department = department;
    b.acceptedAt = acceptedAt;
    b.dueAt = dueAt;
    b.concludedAt = concludedAt;
    b.closedAt = closedAt;
    b.resolved = resolved;
    b.agreementConfirmed = agreementConfirmed;
    b.rating = rating;
    b.solved = solved;
    b.responded = responded;
    b.followedUp = followedUp;
    b.reopened = reopened;
    b.returned = returned;
    b.escalated = escalated;
    b.repeat = repeat;
    b.litigated = litigated;
    b.personVisits = personVisits;
    return b;
  }

  /**
   * Whether the case was concluded no later than its due instant; a case without a
   * deadline is on time once concluded.
   *
   * @return true if concluded on time
   */
  public boolean concludedOnTime() {
    return concludedAt.isPresent()
        && (dueAt.isEmpty() || !concludedAt.get().isAfter(dueAt.get()));
  }

  /**
   * Builds a {@link CaseFact}; unset optional columns are absent or false, person-visits 1.
   *
   * <pre>{@code
   * CaseFact f = CaseFact.builder("C1", CaseType.DISPUTE, "dispute.labour",
   *     DivisionCode.parse("150502"), Instant.parse("2022-03-01T00:00:00Z")).build();
   * }</pre>
   */
  public static final class Builder {
    private String caseId;
    private CaseType type;
    private String category;
    private DivisionCode division;
    private Instant registeredAt;
    private Optional<GridCode> grid = Optional.empty();
    private Optional<String> department = Optional.empty();
    private Optional<Instant> acceptedAt = Optional.empty();
    private Optional<Instant> dueAt = Optional.empty();
    private Optional<Instant> concludedAt = Optional.empty();
    private Optional<Instant> closedAt = Optional.empty();
    private boolean resolved;
    private boolean agreementConfirmed;
    private Optional<Rating> rating = Optional.empty();
    private boolean solved;
    private boolean responded;
    private boolean followedUp;
    private boolean reopened;
    private boolean returned;
    private boolean escalated;
    private boolean repeat;
    private boolean litigated;
    private int personVisits = 1;

    private Builder(String caseId, CaseType type, String category, DivisionCode division,
        Instant registeredAt) {
      this.caseId = caseId;
      this.type = type;
      this.category = category;
      this.division = division;
      this.registeredAt = registeredAt;
    }

    /**
     * Sets the case id.
     *
     * @param caseId the id
     * @return this builder
     */
    public Builder caseId(String caseId) {
      this.caseId = caseId;
      return this;
    }

    /**
     * Sets the case type.
     *
     * @param type the type
     * @return this builder
     */
    public Builder type(CaseType type) {
      this.type = type;
      return this;
    }

    /**
     * Sets the category code.
     *
     * @param category the code
     * @return this builder
     */
    public Builder category(String category) {
      this.category = category;
      return this;
    }

    /**
     * Sets the division.
     *
     * @param division the division
     * @return this builder
     */
    public Builder division(DivisionCode division) {
      this.division = division;
      return this;
    }

    /**
     * Sets the registration instant.
     *
     * @param at the instant
     * @return this builder
     */
    public Builder registeredAt(Instant at) {
      this.registeredAt = at;
      return this;
    }

    /**
     * Sets the grid.
     *
     * @param grid the grid, or empty
     * @return this builder
     */
    public Builder grid(Optional<GridCode> grid) {
      this.grid = grid;
      return this;
    }

    /**
     * Sets the grid.
     *
     * @param grid the grid
     * @return this builder
     */
    public Builder grid(GridCode grid) {
      return grid(Optional.of(grid));
    }

    /**
     * Sets the handling department.
     *
     * @param department the department id, or empty
     * @return this builder
     */
    public Builder department(Optional<String> department) {
      this.department = department;
      return this;
    }

    /**
     * Sets the handling department.
     *
     * @param department the department id
     * @return this builder
     */
    public Builder department(String department) {
      return department(Optional.of(department));
    }

    /**
     * Sets or clears the acceptance instant.
     *
     * @param at the instant, or empty
     * @return this builder
     */
    public Builder acceptedAt(Optional<Instant> at) {
      this.acceptedAt = at;
      return this;
    }

    /**
     * Sets the acceptance instant.
     *
     * @param at the instant
     * @return this builder
     */
    public Builder acceptedAt(Instant at) {
      return acceptedAt(Optional.of(at));
    }

    /**
     * Sets or clears the due instant.
     *
     * @param at the instant, or empty
     * @return this builder
     */
    public Builder dueAt(Optional<Instant> at) {
      this.dueAt = at;
      return this;
    }

    /**
     * Sets the due instant.
     *
     * @param at the instant
     * @return this builder
     */
    public Builder dueAt(Instant at) {
      return dueAt(Optional.of(at));
    }

    /**
     * Sets or clears the conclusion instant.
     *
     * @param at the instant, or empty
     * @return this builder
     */
    public Builder concludedAt(Optional<Instant> at) {
      this.concludedAt = at;
      return this;
    }

    /**
     * Sets the conclusion instant.
     *
     * @param at the instant
     * @return this builder
     */
    public Builder concludedAt(Instant at) {
      return concludedAt(Optional.of(at));
    }

    /**
     * Sets or clears the closing instant.
     *
     * @param at the instant, or empty
     * @return this builder
     */
    public Builder closedAt(Optional<Instant> at) {
      this.closedAt = at;
      return this;
    }

    /**
     * Sets the closing instant.
     *
     * @param at the instant
     * @return this builder
     */
    public Builder closedAt(Instant at) {
      return closedAt(Optional.of(at));
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
    public Builder agreementConfirmed(boolean value) {
      this.agreementConfirmed = value;
      return this;
    }

    /**
     * Sets or clears the rating.
     *
     * @param value the rating, or empty
     * @return this builder
     */
    public Builder rating(Optional<Rating> value) {
      this.rating = value;
      return this;
    }

    /**
     * Sets the rating.
     *
     * @param value the rating
     * @return this builder
     */
    public Builder rating(Rating value) {
      return rating(Optional.of(value));
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
     * Checks and builds the fact.
     *
     * @return the fact
     * @throws InvalidValueException {@code metrics.fact} naming the rule broken
     */
    public CaseFact build() {
      return new CaseFact(caseId, type, category, division, grid, department, registeredAt,
          acceptedAt, dueAt, concludedAt, closedAt, resolved, agreementConfirmed, rating,
          solved, responded, followedUp, reopened, returned, escalated, repeat, litigated,
          personVisits);
    }
  }
}
