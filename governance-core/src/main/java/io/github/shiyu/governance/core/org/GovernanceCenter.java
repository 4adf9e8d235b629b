package io.github.shiyu.governance.core.org;

import io.github.shiyu.governance.core.InvalidValueException;
import io.github.shiyu.governance.core.division.DivisionCode;
import io.github.shiyu.governance.core.division.DivisionLevel;
import java.util.Objects;
import java.util.Optional;

/**
 * A comprehensive governance center (综治中心; also the one-stop dispute resolution center,
 * 矛盾纠纷调处中心) at city, county, township or village level. Its level is its division's.
 *
 * <pre>{@code
 * GovernanceCenter center = GovernanceCenter.of("gc-429004", "仙桃市综治中心",
 *     DivisionCode.parse("429004"));
 * center.level();             // COUNTY
 * center.escalationLevel();   // Optional[COUNTY]
 * }</pre>
 *
 * @param id       the vendor's stable identifier
 * @param name     the display name
 * @param division the division the center serves
 */
public record GovernanceCenter(String id, String name, DivisionCode division) {

  /**
   * Checks the fields.
   *
   * @param id       the vendor's stable identifier
   * @param name     the display name
   * @param division the division the center serves
   * @throws InvalidValueException {@link OrgErrors#BLANK} for a blank id or name
   */
  public GovernanceCenter {
    id = Names.require(id, "governance center", "id");
    name = Names.require(name, "governance center", "name");
    Objects.requireNonNull(division, "division");
  }

  /**
   * Creates a governance center.
   *
   * @param id       the identifier
   * @param name     the name
   * @param division the division it serves
   * @return the center
   */
  public static GovernanceCenter of(String id, String name, DivisionCode division) {
    return new GovernanceCenter(id, name, division);
  }

  /**
   * The level of the division the center serves.
   *
   * @return the division's level
   */
  public DivisionLevel level() {
    return division.level();
  }

  /**
   * The rung of the escalation ladder this center handles.
   *
   * @return the matching escalation level, or empty for a province-level center, which is
   *     above the ladder
   */
  public Optional<EscalationLevel> escalationLevel() {
    return EscalationLevel.of(division.level());
  }
}
