package io.github.shiyu.governance.cases;

import io.github.shiyu.governance.core.org.EscalationLevel;
import io.github.shiyu.governance.core.org.Tier;
import java.util.Objects;

/**
 * The part of a case that changes now and then (handler, ladder rung, tier, rating and
 * counters), split from the per-step fields so that most commands share it unchanged.
 */
final class Handling {

  final String handler;
  final EscalationLevel level;
  final Tier tier;
  final Rating rating;
  final int extensions;
  final int returns;
  final int reopenings;
  final int supervisions;
  final int escalations;

  Handling(String handler, EscalationLevel level, Tier tier, Rating rating, int extensions,
      int returns, int reopenings, int supervisions, int escalations) {
    this.handler = handler;
    this.level = level;
    this.tier = tier;
    this.rating = rating;
    this.extensions = extensions;
    this.returns = returns;
    this.reopenings = reopenings;
    this.supervisions = supervisions;
    this.escalations = escalations;
  }

  /** The usual start (no handler yet), shared: one per rung and tier. */
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
      return FRESH[registration.escalationLevel().ordinal() * TIERS + registration.tier().ordinal()];
    }
    return new Handling(command.rawHandler(), registration.escalationLevel(), registration.tier(), null, 0,
        0, 0, 0, 0);
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
    return new Handling(h, l, r, g,
        extensions + (t.countsExtension ? 1 : 0), returns + (t.countsReturn ? 1 : 0),
        reopenings + (t.countsReopening ? 1 : 0), supervisions + (t.countsSupervision ? 1 : 0),
        escalations + (t.escalates ? 1 : 0));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Handling h && Objects.equals(handler, h.handler) && level == h.level
        && tier == h.tier && rating == h.rating && extensions == h.extensions
        && returns == h.returns && reopenings == h.reopenings && supervisions == h.supervisions
        && escalations == h.escalations;
  }

  @Override
  public int hashCode() {
    return Objects.hash(handler, level, tier, rating, extensions, returns, reopenings,
        supervisions, escalations);
  }
}
