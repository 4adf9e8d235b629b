package io.github.shiyu.governance.core.party;

import io.github.shiyu.governance.core.ErrorCode;
import io.github.shiyu.governance.core.InvalidValueException;
import java.util.Objects;
import java.util.Optional;

/**
 * A mainland China phone number: personal data, always masked when shown.
 *
 * <p>Two kinds. A {@linkplain Kind#MOBILE mobile} number has 11 digits starting {@code 13} to
 * {@code 19}. A {@linkplain Kind#LANDLINE landline} has an area code starting with {@code 0}
 * ({@code 010} and {@code 02x} have three digits, every other area code four) followed by a
 * local number of 7 or 8 digits starting 2-9. Spaces, hyphens and parentheses are ignored; a
 * leading {@code +86} or {@code 0086} is accepted (after it, a landline may drop the trunk
 * {@code 0}: {@code +86 27 8765 4321}). Extensions, service numbers (110, 12345) and 400/800
 * numbers are not phone numbers of a party and are rejected.
 *
 * <p>The canonical form is the 11 digits of a mobile, or {@code area-local} for a landline
 * ({@code 027-87654321}); it comes out only through {@link #reveal()}. {@link #toString()}
 * is masked by {@link MaskingPolicy#defaults()}, and errors name the position or rule, never
 * the input.
 *
 * <pre>{@code
 * PhoneNumber mobile = PhoneNumber.parse("+86 138-1234-5678");
 * mobile.toString();    // "138****5678"
 * mobile.reveal();      // "13812345678"
 * PhoneNumber.parse("(027) 8765 4321").toString();   // "027-****4321"
 * PhoneNumber.check("12345");                        // Optional[LENGTH]
 * }</pre>
 */
public final class PhoneNumber {

  /**
   * Mobile or landline.
   *
   * <pre>{@code
   * PhoneNumber.parse("010-62345678").kind();   // LANDLINE
   * }</pre>
   */
  public enum Kind {
    /** 手机: 11 digits, 13-19. */
    MOBILE,
    /** 固定电话: area code and local number. */
    LANDLINE
  }

  /**
   * The rule an input breaks, with its stable error code.
   *
   * <pre>{@code
   * PhoneNumber.check("138-1234-567").map(PhoneNumber.Problem::code);   // phone.length
   * }</pre>
   */
  public enum Problem {
    /** {@code phone.length}: the wrong number of digits. */
    LENGTH(ErrorCode.of("phone.length",
        "expected 11 digits for a mobile number or 10-12 digits for a landline with its area code"
            + " (7 or 8 after the area code), got {0}",
        "手机号码应为11位，固定电话连区号应为10-12位（区号后7或8位），实际为{0}位")),
    /** {@code phone.character}: a character other than a digit, space, hyphen or parenthesis. */
    CHARACTER(ErrorCode.of("phone.character",
        "character {0} is not a digit, space, hyphen or parenthesis (+ only at the start)",
        "第{0}位字符无效：只能是数字、空格、连字符或括号（+只能在开头）")),
    /** {@code phone.country_code}: an international prefix other than +86. */
    COUNTRY_CODE(ErrorCode.of("phone.country_code",
        "the country code must be +86",
        "国家代码应为+86")),
    /** {@code phone.prefix}: neither a mobile (13-19) nor a landline (0) number. */
    PREFIX(ErrorCode.of("phone.prefix",
        "a mobile number starts with 13-19, a landline with its area code 0",
        "手机号码应以13-19开头，固定电话应以区号0开头")),
    /** {@code phone.area_code}: an area code that cannot exist (01x other than 010). */
    AREA_CODE(ErrorCode.of("phone.area_code",
        "the area code must be 010, 02x or 0[3-9]xx",
        "区号应为010、02x或0[3-9]xx")),
    /** {@code phone.local_number}: a local number starting with 0 or 1. */
    LOCAL_NUMBER(ErrorCode.of("phone.local_number",
        "the local number after the area code must start with 2-9",
        "区号后的本地号码应以2-9开头"));

    private final ErrorCode code;

    Problem(ErrorCode code) {
      this.code = code;
    }

    /**
     * The stable error code of this rule.
     *
     * @return the code, e.g. {@code phone.length}
     */
    public ErrorCode code() {
      return code;
    }
  }

  private final Kind kind;
  private final String areaCode;
  private final String number;

  private PhoneNumber(Kind kind, String areaCode, String number) {
    this.kind = kind;
    this.areaCode = areaCode;
    this.number = number;
  }

  /**
   * Parses a mobile or landline number.
   *
   * @param text the number, with optional separators and {@code +86}
   * @return the number
   * @throws InvalidValueException with the code of the first {@link Problem} found
   */
  public static PhoneNumber parse(CharSequence text) {
    Object result = examine(text);
    if (result instanceof Failure failure) {
      throw new InvalidValueException(failure.problem.code(), failure.arguments);
    }
    return (PhoneNumber) result;
  }

  /**
   * Checks a number without throwing.
   *
   * @param text the number
   * @return the first rule broken, or empty if {@link #parse} would succeed
   */
  public static Optional<Problem> check(CharSequence text) {
    return examine(text) instanceof Failure failure
        ? Optional.of(failure.problem) : Optional.empty();
  }

  /**
   * Whether {@link #parse} would accept the text.
   *
   * @param text the number
   * @return {@code true} if valid
   */
  public static boolean isValid(CharSequence text) {
    return check(text).isEmpty();
  }

  /**
   * Mobile or landline.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  /**
   * The area code of a landline (not personal data: it names a city).
   *
   * @return e.g. {@code 027}; empty for a mobile
   */
  public Optional<String> areaCode() {
    return Optional.ofNullable(areaCode);
  }

  /**
   * The full number in canonical form. Call it only where the full number is needed (to
   * dial, to store in a trusted store): everything else should show {@link #masked()}.
   *
   * @return {@code 13812345678} or {@code 027-87654321}
   */
  public String reveal() {
    return areaCode == null ? number : areaCode + "-" + number;
  }

  String localNumber() {
    return number;
  }

  /**
   * The number masked by {@link MaskingPolicy#defaults()}.
   *
   * @return e.g. {@code 138****5678}
   */
  public String masked() {
    return MaskingPolicy.defaults().mask(this);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PhoneNumber p && p.kind == kind && p.number.equals(number)
        && Objects.equals(p.areaCode, areaCode);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, areaCode, number);
  }

  /**
   * The masked form, never the full number.
   *
   * @return {@link #masked()}
   */
  @Override
  public String toString() {
    return masked();
  }

  private static final class Failure {
    final Problem problem;
    final Object[] arguments;

    Failure(Problem problem, Object... arguments) {
      this.problem = problem;
      this.arguments = arguments;
    }
  }

  private static Object examine(CharSequence text) {
    Objects.requireNonNull(text, "text");
    StringBuilder digits = new StringBuilder(text.length());
    boolean international = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        digits.append(c);
      } else if (c == '+' && i == 0) {
        international = true;
      } else if (c != ' ' && c != '-' && c != '(' && c != ')') {
        return new Failure(Problem.CHARACTER, i + 1);
      }
    }
    if (international || (digits.length() > 4 && digits.indexOf("0086") == 0)) {
      int prefix = international ? 2 : 4;
      if (digits.length() < prefix || !digits.substring(prefix - 2, prefix).equals("86")) {
        return new Failure(Problem.COUNTRY_CODE);
      }
      digits.delete(0, prefix);
      // Without its trunk 0 an area code starts 10 (Beijing) or 2-9; mobiles start 13-19.
      if (digits.length() > 1 && (digits.charAt(0) >= '2'
          || (digits.charAt(0) == '1' && digits.charAt(1) == '0'))) {
        digits.insert(0, '0');
      }
    }
    int n = digits.length();
    if (n == 0) {
      return new Failure(Problem.LENGTH, 0);
    }
    char first = digits.charAt(0);
    if (first == '1') {
      if (n != 11) {
        return new Failure(Problem.LENGTH, n);
      }
      if (digits.charAt(1) < '3') {
        return new Failure(Problem.PREFIX);
      }
      return new PhoneNumber(Kind.MOBILE, null, digits.toString());
    }
    if (first != '0') {
      return new Failure(Problem.PREFIX);
    }
    if (n < 10 || n > 12) {
      return new Failure(Problem.LENGTH, n);
    }
    int area;
    if (digits.charAt(1) == '2' || (digits.charAt(1) == '1' && digits.charAt(2) == '0')) {
      area = 3;
    } else if (digits.charAt(1) >= '3') {
      area = 4;
    } else {
      return new Failure(Problem.AREA_CODE);
    }
    int local = n - area;
    if (local < 7 || local > 8) {
      return new Failure(Problem.LENGTH, n);
    }
    if (digits.charAt(area) < '2') {
      return new Failure(Problem.LOCAL_NUMBER);
    }
    return new PhoneNumber(Kind.LANDLINE, digits.substring(0, area), digits.substring(area));
  }
}
