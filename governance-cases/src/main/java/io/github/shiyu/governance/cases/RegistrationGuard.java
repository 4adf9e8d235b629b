package io.github.shiyu.governance.cases;

import java.time.Instant;

/**
 * A test on a registration, used as a guard of a workflow's registration transition: if it does
 * not hold, the registration is rejected with the guard's reason and no case is started. There
 * is no case yet, so unlike a {@link Condition} it sees the {@link Registration} (the command's
 * registration, never absent) instead. Must be pure, fast and thread-safe.
 *
 * <pre>{@code
 * RegistrationGuard fewRepresentatives = (registration, command, now) ->
 *     registration.parties().stream()
 *         .filter(p -> p.role() == PartyRole.REPRESENTATIVE).count() <= 5;
 * builder.registration().to("REGISTERED").by(Role.PETITION_OFFICE)
 *     .guard("a group visit elects at most 5 representatives", fewRepresentatives).add();
 * }</pre>
 */
@FunctionalInterface
public interface RegistrationGuard {

  /**
   * Tests the registration.
   *
   * @param registration what the command registers
   * @param command      the {@code register} command that carries it
   * @param now          the time of the decision
   * @return whether the registration may go ahead
   */
  boolean test(Registration registration, Command command, Instant now);
}
