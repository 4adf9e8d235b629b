package io.github.shiyu.governance.cases;

import java.time.Instant;

/**
 * A test on a case, the command and the time, used by workflows as a guard (a rule the
 * command must satisfy, else it is rejected with the guard's reason) or as a branch condition
 * (which of several targets a command goes to) on every transition but the registration, whose
 * guards are {@link RegistrationGuard}s. Must be pure, fast and thread-safe: it runs
 * once per command on the hot path.
 *
 * <pre>{@code
 * Condition dissatisfied = (kase, command, now) ->
 *     command.ratingIs(Rating.DISSATISFIED);
 * }</pre>
 */
@FunctionalInterface
public interface Condition {

  /**
   * Tests the condition.
   *
   * @param kase    the case before the command, never null (a registration, which has no
   *     case yet, is guarded by a {@link RegistrationGuard} instead)
   * @param command the command
   * @param now     the time of the decision
   * @return whether the condition holds
   */
  boolean test(Case kase, Command command, Instant now);
}
