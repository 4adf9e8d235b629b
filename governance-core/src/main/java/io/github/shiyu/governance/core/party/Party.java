package io.github.shiyu.governance.core.party;

import io.github.shiyu.governance.core.ErrorCode;
import io.github.shiyu.governance.core.InvalidValueException;
import java.util.Objects;
import java.util.Optional;

/**
 * A person or organisation involved in a case (当事人 / 群众), with its role, identifier and
 * contact phone.
 *
 * <p>A person's name, ID number and phone are personal data: {@link #toString()} masks them
 * with {@link MaskingPolicy#defaults()}. The raw values come out through {@link #name()},
 * {@link #residentId()}{@code .map(ResidentId::reveal)} and
 * {@link #phone()}{@code .map(PhoneNumber::reveal)}. An organisation's name and credit code
 * are shown in full; its contact phone is masked (it is often a person's mobile).
 *
 * <pre>{@code
 * Party applicant = Party.person("欧阳娜娜", PartyRole.APPLICANT)
 *     .withResidentId(ResidentId.parse("11010519491231002X"))
 *     .withPhone(PhoneNumber.parse("13812345678"));
 * applicant.toString();
 * // "Party[PERSON 欧阳** APPLICANT residentId=110105********002X phone=138****5678]"
 * Party company = Party.organisation("某某物业服务有限公司",
 *     CreditCode.parse("91330100716105852F"), PartyRole.RESPONDENT);
 * }</pre>
 */
public final class Party {

  /** {@code party.name}: a blank, over-long or control-character name. */
  public static final ErrorCode NAME = ErrorCode.of("party.name",
      "a party's name must have 1-{0} characters, no control characters and not be blank",
      "当事人名称应为1-{0}个字符，不能为空白，不能含控制字符");
  /** {@code party.resident_id}: a resident ID given to an organisation. */
  public static final ErrorCode RESIDENT_ID = ErrorCode.of("party.resident_id",
      "only a person has a resident ID number",
      "只有自然人才有公民身份号码");

  /** The longest accepted name, in characters (code points). */
  public static final int MAX_NAME_LENGTH = 200;

  /**
   * Person or organisation.
   *
   * <pre>{@code
   * Party.person("张三", PartyRole.APPLICANT).kind();   // PERSON
   * }</pre>
   */
  public enum Kind {
    /** 自然人. */
    PERSON,
    /** 法人或其他组织. */
    ORGANISATION
  }

  private final Kind kind;
  private final String name;
  private final PartyRole role;
  private final ResidentId residentId;
  private final CreditCode creditCode;
  private final PhoneNumber phone;

  private Party(Kind kind, String name, PartyRole role, ResidentId residentId,
      CreditCode creditCode, PhoneNumber phone) {
    this.kind = kind;
    this.name = name;
    this.role = Objects.requireNonNull(role, "role");
    this.residentId = residentId;
    this.creditCode = creditCode;
    this.phone = phone;
  }

  /**
   * A person.
   *
   * @param name the name, surrounding white space removed
   * @param role the role in the case
   * @return the party
   * @throws InvalidValueException {@code party.name}
   */
  public static Party person(String name, PartyRole role) {
    return new Party(Kind.PERSON, checkName(name), role, null, null, null);
  }

  /**
   * An organisation with its credit code.
   *
   * @param name the registered name
   * @param code the unified social credit code
   * @param role the role in the case
   * @return the party
   * @throws InvalidValueException {@code party.name}
   */
  public static Party organisation(String name, CreditCode code, PartyRole role) {
    return new Party(Kind.ORGANISATION, checkName(name), role, null,
        Objects.requireNonNull(code, "code"), null);
  }

  /**
   * An organisation whose credit code is not known (an unregistered group, a residents'
   * group).
   *
   * @param name the name
   * @param role the role in the case
   * @return the party
   * @throws InvalidValueException {@code party.name}
   */
  public static Party organisation(String name, PartyRole role) {
    return new Party(Kind.ORGANISATION, checkName(name), role, null, null, null);
  }

  /**
   * This person with an ID number.
   *
   * @param id the ID
   * @return a new party
   * @throws InvalidValueException {@code party.resident_id} for an organisation
   */
  public Party withResidentId(ResidentId id) {
    Objects.requireNonNull(id, "id");
    if (kind != Kind.PERSON) {
      throw new InvalidValueException(RESIDENT_ID);
    }
    return new Party(kind, name, role, id, creditCode, phone);
  }

  /**
   * This party with a contact phone.
   *
   * @param number the phone
   * @return a new party
   */
  public Party withPhone(PhoneNumber number) {
    return new Party(kind, name, role, residentId, creditCode,
        Objects.requireNonNull(number, "number"));
  }

  /**
   * This party in another role.
   *
   * @param newRole the role
   * @return a new party
   */
  public Party withRole(PartyRole newRole) {
    return new Party(kind, name, newRole, residentId, creditCode, phone);
  }

  /**
   * Person or organisation.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  /**
   * Whether this is a person, whose name is personal data.
   *
   * @return {@code true} for a person
   */
  public boolean isPerson() {
    return kind == Kind.PERSON;
  }

  /**
   * The full name: personal data for a person. Show {@link #maskedName()} instead.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * The name as it may be shown: masked by {@link MaskingPolicy#defaults()} for a person,
   * in full for an organisation.
   *
   * @return e.g. {@code 张*}
   */
  public String maskedName() {
    return maskedName(MaskingPolicy.defaults());
  }

  /**
   * The name as it may be shown under a policy.
   *
   * @param policy the policy
   * @return the masked name of a person, the full name of an organisation
   */
  public String maskedName(MaskingPolicy policy) {
    return kind == Kind.PERSON ? policy.maskName(name) : name;
  }

  /**
   * The role in the case.
   *
   * @return the role
   */
  public PartyRole role() {
    return role;
  }

  /**
   * A person's ID number.
   *
   * @return the ID, empty if not given or for an organisation
   */
  public Optional<ResidentId> residentId() {
    return Optional.ofNullable(residentId);
  }

  /**
   * An organisation's credit code.
   *
   * @return the code, empty if not given or for a person
   */
  public Optional<CreditCode> creditCode() {
    return Optional.ofNullable(creditCode);
  }

  /**
   * The contact phone.
   *
   * @return the phone, empty if not given
   */
  public Optional<PhoneNumber> phone() {
    return Optional.ofNullable(phone);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Party p && p.kind == kind && p.name.equals(name) && p.role == role
        && Objects.equals(p.residentId, residentId) && Objects.equals(p.creditCode, creditCode)
        && Objects.equals(p.phone, phone);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, name, role, residentId, creditCode, phone);
  }

  /**
   * A description with personal data masked.
   *
   * @return e.g. {@code Party[PERSON 张* APPLICANT phone=138****5678]}
   */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("Party[").append(kind).append(' ')
        .append(maskedName()).append(' ').append(role);
    if (residentId != null) {
      out.append(" residentId=").append(residentId.masked());
    }
    if (creditCode != null) {
      out.append(" creditCode=").append(creditCode.value());
    }
    if (phone != null) {
      out.append(" phone=").append(phone.masked());
    }
    return out.append(']').toString();
  }

  private static String checkName(String name) {
    Objects.requireNonNull(name, "name");
    String stripped = name.strip();
    int length = stripped.codePointCount(0, stripped.length());
    if (length == 0 || length > MAX_NAME_LENGTH
        || stripped.codePoints().anyMatch(Character::isISOControl)) {
      throw new InvalidValueException(NAME, MAX_NAME_LENGTH);
    }
    return stripped;
  }
}
