package io.github.shiyu.governance.cases;

import java.util.Optional;

/**
 * What deciding a command yields: the {@link CaseEvent} it produces, or a {@link Rejection}
 * saying why not. One accepted command produces exactly one event, whose payload records
 * every effect of the transition.
 *
 * <pre>{@code
 * Decision d = workflow.decide(kase, command, clock.instant());
 * if (d instanceof CaseEvent event) {
 *   kase = kase.apply(event);
 * } else {
 *   log.info("rejected: {}", ((Rejection) d).message());
 * }
 * }</pre>
 */
public sealed interface Decision permits CaseEvent, Rejection {

  /**
   * Whether the command was accepted.
   *
   * @return {@code true} for an event
   */
  boolean accepted();

  /**
   * The event of an accepted command.
   *
   * @return the event
   * @throws io.github.shiyu.governance.core.InvalidValueException {@code case.rejected} with
   *     the rejection's message if the command was rejected
   */
  CaseEvent event();

  /**
   * The rejection, if the command was rejected.
   *
   * @return the rejection, or empty for an event
   */
  Optional<Rejection> rejection();
}
