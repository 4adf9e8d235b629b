package io.github.shiyu.governance.people;

import io.github.shiyu.governance.core.grid.GridCode;
import java.util.Objects;

/**
 * A household of a grid, as household coverage counts it: its id and the grid it belongs to.
 * The address and the members stay in the vendor's household register; coverage needs neither.
 *
 * <pre>{@code
 * Household h = Household.of(HouseholdId.of("H-0042"), GridCode.parse("370705001001001"));
 * }</pre>
 *
 * @param id   the household's id
 * @param grid the grid it belongs to
 */
public record Household(HouseholdId id, GridCode grid) {

  /**
   * Checks for null.
   *
   * @param id   the id
   * @param grid the grid
   */
  public Household {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(grid, "grid");
  }

  /**
   * A household.
   *
   * @param id   the id
   * @param grid the grid
   * @return the household
   */
  public static Household of(HouseholdId id, GridCode grid) {
    return new Household(id, grid);
  }
}
