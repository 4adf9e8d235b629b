package io.github.shiyu.governance.grid.dispatch;

import io.github.shiyu.governance.core.InvalidValueException;
import io.github.shiyu.governance.core.category.CaseCategory;
import io.github.shiyu.governance.core.category.CategoryTaxonomy;
import io.github.shiyu.governance.core.division.DivisionCode;
import io.github.shiyu.governance.core.org.Tier;
import io.github.shiyu.governance.grid.dispatch.DispatchDecision.Choice;
import io.github.shiyu.governance.grid.dispatch.DispatchDecision.Reason;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Experts and specialised mediation committees as part of dispatch: which experts join a case
 * (legal consultation, psychology, lawyers: rules by category and tier) and which committee
 * (专调委) a dispute is handed to (by the categories the committee takes). Each choice is
 * explained in the dispatch decision's reasons, like the other steps.
 *
 * <p>A committee takes a category and its subcategories; the nearest category wins (a
 * committee for {@code dispute.labour.wages} before one for {@code dispute.labour}), then
 * among the committees serving the case's community and below capacity, the one with the
 * fewest open disputes, ties broken by id. Experts are chosen the same way, one per rule that
 * applies. Capacity is counted with the {@link Workload} of the dispatch.
 *
 * <pre>{@code
 * ExpertPool pool = ExpertPool.builder(CategoryTaxonomy.standard())
 *     .committee(MediationCommittee.of("cmt-labour", "劳动争议人民调解委员会",
 *         List.of("dispute.labour"), 40, county))
 *     .expert(Expert.of("psy-1", ExpertField.PSYCHOLOGY, 3, county))
 *     .addExpert("dispute.marriage_family", Tier.SIMPLE, ExpertField.PSYCHOLOGY)
 *     .build();
 * Dispatcher dispatcher = Dispatcher.builder(index, routing).experts(pool).build();
 * }</pre>
 */
public final class ExpertPool {

  /**
   * A rule: cases of a category (and its subcategories) of at least a tier get an expert of a
   * field.
   *
   * @param category the category code
   * @param atLeast  the lowest tier the rule applies to
   * @param field    the field of the expert who joins
   */
  public record Rule(String category, Tier atLeast, ExpertField field) {
    @Override
    public String toString() {
      return "rule " + category + " from " + atLeast + ": " + field;
    }
  }

  /**
   * What the pool adds to a dispatch: the experts who join, the committee the dispute is handed
   * to, and why.
   */
  public static final class Referral {
    private final List<Expert> experts;
    /** Null when no committee takes the dispute (handed out as Optional). */
    private final MediationCommittee committee;
    private final List<Reason> reasons;

    Referral(List<Expert> experts, MediationCommittee committee, List<Reason> reasons) {
      this.experts = List.copyOf(experts);
      this.committee = committee;
      this.reasons = List.copyOf(reasons);
    }

    static Referral none() {
      return new Referral(List.of(), null, List.of());
    }

    /**
     * The experts who join, in rule order.
     *
     * @return the experts
     */
    public List<Expert> experts() {
      return experts;
    }

    /**
     * The committee the dispute is handed to.
     *
     * @return the committee, empty if none takes it
     */
    public Optional<MediationCommittee> committee() {
      return Optional.ofNullable(committee);
    }

    /**
     * Why: one reason per rule that applied and one for the committee.
     *
     * @return the reasons
     */
    public List<Reason> reasons() {
      return reasons;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Referral r && experts.equals(r.experts)
          && java.util.Objects.equals(committee, r.committee) && reasons.equals(r.reasons);
    }

    @Override
    public int hashCode() {
      return java.util.Objects.hash(experts, committee, reasons);
    }

    @Override
    public String toString() {
      return "Referral[experts=" + experts.stream().map(Expert::id).toList() + ", committee="
          + committee().map(MediationCommittee::id) + "]";
    }
  }

  private final CategoryTaxonomy taxonomy;
  private final List<Expert> experts;
  private final List<MediationCommittee> committees;
  private final List<Rule> rules;

  private ExpertPool(Builder b) {
    this.taxonomy = b.taxonomy;
    this.experts = List.copyOf(b.experts.values());
    this.committees = List.copyOf(b.committees.values());
    this.rules = List.copyOf(b.rules);
  }

  /**
   * An empty pool: no expert joins, no committee takes a dispute.
   *
   * @return the empty pool
   */
  public static ExpertPool empty() {
    return builder(CategoryTaxonomy.standard()).build();
  }

  /**
   * Starts a pool.
   *
   * @param taxonomy the taxonomy the rules' and committees' categories come from
   * @return a builder
   */
  public static Builder builder(CategoryTaxonomy taxonomy) {
    return new Builder(taxonomy);
  }

  /**
   * The experts.
   *
   * @return in the order added
   */
  public List<Expert> experts() {
    return experts;
  }

  /**
   * The committees.
   *
   * @return in the order added
   */
  public List<MediationCommittee> committees() {
    return committees;
  }

  /**
   * The rules.
   *
   * @return in the order added
   */
  public List<Rule> rules() {
    return rules;
  }

  /**
   * The committees that take a category: those of the nearest category in its lineage that
   * any committee takes.
   *
   * @param category the case's category
   * @return the committees of the nearest category, empty if none takes it or an ancestor
   */
  public List<MediationCommittee> committeesFor(CaseCategory category) {
    for (CaseCategory c : taxonomy.lineage(taxonomy.require(category.code()))) {
      List<MediationCommittee> out = committees.stream()
          .filter(m -> m.categories().contains(c.code())).toList();
      if (!out.isEmpty()) {
        return out;
      }
    }
    return List.of();
  }

  /**
   * The experts who join a case and the committee that takes it, with the reasons.
   *
   * @param category  the case's category
   * @param tier      its tier
   * @param community the community it lies in
   * @param workload  open cases per expert and committee id
   * @return the referral
   */
  public Referral refer(CaseCategory category, Tier tier, DivisionCode community,
      Workload workload) {
    if (experts.isEmpty() && committees.isEmpty()) {
      return Referral.none();
    }
    List<Reason> reasons = new ArrayList<>();
    List<CaseCategory> lineage = taxonomy.lineage(taxonomy.require(category.code()));
    Set<String> codes = new HashSet<>();
    lineage.forEach(c -> codes.add(c.code()));
    List<Expert> joined = new ArrayList<>();
    for (Rule rule : rules) {
      if (!codes.contains(rule.category()) || tier.compareTo(rule.atLeast()) < 0) {
        continue;
      }
      List<Expert> serving = experts.stream()
          .filter(e -> e.field().equals(rule.field()) && e.serves(community)
              && !joined.contains(e)).toList();
      List<Expert> free = serving.stream()
          .filter(e -> workload.openCases(e.id()) < e.capacity())
          .sorted(Comparator.comparingInt((Expert e) -> workload.openCases(e.id()))
              .thenComparing(Expert::id))
          .toList();
      if (free.isEmpty()) {
        reasons.add(new Reason(Choice.EXPERT, rule + ": no " + rule.field() + " expert "
            + (serving.isEmpty() ? "serves community " + community
                : "serving community " + community + " is below capacity (" + serving.size()
                    + " at capacity)")));
        continue;
      }
      Expert chosen = free.get(0);
      joined.add(chosen);
      reasons.add(new Reason(Choice.EXPERT, rule + ": " + chosen.id() + " with "
          + workload.openCases(chosen.id()) + " of " + chosen.capacity()
          + " open cases, the fewest of " + free.size()
          + (free.size() > 1 ? " (ties broken by id)" : "")));
    }
    Optional<MediationCommittee> committee = committee(category, community, workload, reasons);
    return new Referral(joined, committee.orElse(null), reasons);
  }

  private Optional<MediationCommittee> committee(CaseCategory category, DivisionCode community,
      Workload workload, List<Reason> reasons) {
    List<MediationCommittee> taking = committeesFor(category);
    if (taking.isEmpty()) {
      return Optional.empty();
    }
    List<MediationCommittee> serving = taking.stream().filter(m -> m.serves(community)).toList();
    List<MediationCommittee> free = serving.stream()
        .filter(m -> workload.openCases(m.id()) < m.capacity())
        .sorted(Comparator.comparingInt((MediationCommittee m) -> workload.openCases(m.id()))
            .thenComparing(MediationCommittee::id))
        .toList();
    if (free.isEmpty()) {
      reasons.add(new Reason(Choice.COMMITTEE, taking.size() + " committee(s) take "
          + category.code() + " but " + (serving.isEmpty()
              ? "none serves community " + community
              : "every one serving community " + community + " is at capacity")));
      return Optional.empty();
    }
    MediationCommittee chosen = free.get(0);
    reasons.add(new Reason(Choice.COMMITTEE, chosen.id() + " " + chosen.name() + " takes "
        + category.code() + ", with " + workload.openCases(chosen.id()) + " of "
        + chosen.capacity() + " open disputes, the fewest of " + free.size()
        + (free.size() > 1 ? " (ties broken by id)" : "")));
    return Optional.of(chosen);
  }

  /** Builds an {@link ExpertPool}; {@link #build()} checks that every name resolves. */
  public static final class Builder {
    private final CategoryTaxonomy taxonomy;
    private final Map<String, Expert> experts = new LinkedHashMap<>();
    private final Map<String, MediationCommittee> committees = new LinkedHashMap<>();
    private final List<Rule> rules = new ArrayList<>();

    private Builder(CategoryTaxonomy taxonomy) {
      this.taxonomy = java.util.Objects.requireNonNull(taxonomy, "taxonomy");
    }

    /**
     * Adds an expert.
     *
     * @param expert the expert, with an id not used before
     * @return this builder
     */
    public Builder expert(Expert expert) {
      if (experts.putIfAbsent(expert.id(), expert) != null) {
        throw new InvalidValueException(DispatchErrors.EXPERTS, "expert " + expert.id(),
            "id used twice");
      }
      return this;
    }

    /**
     * Adds a committee.
     *
     * @param committee the committee, with an id not used before
     * @return this builder
     */
    public Builder committee(MediationCommittee committee) {
      if (committees.containsKey(committee.id()) || experts.containsKey(committee.id())) {
        throw new InvalidValueException(DispatchErrors.EXPERTS, "committee " + committee.id(),
            "id used twice");
      }
      committees.put(committee.id(), committee);
      return this;
    }

    /**
     * Adds a rule: cases of the category (and its subcategories) from the tier on get an
     * expert of the field.
     *
     * @param category the category code
     * @param atLeast  the lowest tier
     * @param field    the expert's field
     * @return this builder
     */
    public Builder addExpert(String category, Tier atLeast, ExpertField field) {
      rules.add(new Rule(category, java.util.Objects.requireNonNull(atLeast, "atLeast"),
          java.util.Objects.requireNonNull(field, "field")));
      return this;
    }

    /**
     * Checks and builds the pool.
     *
     * @return the pool
     * @throws InvalidValueException if a category is not in the taxonomy, a rule's field has
     *     no expert, or an id is shared by an expert and a committee
     */
    public ExpertPool build() {
      for (Rule r : rules) {
        if (taxonomy.find(r.category()).isEmpty()) {
          throw new InvalidValueException(DispatchErrors.EXPERTS, r.toString(),
              "the taxonomy has no category " + r.category());
        }
        if (experts.values().stream().noneMatch(e -> e.field().equals(r.field()))) {
          throw new InvalidValueException(DispatchErrors.EXPERTS, r.toString(),
              "the pool has no " + r.field() + " expert");
        }
      }
      for (MediationCommittee m : committees.values()) {
        if (experts.containsKey(m.id())) {
          throw new InvalidValueException(DispatchErrors.EXPERTS, "committee " + m.id(),
              "id used by an expert too");
        }
        for (String code : m.categories()) {
          if (taxonomy.find(code).isEmpty()) {
            throw new InvalidValueException(DispatchErrors.EXPERTS, "committee " + m.id(),
                "the taxonomy has no category " + code);
          }
        }
      }
      return new ExpertPool(this);
    }
  }
}
