package io.github.shiyu.governance.grid.dispatch;

import io.github.shiyu.governance.core.InvalidValueException;
import io.github.shiyu.governance.core.category.CaseCategory;
import io.github.shiyu.governance.core.division.DivisionCode;
import io.github.shiyu.governance.core.division.DivisionLevel;
import io.github.shiyu.governance.core.geo.GeoPoint;
import io.github.shiyu.governance.core.grid.GridCode;
import io.github.shiyu.governance.core.org.Department;
import io.github.shiyu.governance.core.org.EscalationLevel;
import io.github.shiyu.governance.core.org.Tier;
import io.github.shiyu.governance.grid.Boundary;
import io.github.shiyu.governance.grid.BoundaryLevel;
import io.github.shiyu.governance.grid.Grid;
import io.github.shiyu.governance.grid.GridIndex;
import io.github.shiyu.governance.grid.GridKind;
import io.github.shiyu.governance.grid.GridLayer;
import io.github.shiyu.governance.grid.HierarchyIndex;
import io.github.shiyu.governance.grid.LayerErrors;
import io.github.shiyu.governance.grid.dispatch.DispatchDecision.Choice;
import io.github.shiyu.governance.grid.dispatch.DispatchDecision.Owner;
import io.github.shiyu.governance.grid.dispatch.DispatchDecision.Reason;
import io.github.shiyu.governance.grid.dispatch.DispatchDecision.Whistle;
import io.github.shiyu.governance.grid.team.GridTeam;
import io.github.shiyu.governance.grid.team.TeamMember;
import io.github.shiyu.governance.grid.team.TeamRole;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Dispatch (派单): which grid a case is in, whose job it is, which department handles it at
 * which level, and who must report after a whistle. Immutable and thread-safe; the same
 * request and workload always give the same decision.
 *
 * <p>The steps, each recorded as a {@link DispatchDecision.Reason}:
 * <ol>
 *   <li>grid: {@link GridIndex} locates the case (error {@code grid.no_grid} if none); built
 *       on a {@link HierarchyIndex} instead, the dispatcher finds the whole chain of units
 *       (county, township, community, grid, sub-grid) in one lookup, names it in the reason
 *       and in {@link DispatchDecision#chain()}, and says how many levels of it nest;</li>
 *   <li>worker: the grid team's full-time workers (else part-time workers, else the leader),
 *       the one with the fewest open cases, ties broken by member id;</li>
 *   <li>level: the {@link EscalationLadder} rule for the category and tier; the handling
 *       division is the grid's ancestor at that level;</li>
 *   <li>departments: the {@link RoutingTable} row of the category (else of its nearest
 *       ancestor) at that level, keeping the departments of the handling division. A simple
 *       case goes to one of them, complex and major cases to all (joint handling); the lead
 *       is the one with the fewest open cases, ties broken by row order. With no such
 *       department the township that contains the grid owns the case;</li>
 *   <li>whistle: every department chosen must report within the response limit (default 30
 *       minutes, Pinggu's rule; configurable since it is local policy).</li>
 * </ol>
 *
 * <pre>{@code
 * Dispatcher dispatcher = Dispatcher.builder(GridIndex.of(layer), routingTable)
 *     .ladder(EscalationLadder.standard())
 *     .teams(teams)
 *     .whistleResponse(Duration.ofMinutes(30))
 *     .build();
 * DispatchDecision decision = dispatcher.dispatch(request, Workload.of(openCases));
 * }</pre>
 */
public final class Dispatcher {

  /** Pinggu, Beijing: called departments show up within 30 minutes. */
  public static final Duration DEFAULT_WHISTLE_RESPONSE = Duration.ofMinutes(30);

  /** Null when built on a hierarchy. */
  private final GridIndex index;
  /** Null when built on a grid index. */
  private final HierarchyIndex hierarchy;
  /** The hierarchy's grid level and its units as grids (empty without a hierarchy). */
  private final int gridLevel;
  private final List<Grid> hierarchyGrids;
  private final RoutingTable routing;
  private final EscalationLadder ladder;
  private final Map<GridCode, GridTeam> teams;
  private final Duration whistleResponse;
  private final ExpertPool experts;

  private Dispatcher(Builder b) {
    this.index = b.index;
    this.hierarchy = b.hierarchy;
    int level = -1;
    List<Grid> grids = new ArrayList<>();
    if (hierarchy != null) {
      for (int i = 0; i < hierarchy.depth(); i++) {
        if (hierarchy.layer(i).level() == BoundaryLevel.GRID) {
          level = i;
        }
      }
      if (level < 0) {
        throw new InvalidValueException(LayerErrors.HIERARCHY, "dispatch needs a GRID level, the index has "
            + hierarchy);
      }
      for (Boundary unit : hierarchy.layer(level).units()) {
        Grid known = b.grids.get(unit.key());
        grids.add(known != null ? known : asGrid(unit));
      }
    }
    this.gridLevel = level;
    this.hierarchyGrids = List.copyOf(grids);
    this.routing = b.routing;
    this.ladder = b.ladder == null ? EscalationLadder.builder(b.routing.taxonomy()).standard().build() : b.ladder;
    this.teams = Map.copyOf(b.teams);
    this.whistleResponse = b.whistleResponse;
    this.experts = b.experts;
  }

  /**
   * A builder.
   *
   * @param index the grids
   * @param routing the routing table
   * @return the builder
   */
  public static Builder builder(GridIndex index, RoutingTable routing) {
    return new Builder(index, routing);
  }

  /**
   * A builder over a hierarchical index: the dispatcher locates each case's whole chain of
   * units in one lookup. The index must have a {@link BoundaryLevel#GRID} level (teams and
   * the handling division come from the grid); levels above and a sub-grid level below are
   * named in the decision.
   *
   * <pre>{@code
   * Dispatcher.builder(HierarchyIndex.of(county, townships, communities, grids), table).build();
   * }</pre>
   *
   * @param index the hierarchy
   * @param routing the routing table
   * @return the builder
   * @throws InvalidValueException {@link LayerErrors#HIERARCHY} (at {@code build()}) if the
   *     index has no grid level
   */
  public static Builder builder(HierarchyIndex index, RoutingTable routing) {
    return new Builder(index, routing);
  }

  private static Grid asGrid(Boundary unit) {
    GridCode code = GridCode.parse(unit.key());
    String name = unit.name().isBlank() ? unit.key() : unit.name();
    GridKind kind = "dedicated".equalsIgnoreCase(unit.attributes().getOrDefault("kind", ""))
        ? GridKind.DEDICATED : GridKind.BASIC;
    return new Grid(code, kind, code.community(), name, unit.geometry(), unit.attributes());
  }

  /** The grid and the chain of a located case, with the reason's text. */
  private record Located(Grid grid, List<Boundary> chain, String text) {}

  private Located locate(GeoPoint location) {
    if (hierarchy == null) {
      Grid grid = index.locate(location)
          .orElseThrow(() -> new InvalidValueException(DispatchErrors.NO_GRID, location));
      return new Located(grid, null, "the location lies in grid " + grid.code() + " " + grid.name()
          + " (community " + grid.community() + ")");
    }
    int[] slots = new int[hierarchy.depth()];
    int consistent = hierarchy.locate(location, slots);
    if (slots[gridLevel] < 0) {
      throw new InvalidValueException(DispatchErrors.NO_GRID, location);
    }
    Grid grid = hierarchyGrids.get(slots[gridLevel]);
    List<Boundary> chain = new ArrayList<>();
    StringBuilder text = new StringBuilder("the location lies in ");
    for (int i = 0; i < slots.length; i++) {
      if (slots[i] < 0) {
        continue;
      }
      Boundary unit = hierarchy.unit(i, slots[i]);
      chain.add(unit);
      text.append(chain.size() == 1 ? "" : " > ").append(unit.level()).append(' ').append(unit.key())
          .append(unit.name().isBlank() ? "" : " " + unit.name());
    }
    text.append(" (community ").append(grid.community()).append(")");
    if (consistent < hierarchy.depth()) {
      text.append("; the chain nests over ").append(consistent).append(" of ").append(hierarchy.depth())
          .append(" levels (the index trusts ").append(hierarchy.trustedDepth()).append(')');
    }
    return new Located(grid, chain, text.toString());
  }

  /**
   * Decides who handles a case.
   *
   * @param request the case
   * @param workload open cases per handler
   * @return the decision with its reasons
   * @throws InvalidValueException {@link DispatchErrors#NO_GRID} if the location is in no grid
   * @throws io.github.shiyu.governance.core.MissingDataException {@code category.unknown} for
   *     a category the routing table's taxonomy lacks
   */
  public DispatchDecision dispatch(DispatchRequest request, Workload workload) {
    List<Reason> reasons = new ArrayList<>();
    Located located = locate(request.location());
    Grid grid = located.grid();
    reasons.add(new Reason(Choice.GRID, located.text()));

    Optional<TeamMember> worker = worker(grid, workload, reasons);

    CaseCategory category = routing.taxonomy().require(request.category().code());
    EscalationLadder.Rule rule = ladder.levelFor(category, request.tier());
    EscalationLevel level = rule.level();
    DivisionCode handling = grid.community().ancestorAt(level.divisionLevel());
    reasons.add(new Reason(Choice.LEVEL, rule + " for " + category.code() + "; handled by division " + handling));

    List<Department> departments = departments(category, handling, request.tier(), workload, reasons);
    Owner owner;
    if (departments.isEmpty()) {
      DivisionCode township = grid.community().ancestorAt(DivisionLevel.TOWNSHIP);
      owner = Owner.township(township);
      reasons.add(new Reason(Choice.DEPARTMENT, "no department named: township " + township + " owns the case"));
    } else {
      owner = Owner.department(departments.get(0));
    }

    Whistle whistle = null;
    if (request.whistle()) {
      Whistle w = new Whistle(departments, whistleResponse, request.reportedAt().plus(whistleResponse));
      whistle = w;
      reasons.add(new Reason(Choice.WHISTLE, (departments.isEmpty() ? "township " + owner.division()
          : departments.stream().map(Department::id).toList().toString())
          + " must report within " + whistleResponse.toMinutes() + " minutes, by " + w.reportBy()));
    }
    ExpertPool.Referral referral = experts.refer(category, request.tier(), grid.community(), workload);
    reasons.addAll(referral.reasons());
    return new DispatchDecision(located.chain() == null ? DispatchDecision.gridChain(grid) : located.chain(),
        grid, worker.orElse(null), level, handling, departments, owner, whistle, reasons, referral);
  }

  private Optional<TeamMember> worker(Grid grid, Workload workload, List<Reason> reasons) {
    GridTeam team = teams.get(grid.code());
    if (team == null) {
      reasons.add(new Reason(Choice.WORKER, "grid " + grid.code() + " has no team"));
      return Optional.empty();
    }
    for (TeamRole role : List.of(TeamRole.GRID_WORKER_FULL_TIME, TeamRole.GRID_WORKER_PART_TIME, TeamRole.GRID_LEADER)) {
      List<TeamMember> eligible = new ArrayList<>(team.members(role));
      if (eligible.isEmpty()) {
        continue;
      }
      eligible.sort(Comparator.comparingInt((TeamMember m) -> workload.openCases(m.id()))
          .thenComparing(TeamMember::id));
      TeamMember chosen = eligible.get(0);
      reasons.add(new Reason(Choice.WORKER, role + " " + chosen.id() + " " + chosen.maskedName() + " with "
          + workload.openCases(chosen.id()) + " open cases, the fewest of " + eligible.size()
          + (eligible.size() > 1 ? " (ties broken by member id)" : "")));
      return Optional.of(chosen);
    }
    reasons.add(new Reason(Choice.WORKER, "the team of grid " + grid.code() + " has no grid worker or leader"));
    return Optional.empty();
  }

  private List<Department> departments(CaseCategory category, DivisionCode handling, Tier tier,
      Workload workload, List<Reason> reasons) {
    DivisionLevel level = handling.level();
    for (CaseCategory c : routing.lineage(category)) {
      Optional<RoutingTable.Row> row = routing.exact(c, level);
      if (row.isEmpty()) {
        continue;
      }
      List<Department> eligible = new ArrayList<>();
      for (Department d : row.get().departments()) {
        if (d.division().equals(handling)) {
          eligible.add(d);
        }
      }
      String via = c.equals(category) ? "" : " (parent of " + category.code() + ")";
      if (eligible.isEmpty()) {
        reasons.add(new Reason(Choice.DEPARTMENT, row.get() + via + " names no department of " + handling));
        continue;
      }
      // stable sort: equal workloads keep the row's order
      eligible.sort(Comparator.comparingInt(d -> workload.openCases(d.id())));
      Department lead = eligible.get(0);
      String load = " with " + workload.openCases(lead.id()) + " open cases, the fewest of " + eligible.size()
          + (eligible.size() > 1 ? " (ties broken by row order)" : "");
      if (tier == Tier.SIMPLE) {
        reasons.add(new Reason(Choice.DEPARTMENT, row.get() + via + ": " + lead.id() + load));
        return List.of(lead);
      }
      reasons.add(new Reason(Choice.DEPARTMENT, row.get() + via + ": " + tier + " case handled jointly by "
          + eligible.size() + ", lead " + lead.id() + load));
      return eligible;
    }
    return List.of();
  }

  /**
   * Builds a dispatcher.
   *
   * <pre>{@code
   * Dispatcher.builder(index, table).teams(teams).build();
   * }</pre>
   */
  public static final class Builder {
    private final GridIndex index;
    private final HierarchyIndex hierarchy;
    private final Map<String, Grid> grids = new HashMap<>();
    private final RoutingTable routing;
    private EscalationLadder ladder;
    private final Map<GridCode, GridTeam> teams = new HashMap<>();
    private Duration whistleResponse = DEFAULT_WHISTLE_RESPONSE;
    private ExpertPool experts = ExpertPool.empty();

    private Builder(GridIndex index, RoutingTable routing) {
      this.index = Objects.requireNonNull(index, "index");
      this.hierarchy = null;
      this.routing = Objects.requireNonNull(routing, "routing");
    }

    private Builder(HierarchyIndex hierarchy, RoutingTable routing) {
      this.index = null;
      this.hierarchy = Objects.requireNonNull(hierarchy, "index");
      this.routing = Objects.requireNonNull(routing, "routing");
    }

    /**
     * The escalation ladder (default: {@link EscalationLadder.Builder#standard()} over the
     * routing table's taxonomy).
     *
     * @param ladder the ladder
     * @return this builder
     */
    public Builder ladder(EscalationLadder ladder) {
      this.ladder = Objects.requireNonNull(ladder, "ladder");
      return this;
    }

    /**
     * The grid teams (a later team for the same grid replaces an earlier one).
     *
     * @param gridTeams the teams
     * @return this builder
     */
    public Builder teams(Collection<GridTeam> gridTeams) {
      for (GridTeam team : gridTeams) {
        teams.put(team.grid(), team);
      }
      return this;
    }

    /**
     * The grids as read, for a dispatcher built on a hierarchy: a grid-level unit with the
     * same code is then that grid (its kind and declared community kept), not one made from
     * the unit (basic, or dedicated by a {@code kind} attribute; of the community its code
     * names). Ignored for a dispatcher built on a {@link GridIndex}.
     *
     * @param layer the grid layer the hierarchy's grid level came from
     * @return this builder
     */
    public Builder grids(GridLayer layer) {
      for (Grid grid : layer.grids()) {
        grids.putIfAbsent(grid.code().value(), grid);
      }
      return this;
    }

    /**
     * The time called departments have to report after a whistle.
     *
     * @param limit a positive duration (default 30 minutes)
     * @return this builder
     */
    public Builder whistleResponse(Duration limit) {
      this.whistleResponse = Objects.requireNonNull(limit, "limit");
      return this;
    }

    /**
     * The experts and specialised mediation committees that join cases (default: none).
     *
     * @param pool the pool
     * @return this builder
     */
    public Builder experts(ExpertPool pool) {
      this.experts = Objects.requireNonNull(pool, "pool");
      return this;
    }

    /**
     * Checks and builds.
     *
     * @return the dispatcher
     * @throws InvalidValueException {@link DispatchErrors#ROUTING} for a non-positive whistle limit,
     *     {@link LayerErrors#HIERARCHY} for a hierarchy without a grid level
     */
    public Dispatcher build() {
      if (whistleResponse.isNegative() || whistleResponse.isZero()) {
        throw new InvalidValueException(DispatchErrors.ROUTING, "whistle response must be positive, got " + whistleResponse);
      }
      return new Dispatcher(this);
    }
  }
}
