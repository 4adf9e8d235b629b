package io.github.shiyu.governance.metrics.internal;

import io.github.shiyu.governance.metrics.Measure;
import io.github.shiyu.governance.cases.Rating;
import io.github.shiyu.governance.core.org.ExpertField;
import io.github.shiyu.governance.metrics.fact.CaseFact;
import io.github.shiyu.governance.metrics.fact.Handling;
import io.github.shiyu.governance.metrics.fact.Outcome;
import io.github.shiyu.governance.metrics.fact.Timeline;
import java.util.Optional;

/**
 * The measures a case fact counts 1 in, as a bit set indexed by {@link #index(Measure)}: the
 * counted measures (every anchor but supplied and stock) numbered in declaration order, so
 * the supplied and stock measures declared between them take no bit and an int holds 31
 * counted measures. Bit {@link #ZERO} is never set: a slot that does not apply to a case type
 * reads it. Bit {@code index(BACKLOG_CLEARED)} is never set by a fact either: the engine sets
 * it for a row whose conclusion falls in another period than its registration.
 */
public final class FactBits {

  /** A bit index that is always 0. */
  public static final int ZERO = 31;

  private static final Rating[] RATINGS = Rating.values();
  /** By ordinal: the bit of a counted measure, {@link #ZERO} for a supplied or stock one. */
  private static final int[] INDEX = new int[Measure.values().length];

  static {
    // supplied and stock measures are never a fact's bit, so only the counted ones must fit
    int next = 0;
    for (Measure m : Measure.values()) {
      boolean counted = m.anchor() != Measure.Anchor.SUPPLIED && m.anchor() != Measure.Anchor.STOCK;
      INDEX[m.ordinal()] = counted ? next++ : ZERO;
      if (next > ZERO) {
        throw new AssertionError("measures no longer fit the bit set: " + m);
      }
    }
  }

  private FactBits() {
  }

  /**
   * The bit of a measure.
   *
   * @param m the measure
   * @return its bit index, {@link #ZERO} for a supplied or stock measure (never set)
   */
  public static int index(Measure m) {
    return INDEX[m.ordinal()];
  }

  private static int bit(Measure m) {
    return 1 << INDEX[m.ordinal()];
  }

  /** The bit the engine sets on a concluded row registered in an earlier period. */
  public static final int BACKLOG_CLEARED = 1 << INDEX[Measure.BACKLOG_CLEARED.ordinal()];

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
        outcome.followedUp(), how.escalated(), f.subject().repeat(), outcome.litigated(),
        how.hasExpert(ExpertField.PSYCHOLOGY.code()));
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
   * @param psychologist         a psychologist joined the case
   * @return the bit set
   */
  public static int of(boolean accepted, boolean concluded, boolean concludedOnTime,
      boolean due, boolean closed, boolean returned, boolean reopened, boolean resolved,
      boolean judicialConfirmation, int rating, boolean solved, boolean responded,
      boolean followedUp, boolean escalated, boolean repeat, boolean litigated,
      boolean psychologist) {
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
    if (psychologist) {
      b |= bit(Measure.PSYCHOLOGIST_JOINED);
      if (resolved) {
        b |= bit(Measure.PSYCHOLOGIST_RESOLVED);
      }
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
