package io.github.shiyu.governance.cases;

/**
 * What a state means to the outside world, whatever its local name: Open311's open or
 * closed, plus terminal for a state that accepts nothing more.
 *
 * <p>A {@link #SETTLED} case is settled for reporting (Open311 "closed") but may still move:
 * a work order can be reopened after a dissatisfied rating, a petition reply can be
 * followed by a review request. A {@link #TERMINAL} case accepts no command at all.
 *
 * <pre>{@code
 * if (kase.state().kind() == StateKind.OPEN) { ... }   // still being handled
 * }</pre>
 */
public enum StateKind {
  /** Being handled: Open311 {@code open}. */
  OPEN,
  /**
   * Settled for reporting but not final: Open311 {@code closed}. Not to be confused with the
   * {@code CLOSED} state (归档) of the standard workflows, which is {@link #TERMINAL}.
   */
  SETTLED,
  /** Final: no command is accepted (归档, terminated after re-review, filed in court). */
  TERMINAL
}
