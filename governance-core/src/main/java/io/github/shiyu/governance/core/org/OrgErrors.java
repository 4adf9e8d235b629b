package io.github.shiyu.governance.core.org;

import io.github.shiyu.governance.core.ErrorCode;

/**
 * The error codes of organisations, with English and Chinese templates.
 *
 * <pre>{@code
 * try {
 *   Department.of(" ", "人社局", DivisionCode.parse("429004"));
 * } catch (InvalidValueException e) {
 *   e.code() == OrgErrors.BLANK;   // true
 * }
 * }</pre>
 */
public final class OrgErrors {

  /** {@code org.blank}: an id or name is blank. */
  public static final ErrorCode BLANK = ErrorCode.of("org.blank",
      "the {1} of {0} is blank", "{0}的{1}为空");

  /** {@code org.expert_field}: an expert field's code or names are malformed. */
  public static final ErrorCode EXPERT_FIELD = ErrorCode.of("org.expert_field",
      "expert field, {0}: {1}", "专家类别，{0}：{1}");

  private OrgErrors() {
  }
}
