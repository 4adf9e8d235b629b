package io.github.shiyu.governance.cases;

import io.github.shiyu.governance.core.InvalidValueException;
import java.util.Objects;

/**
 * Who issues a command, and in which role.
 *
 * <p>The id is the vendor's staff or account identifier, a pseudonym for citizens: never a
 * name, ID number or phone number, because events keep it forever.
 *
 * <pre>{@code
 * Actor clerk = Actor.of("staff-0042", Role.OPERATIONS_CENTER);
 * Actor monitor = Actor.system();
 * }</pre>
 *
 * @param id   the actor's pseudonymous identifier, 1 to 64 characters
 * @param role the role the actor acts in
 */
public record Actor(String id, Role role) {

  private static final Actor SYSTEM = new Actor("system", Role.SYSTEM);

  /**
   * Checks the values.
   *
   * @throws InvalidValueException {@code case.actor} if the id is empty or too long
   */
  public Actor {
    Objects.requireNonNull(role, "role");
    if (id == null || id.isBlank() || id.length() > 64) {
      throw new InvalidValueException(CaseErrors.ACTOR, id == null ? 0 : id.length());
    }
  }

  /**
   * An actor.
   *
   * @param id   pseudonymous identifier
   * @param role the role acted in
   * @return the actor
   */
  public static Actor of(String id, Role role) {
    return new Actor(id, role);
  }

  /**
   * The SDK itself (deadline monitor, escalation policy), in role {@link Role#SYSTEM}.
   *
   * @return the system actor
   */
  public static Actor system() {
    return SYSTEM;
  }
}
