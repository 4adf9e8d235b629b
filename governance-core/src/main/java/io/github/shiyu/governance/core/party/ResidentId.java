package io.github.shiyu.governance.core.party;

import io.github.shiyu.governance.core.ErrorCode;
import io.github.shiyu.governance.core.InvalidValueException;
import io.github.shiyu.governance.core.division.DivisionCode;
import io.github.shiyu.governance.core.internal.division.Provinces;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * A citizen's resident ID number (公民身份号码, GB 11643-1999): personal data, always masked
 * when shown.
 *
 * <p>Eighteen characters: a 6-digit region code, the 8-digit birth date {@code yyyyMMdd}, a
 * 3-digit sequence number whose parity gives the {@link Sex}, and an ISO 7064 MOD 11-2 check
 * character ({@code 0}-{@code 9} or {@code X}). Fifteen-digit numbers issued before 1999
 * (yyMMdd birth date, no check character) are converted: {@code 19} is inserted before the
 * year and the check character computed. A lower-case {@code x} is accepted and stored upper
 * case; nothing else is normalised (no trimming, no full-width digits).
 *
 * <p>The rules checked, in order, each with its stable {@link Problem}: the length (18, or 15
 * digits), the characters, the region (positions 1-2 a province code: 11-15, 21-23, 31-37,
 * 41-46, 50-54, 61-65, 71, 81, 82; and the structure of a GB/T 2260 code: no county digits
 * under a zero city part; the region is never looked up in a code table, since codes change
 * every year and old IDs keep theirs), the birth date (a real calendar date from 1800-01-01
 * to today in {@code Asia/Shanghai}), and the check character.
 *
 * <p>{@link #toString()} and {@link #masked()} give the form of {@link MaskingPolicy#defaults()};
 * the full number comes out only through {@link #reveal()}. Errors never echo the input:
 * they name the position and the rule.
 *
 * <pre>{@code
 * ResidentId id = ResidentId.parse("11010519491231002X");
 * id.toString();      // "110105********002X"
 * id.birthDate();     // 1949-12-31
 * id.sex();           // FEMALE
 * id.reveal();        // "11010519491231002X": only where the full number is needed
 * ResidentId.check("11010519491231002Y");   // Optional[CHECK_CHARACTER]
 * }</pre>
 */
public final class ResidentId {

  /**
   * The rule an input breaks, with its stable error code.
   *
   * <pre>{@code
   * ResidentId.check("110105194912310020").map(Problem::code).map(ErrorCode::id);
   * // Optional["resident_id.check_character"]
   * }</pre>
   */
  public enum Problem {
    /** {@code resident_id.length}: not 18 characters (nor 15 legacy digits). */
    LENGTH(ErrorCode.of("resident_id.length",
        "expected 18 characters (or 15 digits of a pre-1999 number), got {0}",
        "应为18位（或15位旧号码），实际为{0}位")),
    /** {@code resident_id.character}: a non-digit, or a final character other than a digit or X. */
    CHARACTER(ErrorCode.of("resident_id.character",
        "character {0} is not allowed: the first 17 characters are digits, the 18th a digit or X",
        "第{0}位字符无效：前17位应为数字，第18位应为数字或X")),
    /**
     * {@code resident_id.region}: the first two digits are not a province code, or the
     * region's county digits are set under a zero city part.
     */
    REGION(ErrorCode.of("resident_id.region",
        "characters 1-6 are not a region code: characters 1-2 must be a province code and"
            + " characters 5-6 must be 00 when 3-4 are",
        "第1-6位不是有效的行政区划代码：第1-2位应为省级代码，第3-4位为00时第5-6位也应为00")),
    /** {@code resident_id.birth_date}: not a real calendar date, before 1800 or in the future. */
    BIRTH_DATE(ErrorCode.of("resident_id.birth_date",
        "characters {0}-{1} are not a birth date (a real calendar date from 1800 up to today)",
        "第{0}-{1}位不是有效的出生日期（应为1800年至今天之间的真实日期）")),
    /** {@code resident_id.check_character}: the 18th character does not match the first 17. */
    CHECK_CHARACTER(ErrorCode.of("resident_id.check_character",
        "character 18 is not the check character of characters 1-17 (ISO 7064 MOD 11-2)",
        "第18位校验码与前17位不符（ISO 7064 MOD 11-2）"));

    private final ErrorCode code;

    Problem(ErrorCode code) {
      this.code = code;
    }

    /**
     * The stable error code of this rule.
     *
     * @return the code, e.g. {@code resident_id.check_character}
     */
    public ErrorCode code() {
      return code;
    }
  }

  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1800, 1, 1);
  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final String CHECK_CHARACTERS = "10X98765432";

  private final String value;

  private ResidentId(String value) {
    this.value = value;
  }

  /**
   * Parses an 18-character number, or converts a 15-digit pre-1999 one.
   *
   * @param text the number
   * @return the ID
   * @throws InvalidValueException with the code of the first {@link Problem} found
   */
  public static ResidentId parse(CharSequence text) {
    return parse(text, LocalDate.now(ZONE));
  }

  static ResidentId parse(CharSequence text, LocalDate today) {
    Verdict verdict = examine(text, today);
    if (verdict.problem != null) {
      throw new InvalidValueException(verdict.problem.code(), verdict.arguments);
    }
    return new ResidentId(verdict.value);
  }

  /**
   * Checks a number without throwing.
   *
   * @param text the number
   * @return the first rule broken, or empty if {@link #parse} would succeed
   */
  public static Optional<Problem> check(CharSequence text) {
    return Optional.ofNullable(examine(text, LocalDate.now(ZONE)).problem);
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
   * The full 18-character number. Call it only where the full number is needed (trusted
   * storage, a query against a registry): everything else should show {@link #masked()}.
   *
   * @return the number, with an upper-case {@code X}
   */
  public String reveal() {
    return value;
  }

  /**
   * The number masked by {@link MaskingPolicy#defaults()}.
   *
   * @return e.g. {@code 110105********002X}
   */
  public String masked() {
    return MaskingPolicy.defaults().mask(this);
  }

  /**
   * The birth date from characters 7-14.
   *
   * @return the date
   */
  public LocalDate birthDate() {
    return LocalDate.of(digits(6, 10), digits(10, 12), digits(12, 14));
  }

  /**
   * The sex from the parity of character 17.
   *
   * @return {@code MALE} for odd, {@code FEMALE} for even
   */
  public Sex sex() {
    return (value.charAt(16) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE;
  }

  /**
   * The 6-digit region code the number was issued under (GB/T 2260 at the time of issue,
   * possibly since abolished). Not personal data on its own: {@link MaskingPolicy#defaults()}
   * keeps it visible.
   *
   * @return six digits, e.g. {@code 110105}
   */
  public String regionCode() {
    return value.substring(0, 6);
  }

  /**
   * The region the number was issued under, as a structural division code (never looked up:
   * it may have been abolished since). Usually county level; numbers issued under a city
   * code give a city.
   *
   * <pre>{@code
   * ResidentId.parse("11010519491231002X").region();   // 110105000000, COUNTY
   * }</pre>
   *
   * @return the code, 12 digits
   */
  public DivisionCode region() {
    return DivisionCode.parse(regionCode());
  }

  /**
   * The check character every valid number ends with, for a number's first 17 digits.
   *
   * @param first17 at least 17 characters whose first 17 are ASCII digits
   * @return {@code 0}-{@code 9} or {@code X}
   * @throws InvalidValueException {@code resident_id.character} or {@code resident_id.length}
   *     if the first 17 characters are not digits
   */
  public static char checkCharacterOf(CharSequence first17) {
    if (first17.length() < 17) {
      throw new InvalidValueException(Problem.LENGTH.code(), first17.length());
    }
    for (int i = 0; i < 17; i++) {
      if (!isDigit(first17.charAt(i))) {
        throw new InvalidValueException(Problem.CHARACTER.code(), i + 1);
      }
    }
    return checkCharacter(first17);
  }

  private static char checkCharacter(CharSequence digits) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (digits.charAt(i) - '0') * WEIGHTS[i];
    }
    return CHECK_CHARACTERS.charAt(sum % 11);
  }

  private int digits(int from, int to) {
    return Integer.parseInt(value, from, to, 10);
  }

  /**
   * Equal when the numbers are equal (a converted 15-digit number equals its 18-character form).
   *
   * @param other another object
   * @return whether both are the same number
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof ResidentId id && id.value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
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

  // Not a record: a record's accessor and toString would expose the full number.
  private static final class Verdict {
    final String value;
    final Problem problem;
    final Object[] arguments;

    Verdict(String value, Problem problem, Object... arguments) {
      this.value = value;
      this.problem = problem;
      this.arguments = arguments;
    }

    static Verdict of(Problem problem, Object... arguments) {
      return new Verdict(null, problem, arguments);
    }
  }

  private static Verdict examine(CharSequence text, LocalDate today) {
    Objects.requireNonNull(text, "text");
    int length = text.length();
    if (length != 18 && length != 15) {
      return Verdict.of(Problem.LENGTH, length);
    }
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      boolean last = length == 18 && i == 17;
      if (!isDigit(c) && !(last && (c == 'X' || c == 'x'))) {
        return Verdict.of(Problem.CHARACTER, i + 1);
      }
    }
    if (!Provinces.isProvince((text.charAt(0) - '0') * 10 + (text.charAt(1) - '0'))
        || (text.charAt(2) == '0' && text.charAt(3) == '0'
            && (text.charAt(4) != '0' || text.charAt(5) != '0'))) {
      return Verdict.of(Problem.REGION);
    }
    String full;
    if (length == 15) {
      StringBuilder converted = new StringBuilder(18).append(text, 0, 6).append("19")
          .append(text, 6, 15);
      if (!isBirthDate(converted, today)) {
        return Verdict.of(Problem.BIRTH_DATE, 7, 12);
      }
      full = converted.append(checkCharacter(converted)).toString();
    } else {
      if (!isBirthDate(text, today)) {
        return Verdict.of(Problem.BIRTH_DATE, 7, 14);
      }
      char check = Character.toUpperCase(text.charAt(17));
      if (check != checkCharacter(text)) {
        return Verdict.of(Problem.CHECK_CHARACTER);
      }
      full = text.subSequence(0, 17).toString() + check;
    }
    return new Verdict(full, null);
  }

  private static boolean isBirthDate(CharSequence text, LocalDate today) {
    int year = number(text, 6, 10);
    int month = number(text, 10, 12);
    int day = number(text, 12, 14);
    if (month < 1 || month > 12 || day < 1) {
      return false;
    }
    LocalDate first = LocalDate.of(year, month, 1);
    if (day > first.lengthOfMonth()) {
      return false;
    }
    LocalDate date = first.withDayOfMonth(day);
    return !date.isBefore(EARLIEST_BIRTH) && !date.isAfter(today);
  }

  private static int number(CharSequence text, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      n = n * 10 + (text.charAt(i) - '0');
    }
    return n;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
