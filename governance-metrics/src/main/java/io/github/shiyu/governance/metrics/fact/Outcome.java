package io.github.shiyu.governance.metrics.fact;

import io.github.shiyu.governance.cases.Rating;
import io.github.shiyu.governance.core.InvalidValueException;
import io.github.shiyu.governance.metrics.MetricErrors;
import java.util.Objects;
import java.util.Optional;

/**
 * What came of the case of a {@link CaseFact}: resolved (化解 / 调解成功), the agreement's
 * judicial confirmation (司法确认: applied, confirmed, refused, applied within the 30-day
 * window), the citizen's rating (评价) and whether they said it is
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

  private static final Outcome NONE = new Outcome(false, JudicialConfirmation.NOT_APPLIED,
      false, null, false, false, false);

  private final boolean resolved;
  private final JudicialConfirmation confirmation;
  private final boolean confirmationInWindow;
  private final Rating rating;
  private final boolean solved;
  private final boolean followedUp;
  private final boolean litigated;

  Outcome(boolean resolved, JudicialConfirmation confirmation, boolean confirmationInWindow,
      Rating rating, boolean solved, boolean followedUp, boolean litigated) {
    Objects.requireNonNull(confirmation, "confirmation");
    FactRules.outcome(resolved, confirmation, confirmationInWindow);
    this.resolved = resolved;
    this.confirmation = confirmation;
    this.confirmationInWindow = confirmationInWindow;
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
    return new Outcome(value, confirmation, confirmationInWindow, rating, solved, followedUp,
        litigated);
  }

  /**
   * A copy with the agreement-confirmed flag: {@code true} is
   * {@link JudicialConfirmation#CONFIRMED} (applied within the window), {@code false} clears a
   * confirmation and keeps any other status.
   *
   * @param value whether a court confirmed the agreement
   * @return the copy
   * @throws InvalidValueException {@code metrics.fact} when set on an unresolved outcome
   */
  public Outcome withJudicialConfirmation(boolean value) {
    if (value) {
      return withConfirmation(JudicialConfirmation.CONFIRMED);
    }
    return confirmation == JudicialConfirmation.CONFIRMED
        ? withConfirmation(JudicialConfirmation.NOT_APPLIED) : this;
  }

  /**
   * A copy with the agreement's judicial-confirmation status; applied for within the window
   * unless it is {@link JudicialConfirmation#NOT_APPLIED} (a court hears only timely
   * applications; {@link #withConfirmationInWindow} records a late one).
   *
   * @param status the status
   * @return the copy
   * @throws InvalidValueException {@code metrics.fact} for a status other than not applied on
   *     an unresolved outcome
   */
  public Outcome withConfirmation(JudicialConfirmation status) {
    return new Outcome(resolved, status, status != JudicialConfirmation.NOT_APPLIED, rating,
        solved, followedUp, litigated);
  }

  /**
   * A copy saying whether the application was made within the 30 days after the agreement.
   *
   * @param value whether in the window
   * @return the copy
   * @throws InvalidValueException {@code metrics.fact} when set without an application
   */
  public Outcome withConfirmationInWindow(boolean value) {
    return new Outcome(resolved, confirmation, value, rating, solved, followedUp, litigated);
  }

  /**
   * A copy rated.
   *
   * @param value the rating
   * @return the copy
   */
  public Outcome withRating(Rating value) {
    return new Outcome(resolved, confirmation, confirmationInWindow,
        Objects.requireNonNull(value, "rating"), solved, followedUp, litigated);
  }

  /**
   * A copy not rated.
   *
   * @return the copy
   */
  public Outcome withoutRating() {
    return new Outcome(resolved, confirmation, confirmationInWindow, null, solved, followedUp,
        litigated);
  }

  /**
   * A copy with the solved flag.
   *
   * @param value whether the citizen said the matter is solved (counted only when rated)
   * @return the copy
   */
  public Outcome withSolved(boolean value) {
    return new Outcome(resolved, confirmation, confirmationInWindow, rating, value, followedUp,
        litigated);
  }

  /**
   * A copy with the followed-up flag.
   *
   * @param value whether followed up
   * @return the copy
   */
  public Outcome withFollowedUp(boolean value) {
    return new Outcome(resolved, confirmation, confirmationInWindow, rating, solved, value,
        litigated);
  }

  /**
   * A copy with the litigated flag.
   *
   * @param value whether it led to a lawsuit
   * @return the copy
   */
  public Outcome withLitigated(boolean value) {
    return new Outcome(resolved, confirmation, confirmationInWindow, rating, solved,
        followedUp, value);
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
    return confirmation == JudicialConfirmation.CONFIRMED;
  }

  /**
   * Where the agreement stands with the court: not applied, applied, confirmed, refused.
   *
   * @return the status
   */
  public JudicialConfirmation confirmation() {
    return confirmation;
  }

  /**
   * Whether the application was made within the 30 days after the agreement took effect.
   *
   * @return the flag, false when not applied
   */
  public boolean confirmationInWindow() {
    return confirmationInWindow;
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
        && confirmation == x.confirmation && confirmationInWindow == x.confirmationInWindow
        && rating == x.rating
        && solved == x.solved && followedUp == x.followedUp && litigated == x.litigated;
  }

  @Override
  public int hashCode() {
    return Objects.hash(resolved, confirmation, confirmationInWindow, rating, solved,
        followedUp, litigated);
  }

  @Override
  public String toString() {
    return "Outcome[" + (resolved ? "resolved" : "not resolved")
        + (confirmation == JudicialConfirmation.CONFIRMED ? ", agreement confirmed"
            : confirmation == JudicialConfirmation.NOT_APPLIED ? ""
            : ", confirmation " + confirmation.name().toLowerCase(java.util.Locale.ROOT))
        + (confirmation != JudicialConfirmation.NOT_APPLIED && !confirmationInWindow
            ? " (applied late)" : "")
        + (rating == null ? "" : ", " + rating) + (solved ? ", solved" : "")
        + (followedUp ? ", followed up" : "") + (litigated ? ", litigated" : "") + "]";
  }
}
