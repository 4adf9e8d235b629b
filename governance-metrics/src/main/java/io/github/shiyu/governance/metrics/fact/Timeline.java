package io.github.shiyu.governance.metrics.fact;

import io.github.shiyu.governance.core.InvalidValueException;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * When things happened to the case of a {@link CaseFact}: registered (登记), accepted (受理),
 * due, concluded (办结, the last conclusion after any reopening) and closed (归档 / 销号).
 * Only the registration is always there. Immutable; the {@code with...} methods return
 * copies.
 *
 * <p>Rules checked when made: accepted, due, concluded and closed are not before registered;
 * a concluded timeline was accepted; a closed one was concluded, and not before. Set the
 * instants in that order (acceptance, conclusion, closing); clear them the other way round.
 *
 * <pre>{@code
 * Timeline t = Timeline.of(Instant.parse("2016-12-01T02:00:00Z"))
 *     .withAcceptedAt(Instant.parse("2016-12-01T02:10:00Z"))
 *     .withDueAt(Instant.parse("2016-12-03T02:00:00Z"))
 *     .withConcludedAt(Instant.parse("2016-12-02T09:00:00Z"));
 * t.concludedOnTime();   // true
 * t.closedAt();          // Optional.empty
 * }</pre>
 */
public final class Timeline {

  private final Instant registeredAt;
  private final Instant acceptedAt;
  private final Instant dueAt;
  private final Instant concludedAt;
  private final Instant closedAt;

  Timeline(Instant registeredAt, Instant acceptedAt, Instant dueAt, Instant concludedAt,
      Instant closedAt) {
    this.registeredAt = Objects.requireNonNull(registeredAt, "registeredAt");
    FactRules.timeline(registeredAt.getEpochSecond(), registeredAt.getNano(), sec(acceptedAt),
        nano(acceptedAt), sec(dueAt), nano(dueAt), sec(concludedAt), nano(concludedAt),
        sec(closedAt), nano(closedAt));
    this.acceptedAt = acceptedAt;
    this.dueAt = dueAt;
    this.concludedAt = concludedAt;
    this.closedAt = closedAt;
  }

  private static long sec(Instant at) {
    return at == null ? FactRules.ABSENT : at.getEpochSecond();
  }

  private static int nano(Instant at) {
    return at == null ? 0 : at.getNano();
  }

  /**
   * A timeline of a case registered and nothing more.
   *
   * @param registeredAt the registration instant
   * @return the timeline
   */
  public static Timeline of(Instant registeredAt) {
    return new Timeline(registeredAt, null, null, null, null);
  }

  /**
   * A copy accepted at an instant.
   *
   * @param at not before the registration
   * @return the copy
   * @throws InvalidValueException {@code metrics.fact} if a rule above is broken
   */
  public Timeline withAcceptedAt(Instant at) {
    return new Timeline(registeredAt, Objects.requireNonNull(at, "at"), dueAt, concludedAt,
        closedAt);
  }

  /**
   * A copy not accepted.
   *
   * @return the copy
   * @throws InvalidValueException {@code metrics.fact} if the timeline is concluded
   */
  public Timeline withoutAcceptedAt() {
    return new Timeline(registeredAt, null, dueAt, concludedAt, closedAt);
  }

  /**
   * A copy due at an instant.
   *
   * @param at not before the registration
   * @return the copy
   * @throws InvalidValueException {@code metrics.fact} if a rule above is broken
   */
  public Timeline withDueAt(Instant at) {
    return new Timeline(registeredAt, acceptedAt, Objects.requireNonNull(at, "at"),
        concludedAt, closedAt);
  }

  /**
   * A copy without a deadline.
   *
   * @return the copy
   */
  public Timeline withoutDueAt() {
    return new Timeline(registeredAt, acceptedAt, null, concludedAt, closedAt);
  }

  /**
   * A copy concluded at an instant.
   *
   * @param at not before the registration
   * @return the copy
   * @throws InvalidValueException {@code metrics.fact} if a rule above is broken
   */
  public Timeline withConcludedAt(Instant at) {
    return new Timeline(registeredAt, acceptedAt, dueAt, Objects.requireNonNull(at, "at"),
        closedAt);
  }

  /**
   * A copy not concluded.
   *
   * @return the copy
   * @throws InvalidValueException {@code metrics.fact} if the timeline is closed
   */
  public Timeline withoutConcludedAt() {
    return new Timeline(registeredAt, acceptedAt, dueAt, null, closedAt);
  }

  /**
   * A copy closed at an instant.
   *
   * @param at not before the conclusion
   * @return the copy
   * @throws InvalidValueException {@code metrics.fact} if a rule above is broken
   */
  public Timeline withClosedAt(Instant at) {
    return new Timeline(registeredAt, acceptedAt, dueAt, concludedAt,
        Objects.requireNonNull(at, "at"));
  }

  /**
   * A copy not closed.
   *
   * @return the copy
   */
  public Timeline withoutClosedAt() {
    return new Timeline(registeredAt, acceptedAt, dueAt, concludedAt, null);
  }

  /**
   * 登记: when the case was registered.
   *
   * @return the instant
   */
  public Instant registeredAt() {
    return registeredAt;
  }

  /**
   * 受理: when the case was taken on.
   *
   * @return the instant, empty if not (yet) accepted or rejected
   */
  public Optional<Instant> acceptedAt() {
    return Optional.ofNullable(acceptedAt);
  }

  /**
   * The deadline.
   *
   * @return the instant, empty if the case has none
   */
  public Optional<Instant> dueAt() {
    return Optional.ofNullable(dueAt);
  }

  /**
   * 办结: the last conclusion, after any reopening.
   *
   * @return the instant, empty if not concluded
   */
  public Optional<Instant> concludedAt() {
    return Optional.ofNullable(concludedAt);
  }

  /**
   * 归档 / 销号.
   *
   * @return the instant, empty if not closed
   */
  public Optional<Instant> closedAt() {
    return Optional.ofNullable(closedAt);
  }

  /**
   * Whether accepted.
   *
   * @return true if there is an acceptance instant
   */
  public boolean isAccepted() {
    return acceptedAt != null;
  }

  /**
   * Whether concluded.
   *
   * @return true if there is a conclusion instant
   */
  public boolean isConcluded() {
    return concludedAt != null;
  }

  /**
   * Whether the case was concluded no later than its due instant; a case without a
   * deadline is on time once concluded.
   *
   * @return true if concluded on time
   */
  public boolean concludedOnTime() {
    return FactRules.concludedOnTime(sec(dueAt), nano(dueAt), sec(concludedAt),
        nano(concludedAt));
  }

  Instant acceptedOrNull() {
    return acceptedAt;
  }

  Instant dueOrNull() {
    return dueAt;
  }

  Instant concludedOrNull() {
    return concludedAt;
  }

  Instant closedOrNull() {
    return closedAt;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Timeline t && registeredAt.equals(t.registeredAt)
        && Objects.equals(acceptedAt, t.acceptedAt) && Objects.equals(dueAt, t.dueAt)
        && Objects.equals(concludedAt, t.concludedAt) && Objects.equals(closedAt, t.closedAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(registeredAt, acceptedAt, dueAt, concludedAt, closedAt);
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("Timeline[registered ").append(registeredAt);
    if (acceptedAt != null) {
      b.append(", accepted ").append(acceptedAt);
    }
    if (dueAt != null) {
      b.append(", due ").append(dueAt);
    }
    if (concludedAt != null) {
      b.append(", concluded ").append(concludedAt);
    }
    if (closedAt != null) {
      b.append(", closed ").append(closedAt);
    }
    return b.append(']').toString();
  }
}
