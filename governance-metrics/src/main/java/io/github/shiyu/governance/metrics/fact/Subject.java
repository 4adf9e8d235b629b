package io.github.shiyu.governance.metrics.fact;

import io.github.shiyu.governance.cases.CaseId;
import io.github.shiyu.governance.cases.CaseType;
import io.github.shiyu.governance.core.InvalidValueException;
import io.github.shiyu.governance.core.category.CaseCategory;
import io.github.shiyu.governance.core.division.DivisionCode;
import io.github.shiyu.governance.core.grid.GridCode;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link CaseFact} is about and where, as known at registration: the case id, type,
 * category, division and grid, whether it repeats an earlier case (重复件) and how many people
 * came for it (人次). Immutable; the {@code with...} methods return copies.
 *
 * <pre>{@code
 * Subject s = Subject.of(CaseId.of("TL-1"), CaseType.DISPUTE,
 *         CategoryTaxonomy.standard().require("dispute.labour"),
 *         DivisionCode.parse("150502001001"))
 *     .withGrid(GridCode.parse("150502001001001"))
 *     .withPersonVisits(3);
 * s.grid();   // Optional[150502001001001]
 * }</pre>
 */
public final class Subject {

  private final CaseId id;
  private final CaseType type;
  private final CaseCategory category;
  private final DivisionCode division;
  private final GridCode grid;
  private final boolean repeat;
  private final int personVisits;

  Subject(CaseId id, CaseType type, CaseCategory category, DivisionCode division,
      GridCode grid, boolean repeat, int personVisits) {
    this.id = Objects.requireNonNull(id, "id");
    this.type = Objects.requireNonNull(type, "type");
    this.category = Objects.requireNonNull(category, "category");
    this.division = Objects.requireNonNull(division, "division");
    FactRules.subject(id.value(), division, grid, personVisits);
    this.grid = grid;
    this.repeat = repeat;
    this.personVisits = personVisits;
  }

  /**
   * A subject without a grid, not a repeat, with one person-visit.
   *
   * @param id       the case id
   * @param type     the case type
   * @param category the category
   * @param division where the case belongs, at the finest level known
   * @return the subject
   */
  public static Subject of(CaseId id, CaseType type, CaseCategory category,
      DivisionCode division) {
    return new Subject(id, type, category, division, null, false, 1);
  }

  /**
   * A copy in a grid.
   *
   * @param value the grid, inside the division
   * @return the copy
   * @throws InvalidValueException {@code metrics.fact} if the grid lies outside the division
   */
  public Subject withGrid(GridCode value) {
    return new Subject(id, type, category, division, Objects.requireNonNull(value, "grid"),
        repeat, personVisits);
  }

  /**
   * A copy without a grid.
   *
   * @return the copy
   */
  public Subject withoutGrid() {
    return new Subject(id, type, category, division, null, repeat, personVisits);
  }

  /**
   * A copy marked as a repeat, or not.
   *
   * @param value whether the case repeats an earlier one on the same matter
   * @return the copy
   */
  public Subject withRepeat(boolean value) {
    return new Subject(id, type, category, division, grid, value, personVisits);
  }

  /**
   * A copy with another number of person-visits.
   *
   * @param value at least 1
   * @return the copy
   * @throws InvalidValueException {@code metrics.fact} below 1
   */
  public Subject withPersonVisits(int value) {
    return new Subject(id, type, category, division, grid, repeat, value);
  }

  /**
   * The case's id (not personal data).
   *
   * @return the id
   */
  public CaseId id() {
    return id;
  }

  /**
   * The case type.
   *
   * @return the type
   */
  public CaseType type() {
    return type;
  }

  /**
   * The category.
   *
   * @return the category, such as {@code dispute.labour}
   */
  public CaseCategory category() {
    return category;
  }

  /**
   * Where the case belongs, at the finest level known.
   *
   * @return the division
   */
  public DivisionCode division() {
    return division;
  }

  /**
   * The grid, if the case belongs to one.
   *
   * @return the grid, or empty
   */
  public Optional<GridCode> grid() {
    return Optional.ofNullable(grid);
  }

  GridCode gridOrNull() {
    return grid;
  }

  /**
   * Whether the case repeats an earlier case on the same matter (重复件).
   *
   * @return the flag
   */
  public boolean repeat() {
    return repeat;
  }

  /**
   * 人次: the people who came for this case.
   *
   * @return at least 1
   */
  public int personVisits() {
    return personVisits;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Subject s && id.equals(s.id) && type == s.type
        && category.equals(s.category) && division.equals(s.division)
        && Objects.equals(grid, s.grid) && repeat == s.repeat
        && personVisits == s.personVisits;
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, type, category.code(), division, grid, repeat, personVisits);
  }

  @Override
  public String toString() {
    return "Subject[" + id + " " + type + " " + category.code() + " " + division
        + (grid == null ? "" : " grid " + grid) + (repeat ? " repeat" : "")
        + (personVisits == 1 ? "" : " " + personVisits + " person-visits") + "]";
  }
}
