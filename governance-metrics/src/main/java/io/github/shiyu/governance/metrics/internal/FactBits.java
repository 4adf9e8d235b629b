package io.github.shiyu.governance.metrics.internal;

import io.github.shiyu.governance.metrics.Measure;
import io.github.shiyu.governance.cases.Rating;
import io.github.shiyu.governance.metrics.fact.CaseFact;
import io.github.shiyu.governance.metrics.fact.Handling;
import io.github.shiyu.governance.metrics.fact.Outcome;
import io.github.shiyu.governance.metrics.fact.Timeline;
import java.util.Optional;

/**
 * The measures a case fact counts 1 in, as a bit set indexed by {@link Measure#ordinal()}.
 * Bit {@link #ZERO} is never set: a slot that does not apply to a case type reads it.
 */
public final class FactBits {

  /** A bit index that is always 0. */
  public static final int ZERO = 31;

  static {
    // supplied and stock measures are never a fact's bit, so only the counted ones must fit
    for (Measure m : Measure.values()) {
      boolean counted = m.anchor() != Measure.Anchor.SUPPLIED && m.anchor() != Measure.Anchor.STOCK;
      if (counted && m.ordinal() >= ZERO) {
        throw new AssertionError("measures no longer fit the bit set: " + m);
      }
    }
  }

  private FactBits() {
  }

  private static int bit(Measure m) {
    return 1 << m.ordinal();
  }

  /**
   * The bits of a fact.
   *
   * @param f the fact
   * @return the bit set
   */
  public static int of(CaseFact f) {
    Timeline when = f.timeline();
    Handling how = f.handling();
    Outcome outcome = f.outcome();
    int b = bit(Measure.REGISTERED) | bit(Measure.INFLOW);
    boolean concluded = when.isConcluded();
    if (when.isAccepted()) {
      b |= bit(Measure.ACCEPTED);
      if (how.returned()) {
        b |= bit(Measure.RETURNED);
      }
    }
    if (concluded) {
      b |= bit(Measure.CONCLUDED) | bit(Measure.OUTFLOW);
      if (when.concludedOnTime()) {
        b |= bit(Measure.CONCLUDED_ON_TIME);
      }
      if (how.reopened()) {
        b |= bit(Measure.REOPENED);
      }
    }
    if (outcome.resolved()) {
      b |= bit(Measure.RESOLVED);
    }
    if (outcome.judicialConfirmation()) {
      b |= bit(Measure.JUDICIAL_CONFIRMATION);
    }
    Optional<Rating> rating = outcome.rating();
    if (rating.isPresent()) {
      b |= bit(Measure.RATED) | switch (rating.get()) {
        case SATISFIED -> bit(Measure.SATISFIED);
        case BASICALLY_SATISFIED -> bit(Measure.BASICALLY_SATISFIED);
        case DISSATISFIED -> bit(Measure.DISSATISFIED);
      };
      if (outcome.solved()) {
        b |= bit(Measure.SOLVED);
      }
    }
    if (how.responded()) {
      b |= bit(Measure.RESPONDED);
    }
    if (outcome.followedUp()) {
      b |= bit(Measure.FOLLOWED_UP);
    }
    if (how.escalated()) {
      b |= bit(Measure.ESCALATED);
    }
    if (f.subject().repeat()) {
      b |= bit(Measure.REPEAT);
    }
    if (outcome.litigated()) {
      b |= bit(Measure.LITIGATED);
    }
    if (when.closedAt().isPresent()) {
      b |= bit(Measure.CLOSED);
    }
    if (when.dueAt().isPresent()) {
      b |= bit(Measure.DUE);
      if (concluded) {
        b |= bit(Measure.DUE_CONCLUDED);
        if (!when.concludedAt().get().isAfter(when.dueAt().get())) {
          b |= bit(Measure.DUE_CONCLUDED_ON_TIME);
        }
      }
    }
    return b;
  }
}
