package io.github.shiyu.governance.core.party;

import io.github.shiyu.governance.core.ErrorCode;
import io.github.shiyu.governance.core.InvalidValueException;
import java.util.Objects;
import java.util.Optional;

/**
 * An organisation's unified social credit code (统一社会信用代码, GB 32100-2015). Not personal
 * data: it is shown in full.
 *
 * <p>Eighteen characters from the 31-character alphabet {@code 0-9 A-H J-N P-R T-U W-Y}
 * (no I, O, S, V, Z): the registration authority (position 1: {@code 1}-{@code 9},
 * {@code A}, {@code N} or {@code Y}), the organisation type (position 2, any character of
 * the alphabet: its meaning depends on the authority), the 6-digit region code (positions
 * 3-8), the 9-character organisation code of GB 11714 with its own check character
 * (positions 9-17: eight characters and a check digit or {@code X}, weights
 * 3, 7, 9, 10, 5, 8, 4, 2, modulus 11), and the code's check character (position 18, weights
 * 3<sup>i</sup> mod 31, modulus 31). Lower-case letters are accepted and stored upper case.
 *
 * <pre>{@code
 * CreditCode code = CreditCode.parse("91330100716105852F");
 * code.value();                  // "91330100716105852F"
 * code.registrationAuthority();  // '9' (market regulation, 工商)
 * code.organisationCode();       // "716105852"
 * CreditCode.check("91330100716105852E");   // Optional[CHECK_CHARACTER]
 * }</pre>
 */
public final class CreditCode implements Comparable<CreditCode> {

  /**
   * The rule an input breaks, with its stable error code.
   *
   * <pre>{@code
   * CreditCode.check("9133010071610585").map(CreditCode.Problem::code);   // credit_code.length
   * }</pre>
   */
  public enum Problem {
    /** {@code credit_code.length}: not 18 characters. */
    LENGTH(ErrorCode.of("credit_code.length",
        "expected 18 characters, got {0}",
        "应为18位，实际为{0}位")),
    /** {@code credit_code.character}: a character outside 0-9 A-H J-N P-R T-U W-Y. */
    CHARACTER(ErrorCode.of("credit_code.character",
        "character {0} is not one of 0-9 A-H J-N P-R T-U W-Y",
        "第{0}位字符无效：应为0-9、A-H、J-N、P-R、T-U、W-Y之一")),
    /** {@code credit_code.registration_authority}: position 1 is not an authority code. */
    REGISTRATION_AUTHORITY(ErrorCode.of("credit_code.registration_authority",
        "character 1 is not a registration authority code (1-9, A, N, Y)",
        "第1位不是有效的登记管理部门代码（1-9、A、N、Y）")),
    /** {@code credit_code.region}: positions 3-8 are not six digits. */
    REGION(ErrorCode.of("credit_code.region",
        "characters 3-8 must be the 6-digit region code",
        "第3-8位应为6位数字的行政区划代码")),
    /** {@code credit_code.organisation_code}: positions 9-17 fail the GB 11714 check. */
    ORGANISATION_CODE(ErrorCode.of("credit_code.organisation_code",
        "characters 9-17 are not an organisation code: character 17 is not the GB 11714 check"
            + " character of characters 9-16",
        "第9-17位不是有效的组织机构代码：第17位与第9-16位的校验码（GB 11714）不符")),
    /** {@code credit_code.check_character}: position 18 does not match positions 1-17. */
    CHECK_CHARACTER(ErrorCode.of("credit_code.check_character",
        "character 18 is not the check character of characters 1-17 (GB 32100)",
        "第18位校验码与前17位不符（GB 32100）"));

    private final ErrorCode code;

    Problem(ErrorCode code) {
      this.code = code;
    }

    /**
     * The stable error code of this rule.
     *
     * @return the code, e.g. {@code credit_code.check_character}
     */
    public ErrorCode code() {
      return code;
    }
  }

  static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  private static final String AUTHORITIES = "123456789ANY";
  private static final int[] ORGANISATION_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};
  private static final int[] WEIGHTS = new int[17];

  static {
    int w = 1;
    for (int i = 0; i < 17; i++) {
      WEIGHTS[i] = w;
      w = w * 3 % 31;
    }
  }

  private final String value;

  private CreditCode(String value) {
    this.value = value;
  }

  /**
   * Parses a code.
   *
   * @param text 18 characters, either case
   * @return the code
   * @throws InvalidValueException with the code of the first {@link Problem} found
   */
  public static CreditCode parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    int length = text.length();
    if (length != 18) {
      throw new InvalidValueException(Problem.LENGTH.code(), length);
    }
    String upper = upper(text);
    Problem problem = examine(upper);
    if (problem == Problem.CHARACTER) {
      throw new InvalidValueException(problem.code(), firstBadCharacter(upper) + 1);
    }
    if (problem != null) {
      throw new InvalidValueException(problem.code());
    }
    return new CreditCode(upper);
  }

  /**
   * Checks a code without throwing.
   *
   * @param text the code
   * @return the first rule broken, or empty if {@link #parse} would succeed
   */
  public static Optional<Problem> check(CharSequence text) {
    Objects.requireNonNull(text, "text");
    return text.length() != 18 ? Optional.of(Problem.LENGTH)
        : Optional.ofNullable(examine(upper(text)));
  }

  /**
   * Whether {@link #parse} would accept the text.
   *
   * @param text the code
   * @return {@code true} if valid
   */
  public static boolean isValid(CharSequence text) {
    return check(text).isEmpty();
  }

  /**
   * The check character (position 18) for a code's first 17 characters.
   *
   * @param first17 at least 17 characters of the alphabet, upper case
   * @return the check character
   * @throws InvalidValueException {@code credit_code.length} or {@code credit_code.character}
   */
  public static char checkCharacterOf(CharSequence first17) {
    if (first17.length() < 17) {
      throw new InvalidValueException(Problem.LENGTH.code(), first17.length());
    }
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      int v = ALPHABET.indexOf(first17.charAt(i));
      if (v < 0) {
        throw new InvalidValueException(Problem.CHARACTER.code(), i + 1);
      }
      sum += v * WEIGHTS[i];
    }
    return ALPHABET.charAt((31 - sum % 31) % 31);
  }

  /**
   * The GB 11714 check character (position 9 of an organisation code) for its first 8.
   *
   * @param first8 at least 8 digits or upper-case letters
   * @return {@code 0}-{@code 9} or {@code X}
   * @throws InvalidValueException {@code credit_code.organisation_code} if a character is
   *     not a digit or upper-case letter
   */
  public static char organisationCheckCharacterOf(CharSequence first8) {
    if (first8.length() < 8) {
      throw new InvalidValueException(Problem.ORGANISATION_CODE.code());
    }
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      char c = first8.charAt(i);
      int v = c >= '0' && c <= '9' ? c - '0' : c >= 'A' && c <= 'Z' ? c - 'A' + 10 : -1;
      if (v < 0) {
        throw new InvalidValueException(Problem.ORGANISATION_CODE.code());
      }
      sum += v * ORGANISATION_WEIGHTS[i];
    }
    int check = (11 - sum % 11) % 11;
    return check == 10 ? 'X' : (char) ('0' + check);
  }

  /**
   * The 18 characters, upper case.
   *
   * @return the code
   */
  public String value() {
    return value;
  }

  /**
   * Position 1: the registration authority (登记管理部门): {@code 1} 机构编制, {@code 5} 民政,
   * {@code 9} 市场监管 (工商), {@code Y} others, ...
   *
   * @return the character
   */
  public char registrationAuthority() {
    return value.charAt(0);
  }

  /**
   * Position 2: the organisation type (机构类别) within its authority, e.g. {@code 91}
   * enterprise, {@code 92} individual business, {@code 51} social organisation.
   *
   * @return the character
   */
  public char organisationType() {
    return value.charAt(1);
  }

  /**
   * Positions 3-8: the region code of the registering authority.
   *
   * @return six digits
   */
  public String regionCode() {
    return value.substring(2, 8);
  }

  /**
   * Positions 9-17: the GB 11714 organisation code with its check character.
   *
   * @return nine characters
   */
  public String organisationCode() {
    return value.substring(8, 17);
  }

  @Override
  public int compareTo(CreditCode other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CreditCode c && c.value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /**
   * The code in full (not personal data).
   *
   * @return {@link #value()}
   */
  @Override
  public String toString() {
    return value;
  }

  private static String upper(CharSequence text) {
    char[] chars = new char[text.length()];
    for (int i = 0; i < chars.length; i++) {
      char c = text.charAt(i);
      chars[i] = c >= 'a' && c <= 'z' ? (char) (c - 'a' + 'A') : c;
    }
    return new String(chars);
  }

  private static int firstBadCharacter(String upper) {
    for (int i = 0; i < upper.length(); i++) {
      if (ALPHABET.indexOf(upper.charAt(i)) < 0) {
        return i;
      }
    }
    return -1;
  }

  private static Problem examine(String upper) {
    if (firstBadCharacter(upper) >= 0) {
      return Problem.CHARACTER;
    }
    if (AUTHORITIES.indexOf(upper.charAt(0)) < 0) {
      return Problem.REGISTRATION_AUTHORITY;
    }
    for (int i = 2; i < 8; i++) {
      if (upper.charAt(i) > '9') {
        return Problem.REGION;
      }
    }
    char organisationCheck = upper.charAt(16);
    if ((organisationCheck > '9' && organisationCheck != 'X')
        || organisationCheckCharacterOf(upper.subSequence(8, 16)) != organisationCheck) {
      return Problem.ORGANISATION_CODE;
    }
    return checkCharacterOf(upper) != upper.charAt(17) ? Problem.CHECK_CHARACTER : null;
  }
}
