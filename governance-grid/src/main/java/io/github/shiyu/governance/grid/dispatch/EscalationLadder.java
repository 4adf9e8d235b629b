package io.github.shiyu.governance.grid.dispatch;

import io.github.shiyu.governance.core.InvalidValueException;
import io.github.shiyu.governance.core.category.CaseCategory;
import io.github.shiyu.governance.core.category.CategoryTaxonomy;
import io.github.shiyu.governance.core.org.EscalationLevel;
import io.github.shiyu.governance.core.org.Tier;
import io.github.shiyu.governance.grid.LayerErrors;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

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
 * ladder.levelFor(CategoryTaxonomy.standard().require("dispute.labour"), Tier.COMPLEX).level();   // TOWNSHIP
 * }</pre>
 */
public final class EscalationLadder {

  private final CategoryTaxonomy taxonomy;
  private final List<Rule> rules;
  private final Map<Key, Rule> byCategory;
  private final Map<Tier, Rule> defaults;

  /** A category rule's place in the ladder: the tier and the category. */
  private record Key(Tier tier, CaseCategory category) {}

  private EscalationLadder(CategoryTaxonomy taxonomy, List<Rule> rules) {
    this.taxonomy = taxonomy;
    this.rules = List.copyOf(rules);
    Map<Key, Rule> map = new HashMap<>();
    Map<Tier, Rule> tierDefaults = new EnumMap<>(Tier.class);
    for (Rule rule : this.rules) {
      if (rule.category == null) {
        tierDefaults.put(rule.tier(), rule);
      } else {
        map.put(new Key(rule.tier(), rule.category), rule);
      }
    }
    this.byCategory = map;
    this.defaults = tierDefaults;
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
   * @param category the case's category
   * @param tier the case's tier
   * @return the rule of the nearest category, else the tier's default
   * @throws io.github.shiyu.governance.core.MissingDataException {@code category.unknown}
   *     for a category the ladder's taxonomy lacks
   */
  public Rule levelFor(CaseCategory category, Tier tier) {
    Objects.requireNonNull(tier, "tier");
    for (CaseCategory c : taxonomy.lineage(taxonomy.require(category.code()))) {
      Rule rule = byCategory.get(new Key(tier, c));
      if (rule != null) {
        return rule;
      }
    }
    return defaults.get(tier);
  }

  /**
   * One rule of the ladder: a tier's default level, or the level for a tier within a
   * category. Immutable, compared by all its parts; made by the {@link Builder}.
   *
   * <pre>{@code
   * Rule first = ladder.rules().get(0);
   * first.isDefault();     // true for a rule without category
   * first.category();      // Optional.empty() for a default
   * }</pre>
   */
  public static final class Rule {

    private final int number;
    private final Tier tier;
    /** Null for a tier's default (handed out as Optional). */
    private final CaseCategory category;
    private final EscalationLevel level;

    private Rule(int number, Tier tier, CaseCategory category, EscalationLevel level) {
      this.number = number;
      this.tier = Objects.requireNonNull(tier, "tier");
      this.category = category;
      this.level = Objects.requireNonNull(level, "level");
    }

    /**
     * The position in the ladder.
     *
     * @return from 1, in the order the rules were added
     */
    public int number() {
      return number;
    }

    /**
     * The tier the rule is for.
     *
     * @return the tier
     */
    public Tier tier() {
      return tier;
    }

    /**
     * The category the rule is for (and its descendants without a rule of their own).
     *
     * @return the category, or empty for the tier's default
     */
    public Optional<CaseCategory> category() {
      return Optional.ofNullable(category);
    }

    /**
     * The handling level.
     *
     * @return the level
     */
    public EscalationLevel level() {
      return level;
    }

    /**
     * Whether this is a tier's default rule.
     *
     * @return {@code true} if it names no category
     */
    public boolean isDefault() {
      return category == null;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Rule other && number == other.number && tier == other.tier
          && Objects.equals(category, other.category) && level == other.level;
    }

    @Override
    public int hashCode() {
      return Objects.hash(number, tier, category, level);
    }

    @Override
    public String toString() {
      return "ladder rule " + number + " (" + tier + (isDefault() ? "" : " " + category.code()) + " → " + level + ")";
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
    private final List<Entry> entries = new ArrayList<>();

    /** A rule as written: its category code ("" for a default) not yet checked. */
    private record Entry(int number, Tier tier, String category, EscalationLevel level) {}

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
      entries.add(new Entry(entries.size() + 1, Objects.requireNonNull(tier, "tier"), "",
          Objects.requireNonNull(level, "level")));
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
      entries.add(new Entry(entries.size() + 1, Objects.requireNonNull(tier, "tier"),
          Objects.requireNonNull(category, "category"), Objects.requireNonNull(level, "level")));
      return this;
    }

    /**
     * Checks the rules and builds the ladder.
     *
     * @return the ladder
     * @throws InvalidValueException {@link DispatchErrors#ROUTING} for an unknown category, a
     *     rule repeated for the same tier and category, or a tier without default
     */
    public EscalationLadder build() {
      List<String> errors = new ArrayList<>();
      Map<Tier, Integer> defaults = new EnumMap<>(Tier.class);
      Map<Key, Integer> seen = new HashMap<>();
      List<Rule> rules = new ArrayList<>();
      for (Entry entry : entries) {
        Integer earlier = null;
        if (entry.category().isEmpty()) {
          earlier = defaults.put(entry.tier(), entry.number());
          rules.add(new Rule(entry.number(), entry.tier(), null, entry.level()));
        } else {
          Optional<CaseCategory> category = taxonomy.find(entry.category());
          if (category.isEmpty()) {
            errors.add("ladder rule " + entry.number() + ": unknown category " + entry.category());
          } else {
            earlier = seen.put(new Key(entry.tier(), category.get()), entry.number());
            rules.add(new Rule(entry.number(), entry.tier(), category.get(), entry.level()));
          }
        }
        if (earlier != null) {
          errors.add("ladder rule " + entry.number() + " repeats rule " + earlier);
        }
      }
      for (Tier tier : Tier.values()) {
        if (!defaults.containsKey(tier)) {
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
