package io.github.shiyu.governance.metrics.fact;

import io.github.shiyu.governance.core.InvalidValueException;
import io.github.shiyu.governance.core.division.DivisionCode;
import io.github.shiyu.governance.core.grid.GridCode;
import io.github.shiyu.governance.metrics.MetricErrors;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The rules a case fact obeys, on primitive values, shared by the fact's parts (which check
 * them at construction) and the table's row appender (which checks them without building a
 * fact), so the two cannot drift apart. Instants are epoch seconds and nanoseconds of the
 * second; {@link #ABSENT} seconds for a missing one. Each rule throws {@code metrics.fact}
 * with the part (or the case) and the reason, in the order the fact's constructor checks
 * them.
 */
final class FactRules {

  /** The seconds of an absent instant. */
  static final long ABSENT = Long.MIN_VALUE;

  private FactRules() {
  }

  static InvalidValueException fail(String what, String why) {
    return new InvalidValueException(MetricErrors.FACT, what, why);
  }

  static void subject(String id, DivisionCode division, GridCode grid, int personVisits) {
    if (grid != null && !division.contains(grid.community())) {
      throw fail(id, "grid " + grid + " lies outside division " + division);
    }
    if (personVisits < 1) {
      throw fail(id, "person_visits must be at least 1, got " + personVisits);
    }
  }

  /** Whether instant (s1, n1) is before (s2, n2). */
  static boolean before(long s1, int n1, long s2, int n2) {
    return s1 < s2 || (s1 == s2 && n1 < n2);
  }

  private static void notBefore(String column, long s, int n, long boundS, int boundN) {
    if (s != ABSENT && before(s, n, boundS, boundN)) {
      throw fail("timeline", column + " " + Instant.ofEpochSecond(s, n) + " is before "
          + Instant.ofEpochSecond(boundS, boundN));
    }
  }

  static void timeline(long reg, int regN, long acc, int accN, long due, int dueN, long con,
      int conN, long closed, int closedN) {
    notBefore("accepted_at", acc, accN, reg, regN);
    notBefore("due_at", due, dueN, reg, regN);
    notBefore("concluded_at", con, conN, reg, regN);
    notBefore("closed_at", closed, closedN, reg, regN);
    if (con != ABSENT && acc == ABSENT) {
      throw fail("timeline", "concluded but never accepted");
    }
    if (closed != ABSENT) {
      if (con == ABSENT) {
        throw fail("timeline", "closed but never concluded");
      }
      notBefore("closed_at", closed, closedN, con, conN);
    }
  }

  /** Concluded, and not after the due instant if there is one. */
  static boolean concludedOnTime(long due, int dueN, long con, int conN) {
    return con != ABSENT && (due == ABSENT || !before(due, dueN, con, conN));
  }

  static void handling(String department) {
    if (department != null && department.isBlank()) {
      throw fail("handling", "department id is blank");
    }
  }

  private static final Pattern EXPERT_CODE =
      Pattern.compile("[a-z][a-z0-9_]{0,63}");

  /** Expert field codes as {@code ExpertField} has them: lower snake case. */
  static void experts(List<String> codes) {
    for (String code : codes) {
      if (!EXPERT_CODE.matcher(code).matches()) {
        throw fail("handling", "expert field code must be lower snake case, got '" + code
            + "'");
      }
    }
  }

  static void outcome(boolean resolved, JudicialConfirmation confirmation,
      boolean confirmationInWindow) {
    if (confirmation != JudicialConfirmation.NOT_APPLIED && !resolved) {
      throw fail("outcome", confirmation == JudicialConfirmation.CONFIRMED
          ? "agreement confirmed but not resolved"
          : "judicial confirmation " + confirmation + " but not resolved");
    }
    if (confirmationInWindow && confirmation == JudicialConfirmation.NOT_APPLIED) {
      throw fail("outcome", "applied within the confirmation window but not applied");
    }
  }

  static void fact(String id, boolean concluded, boolean resolved, boolean followedUp) {
    if (resolved && !concluded) {
      throw fail(id, "resolved but not concluded");
    }
    if (followedUp && !concluded) {
      throw fail(id, "followed up but not concluded");
    }
  }
}
