package io.github.shiyu.governance.people;

import io.github.shiyu.governance.cases.CaseId;
import io.github.shiyu.governance.core.InvalidValueException;
import io.github.shiyu.governance.core.category.CaseCategory;
import io.github.shiyu.governance.core.geo.GeoPoint;
import io.github.shiyu.governance.core.grid.GridCode;
import io.github.shiyu.governance.core.time.WorkCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One entry of a grid worker's {@link GridDiary} (民情日记): who visited (the worker), whom (a
 * person under supervision) or which household, where (the grid, and the terminal's position
 * if it took one), when, under which duty, what was found, and the follow-up case if the
 * finding became one.
 *
 * <p>What was found is free text about residents and is kept out of {@code toString}, as is the
 * position (it points at a home).
 *
 * <pre>{@code
 * VisitRecord r = VisitRecord.builder("MQ-gw-017-0001", "gw-017", grid,
 *         DutyTaxonomy.SENTIMENT_VISIT, Instant.parse("2026-03-02T02:00:00Z"))
 *     .household(HouseholdId.of("H-0042"))
 *     .findings("楼道堆放杂物")
 *     .followUp(CaseId.of("GI-2026-0001"))
 *     .build();
 * r.day();   // 2026-03-02, in Asia/Shanghai
 * }</pre>
 */
public final class VisitRecord {

  private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,60}");

  private final String id;
  private final String worker;
  private final GridCode grid;
  private final CaseCategory duty;
  private final Instant at;
  private final PersonId person;
  private final HouseholdId household;
  private final GeoPoint location;
  private final String findings;
  private final CaseId followUp;

  private VisitRecord(Builder b) {
    this.id = b.id;
    this.worker = b.worker;
    this.grid = b.grid;
    this.duty = b.duty;
    this.at = b.at;
    this.person = b.person;
    this.household = b.household;
    this.location = b.location;
    this.findings = b.findings;
    this.followUp = b.followUp;
  }

  /**
   * Starts a record.
   *
   * @param id     the entry's id (1 to 60 letters, digits, {@code -} or {@code _}, so that
   *               its follow-up case id fits), unique in the diary
   * @param worker the grid worker's id
   * @param grid   the grid visited
   * @param duty   a duty under {@link DutyTaxonomy#DUTY}
   * @param at     when
   * @return a builder
   */
  public static Builder builder(String id, String worker, GridCode grid, CaseCategory duty,
      Instant at) {
    return new Builder(id, worker, grid, duty, at);
  }

  /**
   * A builder holding this record, to derive a corrected one.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    Builder b = new Builder(id, worker, grid, duty, at);
    b.person = person;
    b.household = household;
    b.location = location;
    b.findings = findings;
    b.followUp = followUp;
    return b;
  }

  static boolean isWellFormedId(String id) {
    return ID.matcher(id).matches();
  }

  /** @return the entry's id */
  public String id() {
    return id;
  }

  /** @return the grid worker's id */
  public String worker() {
    return worker;
  }

  /** @return the grid visited */
  public GridCode grid() {
    return grid;
  }

  /** @return the duty the visit served */
  public CaseCategory duty() {
    return duty;
  }

  /** @return when */
  public Instant at() {
    return at;
  }

  /** @return the day in Asia/Shanghai */
  public LocalDate day() {
    return at.atZone(WorkCalendar.ZONE).toLocalDate();
  }

  /** @return the person under supervision visited, if any */
  public Optional<PersonId> person() {
    return Optional.ofNullable(person);
  }

  /** @return the household visited, if any (a patrol names none) */
  public Optional<HouseholdId> household() {
    return Optional.ofNullable(household);
  }

  /** @return the terminal's position, if it took one (sensitive: it points at a home) */
  public Optional<GeoPoint> location() {
    return Optional.ofNullable(location);
  }

  /** @return what was found (free text, possibly empty; sensitive) */
  public String findings() {
    return findings;
  }

  /** @return the case the finding became, if any */
  public Optional<CaseId> followUp() {
    return Optional.ofNullable(followUp);
  }

  /**
   * The supervision visit this entry counts as, for the {@link VisitMonitor}.
   *
   * @return the visit, if a person under supervision was visited
   */
  public Optional<Visit> asVisit() {
    return person().map(p -> Visit.of(p, worker, day()));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof VisitRecord r && id.equals(r.id) && worker.equals(r.worker)
        && grid.equals(r.grid) && duty.equals(r.duty) && at.equals(r.at)
        && Objects.equals(person, r.person) && Objects.equals(household, r.household)
        && Objects.equals(location, r.location) && findings.equals(r.findings)
        && Objects.equals(followUp, r.followUp);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, worker, grid, duty, at, person, household, location, findings,
        followUp);
  }

  @Override
  public String toString() {
    return "VisitRecord[" + id + " " + worker + " grid " + grid + " " + duty.code() + " at " + at
        + (person == null ? "" : " person " + person)
        + (household == null ? "" : " household " + household)
        + (followUp == null ? "" : " follow-up " + followUp) + "]";
  }

  /**
   * Builds a {@link VisitRecord}; {@link #build()} checks it.
   *
   * <pre>{@code
   * VisitRecord.builder("MQ-1", "gw-017", grid, DutyTaxonomy.BASIC_INFORMATION, now)
   *     .household(HouseholdId.of("H-0042")).build();
   * }</pre>
   */
  public static final class Builder {
    private final String id;
    private final String worker;
    private final GridCode grid;
    private final CaseCategory duty;
    private final Instant at;
    private PersonId person;
    private HouseholdId household;
    private GeoPoint location;
    private String findings = "";
    private CaseId followUp;

    private Builder(String id, String worker, GridCode grid, CaseCategory duty, Instant at) {
      this.id = Objects.requireNonNull(id, "id");
      this.worker = Objects.requireNonNull(worker, "worker");
      this.grid = Objects.requireNonNull(grid, "grid");
      this.duty = Objects.requireNonNull(duty, "duty");
      this.at = Objects.requireNonNull(at, "at");
    }

    /**
     * The person under supervision visited.
     *
     * @param value the person
     * @return this builder
     */
    public Builder person(PersonId value) {
      this.person = Objects.requireNonNull(value, "person");
      return this;
    }

    /**
     * The household visited.
     *
     * @param value the household
     * @return this builder
     */
    public Builder household(HouseholdId value) {
      this.household = Objects.requireNonNull(value, "household");
      return this;
    }

    /**
     * The terminal's position.
     *
     * @param value the position
     * @return this builder
     */
    public Builder location(GeoPoint value) {
      this.location = Objects.requireNonNull(value, "location");
      return this;
    }

    /**
     * Drops the position.
     *
     * @return this builder
     */
    public Builder withoutLocation() {
      this.location = null;
      return this;
    }

    /**
     * What was found.
     *
     * @param value free text (empty: nothing of note)
     * @return this builder
     */
    public Builder findings(String value) {
      this.findings = Objects.requireNonNull(value, "findings");
      return this;
    }

    /**
     * The case the finding became.
     *
     * @param value the case id
     * @return this builder
     */
    public Builder followUp(CaseId value) {
      this.followUp = Objects.requireNonNull(value, "followUp");
      return this;
    }

    /**
     * Checks and builds the record.
     *
     * @return the record
     * @throws InvalidValueException {@link PeopleErrors#VISIT_RECORD} for a malformed id,
     *     {@link PeopleErrors#BLANK} for a blank worker, {@link PeopleErrors#CATEGORY} for a
     *     duty outside the duty taxonomy
     */
    public VisitRecord build() {
      if (!ID.matcher(id).matches()) {
        throw new InvalidValueException(PeopleErrors.VISIT_RECORD);
      }
      if (worker.isBlank()) {
        throw new InvalidValueException(PeopleErrors.BLANK, "worker");
      }
      if (!duty.isWithin(DutyTaxonomy.DUTY)) {
        throw new InvalidValueException(PeopleErrors.CATEGORY, duty.code(), "duty");
      }
      return new VisitRecord(this);
    }
  }
}
