package io.github.shiyu.governance.core.internal.division;

/**
 * The province-level prefixes of GB/T 2260, which have not changed since 1997: the one list
 * behind division codes, resident ID regions and whatever else starts with a province.
 */
public final class Provinces {

  private static final boolean[] KNOWN = new boolean[100];

  static {
    int[] codes = {
      11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46,
      50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82
    };
    for (int code : codes) {
      KNOWN[code] = true;
    }
  }

  private Provinces() {
  }

  /**
   * Whether two digits are a province code.
   *
   * @param code the first two digits of a region code, as a number
   * @return {@code true} for 11-15, 21-23, 31-37, 41-46, 50-54, 61-65, 71, 81 and 82
   */
  public static boolean isProvince(int code) {
    return code >= 0 && code < KNOWN.length && KNOWN[code];
  }
}
