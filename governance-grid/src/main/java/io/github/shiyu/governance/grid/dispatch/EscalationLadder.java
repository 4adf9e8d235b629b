package io.github.shiyu.governance.grid.dispatch;

import io.github.shiyu.governance.core.InvalidValueException;
import io.github.shiyu.governance.core.category.CaseCategory;
import io.github.shiyu.governance.core.category.CategoryTaxonomy;
import io.github.shiyu.governance.core.org.EscalationLevel;
import io.github.shiyu.governance.core.org.Tier;
import io.github.shiyu.governance.grid.LayerErrors;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * At which level of the escalation ladder (提级办理) a case is handled, by tier and category:
 * data a vendor supplies or edits, checked at {@link Builder#build()}.
 *
 * <p>Rules name a tier and optionally a category code; the rule of the nearest category
 * (the case's own, then its ancestors) wins over the tier's default. Every tier must have a
 * default. {@link #standard()} follows Xiangyang's ladder: simple matters stay in the village,
 * complex ones go to the township, major ones to the county; a vendor adds, say,
 * {@code rule(Tier.MAJOR, "dispute.land_requisition_demolition", EscalationLevel.CITY)}.
 *
 * <pre>{@code
 * EscalationLadder ladder = EscalationLadder.builder(CategoryTaxonomy.standard())
 *     .standard()
 *     .rule(Tier.MAJOR, "dispute.land_requisition_demolition", EscalationLevel.CITY)
 *     .build();
 * ladder.levelFor("dispute.labour", Tier.COMPLEX).level();   // TOWNSHIP
 * }</pre>
 */
public final class EscalationLadder {

  private final CategoryTaxonomy taxonomy;
  private final List<Rule> rules;
  private final Map<String, Rule> byKey;

  private EscalationLadder(CategoryTaxonomy taxonomy, List<Rule> rules) {
    this.taxonomy = taxonomy;
    this.rules = List.copyOf(rules);
    Map<String, Rule> map = new HashMap<>();
    for (Rule rule : this.rules) {
      map.put(key(rule.tier(), rule.category()), rule);
    }
    this.byKey = map;
  }

  private static String key(Tier tier, String category) {
    return tier + "@" + category;
  }

  /**
   * The standard ladder over the standard taxonomy: SIMPLE → VILLAGE, COMPLEX → TOWNSHIP,
   * MAJOR → COUNTY.
   *
   * @return the ladder
   */
  public static EscalationLadder standard() {
    return builder(CategoryTaxonomy.standard()).standard().build();
  }

  /**
   * An empty builder.
   *
   * @param taxonomy the categories rules may name
   * @return the builder
   */
  public static Builder builder(CategoryTaxonomy taxonomy) {
    return new Builder(taxonomy);
  }

  /**
   * The rules, numbered from 1 in the order added.
   *
   * @return the rules
   */
  public List<Rule> rules() {
    return rules;
  }

  /**
   * The rule deciding a case's handling level.
   *
   * @param categoryCode the case's category
   * @param tier the case's tier
   * @return the rule of the nearest category, else the tier's default
   */
  public Rule levelFor(String categoryCode, Tier tier) {
    for (CaseCategory c : taxonomy.lineage(taxonomy.require(categoryCode))) {
      Rule rule = byKey.get(key(tier, c.code()));
      if (rule != null) {
        return rule;
      }
    }
    return byKey.get(key(tier, ""));
  }

  /**
   * One rule of the ladder.
   *
   * <pre>{@code
   * ladder.rules().get(0).isDefault();   // true for a rule without category
   * }</pre>
   *
   * @param number position from 1
   * @param tier the tier
   * @param category the category code, or empty for the tier's default
   * @param level the handling level
   */
  public record Rule(int number, Tier tier, String category, EscalationLevel level) {

    /** Checks for nulls. */
    public Rule {
      Objects.requireNonNull(tier, "tier");
      Objects.requireNonNull(category, "category");
      Objects.requireNonNull(level, "level");
    }

    /**
     * Whether this is a tier's default rule.
     *
     * @return {@code true} if it names no category
     */
    public boolean isDefault() {
      return category.isEmpty();
    }

    @Override
    public String toString() {
      return "ladder rule " + number + " (" + tier + (isDefault() ? "" : " " + category) + " → " + level + ")";
    }
  }

  /**
   * Builds a ladder.
   *
   * <pre>{@code
   * EscalationLadder.builder(taxonomy).standard().build();
   * }</pre>
   */
  public static final class Builder {
    private final CategoryTaxonomy taxonomy;
    private final List<Rule> rules = new ArrayList<>();

    private Builder(CategoryTaxonomy taxonomy) {
      this.taxonomy = Objects.requireNonNull(taxonomy, "taxonomy");
    }

    /**
     * Adds the standard defaults: SIMPLE → VILLAGE, COMPLEX → TOWNSHIP, MAJOR → COUNTY.
     *
     * @return this builder
     */
    public Builder standard() {
      return tierDefault(Tier.SIMPLE, EscalationLevel.VILLAGE)
          .tierDefault(Tier.COMPLEX, EscalationLevel.TOWNSHIP)
          .tierDefault(Tier.MAJOR, EscalationLevel.COUNTY);
    }

    /**
     * Sets the level for a tier whatever the category.
     *
     * @param tier the tier
     * @param level the level
     * @return this builder
     */
    public Builder tierDefault(Tier tier, EscalationLevel level) {
      rules.add(new Rule(rules.size() + 1, tier, "", level));
      return this;
    }

    /**
     * Sets the level for a tier within a category (and its descendants without a rule).
     *
     * @param tier the tier
     * @param category the category code
     * @param level the level
     * @return this builder
     */
    public Builder rule(Tier tier, String category, EscalationLevel level) {
      rules.add(new Rule(rules.size() + 1, tier, category, level));
      return this;
    }

    /**
     * Checks the rules and builds the ladder.
     *
     * @return the ladder
     * @throws InvalidValueException {@link LayerErrors#ROUTING} for an unknown category, a
     *     rule repeated for the same tier and category, or a tier without default
     */
    public EscalationLadder build() {
      List<String> errors = new ArrayList<>();
      Map<String, Integer> seen = new HashMap<>();
      Set<Tier> defaults = EnumSet.noneOf(Tier.class);
      for (Rule rule : rules) {
        if (rule.isDefault()) {
          defaults.add(rule.tier());
        } else if (taxonomy.find(rule.category()).isEmpty()) {
          errors.add("ladder rule " + rule.number() + ": unknown category " + rule.category());
        }
        Integer earlier = seen.put(key(rule.tier(), rule.category()), rule.number());
        if (earlier != null) {
          errors.add("ladder rule " + rule.number() + " repeats rule " + earlier);
        }
      }
      for (Tier tier : Tier.values()) {
        if (!defaults.contains(tier)) {
          errors.add("no default level for tier " + tier);
        }
      }
      if (!errors.isEmpty()) {
        throw new InvalidValueException(DispatchErrors.ROUTING, String.join("; ", errors));
      }
      return new EscalationLadder(taxonomy, rules);
    }
  }
}
