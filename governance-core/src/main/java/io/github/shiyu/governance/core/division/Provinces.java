package io.github.shiyu.governance.core.division;

/** The province-level prefixes of GB/T 2260, which have not changed since 1997. */
final class Provinces {

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

  static boolean isProvince(int code) {
    return code >= 0 && code < KNOWN.length && KNOWN[code];
  }
}
