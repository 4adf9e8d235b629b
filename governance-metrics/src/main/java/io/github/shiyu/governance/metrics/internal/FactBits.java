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

  private static final Rating[] RATINGS = Rating.values();

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
    Optional<Rating> rating = outcome.rating();
    return of(when.isAccepted(), when.isConcluded(), when.concludedOnTime(),
        when.dueAt().isPresent(), when.closedAt().isPresent(), how.returned(), how.reopened(),
        outcome.resolved(), outcome.judicialConfirmation(),
        rating.isPresent() ? rating.get().ordinal() : -1, outcome.solved(), how.responded(),
        outcome.followedUp(), how.escalated(), f.subject().repeat(), outcome.litigated());
  }

  /**
   * The bits of a fact given by its values, as a table's row appender has them: the one
   * definition of which measures a fact counts in.
   *
   * @param accepted             accepted
   * @param concluded            concluded
   * @param concludedOnTime      concluded and not after the due instant, if any
   * @param due                  has a due instant
   * @param closed               closed
   * @param returned             returned by the handler
   * @param reopened             reopened
   * @param resolved             resolved
   * @param judicialConfirmation agreement judicially confirmed
   * @param rating               the {@link Rating} ordinal, -1 for none
   * @param solved               rated as solved
   * @param responded            responded
   * @param followedUp           followed up
   * @param escalated            escalated
   * @param repeat               a repeat case
   * @param litigated            litigated
   * @return the bit set
   */
  public static int of(boolean accepted, boolean concluded, boolean concludedOnTime,
      boolean due, boolean closed, boolean returned, boolean reopened, boolean resolved,
      boolean judicialConfirmation, int rating, boolean solved, boolean responded,
      boolean followedUp, boolean escalated, boolean repeat, boolean litigated) {
    int b = bit(Measure.REGISTERED) | bit(Measure.INFLOW);
    if (accepted) {
      b |= bit(Measure.ACCEPTED);
      if (returned) {
        b |= bit(Measure.RETURNED);
      }
    }
    if (concluded) {
      b |= bit(Measure.CONCLUDED) | bit(Measure.OUTFLOW);
      if (concludedOnTime) {
        b |= bit(Measure.CONCLUDED_ON_TIME);
      }
      if (reopened) {
        b |= bit(Measure.REOPENED);
      }
    }
    if (resolved) {
      b |= bit(Measure.RESOLVED);
    }
    if (judicialConfirmation) {
      b |= bit(Measure.JUDICIAL_CONFIRMATION);
    }
    if (rating >= 0) {
      b |= bit(Measure.RATED) | switch (RATINGS[rating]) {
        case SATISFIED -> bit(Measure.SATISFIED);
        case BASICALLY_SATISFIED -> bit(Measure.BASICALLY_SATISFIED);
        case DISSATISFIED -> bit(Measure.DISSATISFIED);
      };
      if (solved) {
        b |= bit(Measure.SOLVED);
      }
    }
    if (responded) {
      b |= bit(Measure.RESPONDED);
    }
    if (followedUp) {
      b |= bit(Measure.FOLLOWED_UP);
    }
    if (escalated) {
      b |= bit(Measure.ESCALATED);
    }
    if (repeat) {
      b |= bit(Measure.REPEAT);
    }
    if (litigated) {
      b |= bit(Measure.LITIGATED);
    }
    if (closed) {
      b |= bit(Measure.CLOSED);
    }
    if (due) {
      b |= bit(Measure.DUE);
      if (concluded) {
        b |= bit(Measure.DUE_CONCLUDED);
        if (concludedOnTime) {
          b |= bit(Measure.DUE_CONCLUDED_ON_TIME);
        }
      }
    }
    return b;
  }
}
