package io.github.shiyu.governance.people;

import io.github.shiyu.governance.core.InvalidValueException;
import io.github.shiyu.governance.core.category.CaseCategory;
import io.github.shiyu.governance.core.division.DivisionCode;
import io.github.shiyu.governance.core.grid.GridCode;
import java.util.Objects;
import java.util.Optional;

/**
 * Who reads the register, in which role and over what scope: a grid worker over one grid, a
 * department over one population category (and what is under it), or the supervising office;
 * a department or office may be limited to a division (a county's, a township's), whose grids
 * are those of the villages and communities under it.
 *
 * <pre>{@code
 * Viewer w = Viewer.gridWorker("gw-017", GridCode.parse("370705001001001"));
 * Viewer d = Viewer.department("kuiwen-judicial", PopulationTaxonomy.NONCUSTODIAL)
 *     .within(DivisionCode.parse("370705"));
 * Viewer o = Viewer.office("weifang-office");   // every person
 * }</pre>
 *
 */
public final class Viewer {

  /** The roles of the access policy table (ADR 0016). */
  public enum Role {
    /** A grid worker: own grid only; category, level, period, name and phone; no resident id, no legal basis. */
    GRID_WORKER,
    /** A department: persons of its own category (within its area); every field. */
    DEPARTMENT,
    /** The supervising office: every person (within its area); every field. */
    SUPERVISING_OFFICE
  }

  private final String id;
  private final Role role;
  private final String scope;
  private final DivisionCode area;

  private Viewer(String id, Role role, String scope, DivisionCode area) {
    this.id = Objects.requireNonNull(id, "id");
    this.role = Objects.requireNonNull(role, "role");
    this.scope = Objects.requireNonNull(scope, "scope");
    this.area = area;
    if (id.isBlank()) {
      throw new InvalidValueException(PeopleErrors.BLANK, "viewer id");
    }
    if (scope.isBlank()) {
      throw new InvalidValueException(PeopleErrors.BLANK, "viewer scope");
    }
  }

  /** @return the user id */
  public String id() {
    return id;
  }

  /** @return the role */
  public Role role() {
    return role;
  }

  /** @return the grid code (grid worker), the category code (department) or {@code *} */
  public String scope() {
    return scope;
  }

  /** @return the division the viewer is limited to, if any (never for a grid worker) */
  public Optional<DivisionCode> area() {
    return Optional.ofNullable(area);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Viewer v && id.equals(v.id) && role == v.role && scope.equals(v.scope)
        && Objects.equals(area, v.area);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, role, scope, area);
  }

  @Override
  public String toString() {
    return "Viewer[" + id + " " + role + " " + scope + (area == null ? "" : " within " + area)
        + "]";
  }

  /**
   * A viewer.
   *
   * @param id    the user id
   * @param role  the role
   * @param scope the grid code (grid worker), the category code (department) or {@code *}
   * @return the viewer, without an area
   * @throws InvalidValueException {@link PeopleErrors#BLANK} for a blank id or scope
   */
  public static Viewer of(String id, Role role, String scope) {
    return new Viewer(id, role, scope, null);
  }

  /**
   * A grid worker.
   *
   * @param id   the user id
   * @param grid the worker's grid
   * @return the viewer
   */
  public static Viewer gridWorker(String id, GridCode grid) {
    return new Viewer(id, Role.GRID_WORKER, grid.value(), null);
  }

  /**
   * A department responsible for a category, everywhere.
   *
   * @param id       the user id
   * @param category the category
   * @return the viewer
   */
  public static Viewer department(String id, CaseCategory category) {
    return new Viewer(id, Role.DEPARTMENT, category.code(), null);
  }

  /**
   * The supervising office, everywhere.
   *
   * @param id the user id
   * @return the viewer
   */
  public static Viewer office(String id) {
    return new Viewer(id, Role.SUPERVISING_OFFICE, "*", null);
  }

  /**
   * This viewer limited to a division: persons whose grid lies in it. A grid worker is
   * limited by the grid already and keeps it.
   *
   * @param division the division
   * @return the limited viewer
   */
  public Viewer within(DivisionCode division) {
    Objects.requireNonNull(division, "division");
    return role == Role.GRID_WORKER ? this : new Viewer(id, role, scope, division);
  }

  /**
   * Whether a person is in this viewer's scope (the table's "persons" column).
   *
   * @param person the person
   * @return true if the viewer may see the person at all
   */
  public boolean covers(SupervisedPerson person) {
    boolean inArea = area == null || area.contains(person.grid().community());
    return switch (role) {
      case SUPERVISING_OFFICE -> inArea;
      case DEPARTMENT -> inArea && (person.category().code().equals(scope)
          || person.category().code().startsWith(scope + "."));
      case GRID_WORKER -> person.grid().value().equals(scope);
    };
  }
}
