package io.github.shiyu.governance.core.division;

import static org.quicktheories.generators.SourceDSL.integers;

import org.quicktheories.core.Gen;

/** Generators of valid division codes for property tests. */
final class DivisionCodes {

  private static final int[] PROVINCES = {
    11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46,
    50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82
  };

  private DivisionCodes() {
  }

  /**
   * Codes at every level whose parts above their level are all non-zero.
   *
   * @return the generator
   */
  static Gen<DivisionCode> codes() {
    return integers().between(0, 4).zip(villages(), (level, village) ->
        village.ancestorAt(DivisionLevel.values()[level]));
  }

  /**
   * Codes of villages and communities, all parts non-zero.
   *
   * @return the generator
   */
  static Gen<DivisionCode> villages() {
    return integers().between(0, PROVINCES.length - 1).zip(
        integers().between(1, 99), integers().between(1, 99), integers().between(1, 999),
        integers().between(1, 999), (p, c, k, t, v) -> DivisionCode.parse(
            String.format("%02d%02d%02d%03d%03d", PROVINCES[p], c, k, t, v)));
  }

  /**
   * Townships hanging directly from a city without counties, like those of 东莞.
   *
   * @return the generator
   */
  static Gen<DivisionCode> townshipsUnderCities() {
    return integers().between(0, PROVINCES.length - 1).zip(
        integers().between(1, 99), integers().between(1, 999),
        (p, c, t) -> DivisionCode.parse(String.format("%02d%02d00%03d000", PROVINCES[p], c, t)));
  }
}
