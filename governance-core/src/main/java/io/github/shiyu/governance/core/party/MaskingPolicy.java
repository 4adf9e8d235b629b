package io.github.shiyu.governance.core.party;

import io.github.shiyu.governance.core.ErrorCode;
import io.github.shiyu.governance.core.InvalidValueException;
import java.io.InvalidObjectException;
import java.io.ObjectStreamException;
import java.io.Serializable;
import java.util.Objects;
import java.util.Set;

/**
 * What stays visible when personal data is shown: resident ID numbers, phone numbers and the
 * names of persons. Every {@code toString}, default JSON form and error message in the SDK
 * goes through a policy; the full values come out only through {@link ResidentId#reveal()},
 * {@link PhoneNumber#reveal()} and {@link Party#name()}.
 *
 * <p>The {@linkplain #defaults() defaults} (see docs/decisions/0006-personal-data-masking.md):
 * <ul>
 *   <li>resident ID: the first 6 (the issuing region) and the last 4 characters
 *       (sequence and check character, the "尾号" staff use to confirm an identity on the
 *       phone); the birth date is hidden: {@code 110105********002X};</li>
 *   <li>phone: a mobile keeps its first 3 (the carrier) and last 4 digits,
 *       {@code 138****5678}; a landline keeps its area code and at most its last 4 digits,
 *       always hiding at least 4: {@code 027-****4321}, {@code 0710-****567};</li>
 *   <li>names of persons: the family name stays (a compound family name such as 欧阳 or
 *       诸葛 when the name has three characters or more), every other character becomes
 *       {@code *}: {@code 张*}, {@code 张**}, {@code 欧阳**}; separators (·, space) stay.</li>
 * </ul>
 * A policy always hides at least 4 characters of an ID number and of a mobile number.
 * Masking is for display; it is not anonymisation (a masked ID plus a name can still
 * identify a person).
 *
 * <pre>{@code
 * MaskingPolicy strict = MaskingPolicy.builder()
 *     .residentId(3, 1)                       // "110**************X"
 *     .phone(3, 2)                            // "138******78"
 *     .names(MaskingPolicy.NameMasking.ALL)   // "**"
 *     .build();
 * strict.mask(ResidentId.parse("11010519491231002X"));
 * MaskingPolicy.defaults().maskName("欧阳娜娜");   // "欧阳**"
 * }</pre>
 */
public final class MaskingPolicy implements Serializable {

  private static final long serialVersionUID = 1L;

  /** {@code masking.visible}: a policy would leave too little hidden. */
  public static final ErrorCode VISIBLE = ErrorCode.of("masking.visible",
      "a masked ID or mobile number must hide at least 4 characters; {0} visible of {1} is too many",
      "身份号码或手机号码脱敏后至少应隐藏4位；{1}位中显示{0}位过多");
  /** {@code masking.character}: the mask character is a letter, digit or white space. */
  public static final ErrorCode CHARACTER = ErrorCode.of("masking.character",
      "the mask character must not be a letter, digit or white space",
      "脱敏字符不能是字母、数字或空白字符");

  /**
   * How names of persons are masked.
   *
   * <pre>{@code
   * MaskingPolicy.builder().names(MaskingPolicy.NameMasking.ALL).build().maskName("张三");  // "**"
   * }</pre>
   */
  public enum NameMasking {
    /** Keep the family name (one character, or a known compound family name). */
    FAMILY_NAME,
    /** Hide every character (separators stay). */
    ALL
  }

  private static final int MIN_HIDDEN = 4;
  private static final MaskingPolicy DEFAULTS =
      new MaskingPolicy(6, 4, 3, 4, NameMasking.FAMILY_NAME, '*');

  // Two-character family names (复姓) of the Hundred Family Surnames still in use.
  private static final Set<String> COMPOUND_FAMILY_NAMES = Set.of(
      "欧阳", "太史", "端木", "上官", "司马", "东方", "独孤", "南宫", "万俟", "闻人", "夏侯",
      "诸葛", "尉迟", "公羊", "赫连", "澹台", "皇甫", "宗政", "濮阳", "公冶", "太叔", "申屠",
      "公孙", "慕容", "仲孙", "钟离", "长孙", "宇文", "司徒", "鲜于", "司空", "闾丘", "子车",
      "亓官", "司寇", "巫马", "公西", "颛孙", "壤驷", "公良", "漆雕", "乐正", "宰父", "谷梁",
      "拓跋", "夹谷", "轩辕", "令狐", "段干", "百里", "呼延", "东郭", "南门", "羊舌", "微生",
      "梁丘", "左丘", "西门", "第五", "南荣", "东里");

  /** Characters of an ID number visible at its start. */
  private final int residentIdFirst;
  /** Characters of an ID number visible at its end. */
  private final int residentIdLast;
  /** Digits of a mobile number visible at its start. */
  private final int phoneFirst;
  /** Digits of a phone number visible at its end. */
  private final int phoneLast;
  /** How names of persons are masked. */
  private final NameMasking names;
  /** The character replacing hidden ones. */
  private final char maskCharacter;

  private MaskingPolicy(int residentIdFirst, int residentIdLast, int phoneFirst, int phoneLast,
      NameMasking names, char maskCharacter) {
    this.residentIdFirst = residentIdFirst;
    this.residentIdLast = residentIdLast;
    this.phoneFirst = phoneFirst;
    this.phoneLast = phoneLast;
    this.names = names;
    this.maskCharacter = maskCharacter;
  }

  /**
   * The documented default policy.
   *
   * @return ID 6+4, mobile 3+4, family name kept, {@code *}
   */
  public static MaskingPolicy defaults() {
    return DEFAULTS;
  }

  /**
   * A builder starting from the defaults.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder(DEFAULTS);
  }

  /**
   * A builder starting from this policy.
   *
   * @return a builder
   */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * Masks a resident ID number.
   *
   * @param id the ID
   * @return the masked form, 18 characters
   */
  public String mask(ResidentId id) {
    return mask(id.reveal(), residentIdFirst, residentIdLast);
  }

  /**
   * Masks a phone number: a mobile keeps the configured first and last digits; a landline
   * keeps its area code and at most the configured last digits of the local number, always
   * hiding at least 4 of them.
   *
   * @param phone the number
   * @return e.g. {@code 138****5678} or {@code 027-****4321}
   */
  public String mask(PhoneNumber phone) {
    if (phone.kind() == PhoneNumber.Kind.MOBILE) {
      return mask(phone.reveal(), phoneFirst, phoneLast);
    }
    String local = phone.localNumber();
    int last = Math.min(phoneLast, local.length() - MIN_HIDDEN);
    return phone.areaCode().orElseThrow() + "-" + mask(local, 0, last);
  }

  /**
   * Masks the name of a person (names of organisations are not personal data). A name of one
   * character is hidden whole: keeping its "family name" would show all of it.
   *
   * @param name the name
   * @return the masked name, one mask character for each hidden character
   */
  public String maskName(String name) {
    int[] codePoints = name.codePoints().toArray();
    int kept = 0;
    if (names == NameMasking.FAMILY_NAME && codePoints.length > 1) {
      kept = codePoints.length >= 3
          && COMPOUND_FAMILY_NAMES.contains(new String(codePoints, 0, 2)) ? 2 : 1;
    }
    StringBuilder out = new StringBuilder(name.length());
    for (int i = 0; i < codePoints.length; i++) {
      int c = codePoints[i];
      if (i < kept || isSeparator(c)) {
        out.appendCodePoint(c);
      } else {
        out.append(maskCharacter);
      }
    }
    return out.toString();
  }

  /**
   * Masks what may be an ID number or a phone number inside free text, such as an input
   * value quoted in an error message. A reader cannot tell which of its fields holds personal
   * data once the input is broken, so every run of 7 or more ASCII digits (with an ID
   * number's trailing {@code X}) is masked: a run of 15 or more like an ID number, a shorter
   * one like the local part of a phone number. Other text is kept.
   *
   * <pre>{@code
   * MaskingPolicy.defaults().maskNumbersIn("cannot read '11010519491231002X'");
   * // "cannot read '110105********002X'"
   * MaskingPolicy.defaults().maskNumbersIn("call 13812345678");   // "call *******5678"
   * }</pre>
   *
   * @param text the text
   * @return the text with long digit runs masked
   */
  public String maskNumbersIn(String text) {
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      int end = i;
      while (end < text.length() && isAsciiDigit(text.charAt(end))) {
        end++;
      }
      if (end == i) {
        out.append(text.charAt(i++));
        continue;
      }
      if (end < text.length() && (text.charAt(end) == 'X' || text.charAt(end) == 'x')) {
        end++;
      }
      String run = text.substring(i, end);
      if (run.length() < 7) {
        out.append(run);
      } else if (run.length() >= 15) {
        out.append(mask(run, residentIdFirst, residentIdLast));
      } else {
        out.append(mask(run, 0, Math.min(phoneLast, run.length() - MIN_HIDDEN)));
      }
      i = end;
    }
    return out.toString();
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isSeparator(int c) {
    return c == '·' || c == '•' || c == '・' || c == '.' || c == '-' || Character.isWhitespace(c);
  }

  private String mask(String value, int first, int last) {
    StringBuilder out = new StringBuilder(value.length());
    out.append(value, 0, first);
    for (int i = first; i < value.length() - last; i++) {
      out.append(maskCharacter);
    }
    return out.append(value, value.length() - last, value.length()).toString();
  }

  /**
   * Characters an ID number keeps visible at its start.
   *
   * @return 6 by default
   */
  public int residentIdFirst() {
    return residentIdFirst;
  }

  /**
   * Characters an ID number keeps visible at its end.
   *
   * @return 4 by default
   */
  public int residentIdLast() {
    return residentIdLast;
  }

  /**
   * Digits a mobile number keeps visible at its start.
   *
   * @return 3 by default
   */
  public int phoneFirst() {
    return phoneFirst;
  }

  /**
   * Digits a phone number keeps visible at its end (a landline at most its length minus 4).
   *
   * @return 4 by default
   */
  public int phoneLast() {
    return phoneLast;
  }

  /**
   * How names are masked.
   *
   * @return {@code FAMILY_NAME} by default
   */
  public NameMasking names() {
    return names;
  }

  /**
   * The character that replaces hidden ones.
   *
   * @return {@code *} by default
   */
  public char maskCharacter() {
    return maskCharacter;
  }

  // A serialized form is data like any other: it goes through the builder's checks again, so
  // a stream cannot bring in a policy that shows more than build() allows.
  private Object readResolve() throws ObjectStreamException {
    try {
      return toBuilder().names(names).build();
    } catch (RuntimeException e) {
      InvalidObjectException invalid =
          new InvalidObjectException("not a valid masking policy: " + e.getMessage());
      invalid.initCause(e);
      throw invalid;
    }
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof MaskingPolicy p && p.residentIdFirst == residentIdFirst
        && p.residentIdLast == residentIdLast && p.phoneFirst == phoneFirst
        && p.phoneLast == phoneLast && p.names == names && p.maskCharacter == maskCharacter;
  }

  @Override
  public int hashCode() {
    return Objects.hash(residentIdFirst, residentIdLast, phoneFirst, phoneLast, names,
        maskCharacter);
  }

  @Override
  public String toString() {
    return "MaskingPolicy[residentId=" + residentIdFirst + "+" + residentIdLast + ", phone="
        + phoneFirst + "+" + phoneLast + ", names=" + names + ", mask=" + maskCharacter + "]";
  }

  /**
   * Builds a {@link MaskingPolicy}; checked at {@link #build()}.
   *
   * <pre>{@code
   * MaskingPolicy p = MaskingPolicy.builder().residentId(1, 1).build();
   * }</pre>
   */
  public static final class Builder {
    private int residentIdFirst;
    private int residentIdLast;
    private int phoneFirst;
    private int phoneLast;
    private NameMasking names;
    private char maskCharacter;

    private Builder(MaskingPolicy from) {
      residentIdFirst = from.residentIdFirst;
      residentIdLast = from.residentIdLast;
      phoneFirst = from.phoneFirst;
      phoneLast = from.phoneLast;
      names = from.names;
      maskCharacter = from.maskCharacter;
    }

    /**
     * Characters of an ID number kept at the start and at the end.
     *
     * @param first kept at the start, at least 0
     * @param last  kept at the end, at least 0; {@code first + last <= 14}
     * @return this builder
     */
    public Builder residentId(int first, int last) {
      residentIdFirst = first;
      residentIdLast = last;
      return this;
    }

    /**
     * Digits of a phone number kept at the start (mobiles only) and at the end.
     *
     * @param first kept at the start of a mobile number, at least 0
     * @param last  kept at the end, at least 0; {@code first + last <= 7}
     * @return this builder
     */
    public Builder phone(int first, int last) {
      phoneFirst = first;
      phoneLast = last;
      return this;
    }

    /**
     * How names of persons are masked.
     *
     * @param masking the style
     * @return this builder
     */
    public Builder names(NameMasking masking) {
      names = Objects.requireNonNull(masking, "masking");
      return this;
    }

    /**
     * The character that replaces hidden ones.
     *
     * @param c not a letter, digit or white space
     * @return this builder
     */
    public Builder maskCharacter(char c) {
      maskCharacter = c;
      return this;
    }

    /**
     * Checks and builds the policy.
     *
     * @return the policy
     * @throws InvalidValueException {@code masking.visible} if fewer than 4 characters of an
     *     ID or mobile number would stay hidden, {@code masking.character} for a bad mask
     *     character
     */
    public MaskingPolicy build() {
      check(residentIdFirst, residentIdLast, 18);
      check(phoneFirst, phoneLast, 11);
      if (Character.isLetterOrDigit(maskCharacter) || Character.isWhitespace(maskCharacter)) {
        throw new InvalidValueException(CHARACTER);
      }
      return new MaskingPolicy(residentIdFirst, residentIdLast, phoneFirst, phoneLast, names,
          maskCharacter);
    }

    private static void check(int first, int last, int length) {
      if (first < 0 || last < 0 || first + last > length - MIN_HIDDEN) {
        throw new InvalidValueException(VISIBLE, first + "+" + last, length);
      }
    }
  }
}
