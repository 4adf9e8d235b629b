package io.github.shiyu.governance.core.division;

import java.util.Optional;

/**
 * What kind of unit a village-level code names, read from its three village digits
 * (NBS 统计用区划代码编制规则): 001-199 residents' committee (居委会, the community of a
 * town or city), 200-399 village committee (村委会).
 *
 * <pre>{@code
 * DivisionCode.parse("130111200201").villageKind();   // Optional[VILLAGE_COMMITTEE]
 * }</pre>
 */
public enum VillageKind {
  /** 居民委员会 (社区): 001-199. */
  RESIDENTS_COMMITTEE,
  /** 村民委员会: 200-399. */
  VILLAGE_COMMITTEE;

  /**
   * The kind for a three-digit village number.
   *
   * @param number the village digits as a number, 1 to 999
   * @return the kind, or empty for 0 and 400-999 (units the rules class otherwise)
   */
  public static Optional<VillageKind> of(int number) {
    if (number >= 1 && number <= 199) {
      return Optional.of(RESIDENTS_COMMITTEE);
    } else if (number >= 200 && number <= 399) {
      return Optional.of(VILLAGE_COMMITTEE);
    }
    return Optional.empty();
  }
}
