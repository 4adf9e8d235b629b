package io.github.shiyu.governance.people;

import io.github.shiyu.governance.core.ErrorCode;

/**
 * The error codes of the people module. Arguments are identifiers and codes only, never a
 * name, resident id, phone number or legal basis.
 *
 * <pre>{@code
 * try {
 *   register.require(PersonId.of("KW-0001"));
 * } catch (MissingDataException e) {
 *   e.code() == PeopleErrors.UNKNOWN_PERSON;   // true
 * }
 * }</pre>
 */
public final class PeopleErrors {

  /** {@code people.person_id}: a person id is blank or has characters outside [A-Za-z0-9_-]. */
  public static final ErrorCode PERSON_ID = ErrorCode.of("people.person_id",
      "a person id must be 1 to 64 letters, digits, '-' or '_'", "人员编号应为1至64位字母、数字、'-'或'_'");

  /** {@code people.not_a_person}: the party under supervision is an organisation. */
  public static final ErrorCode NOT_A_PERSON = ErrorCode.of("people.not_a_person",
      "person {0}: only a natural person can be under supervision", "人员{0}：只有自然人可列为管控对象");

  /** {@code people.period}: the measure ends before it starts. */
  public static final ErrorCode PERIOD = ErrorCode.of("people.period",
      "person {0}: the measure ends on {2}, before it starts on {1}", "人员{0}：措施结束日期{2}早于开始日期{1}");

  /** {@code people.blank}: a required text (worker, legal basis, reason, key) is blank. */
  public static final ErrorCode BLANK = ErrorCode.of("people.blank",
      "{0} is blank", "{0}为空");

  /** {@code people.category}: a category or level is not in the population taxonomy. */
  public static final ErrorCode CATEGORY = ErrorCode.of("people.category",
      "{0} is not a {1} of the people module's taxonomies", "{0}不是人员或职责分类中的{1}");

  /** {@code people.unknown_person}: the register has no such person. */
  public static final ErrorCode UNKNOWN_PERSON = ErrorCode.of("people.unknown_person",
      "no person {0} in the register", "登记册中没有人员{0}");

  /** {@code people.already_enrolled}: a person is enrolled twice under different keys. */
  public static final ErrorCode ALREADY_ENROLLED = ErrorCode.of("people.already_enrolled",
      "person {0} is already in the register", "人员{0}已在登记册中");

  /** {@code people.version}: the caller's expected version is not the record's. */
  public static final ErrorCode VERSION = ErrorCode.of("people.version",
      "person {0}: expected version {1}, the record is at {2}", "人员{0}：预期版本{1}，实际版本{2}");

  /** {@code people.ended}: a change to a record whose measure has ended. */
  public static final ErrorCode ENDED = ErrorCode.of("people.ended",
      "person {0}: the measure has ended", "人员{0}：措施已结束");

  /** {@code people.replay}: events do not form one person's history 1, 2, 3, ... */
  public static final ErrorCode REPLAY = ErrorCode.of("people.replay",
      "event {1} of person {0} out of order (expected {2}, first must be an enrolment)",
      "人员{0}的事件{1}顺序错误（应为{2}，首个须为列管）");

  /** {@code people.frequency}: a visit rule's interval is not positive. */
  public static final ErrorCode FREQUENCY = ErrorCode.of("people.frequency",
      "a visit interval must be at least one day or week or month, got {0}", "走访间隔至少为1，实际为{0}");

  /** {@code people.access_denied}: the policy does not let this viewer read this field. */
  public static final ErrorCode ACCESS_DENIED = ErrorCode.of("people.access_denied",
      "{0} may not read {2} of person {1}", "{0}无权读取人员{1}的{2}");

  /** {@code people.household_id}: a household id is blank or has characters outside [A-Za-z0-9_-]. */
  public static final ErrorCode HOUSEHOLD_ID = ErrorCode.of("people.household_id",
      "a household id must be 1 to 64 letters, digits, '-' or '_'", "户编号应为1至64位字母、数字、'-'或'_'");

  /** {@code people.visit_record}: a visit record's id is blank or malformed. */
  public static final ErrorCode VISIT_RECORD = ErrorCode.of("people.visit_record",
      "a visit record id must be 1 to 60 letters, digits, '-' or '_'", "走访记录编号应为1至60位字母、数字、'-'或'_'");

  /** {@code people.record_conflict}: another visit record was recorded under the same id. */
  public static final ErrorCode RECORD_CONFLICT = ErrorCode.of("people.record_conflict",
      "visit record {0} was recorded before with other content", "走访记录{0}已以不同内容登记");

  /** {@code people.unknown_record}: the diary has no such entry. */
  public static final ErrorCode UNKNOWN_RECORD = ErrorCode.of("people.unknown_record",
      "no visit record {0} in the diary", "民情日记中没有走访记录{0}");

  /** {@code people.coverage}: a coverage definition or period range that cannot be counted. */
  public static final ErrorCode COVERAGE = ErrorCode.of("people.coverage",
      "household coverage cannot be counted with {0}", "无法按{0}统计入户走访覆盖率");

  private PeopleErrors() {
  }
}
