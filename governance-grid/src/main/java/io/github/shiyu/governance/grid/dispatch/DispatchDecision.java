package io.github.shiyu.governance.grid.dispatch;

import io.github.shiyu.governance.core.division.DivisionCode;
import io.github.shiyu.governance.core.org.Department;
import io.github.shiyu.governance.core.org.EscalationLevel;
import io.github.shiyu.governance.grid.Boundary;
import io.github.shiyu.governance.grid.BoundaryLevel;
import io.github.shiyu.governance.grid.Grid;
import io.github.shiyu.governance.grid.team.TeamMember;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The dispatcher's answer for one case, with the reason for every choice. Immutable and
 * compared by all its parts; made only by {@link Dispatcher}.
 *
 * <pre>{@code
 * DispatchDecision d = dispatcher.dispatch(request, workload);
 * d.grid().code();          // the grid the case lies in
 * d.chain();                // every unit it lies in, county to sub-grid (with a HierarchyIndex)
 * d.worker();               // the responsible grid worker, if the grid has one
 * d.level();                // the handling level from the ladder
 * d.departments();          // lead first; empty when the township owns the case
 * d.owner().division();     // always present: who answers for the case
 * d.whistle();              // departments that must report, and by when
 * System.out.println(d.explain());
 * }</pre>
 */
public final class DispatchDecision {

  private final Grid grid;
  /** Null when the grid's team has no grid worker or leader (handed out as Optional). */
  private final TeamMember worker;
  private final EscalationLevel level;
  private final DivisionCode handlingDivision;
  private final List<Department> departments;
  private final Owner owner;
  /** Null unless the request blew the whistle (handed out as Optional). */
  private final Whistle whistle;
  private final List<Reason> reasons;
  private final List<Boundary> chain;
  private final ExpertPool.Referral referral;

  /** For the dispatcher: {@code worker} and {@code whistle} may be null, nothing else. */
  DispatchDecision(Grid grid, TeamMember worker, EscalationLevel level,
      DivisionCode handlingDivision, List<Department> departments, Owner owner,
      Whistle whistle, List<Reason> reasons) {
    this(gridChain(grid), grid, worker, level, handlingDivision, departments, owner, whistle,
        reasons);
  }

  /** The chain of a decision located by grid alone: the grid. */
  static List<Boundary> gridChain(Grid grid) {
    return List.of(new Boundary(BoundaryLevel.GRID, grid.code().value(), grid.name(),
        grid.geometry(), grid.attributes()));
  }

  /** With the chain of units the location lies in, largest first, the grid among them. */
  DispatchDecision(List<Boundary> chain, Grid grid, TeamMember worker, EscalationLevel level,
      DivisionCode handlingDivision, List<Department> departments, Owner owner,
      Whistle whistle, List<Reason> reasons) {
    this(chain, grid, worker, level, handlingDivision, departments, owner, whistle, reasons,
        ExpertPool.Referral.none());
  }

  /** With the chain and the experts and committee of an {@link ExpertPool}. */
  DispatchDecision(List<Boundary> chain, Grid grid, TeamMember worker, EscalationLevel level,
      DivisionCode handlingDivision, List<Department> departments, Owner owner,
      Whistle whistle, List<Reason> reasons, ExpertPool.Referral referral) {
    this.chain = List.copyOf(chain);
    this.referral = Objects.requireNonNull(referral, "referral");
    this.grid = Objects.requireNonNull(grid, "grid");
    this.worker = worker;
    this.level = Objects.requireNonNull(level, "level");
    this.handlingDivision = Objects.requireNonNull(handlingDivision, "handlingDivision");
    this.departments = List.copyOf(departments);
    this.owner = Objects.requireNonNull(owner, "owner");
    this.whistle = whistle;
    this.reasons = List.copyOf(reasons);
  }

  /**
   * The grid the location lies in.
   *
   * @return the grid
   */
  public Grid grid() {
    return grid;
  }

  /**
   * Every unit the location lies in, largest level first: from a dispatcher built on a
   * {@link io.github.shiyu.governance.grid.HierarchyIndex}, one unit per level that contains
   * the point (county, township, community, the grid, a sub-grid); from one built on a
   * {@link io.github.shiyu.governance.grid.GridIndex}, the grid alone.
   *
   * @return the units, the grid's among them
   */
  public List<Boundary> chain() {
    return chain;
  }

  /**
   * The responsible grid worker (else the grid leader).
   *
   * @return the member, or empty if the grid has no team or its team has no grid worker or
   *     leader
   */
  public Optional<TeamMember> worker() {
    return Optional.ofNullable(worker);
  }

  /**
   * The handling level (escalation ladder).
   *
   * @return the level
   */
  public EscalationLevel level() {
    return level;
  }

  /**
   * The division at the handling level that contains the grid.
   *
   * @return the division's code
   */
  public DivisionCode handlingDivision() {
    return handlingDivision;
  }

  /**
   * The departments handling the case, lead first (one for a simple case).
   *
   * @return the departments, empty when the township owns the case
   */
  public List<Department> departments() {
    return departments;
  }

  /**
   * Who answers for the case: the lead department, or the township as fallback.
   *
   * @return the owner
   */
  public Owner owner() {
    return owner;
  }

  /**
   * For a whistle: who must report and by when.
   *
   * @return the whistle, or empty if the request did not blow it
   */
  public Optional<Whistle> whistle() {
    return Optional.ofNullable(whistle);
  }

  /**
   * The experts who join the case, by the {@link ExpertPool}'s rules.
   *
   * @return the experts, empty without a pool or a rule that applies
   */
  public List<Expert> experts() {
    return referral.experts();
  }

  /**
   * The specialised mediation committee (专调委) the dispute is handed to.
   *
   * @return the committee, empty if none takes the category, serves the place or has room
   */
  public Optional<MediationCommittee> committee() {
    return referral.committee();
  }

  /**
   * One or more reasons per choice, in decision order.
   *
   * @return the reasons
   */
  public List<Reason> reasons() {
    return reasons;
  }

  /**
   * The reasons as lines of text.
   *
   * @return e.g. {@code "grid: ...\nworker: ...\n..."}
   */
  public String explain() {
    return reasons.stream().map(Reason::toString).collect(Collectors.joining("\n"));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DispatchDecision other && grid.equals(other.grid)
        && Objects.equals(worker, other.worker) && level == other.level
        && handlingDivision.equals(other.handlingDivision) && departments.equals(other.departments)
        && owner.equals(other.owner) && Objects.equals(whistle, other.whistle)
        && reasons.equals(other.reasons) && chain.equals(other.chain)
        && referral.equals(other.referral);
  }

  @Override
  public int hashCode() {
    return Objects.hash(grid, worker, level, handlingDivision, departments, owner, whistle, reasons,
        chain, referral);
  }

  @Override
  public String toString() {
    return "DispatchDecision[grid=" + grid.code() + ", worker=" + worker() + ", level=" + level
        + ", handlingDivision=" + handlingDivision + ", departments="
        + departments.stream().map(Department::id).toList() + ", owner=" + owner
        + ", whistle=" + whistle() + ", experts=" + experts().stream().map(Expert::id).toList()
        + ", committee=" + committee().map(MediationCommittee::id) + "]";
  }

  /**
   * Who answers for a case: a department, or the township when no department is named.
   *
   * <pre>{@code
   * decision.owner().isTownshipFallback();
   * decision.owner().department().map(Department::id);
   * Owner.township(DivisionCode.parse("420602001000")).division();
   * }</pre>
   */
  public static final class Owner {

    private final DivisionCode division;
    /** Null for the township fallback (handed out as Optional). */
    private final Department department;

    private Owner(DivisionCode division, Department department) {
      this.division = Objects.requireNonNull(division, "division");
      this.department = department;
    }

    /**
     * A department owns the case.
     *
     * @param department the lead department
     * @return the owner, in the department's division
     */
    public static Owner department(Department department) {
      return new Owner(department.division(), department);
    }

    /**
     * The township owns the case because no department was named.
     *
     * @param township the township's code
     * @return the owner
     */
    public static Owner township(DivisionCode township) {
      return new Owner(township, null);
    }

    /**
     * The owner's division: the department's, or the township's.
     *
     * @return the division's code
     */
    public DivisionCode division() {
      return division;
    }

    /**
     * The owning department.
     *
     * @return the department, or empty for the township fallback
     */
    public Optional<Department> department() {
      return Optional.ofNullable(department);
    }

    /**
     * Whether the township owns the case because no department was named.
     *
     * @return {@code true} for the fallback
     */
    public boolean isTownshipFallback() {
      return department == null;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Owner other && division.equals(other.division)
          && Objects.equals(department, other.department);
    }

    @Override
    public int hashCode() {
      return Objects.hash(division, department);
    }

    @Override
    public String toString() {
      return department == null ? "Owner[township " + division + "]" : "Owner[" + department.id() + " of " + division + "]";
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
    WHISTLE,
    /** Which experts join the case (an {@link ExpertPool} rule), or why none. */
    EXPERT,
    /** Which specialised mediation committee takes the dispute, or why none. */
    COMMITTEE
  }
}
