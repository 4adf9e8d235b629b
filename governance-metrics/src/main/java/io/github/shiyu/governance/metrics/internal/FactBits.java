package io.github.shiyu.governance.metrics.internal;

import io.github.shiyu.governance.metrics.Measure;
import io.github.shiyu.governance.metrics.fact.CaseFact;

/**
 * The measures a case fact counts 1 in, as a bit set indexed by {@link Measure#ordinal()}.
 * Bit {@link #ZERO} is never set: a slot that does not apply to a case type reads it.
 */
public final class FactBits {

  /** A bit index that is always 0. */
  public static final int ZERO = 31;

  static {
    if (Measure.values().length > ZERO) {
      throw new AssertionError("measures no longer fit the bit set");
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
    int b = bit(Measure.REGISTERED) | bit(Measure.INFLOW);
    boolean accepted = f.acceptedAt().isPresent();
    boolean concluded = f.concludedAt().isPresent();
    if (accepted) {
      b |= bit(Measure.ACCEPTED);
      if (f.returned()) {
        b |= bit(Measure.RETURNED);
      }
    }
    if (concluded) {
      b |= bit(Measure.CONCLUDED) | bit(Measure.OUTFLOW);
      if (f.concludedOnTime()) {
        b |= bit(Measure.CONCLUDED_ON_TIME);
      }
      if (f.reopened()) {
        b |= bit(Measure.REOPENED);
      }
    }
    if (f.resolved()) {
      b |= bit(Measure.RESOLVED);
    }
    if (f.agreementConfirmed()) {
      b |= bit(Measure.AGREEMENT_CONFIRMED);
    }
    if (f.rating().isPresent()) {
      b |= bit(Measure.RATED) | switch (f.rating().get()) {
        case SATISFIED -> bit(Measure.SATISFIED);
        case BASICALLY_SATISFIED -> bit(Measure.BASICALLY_SATISFIED);
        case DISSATISFIED -> bit(Measure.DISSATISFIED);
      };
      if (f.solved()) {
        b |= bit(Measure.SOLVED);
      }
    }
    if (f.responded()) {
      b |= bit(Measure.RESPONDED);
    }
    if (f.followedUp()) {
      b |= bit(Measure.FOLLOWED_UP);
    }
    if (f.escalated()) {
      b |= bit(Measure.ESCALATED);
    }
    if (f.repeat()) {
      b |= bit(Measure.REPEAT);
    }
    if (f.litigated()) {
      b |= bit(Measure.LITIGATED);
    }
    if (f.closedAt().isPresent()) {
      b |= bit(Measure.CLOSED);
    }
    if (f.dueAt().isPresent()) {
      b |= bit(Measure.DUE);
      if (concluded) {
        b |= bit(Measure.DUE_CONCLUDED);
        if (!f.concludedAt().get().isAfter(f.dueAt().get())) {
          b |= bit(Measure.DUE_CONCLUDED_ON_TIME);
        }
      }
    }
    return b;
  }
}
