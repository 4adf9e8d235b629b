package io.github.shiyu.governance.metrics.fact;

import io.github.shiyu.governance.cases.Rating;
import io.github.shiyu.governance.core.InvalidValueException;
import java.util.Objects;
import java.util.Optional;

/**
 * What came of the case of a {@link CaseFact}: resolved (化解 / 调解成功), the agreement
 * confirmed by a court (司法确认), the citizen's rating (评价) and whether they said it is
 * solved, followed up (回访), led to a lawsuit (成诉). Immutable; the {@code with...} methods
 * return copies.
 *
 * <p>A confirmed agreement is resolved (checked when made); a resolved or followed-up case is
 * concluded (checked by the {@link CaseFact}, which sees the timeline).
 *
 * <pre>{@code
 * Outcome o = Outcome.none().withResolved(true).withRating(Rating.SATISFIED);
 * o.rating();   // Optional[SATISFIED]
 * }</pre>
 */
public final class Outcome {

  private static final Outcome NONE = new Outcome(false, false, null, false, false, false);

  private final boolean resolved;
  private final boolean judicialConfirmation;
  private final Rating rating;
  private final boolean solved;
  private final boolean followedUp;
  private final boolean litigated;

  Outcome(boolean resolved, boolean judicialConfirmation, Rating rating, boolean solved,
      boolean followedUp, boolean litigated) {
    FactRules.outcome(resolved, judicialConfirmation);
    this.resolved = resolved;
    this.judicialConfirmation = judicialConfirmation;
    this.rating = rating;
    this.solved = solved;
    this.followedUp = followedUp;
    this.litigated = litigated;
  }

  /**
   * Nothing came of it (yet): no flag set, not rated.
   *
   * @return the outcome
   */
  public static Outcome none() {
    return NONE;
  }

  /**
   * A copy with the resolved flag.
   *
   * @param value whether resolved
   * @return the copy
   * @throws InvalidValueException {@code metrics.fact} when clearing it while the agreement
   *     is confirmed
   */
  public Outcome withResolved(boolean value) {
    return new Outcome(value, judicialConfirmation, rating, solved, followedUp, litigated);
  }

  /**
   * A copy with the agreement-confirmed flag.
   *
   * @param value whether a court confirmed the agreement
   * @return the copy
   * @throws InvalidValueException {@code metrics.fact} when set on an unresolved outcome
   */
  public Outcome withJudicialConfirmation(boolean value) {
    return new Outcome(resolved, value, rating, solved, followedUp, litigated);
  }

  /**
   * A copy rated.
   *
   * @param value the rating
   * @return the copy
   */
  public Outcome withRating(Rating value) {
    return new Outcome(resolved, judicialConfirmation, Objects.requireNonNull(value, "rating"),
        solved, followedUp, litigated);
  }

  /**
   * A copy not rated.
   *
   * @return the copy
   */
  public Outcome withoutRating() {
    return new Outcome(resolved, judicialConfirmation, null, solved, followedUp, litigated);
  }

  /**
   * A copy with the solved flag.
   *
   * @param value whether the citizen said the matter is solved (counted only when rated)
   * @return the copy
   */
  public Outcome withSolved(boolean value) {
    return new Outcome(resolved, judicialConfirmation, rating, value, followedUp, litigated);
  }

  /**
   * A copy with the followed-up flag.
   *
   * @param value whether followed up
   * @return the copy
   */
  public Outcome withFollowedUp(boolean value) {
    return new Outcome(resolved, judicialConfirmation, rating, solved, value, litigated);
  }

  /**
   * A copy with the litigated flag.
   *
   * @param value whether it led to a lawsuit
   * @return the copy
   */
  public Outcome withLitigated(boolean value) {
    return new Outcome(resolved, judicialConfirmation, rating, solved, followedUp, value);
  }

  /**
   * 化解 / 调解成功.
   *
   * @return the flag
   */
  public boolean resolved() {
    return resolved;
  }

  /**
   * 司法确认 of the mediation agreement.
   *
   * @return the flag
   */
  public boolean judicialConfirmation() {
    return judicialConfirmation;
  }

  /**
   * The citizen's rating.
   *
   * @return the rating, empty if not rated
   */
  public Optional<Rating> rating() {
    return Optional.ofNullable(rating);
  }

  Rating ratingOrNull() {
    return rating;
  }

  /**
   * The citizen said at follow-up that the matter is solved.
   *
   * @return the flag
   */
  public boolean solved() {
    return solved;
  }

  /**
   * 回访 done.
   *
   * @return the flag
   */
  public boolean followedUp() {
    return followedUp;
  }

  /**
   * Led to a lawsuit (成诉).
   *
   * @return the flag
   */
  public boolean litigated() {
    return litigated;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Outcome x && resolved == x.resolved
        && judicialConfirmation == x.judicialConfirmation && rating == x.rating
        && solved == x.solved && followedUp == x.followedUp && litigated == x.litigated;
  }

  @Override
  public int hashCode() {
    return Objects.hash(resolved, judicialConfirmation, rating, solved, followedUp, litigated);
  }

  @Override
  public String toString() {
    return "Outcome[" + (resolved ? "resolved" : "not resolved")
        + (judicialConfirmation ? ", agreement confirmed" : "")
        + (rating == null ? "" : ", " + rating) + (solved ? ", solved" : "")
        + (followedUp ? ", followed up" : "") + (litigated ? ", litigated" : "") + "]";
  }
}
