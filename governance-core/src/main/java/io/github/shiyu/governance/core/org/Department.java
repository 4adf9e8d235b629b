package io.github.shiyu.governance.core.org;

import io.github.shiyu.governance.core.InvalidValueException;
import io.github.shiyu.governance.core.division.DivisionCode;
import java.util.Objects;

/**
 * A functional department (职能部门) of a government, such as 住建局, 人社局 or 公安局, with the
 * division whose government it belongs to.
 *
 * <pre>{@code
 * Department labour = Department.of("hr-429004", "仙桃市人力资源和社会保障局",
 *     DivisionCode.parse("429004"));
 * }</pre>
 *
 * @param id       the vendor's stable identifier
 * @param name     the display name
 * @param division the division whose government the department belongs to
 */
public record Department(String id, String name, DivisionCode division) {

  /**
   * Checks the fields.
   *
   * @throws InvalidValueException {@link OrgErrors#BLANK} for a blank id or name
   */
  public Department {
    id = Names.require(id, "department", "id");
    name = Names.require(name, "department", "name");
    Objects.requireNonNull(division, "division");
  }

  /**
   * Creates a department.
   *
   * @param id       the identifier
   * @param name     the name
   * @param division the division it belongs to
   * @return the department
   */
  public static Department of(String id, String name, DivisionCode division) {
    return new Department(id, name, division);
  }
}
