package io.github.shiyu.governance.core.division;

import java.util.Optional;

/**
 * The five levels of China's administrative divisions, highest first.
 *
 * <p>A level owns a slice of the 12-digit statistical code: province 2 digits, city 2,
 * county 2, township 3, village 3. A code's level is that of its lowest non-zero slice.
 *
 * <pre>{@code
 * DivisionLevel.COUNTY.higher();   // Optional[CITY]
 * DivisionLevel.VILLAGE.lower();   // Optional.empty()
 * }</pre>
 */
public enum DivisionLevel {
  /** 省 (省、自治区、直辖市): digits 1-2. */
  PROVINCE(0, 2),
  /** 市 (地级市、地区、自治州、盟; a placeholder in municipalities): digits 3-4. */
  CITY(2, 4),
  /** 县 (县、县级市、市辖区、旗): digits 5-6. */
  COUNTY(4, 6),
  /** 乡镇 (街道、镇、乡): digits 7-9. */
  TOWNSHIP(6, 9),
  /** 村 (村民委员会、居民委员会/社区): digits 10-12. */
  VILLAGE(9, 12);

  private static final DivisionLevel[] LEVELS = values();

  private final int start;
  private final int end;

  DivisionLevel(int start, int end) {
    this.start = start;
    this.end = end;
  }

  /**
   * The level above.
   *
   * @return the next higher level, or empty for {@link #PROVINCE}
   */
  public Optional<DivisionLevel> higher() {
    return ordinal() > 0 ? Optional.of(LEVELS[ordinal() - 1]) : Optional.empty();
  }

  /**
   * The level below.
   *
   * @return the next lower level, or empty for {@link #VILLAGE}
   */
  public Optional<DivisionLevel> lower() {
    return ordinal() + 1 < LEVELS.length ? Optional.of(LEVELS[ordinal() + 1]) : Optional.empty();
  }

  /**
   * Whether this level is strictly above another (a province is above a city).
   *
   * @param other the level compared with
   * @return {@code true} if this level is higher
   */
  public boolean isAbove(DivisionLevel other) {
    return compareTo(other) < 0;
  }

  /**
   * How many leading digits of the 12-digit code identify a division at this level.
   *
   * @return 2, 4, 6, 9 or 12
   */
  public int digits() {
    return end;
  }

  int firstDigit() {
    return start;
  }
}
