package io.github.shiyu.governance.cases;

import io.github.shiyu.governance.core.InvalidValueException;
import java.util.regex.Pattern;

/**
 * What an actor acts as when it issues a command: the workflow says which roles may fire
 * each transition. The constants are the roles of the standard workflows; a vendor may
 * define more with {@link #of(String)}.
 *
 * <pre>{@code
 * Role dispatcher = Role.OPERATIONS_CENTER;
 * Role inspector = Role.of("QUALITY_INSPECTOR");   // a vendor's own role
 * }</pre>
 *
 * @param name upper-case name, e.g. {@code GRID_WORKER}
 */
public record Role(String name) {

  private static final Pattern NAME = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");

  /** 群众 / 当事人: the citizen or party who raised the case. */
  public static final Role CITIZEN = new Role("CITIZEN");
  /** 网格员: the worker responsible for a grid. */
  public static final Role GRID_WORKER = new Role("GRID_WORKER");
  /** 城运中心 / 12345 受理员: the operations center that registers and dispatches work orders. */
  public static final Role OPERATIONS_CENTER = new Role("OPERATIONS_CENTER");
  /** 综治中心: the governance center that accepts, routes and verifies cases. */
  public static final Role GOVERNANCE_CENTER = new Role("GOVERNANCE_CENTER");
  /** 职能部门: a functional department that handles what it was given. */
  public static final Role DEPARTMENT = new Role("DEPARTMENT");
  /** 调解员: a people's mediator. */
  public static final Role MEDIATOR = new Role("MEDIATOR");
  /** 包保领导 / 牵头领导: the official who owns a major case. */
  public static final Role LEAD_OFFICIAL = new Role("LEAD_OFFICIAL");
  /** 信访工作机构: the petition office of a level. */
  public static final Role PETITION_OFFICE = new Role("PETITION_OFFICE");
  /** 信访代办员: an official who files and follows a petition for the citizen. */
  public static final Role PETITION_PROXY = new Role("PETITION_PROXY");
  /** 机关负责人: the head of a body, who approves petition extensions. */
  public static final Role HEAD_OF_BODY = new Role("HEAD_OF_BODY");
  /** 督办: a superior who presses for progress. */
  public static final Role SUPERVISOR = new Role("SUPERVISOR");
  /** 人民法院: a court (delegates pre-litigation mediation, confirms agreements). */
  public static final Role COURT = new Role("COURT");
  /** The SDK itself: deadline monitor, escalation policy, lapsed windows. */
  public static final Role SYSTEM = new Role("SYSTEM");

  /**
   * Checks the name.
   *
   * @throws InvalidValueException {@code case.role} unless upper-case letters, digits and
   *     underscores starting with a letter, at most 64
   */
  public Role {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new InvalidValueException(CaseErrors.ROLE, String.valueOf(name));
    }
  }

  /**
   * A role by name.
   *
   * @param name upper-case name such as {@code QUALITY_INSPECTOR}
   * @return the role
   */
  public static Role of(String name) {
    return new Role(name);
  }

  @Override
  public String toString() {
    return name;
  }
}
