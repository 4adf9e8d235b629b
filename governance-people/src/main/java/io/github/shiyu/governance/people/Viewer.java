package io.github.shiyu.governance.people;

import io.github.shiyu.governance.core.category.CaseCategory;
import io.github.shiyu.governance.core.grid.GridCode;
import java.util.Objects;

/**
 * Who reads the register, in which role and over what scope: a grid worker over one grid, a
 * department over one population category (and what is under it), or the supervising office.
 *
 * <pre>{@code
 * Viewer w = Viewer.gridWorker("gw-017", GridCode.parse("370705001001001"));
 * Viewer d = Viewer.department("kuiwen-judicial", PopulationTaxonomy.NONCUSTODIAL);
 * }</pre>
 *
 * @param id    the user id
 * @param role  the role
 * @param scope the grid code (grid worker), the category code (department) or {@code *}
 */
public record Viewer(String id, Role role, String scope) {

  /** The roles of the access policy table (ADR 0016). */
  public enum Role {
    /** A grid worker: own grid only; category, level, period, name and phone; no resident id, no legal basis. */
    GRID_WORKER,
    /** A department: persons of its own category; every field. */
    DEPARTMENT,
    /** The supervising office: every person, every field. */
    SUPERVISING_OFFICE
  }

  /**
   * Checks for null.
   *
   * @param id    the user id
   * @param role  the role
   * @param scope the scope
   */
  public Viewer {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(scope, "scope");
  }

  /**
   * A grid worker.
   *
   * @param id   the user id
   * @param grid the worker's grid
   * @return the viewer
   */
  public static Viewer gridWorker(String id, GridCode grid) {
    return new Viewer(id, Role.GRID_WORKER, grid.value());
  }

  /**
   * A department responsible for a category.
   *
   * @param id       the user id
   * @param category the category
   * @return the viewer
   */
  public static Viewer department(String id, CaseCategory category) {
    return new Viewer(id, Role.DEPARTMENT, category.code());
  }

  /**
   * The supervising office.
   *
   * @param id the user id
   * @return the viewer
   */
  public static Viewer office(String id) {
    return new Viewer(id, Role.SUPERVISING_OFFICE, "*");
  }
}
