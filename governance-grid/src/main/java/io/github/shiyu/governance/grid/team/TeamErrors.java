package io.github.shiyu.governance.grid.team;

import io.github.shiyu.governance.core.ErrorCode;

/**
 * The error codes of grid teams and staffing templates, with English and Chinese templates.
 *
 * <pre>{@code
 * try {
 *   StaffingTemplate.builder().role(TeamRole.GRID_LEADER, 2, 1).build();
 * } catch (InvalidValueException e) {
 *   e.code() == TeamErrors.STAFFING;   // staffing template: GRID_LEADER needs 0 <= minimum <= maximum ...
 * }
 * }</pre>
 */
public final class TeamErrors {

  /** {@code grid.staffing}: a staffing template's limits make no sense. */
  public static final ErrorCode STAFFING = ErrorCode.of("grid.staffing",
      "staffing template: {0}", "配置模板：{0}");

  /** {@code grid.member_blank}: a team member's id or name is blank. */
  public static final ErrorCode MEMBER_BLANK = ErrorCode.of("grid.member_blank",
      "{0} is blank", "{0}为空");

  private TeamErrors() {
  }
}
