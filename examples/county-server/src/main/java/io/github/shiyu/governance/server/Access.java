package io.github.shiyu.governance.server;

import io.github.shiyu.governance.cases.Actor;
import io.github.shiyu.governance.cases.Case;
import io.github.shiyu.governance.cases.Role;
import io.github.shiyu.governance.core.division.DivisionCode;
import java.util.Optional;

/**
 * Who a request acts as: the case engine's {@link Actor}, the division it acts for and whether
 * it sees personal data. An anonymous request is a citizen with no division.
 *
 * @param actor        the actor of the commands
 * @param division     the division whose cases it may read and act on (empty: none)
 * @param department   for a department user, the handler id it answers for
 * @param personalData whether names, phones and ID numbers are shown unmasked
 */
public record Access(Actor actor, Optional<DivisionCode> division, Optional<String> department,
    boolean personalData) {

  /** The request attribute holding the access. */
  public static final String ATTRIBUTE = "io.github.shiyu.governance.server.Access";

  /** An anonymous citizen. */
  public static final Access ANONYMOUS = new Access(Actor.of("anonymous", Role.CITIZEN), Optional.empty(),
      Optional.empty(), false);

  /**
   * Whether the request was signed in.
   *
   * @return false for an anonymous request
   */
  public boolean signedIn() {
    return division.isPresent();
  }

  /**
   * Whether the division covers a case (the county covers its townships' cases).
   *
   * @param kase the case
   * @return true if the case lies within the division
   */
  public boolean covers(Case kase) {
    return covers(kase.division());
  }

  /**
   * Whether the division covers another.
   *
   * @param other the other division
   * @return true if {@code other} lies within the access's division
   */
  public boolean covers(DivisionCode other) {
    return division.map(d -> d.contains(other)).orElse(false);
  }

  /**
   * Whether the request may act on a case: within its division and, for a department user,
   * dispatched to its department (or not yet dispatched to anyone).
   *
   * @param kase the case
   * @return true if it may act
   */
  public boolean mayActOn(Case kase) {
    return covers(kase) && department.map(d -> kase.handler().map(d::equals).orElse(true)).orElse(true);
  }

  /**
   * Whether personal data in a case is shown unmasked to this request.
   *
   * @param kase the case
   * @return true for a privileged role within its division
   */
  public boolean seesPersonalDataOf(Case kase) {
    return personalData && covers(kase);
  }
}
