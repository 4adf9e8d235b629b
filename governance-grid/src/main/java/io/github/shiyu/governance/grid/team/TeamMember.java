package io.github.shiyu.governance.grid.team;

import io.github.shiyu.governance.core.InvalidValueException;
import io.github.shiyu.governance.core.org.Department;
import io.github.shiyu.governance.core.party.MaskingPolicy;
import java.util.Objects;
import java.util.Optional;

/**
 * A member of a grid team. The name is personal data: {@link #toString()} masks it.
 *
 * <pre>{@code
 * TeamMember worker = TeamMember.of("w-17", "张三", GridRole.FULL_TIME_WORKER);
 * TeamMember police = TeamMember.liaison("p-3", "李四", policeStation);
 * worker.toString();   // TeamMember[w-17 张* FULL_TIME_WORKER]
 * }</pre>
 *
 * @param id the vendor's stable identifier (used for workload and tie-breaking)
 * @param name the person's name (personal data)
 * @param role the role in the team
 * @param department the department a liaison comes from; empty for other roles
 */
public record TeamMember(String id, String name, GridRole role, Optional<Department> department) {

  /**
   * Checks the fields.
   *
   * @throws InvalidValueException {@link LayerErrors#BLANK} for a blank id or name
   */
  public TeamMember {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(department, "department");
    if (id.isBlank()) {
      throw new InvalidValueException(TeamErrors.MEMBER_BLANK, "team member id");
    }
    if (name.isBlank()) {
      throw new InvalidValueException(TeamErrors.MEMBER_BLANK, "name of team member " + id);
    }
  }

  /**
   * A member without a department.
   *
   * @param id the identifier
   * @param name the name
   * @param role the role
   * @return the member
   */
  public static TeamMember of(String id, String name, GridRole role) {
    return new TeamMember(id, name, role, Optional.empty());
  }

  /**
   * A department liaison (下沉部门人员).
   *
   * @param id the identifier
   * @param name the name
   * @param department the department the person comes from
   * @return the member
   */
  public static TeamMember liaison(String id, String name, Department department) {
    return new TeamMember(id, name, GridRole.DEPARTMENT_LIAISON, Optional.of(department));
  }

  /**
   * The name masked by the default policy, for display in logs and explanations.
   *
   * @return e.g. {@code 张*}
   */
  public String maskedName() {
    return MaskingPolicy.defaults().maskName(name);
  }

  @Override
  public String toString() {
    return "TeamMember[" + id + " " + maskedName() + " " + role + "]";
  }
}
