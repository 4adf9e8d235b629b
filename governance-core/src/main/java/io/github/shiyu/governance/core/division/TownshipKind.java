package io.github.shiyu.governance.core.division;

import java.util.Optional;

/**
 * What kind of unit a township-level code names, read from its three township digits
 * (NBS 统计用区划代码编制规则): 001-099 sub-district, 100-199 town, 200-399 township,
 * 400-599 farms, forestry centres and similar units.
 *
 * <pre>{@code
 * DivisionCode.parse("110101001000").townshipKind();   // Optional[SUB_DISTRICT]
 * TownshipKind.of(102);                                // Optional[TOWN]
 * }</pre>
 */
public enum TownshipKind {
  /** 街道 (sub-district office): 001-099. */
  SUB_DISTRICT,
  /** 镇: 100-199. */
  TOWN,
  /** 乡 (including 民族乡 and 苏木): 200-399. */
  TOWNSHIP,
  /** 农场、林场、牧场、开发区 and other units run like a township: 400-599. */
  FARM_OR_SIMILAR;

  /**
   * The kind for a three-digit township number.
   *
   * @param number the township digits as a number, 1 to 999
   * @return the kind, or empty for 0 and for 600-999, which the rules leave unassigned
   */
  public static Optional<TownshipKind> of(int number) {
    if (number >= 1 && number <= 99) {
      return Optional.of(SUB_DISTRICT);
    } else if (number >= 100 && number <= 199) {
      return Optional.of(TOWN);
    } else if (number >= 200 && number <= 399) {
      return Optional.of(TOWNSHIP);
    } else if (number >= 400 && number <= 599) {
      return Optional.of(FARM_OR_SIMILAR);
    }
    return Optional.empty();
  }
}
