package io.github.shiyu.governance.core.org;

import io.github.shiyu.governance.core.division.DivisionLevel;
import java.util.Optional;

/**
 * The rungs of the escalation ladder (提级办理): small matters stay in the village, big ones
 * in the township, disputes are solved in the county, major risks are contained in the city.
 *
 * <pre>{@code
 * EscalationLevel.VILLAGE.next();   // Optional[TOWNSHIP]
 * EscalationLevel.CITY.next();      // Optional.empty(): the top of the ladder
 * EscalationLevel.TOWNSHIP.divisionLevel();            // DivisionLevel.TOWNSHIP
 * EscalationLevel.of(DivisionLevel.PROVINCE);          // Optional.empty(): above the ladder
 * }</pre>
 */
public enum EscalationLevel {
  /** 村(社区): handled in the village or community, usually by the grid. */
  VILLAGE,
  /** 乡镇(街道): handled by the township or sub-district. */
  TOWNSHIP,
  /** 县(区): handled by the county or district. */
  COUNTY,
  /** 市: handled by the city. */
  CITY;

  private static final EscalationLevel[] LEVELS = values();

  /**
   * The next rung up.
   *
   * @return the level above, or empty at {@link #CITY}
   */
  public Optional<EscalationLevel> next() {
    return ordinal() + 1 < LEVELS.length ? Optional.of(LEVELS[ordinal() + 1]) : Optional.empty();
  }

  /**
   * The level of division that handles a case on this rung.
   *
   * @return the matching division level
   */
  public DivisionLevel divisionLevel() {
    return switch (this) {
      case VILLAGE -> DivisionLevel.VILLAGE;
      case TOWNSHIP -> DivisionLevel.TOWNSHIP;
      case COUNTY -> DivisionLevel.COUNTY;
      case CITY -> DivisionLevel.CITY;
    };
  }

  /**
   * The rung on which a division of this level handles cases.
   *
   * @param level a division level
   * @return the rung, or empty for a province, which is above the ladder
   */
  public static Optional<EscalationLevel> of(DivisionLevel level) {
    return switch (level) {
      case VILLAGE -> Optional.of(VILLAGE);
      case TOWNSHIP -> Optional.of(TOWNSHIP);
      case COUNTY -> Optional.of(COUNTY);
      case CITY -> Optional.of(CITY);
      case PROVINCE -> Optional.empty();
    };
  }

  /**
   * Whether this rung is above another.
   *
   * @param other the level compared with
   * @return {@code true} if this level is strictly higher
   */
  public boolean isAbove(EscalationLevel other) {
    return compareTo(other) > 0;
  }
}
