package io.github.shiyu.governance.core.grid;

import static org.quicktheories.generators.SourceDSL.integers;

import io.github.shiyu.governance.core.division.DivisionCode;
import org.quicktheories.core.Gen;

/** Generators of village and community codes for grid property tests. */
final class Communities {

  private static final int[] PROVINCES = {11, 13, 31, 42, 44, 46, 50, 65, 82};

  private Communities() {
  }

  static Gen<DivisionCode> villages() {
    return integers().between(0, PROVINCES.length - 1).zip(
        integers().between(1, 99), integers().between(0, 99), integers().between(1, 999),
        integers().between(1, 999), (p, c, k, t, v) -> DivisionCode.parse(
            String.format("%02d%02d%02d%03d%03d", PROVINCES[p], c, k, t, v)));
  }
}
