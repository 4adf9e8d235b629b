package io.github.shiyu.governance.grid.team;

import io.github.shiyu.governance.core.InvalidValueException;
import io.github.shiyu.governance.core.org.Department;
import io.github.shiyu.governance.core.party.MaskingPolicy;
import java.util.Objects;
import java.util.Optional;

/**
 * A member of a grid team: immutable, compared by all its fields. The name is personal data:
 * {@link #toString()} masks it.
 *
 * <pre>{@code
 * TeamMember worker = TeamMember.of("w-17", "张三", TeamRole.GRID_WORKER_FULL_TIME);
 * TeamMember police = TeamMember.liaison("p-3", "李四", policeStation);
 * worker.toString();         // TeamMember[w-17 张* GRID_WORKER_FULL_TIME]
 * police.department();       // Optional[Department[id=police-001, ...]]
 * }</pre>
 */
public final class TeamMember {

  private final String id;
  private final String name;
  private final TeamRole role;
  /** The liaison's department; null for every other member (never handed out as null). */
  private final Department department;

  private TeamMember(String id, String name, TeamRole role, Department department) {
    this.id = Objects.requireNonNull(id, "id");
    this.name = Objects.requireNonNull(name, "name");
    this.role = Objects.requireNonNull(role, "role");
    this.department = department;
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
   * @param id the vendor's stable identifier (used for workload and tie-breaking)
   * @param name the person's name (personal data)
   * @param role the role in the team
   * @return the member
   * @throws InvalidValueException {@link TeamErrors#MEMBER_BLANK} for a blank id or name
   */
  public static TeamMember of(String id, String name, TeamRole role) {
    return new TeamMember(id, name, role, null);
  }

  /**
   * A department liaison (下沉部门人员).
   *
   * @param id the identifier
   * @param name the name (personal data)
   * @param department the department the person comes from
   * @return the member, in role {@link TeamRole#DEPARTMENT_LIAISON}
   * @throws InvalidValueException {@link TeamErrors#MEMBER_BLANK} for a blank id or name
   */
  public static TeamMember liaison(String id, String name, Department department) {
    return new TeamMember(id, name, TeamRole.DEPARTMENT_LIAISON, Objects.requireNonNull(department, "department"));
  }

  /**
   * The vendor's stable identifier.
   *
   * @return e.g. {@code w-17}
   */
  public String id() {
    return id;
  }

  /**
   * The person's name, unmasked: personal data.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * The role in the team.
   *
   * @return the role
   */
  public TeamRole role() {
    return role;
  }

  /**
   * The department a liaison comes from.
   *
   * @return the department, or empty for a member made with {@link #of}
   */
  public Optional<Department> department() {
    return Optional.ofNullable(department);
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
  public boolean equals(Object o) {
    return o instanceof TeamMember other && id.equals(other.id) && name.equals(other.name)
        && role == other.role && Objects.equals(department, other.department);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, name, role, department);
  }

  @Override
  public String toString() {
    return "TeamMember[" + id + " " + maskedName() + " " + role + "]";
  }
}
