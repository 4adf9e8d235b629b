package io.github.shiyu.governance.core.division;

import io.github.shiyu.governance.core.InvalidValueException;
import io.github.shiyu.governance.core.internal.division.Provinces;
import java.util.Objects;
import java.util.Optional;

/**
 * A division code (区划代码): the 12-digit statistical code of the National Bureau of
 * Statistics (统计用区划代码), of which the first six digits are the GB/T 2260 code.
 *
 * <p>Both forms parse; a 6-digit code is padded to 12 digits. The {@linkplain #level() level}
 * is that of the lowest non-zero part (province 2 digits, city 2, county 2, township 3,
 * village 3). Everything here is structural, computed from the digits alone: whether a code
 * exists, what it is called and which real division is its parent are questions for a
 * {@link DivisionDirectory}.
 *
 * <p>One gap is allowed: a township directly under a city that has no counties
 * (东莞 {@code 441900}, 中山 {@code 442000}, 儋州 {@code 460400}), so the parent of
 * {@code 441900003000} is the city {@code 441900000000}. {@link #toString()} returns
 * {@link #value()}, the canonical form used in JSON.
 *
 * <pre>{@code
 * DivisionCode xiantao = DivisionCode.parse("429004");   // 429004000000
 * xiantao.level();                                       // COUNTY
 * xiantao.parent();                                      // Optional[429000000000]
 * xiantao.ancestorAt(DivisionLevel.PROVINCE);            // 420000000000
 * DivisionCode.parse("420000").contains(xiantao);        // true
 * }</pre>
 */
public final class DivisionCode implements Comparable<DivisionCode> {

  private static final long[] POWERS = {
    1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L, 10_000_000L, 100_000_000L,
    1_000_000_000L, 10_000_000_000L, 100_000_000_000L, 1_000_000_000_000L
  };
  private static final DivisionLevel[] LEVELS = DivisionLevel.values();

  private final long value;
  private final DivisionLevel level;

  private DivisionCode(long value, DivisionLevel level) {
    this.value = value;
    this.level = level;
  }

  /**
   * Parses a 6-digit GB/T 2260 or 12-digit statistical code.
   *
   * @param text the digits, nothing else (no spaces, no separators)
   * @return the code, normalised to 12 digits
   * @throws InvalidValueException {@link DivisionErrors#LENGTH} for another length,
   *     {@link DivisionErrors#CHARACTER} for a non-digit (with its 1-based position),
   *     {@link DivisionErrors#PROVINCE} for an unknown province, {@link DivisionErrors#GAP}
   *     for digits set under an all-zero level (other than a township under a city)
   */
  public static DivisionCode parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    int length = text.length();
    if (length != 6 && length != 12) {
      throw new InvalidValueException(DivisionErrors.LENGTH, length);
    }
    long digits = 0;
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        throw new InvalidValueException(DivisionErrors.CHARACTER, i + 1, printable(c));
      }
      digits = digits * 10 + (c - '0');
    }
    if (length == 6) {
      digits *= 1_000_000L;
    }
    return of(digits);
  }

  /**
   * Parses a code if it is valid.
   *
   * @param text candidate digits
   * @return the code, or empty if {@link #parse(CharSequence)} would throw
   */
  public static Optional<DivisionCode> tryParse(CharSequence text) {
    try {
      return Optional.of(parse(text));
    } catch (InvalidValueException e) {
      return Optional.empty();
    }
  }

  static DivisionCode of(long digits) {
    int province = (int) (digits / POWERS[10]);
    if (!Provinces.isProvince(province)) {
      throw new InvalidValueException(DivisionErrors.PROVINCE,
          String.format("%02d", province), String.format("%012d", digits));
    }
    DivisionLevel level = DivisionLevel.PROVINCE;
    for (int i = 1; i < LEVELS.length; i++) {
      DivisionLevel current = LEVELS[i];
      if (part(digits, current) == 0) {
        continue;
      }
      DivisionLevel above = LEVELS[i - 1];
      boolean townshipUnderCity = current == DivisionLevel.TOWNSHIP
          && level == DivisionLevel.CITY;
      if (level != above && !townshipUnderCity) {
        throw new InvalidValueException(DivisionErrors.GAP,
            String.format("%012d", digits), current, LEVELS[level.ordinal() + 1]);
      }
      level = current;
    }
    return new DivisionCode(digits, level);
  }

  private static long part(long digits, DivisionLevel level) {
    return digits / POWERS[12 - level.digits()] % POWERS[level.digits() - level.firstDigit()];
  }

  private static String printable(char c) {
    return Character.isISOControl(c) || Character.isSurrogate(c)
        ? String.format("\\u%04x", (int) c) : String.valueOf(c);
  }

  /**
   * The 12-digit canonical form.
   *
   * @return twelve digits, such as {@code 429004000000}
   */
  public String value() {
    return Long.toString(value);
  }

  /**
   * The first six digits: the GB/T 2260 code for a county or above (for development
   * zones such as {@code 130171} a statistical code only).
   *
   * @return six digits, such as {@code 429004}
   */
  public String shortValue() {
    return Long.toString(value / 1_000_000L);
  }

  /**
   * The level, from the lowest non-zero part of the code.
   *
   * @return the level
   */
  public DivisionLevel level() {
    return level;
  }

  /**
   * The structural parent: the code with its lowest non-zero part set to zero. For a
   * placeholder level this is the placeholder ({@code 429004000000} gives
   * {@code 429000000000}); {@link DivisionDirectory#parentOf(DivisionCode)} gives the real
   * parent.
   *
   * @return the parent, or empty for a province
   */
  public Optional<DivisionCode> parent() {
    if (level == DivisionLevel.PROVINCE) {
      return Optional.empty();
    }
    long truncated = truncate(value, LEVELS[level.ordinal() - 1]);
    return Optional.of(of(truncated));
  }

  /**
   * The ancestor at a level: the code cut after that level's digits and padded with zeros.
   * Where a township hangs directly from a city, its ancestor at {@code COUNTY} is the
   * city's code (whose own level is {@code CITY}).
   *
   * @param target the level wanted, this code's level or higher
   * @return this code if {@code target} is its level, else the ancestor
   * @throws InvalidValueException {@link DivisionErrors#LEVEL} if {@code target} is below
   *     this code's level
   */
  public DivisionCode ancestorAt(DivisionLevel target) {
    Objects.requireNonNull(target, "target");
    if (target == level) {
      return this;
    }
    if (level.isAbove(target)) {
      throw new InvalidValueException(DivisionErrors.LEVEL, value(), level, target);
    }
    return of(truncate(value, target));
  }

  private static long truncate(long digits, DivisionLevel keep) {
    long unit = POWERS[12 - keep.digits()];
    return digits / unit * unit;
  }

  /**
   * Whether another code is this one or lies under it.
   *
   * @param other the code tested
   * @return {@code true} if {@code other} equals this code or is a structural descendant
   */
  public boolean contains(DivisionCode other) {
    return truncate(other.value, level) == value;
  }

  /**
   * Whether another code lies strictly under this one.
   *
   * @param other the code tested
   * @return {@code true} if this code contains {@code other} and differs from it
   */
  public boolean isAncestorOf(DivisionCode other) {
    return other.value != value && contains(other);
  }

  /**
   * The digits of one level as a number, such as {@code 4} for the township part of
   * {@code 429004004000}.
   *
   * @param part the level whose digits are read
   * @return 0 if that part is zero
   */
  public int part(DivisionLevel part) {
    return (int) part(value, Objects.requireNonNull(part, "part"));
  }

  /**
   * The kind of township this code names, from its township digits.
   *
   * @return the kind for a township-level code, empty for other levels and unassigned numbers
   */
  public Optional<TownshipKind> townshipKind() {
    return level == DivisionLevel.TOWNSHIP
        ? TownshipKind.of(part(DivisionLevel.TOWNSHIP)) : Optional.empty();
  }

  /**
   * The kind of village unit this code names, from its village digits.
   *
   * @return the kind for a village-level code, empty for other levels and unassigned numbers
   */
  public Optional<VillageKind> villageKind() {
    return level == DivisionLevel.VILLAGE
        ? VillageKind.of(part(DivisionLevel.VILLAGE)) : Optional.empty();
  }

  /**
   * Orders codes numerically, which puts every division before its descendants.
   *
   * @param other the code compared with
   * @return negative, zero or positive
   */
  @Override
  public int compareTo(DivisionCode other) {
    return Long.compare(value, other.value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DivisionCode other && other.value == value;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(value);
  }

  /**
   * The canonical 12-digit form, as {@link #value()}.
   *
   * @return twelve digits
   */
  @Override
  public String toString() {
    return value();
  }
}
