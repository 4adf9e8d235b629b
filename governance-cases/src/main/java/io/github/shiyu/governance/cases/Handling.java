package io.github.shiyu.governance.cases;

import io.github.shiyu.governance.core.org.EscalationLevel;
import io.github.shiyu.governance.core.org.Tier;
import io.github.shiyu.governance.core.InvalidValueException;
import io.github.shiyu.governance.core.org.ExpertField;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * How a case is being handled after an event (办理情况): the handler, the rung of the
 * escalation ladder, the tier, the last rating, the counters (extensions, returns,
 * reopenings, supervisions, escalations) and the fields of the experts who joined it. Part
 * of every {@link CaseEvent}; most events share their predecessor's unchanged. Immutable; the {@code with...} methods return copies.
 *
 * <pre>{@code
 * Handling h = Handling.of(EscalationLevel.TOWNSHIP, Tier.SIMPLE)
 *     .withHandler("dept-housing")
 *     .withCounts(0, 1, 0, 0, 0);   // returned once
 * }</pre>
 */
public final class Handling {

  final String handler;
  final EscalationLevel level;
  final Tier tier;
  final Rating rating;
  final int extensions;
  final int returns;
  final int reopenings;
  final int supervisions;
  final int escalations;
  /** Distinct, in the order they joined; usually empty and then the shared {@code List.of()}. */
  final List<ExpertField> experts;

  private Handling(String handler, EscalationLevel level, Tier tier, Rating rating,
      int extensions, int returns, int reopenings, int supervisions, int escalations) {
    this(handler, level, tier, rating, extensions, returns, reopenings, supervisions,
        escalations, List.of());
  }

  private Handling(String handler, EscalationLevel level, Tier tier, Rating rating,
      int extensions, int returns, int reopenings, int supervisions, int escalations,
      List<ExpertField> experts) {
    this.handler = handler;
    this.level = level;
    this.tier = tier;
    this.rating = rating;
    this.extensions = extensions;
    this.returns = returns;
    this.reopenings = reopenings;
    this.supervisions = supervisions;
    this.escalations = escalations;
    this.experts = experts;
  }

  /**
   * Handling on a rung and tier, with no handler, no rating and every counter at zero.
   *
   * @param level the rung
   * @param tier  the tier
   * @return the handling
   */
  public static Handling of(EscalationLevel level, Tier tier) {
    return FRESH[Objects.requireNonNull(level, "level").ordinal() * TIERS
        + Objects.requireNonNull(tier, "tier").ordinal()];
  }

  /**
   * A copy with a handler.
   *
   * @param id the handler's id (a department or a person)
   * @return the copy
   * @throws InvalidValueException {@code case.setting} for an empty id
   */
  public Handling withHandler(String id) {
    if (id == null || id.isEmpty()) {
      throw new InvalidValueException(CaseErrors.SETTING, "handler", "must not be empty");
    }
    return new Handling(id, level, tier, rating, extensions, returns, reopenings, supervisions,
        escalations, experts);
  }

  /**
   * A copy without a handler (a returned order has none).
   *
   * @return the copy
   */
  public Handling withoutHandler() {
    return new Handling(null, level, tier, rating, extensions, returns, reopenings,
        supervisions, escalations, experts);
  }

  /**
   * A copy with the last rating recorded.
   *
   * @param last the rating
   * @return the copy
   */
  public Handling withRating(Rating last) {
    return new Handling(handler, level, tier, Objects.requireNonNull(last, "last"), extensions,
        returns, reopenings, supervisions, escalations, experts);
  }

  /**
   * A copy with the counters.
   *
   * @param extensionCount   extensions granted
   * @param returnCount      returns (退单)
   * @param reopeningCount   reopenings (重办)
   * @param supervisionCount supervision notices
   * @param escalationCount  escalations
   * @return the copy
   * @throws InvalidValueException {@code case.setting} naming a negative counter
   */
  public Handling withCounts(int extensionCount, int returnCount, int reopeningCount,
      int supervisionCount, int escalationCount) {
    int[] all = {extensionCount, returnCount, reopeningCount, supervisionCount, escalationCount};
    String[] names = {"extensions", "returns", "reopenings", "supervisions", "escalations"};
    for (int i = 0; i < all.length; i++) {
      if (all[i] < 0) {
        throw new InvalidValueException(CaseErrors.SETTING, names[i],
            "must not be negative, got " + all[i]);
      }
    }
    return new Handling(handler, level, tier, rating, extensionCount, returnCount,
        reopeningCount, supervisionCount, escalationCount, experts);
  }

  /**
   * A copy with the fields of the experts who joined the case ({@link EventTag#EXPERT_JOINED}),
   * as a store restores it.
   *
   * @param fields distinct fields, in the order their experts joined
   * @return the copy
   * @throws InvalidValueException {@code case.setting} when a field's code is given twice
   */
  public Handling withExperts(List<ExpertField> fields) {
    List<ExpertField> copy = List.copyOf(fields);
    Set<String> codes = new HashSet<>();
    for (ExpertField f : copy) {
      codes.add(f.code());
    }
    if (codes.size() != copy.size()) {
      throw new InvalidValueException(CaseErrors.SETTING, "experts",
          "each field once, got " + copy);
    }
    return new Handling(handler, level, tier, rating, extensions, returns, reopenings,
        supervisions, escalations, copy);
  }

  /**
   * The handler.
   *
   * @return the handler's id, or empty when none is assigned
   */
  public Optional<String> handler() {
    return Optional.ofNullable(handler);
  }

  /**
   * The rung of the escalation ladder.
   *
   * @return the level
   */
  public EscalationLevel escalationLevel() {
    return level;
  }

  /**
   * The tier.
   *
   * @return the tier
   */
  public Tier tier() {
    return tier;
  }

  /**
   * The last rating recorded.
   *
   * @return the rating, or empty
   */
  public Optional<Rating> rating() {
    return Optional.ofNullable(rating);
  }

  /**
   * Extensions granted.
   *
   * @return the count
   */
  public int extensions() {
    return extensions;
  }

  /**
   * Returns (退单).
   *
   * @return the count
   */
  public int returns() {
    return returns;
  }

  /**
   * Reopenings (重办).
   *
   * @return the count
   */
  public int reopenings() {
    return reopenings;
  }

  /**
   * Supervision notices.
   *
   * @return the count
   */
  public int supervisions() {
    return supervisions;
  }

  /**
   * Escalations.
   *
   * @return the count
   */
  public int escalations() {
    return escalations;
  }

  /**
   * The fields of the experts who joined the case (专家参与): a psychologist, a
   * legal-consultation expert, a lawyer. A field is listed once however many of its experts
   * joined (fields are told apart by their code), since the seeds count mediations with a
   * psychologist, not psychologists.
   *
   * @return distinct fields in the order they first joined (unmodifiable), empty if none
   */
  public List<ExpertField> experts() {
    return experts;
  }

  /**
   * Whether an expert of a field (by its code) joined the case.
   *
   * @param field the field
   * @return {@code true} if one did
   */
  public boolean hasExpert(ExpertField field) {
    return hasCode(field.code());
  }

  // one per rung and tier: the usual start (no handler yet) is shared (no handler yet), shared: one per rung and tier. */
  private static final int TIERS = Tier.values().length;
  private static final Handling[] FRESH = fresh();

  private static Handling[] fresh() {
    EscalationLevel[] levels = EscalationLevel.values();
    Tier[] tiers = Tier.values();
    Handling[] out = new Handling[levels.length * tiers.length];
    for (EscalationLevel l : levels) {
      for (Tier t : tiers) {
        out[l.ordinal() * tiers.length + t.ordinal()] = new Handling(null, l, t, null, 0, 0, 0,
            0, 0);
      }
    }
    return out;
  }

  static Handling initial(Registration registration, Command command) {
    if (command.rawHandler() == null) {
      return of(registration.escalationLevel(), registration.tier());
    }
    return new Handling(command.rawHandler(), registration.escalationLevel(), registration.tier(), null, 0,
        0, 0, 0, 0);
  }

  private boolean hasCode(String code) {
    for (ExpertField f : experts) {
      if (f.code().equals(code)) {
        return true;
      }
    }
    return false;
  }

  /** The handling after a transition; {@code this} when the transition changes none of it. */
  Handling after(Transition t, Command command) {
    if (!t.changesHandling) {
      return this;
    }
    String h = t.assignsHandler ? command.rawHandler() : t.clearsHandler ? null : handler;
    EscalationLevel l = t.escalates ? level.next().orElse(level) : level;
    Tier r = t.setsTier ? command.rawTier() : tier;
    Rating g = t.recordsRating ? command.rawRating() : rating;
    List<ExpertField> x = experts;
    if (t.recordsExpert && !hasCode(command.rawExpert().code())) {
      List<ExpertField> more = new ArrayList<>(experts.size() + 1);
      more.addAll(experts);
      more.add(command.rawExpert());
      x = List.copyOf(more);
    }
    return new Handling(h, l, r, g,
        extensions + (t.countsExtension ? 1 : 0), returns + (t.countsReturn ? 1 : 0),
        reopenings + (t.countsReopening ? 1 : 0), supervisions + (t.countsSupervision ? 1 : 0),
        escalations + (t.escalates ? 1 : 0), x);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Handling h && Objects.equals(handler, h.handler) && level == h.level
        && tier == h.tier && rating == h.rating && extensions == h.extensions
        && returns == h.returns && reopenings == h.reopenings && supervisions == h.supervisions
        && escalations == h.escalations && experts.equals(h.experts);
  }

  @Override
  public int hashCode() {
    return Objects.hash(handler, level, tier, rating, extensions, returns, reopenings,
        supervisions, escalations, experts);
  }

  /** The rung, tier, counters and whether a handler is assigned (its id is left out). */
  @Override
  public String toString() {
    return "Handling[" + level + " " + tier + (handler == null ? "" : ", handler assigned")
        + (rating == null ? "" : ", rated " + rating) + ", " + extensions + "/" + returns + "/"
        + reopenings + "/" + supervisions + "/" + escalations
        + (experts.isEmpty() ? "" : ", experts " + experts) + "]";
  }
}
