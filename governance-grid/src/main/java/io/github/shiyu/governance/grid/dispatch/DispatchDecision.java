package io.github.shiyu.governance.grid.dispatch;

import io.github.shiyu.governance.core.division.DivisionCode;
import io.github.shiyu.governance.core.org.Department;
import io.github.shiyu.governance.core.org.EscalationLevel;
import io.github.shiyu.governance.grid.Grid;
import io.github.shiyu.governance.grid.team.TeamMember;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The dispatcher's answer for one case, with the reason for every choice.
 *
 * <pre>{@code
 * DispatchDecision d = dispatcher.dispatch(request, workload);
 * d.grid().code();          // the grid the case lies in
 * d.worker();               // the responsible grid worker, if the grid has one
 * d.level();                // the handling level from the ladder
 * d.departments();          // lead first; empty when the township owns the case
 * d.owner().division();     // always present: who answers for the case
 * d.whistle();              // departments that must report, and by when
 * System.out.println(d.explain());
 * }</pre>
 *
 * @param grid the grid the location lies in
 * @param worker the responsible grid worker, or empty if the grid's team has none
 * @param level the handling level (escalation ladder)
 * @param handlingDivision the division at that level that contains the grid
 * @param departments the departments handling the case, lead first (one for a simple case)
 * @param owner who answers for the case: the lead department, or the township as fallback
 * @param whistle for a whistle: who must report and by when
 * @param reasons one or more reasons per choice, in decision order
 */
public record DispatchDecision(Grid grid, Optional<TeamMember> worker, EscalationLevel level,
    DivisionCode handlingDivision, List<Department> departments, Owner owner,
    Optional<Whistle> whistle, List<Reason> reasons) {

  /** Copies the lists. */
  public DispatchDecision {
    Objects.requireNonNull(grid, "grid");
    Objects.requireNonNull(worker, "worker");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(handlingDivision, "handlingDivision");
    departments = List.copyOf(departments);
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(whistle, "whistle");
    reasons = List.copyOf(reasons);
  }

  /**
   * The reasons as lines of text.
   *
   * @return e.g. {@code "grid: ...\nworker: ...\n..."}
   */
  public String explain() {
    return reasons.stream().map(Reason::toString).collect(Collectors.joining("\n"));
  }

  /**
   * Who answers for a case: a department, or the township when no department is named.
   *
   * <pre>{@code
   * decision.owner().isTownshipFallback();
   * }</pre>
   *
   * @param division the owner's division (the department's, or the township's)
   * @param department the owning department, empty for the township fallback
   */
  public record Owner(DivisionCode division, Optional<Department> department) {

    /** Checks for nulls. */
    public Owner {
      Objects.requireNonNull(division, "division");
      Objects.requireNonNull(department, "department");
    }

    /**
     * Whether the township owns the case because no department was named.
     *
     * @return {@code true} for the fallback
     */
    public boolean isTownshipFallback() {
      return department.isEmpty();
    }
  }

  /**
   * "The grid blows the whistle, departments report" (吹哨报到): the departments called and
   * the time by which they must show up.
   *
   * <pre>{@code
   * decision.whistle().map(Whistle::reportBy);
   * }</pre>
   *
   * @param departments the departments that must report (empty: the township responds)
   * @param limit the response limit applied
   * @param reportBy reported-at plus the limit
   */
  public record Whistle(List<Department> departments, Duration limit, Instant reportBy) {

    /** Copies the list. */
    public Whistle {
      departments = List.copyOf(departments);
      Objects.requireNonNull(limit, "limit");
      Objects.requireNonNull(reportBy, "reportBy");
    }
  }

  /**
   * Why one choice was made: which rule, which table row.
   *
   * <pre>{@code
   * decision.reasons().get(0).choice();   // GRID
   * }</pre>
   *
   * @param choice what was chosen
   * @param text the rule or row that decided it, in English
   */
  public record Reason(Choice choice, String text) {

    /** Checks for nulls. */
    public Reason {
      Objects.requireNonNull(choice, "choice");
      Objects.requireNonNull(text, "text");
    }

    @Override
    public String toString() {
      return choice.name().toLowerCase(java.util.Locale.ROOT) + ": " + text;
    }
  }

  /**
   * The choices a dispatch makes.
   *
   * <pre>{@code
   * Choice.DEPARTMENT;
   * }</pre>
   */
  public enum Choice {
    /** Which grid the location lies in. */
    GRID,
    /** Which grid worker is responsible. */
    WORKER,
    /** At which level of the ladder the case is handled. */
    LEVEL,
    /** Which departments handle it, or that the township owns it. */
    DEPARTMENT,
    /** Who must report after a whistle, and by when. */
    WHISTLE
  }
}
