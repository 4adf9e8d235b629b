package io.github.shiyu.governance.cases;

import io.github.shiyu.governance.core.org.EscalationLevel;
import io.github.shiyu.governance.core.org.Tier;
import java.util.Objects;

/**
 * What is known when a case is registered: its type, category, where it is and who is
 * involved, its tier and the rung of the escalation ladder it starts on. The first event of
 * every case carries it, so that metrics can group by any of these without the workflow.
 *
 * <pre>{@code
 * Registration r = Registration.of(CaseType.WORK_ORDER, "hotline.complaint");
 * }</pre>
 *
 * @param type     the case type; must match the workflow's
 * @param category the category code, e.g. {@code dispute.neighbour} or {@code hotline.complaint}
 * @param tier     the handling tier (SIMPLE until assessed)
 * @param level    the rung of the escalation ladder the case starts on
 */
public record Registration(CaseType type, String category, Tier tier, EscalationLevel level) {

  /** Checks that nothing is missing. */
  public Registration {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(tier, "tier");
    Objects.requireNonNull(level, "level");
  }

  /**
   * A registration with tier SIMPLE starting in the village.
   *
   * @param type     the case type
   * @param category the category code
   * @return the registration
   */
  public static Registration of(CaseType type, String category) {
    return new Registration(type, category, Tier.SIMPLE, EscalationLevel.VILLAGE);
  }

  /**
   * A copy with another tier.
   *
   * @param tier the tier
   * @return the copy
   */
  public Registration withTier(Tier tier) {
    return new Registration(type, category, tier, level);
  }

  /**
   * A copy starting on another rung.
   *
   * @param level the rung
   * @return the copy
   */
  public Registration withLevel(EscalationLevel level) {
    return new Registration(type, category, tier, level);
  }
}
