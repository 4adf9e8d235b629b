package io.github.shiyu.governance.people;

import io.github.shiyu.governance.core.category.CaseCategory;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Visit rules per supervision level and population category, as configuration.
 *
 * <p>{@link #defaults()}, all on working days: 严管 weekly, 普管 every two weeks, 宽管 monthly;
 * key minors level one weekly, two every two weeks, three monthly, four quarterly; anything
 * else monthly. These are the SDK's defaults, not a national standard: a county sets its own
 * with {@link #with(CaseCategory, VisitRule)}.
 *
 * <p>Lookup: the person's level and its ancestors (nearest first), then the category and its
 * ancestors, then the fallback. A rule for {@code population.noncustodial.bail} therefore
 * applies to every person on bail unless their level has a rule.
 *
 * <pre>{@code
 * VisitPolicy policy = VisitPolicy.defaults()
 *     .with(PopulationTaxonomy.COMMUNITY_DETOX, VisitRule.of(VisitFrequency.WEEKLY, VisitRule.Days.ANY_DAY));
 * policy.rule(person);
 * }</pre>
 */
public final class VisitPolicy {

  private static final VisitRule.Days W = VisitRule.Days.WORKING_DAYS;
  private static final VisitPolicy DEFAULTS = new VisitPolicy(Map.of(),
      VisitRule.of(VisitFrequency.MONTHLY, W))
      .with(PopulationTaxonomy.STRICT, VisitRule.of(VisitFrequency.WEEKLY, W))
      .with(PopulationTaxonomy.ORDINARY, VisitRule.of(VisitFrequency.FORTNIGHTLY, W))
      .with(PopulationTaxonomy.LENIENT, VisitRule.of(VisitFrequency.MONTHLY, W))
      .with(PopulationTaxonomy.MINOR_ONE, VisitRule.of(VisitFrequency.WEEKLY, W))
      .with(PopulationTaxonomy.MINOR_TWO, VisitRule.of(VisitFrequency.FORTNIGHTLY, W))
      .with(PopulationTaxonomy.MINOR_THREE, VisitRule.of(VisitFrequency.MONTHLY, W))
      .with(PopulationTaxonomy.MINOR_FOUR, VisitRule.of(VisitFrequency.QUARTERLY, W));

  private final Map<String, VisitRule> rules;
  private final VisitRule fallback;

  private VisitPolicy(Map<String, VisitRule> rules, VisitRule fallback) {
    this.rules = rules;
    this.fallback = fallback;
  }

  /**
   * The documented defaults.
   *
   * @return the default policy
   */
  public static VisitPolicy defaults() {
    return DEFAULTS;
  }

  /**
   * A policy with one rule everywhere.
   *
   * @param rule the rule
   * @return the policy
   */
  public static VisitPolicy uniform(VisitRule rule) {
    return new VisitPolicy(Map.of(), Objects.requireNonNull(rule, "rule"));
  }

  /**
   * A policy with a rule for a level or category (and what is under it).
   *
   * @param levelOrCategory a level or a population category
   * @param rule            the rule
   * @return a new policy; this one is unchanged
   */
  public VisitPolicy with(CaseCategory levelOrCategory, VisitRule rule) {
    Map<String, VisitRule> next = new LinkedHashMap<>(rules);
    next.put(levelOrCategory.code(), Objects.requireNonNull(rule, "rule"));
    return new VisitPolicy(Map.copyOf(next), fallback);
  }

  /**
   * The rule for a person.
   *
   * @param person the person
   * @return the rule of the nearest level, else of the nearest category, else the fallback
   */
  public VisitRule rule(SupervisedPerson person) {
    VisitRule byLevel = nearest(person.level().code());
    if (byLevel != null) {
      return byLevel;
    }
    VisitRule byCategory = nearest(person.category().code());
    return byCategory != null ? byCategory : fallback;
  }

  private VisitRule nearest(String code) {
    String c = code;
    while (true) {
      VisitRule rule = rules.get(c);
      if (rule != null) {
        return rule;
      }
      int dot = c.lastIndexOf('.');
      if (dot < 0) {
        return null;
      }
      c = c.substring(0, dot);
    }
  }
}
