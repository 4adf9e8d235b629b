package io.github.shiyu.governance.core.org;

import io.github.shiyu.governance.core.InvalidValueException;
import io.github.shiyu.governance.core.division.DivisionCode;
import io.github.shiyu.governance.core.division.DivisionLevel;
import java.util.Objects;

/**
 * A city operations center (城运中心, 城市运行管理中心) that receives hotline and
 * city-management work orders and dispatches them to departments.
 *
 * <pre>{@code
 * OperationsCenter ops = OperationsCenter.of("ops-4290", "仙桃市城市运行管理中心",
 *     DivisionCode.parse("429004"));
 * ops.level();   // COUNTY
 * }</pre>
 *
 * @param id       the vendor's stable identifier
 * @param name     the display name
 * @param division the division the center serves
 */
public record OperationsCenter(String id, String name, DivisionCode division) {

  /**
   * Checks the fields.
   *
   * @throws InvalidValueException {@link OrgErrors#BLANK} for a blank id or name
   */
  public OperationsCenter {
    id = Names.require(id, "operations center", "id");
    name = Names.require(name, "operations center", "name");
    Objects.requireNonNull(division, "division");
  }

  /**
   * Creates an operations center.
   *
   * @param id       the identifier
   * @param name     the name
   * @param division the division it serves
   * @return the center
   */
  public static OperationsCenter of(String id, String name, DivisionCode division) {
    return new OperationsCenter(id, name, division);
  }

  /**
   * The level of the division the center serves.
   *
   * @return the division's level
   */
  public DivisionLevel level() {
    return division.level();
  }
}
