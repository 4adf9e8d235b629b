package io.github.shiyu.governance.grid;

import io.github.shiyu.governance.core.InvalidValueException;
import io.github.shiyu.governance.core.division.DivisionCode;
import io.github.shiyu.governance.core.division.DivisionLevel;
import io.github.shiyu.governance.core.grid.GridCode;

/** Key forms of boundary units: parse, normalise, parent. */
final class BoundaryKeys {

  private BoundaryKeys() {}

  /** A normalised key and the level it names. */
  record Parsed(String key, BoundaryLevel level) {}

  /**
   * Normalises a key: division codes to their significant digits (6 for a county, 9 for a
   * township, 12 for a village), grid codes to 15 digits, anything else kept as text.
   *
   * @param raw the key as given
   */
  static Parsed normalise(String raw) {
    String key = raw.trim();
    if (key.isEmpty()) {
      throw new InvalidValueException(LayerErrors.BOUNDARY_KEY, "(blank)", "any level");
    }
    boolean digits = key.chars().allMatch(c -> c >= '0' && c <= '9');
    BoundaryLevel found = BoundaryLevel.SUB_GRID;
    String normal = key;
    if (digits && key.length() == 15) {
      normal = GridCode.parse(key).value();
      found = BoundaryLevel.GRID;
    } else if (digits && (key.length() == 2 || key.length() == 4 || key.length() == 6
        || key.length() == 9 || key.length() == 12)) {
      String twelve = (key + "000000000000").substring(0, 12);
      DivisionCode code = DivisionCode.parse(twelve);
      found = BoundaryLevel.of(code.level());
      normal = significant(code);
    }
    return new Parsed(normal, found);
  }

  /** Normalises a key that must have the declared level (any text below the grid). */
  static Parsed normalise(String raw, BoundaryLevel declared) {
    if (declared == BoundaryLevel.SUB_GRID) {
      String key = raw.trim();
      if (key.isEmpty()) {
        throw new InvalidValueException(LayerErrors.BOUNDARY_KEY, "(blank)", declared);
      }
      return new Parsed(key, declared);
    }
    Parsed parsed = normalise(raw);
    if (parsed.level() != declared) {
      throw new InvalidValueException(LayerErrors.BOUNDARY_KEY, parsed.key(), declared);
    }
    return parsed;
  }

  /** The significant digits of a division code at its own level. */
  static String significant(DivisionCode code) {
    return code.value().substring(0, digits(code.level()));
  }

  private static int digits(DivisionLevel level) {
    return switch (level) {
      case PROVINCE -> 2;
      case CITY -> 4;
      case COUNTY -> 6;
      case TOWNSHIP -> 9;
      case VILLAGE -> 12;
    };
  }

  /**
   * Whether a key of a lower level lies under a key of a higher level by its digits.
   * Sub-grid keys carry no parent in their form: always {@code true}.
   */
  static boolean codeUnder(String child, BoundaryLevel childLevel, String parent, BoundaryLevel parentLevel) {
    if (childLevel == BoundaryLevel.SUB_GRID || parentLevel == BoundaryLevel.SUB_GRID) {
      return true;
    }
    return parentLevel.isAbove(childLevel) && child.startsWith(parent);
  }
}
