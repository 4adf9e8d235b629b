package io.github.shiyu.governance.examples.county;

import io.github.shiyu.governance.core.category.CategoryTaxonomy;
import io.github.shiyu.governance.core.geo.CoordinateSystem;
import io.github.shiyu.governance.core.geo.GeoPoint;
import io.github.shiyu.governance.core.grid.GridCode;
import io.github.shiyu.governance.core.org.Department;
import io.github.shiyu.governance.grid.dispatch.DispatchDecision;
import io.github.shiyu.governance.grid.dispatch.DispatchRequest;
import io.github.shiyu.governance.grid.dispatch.Dispatcher;
import io.github.shiyu.governance.grid.dispatch.Workload;
import io.github.shiyu.governance.grid.team.GridTeam;
import io.github.shiyu.governance.grid.team.TeamMember;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;

/**
 * Routes the simulated cases with the SDK's {@link Dispatcher}, feeding it each handler's open
 * cases at the moment of dispatch so that it can pick the least loaded. A case the dispatcher
 * gives to no department is owned by its township, handled by the township's governance
 * center ({@code gc-<township code>}).
 *
 * <pre>{@code
 * var dispatch = new CountyDispatch(dispatcher, departments.values(), teams);
 * new YearRun(workflows, dispatch, end).run(plan, bar);
 * dispatch.byOwner();   // cases per handler
 * }</pre>
 */
public final class CountyDispatch implements YearRun.Router {

  private final Dispatcher dispatcher;
  /** Planned cases name categories of core's standard taxonomy. */
  private final CategoryTaxonomy categories;
  private final List<String> departmentIds;
  private final Map<String, List<String>> teamIds = new HashMap<>();
  private final Map<String, PriorityQueue<Instant>> open = new HashMap<>();
  private final Map<String, Long> byOwner = new TreeMap<>();
  private long fallbacks;
  private DispatchDecision last;

  /**
   * Creates the router.
   *
   * @param dispatcher  the county's dispatcher
   * @param departments every department the routing table names
   * @param teams       the grid teams
   */
  public CountyDispatch(Dispatcher dispatcher, Collection<Department> departments, Collection<GridTeam> teams) {
    this.dispatcher = dispatcher;
    this.categories = CategoryTaxonomy.standard();
    this.departmentIds = departments.stream().map(Department::id).toList();
    for (GridTeam team : teams) {
      teamIds.put(team.grid().value(), team.members().stream().map(TeamMember::id).toList());
    }
  }

  @Override
  public String handlerOf(PlannedCase p) {
    Map<String, Integer> load = new HashMap<>();
    for (String id : departmentIds) {
      load.put(id, openAt(id, p.registeredAt()));
    }
    for (String id : teamIds.getOrDefault(p.grid(), List.of())) {
      load.put(id, openAt(id, p.registeredAt()));
    }
    DispatchRequest request = DispatchRequest.of(GeoPoint.of(p.lng(), p.lat(), CoordinateSystem.WGS84),
        categories.require(p.category()),
        p.tier(), p.registeredAt());
    last = dispatcher.dispatch(request, Workload.of(load));
    String handler = last.owner().department().map(Department::id)
        .orElseGet(() -> "gc-" + last.owner().division().value());
    if (last.owner().isTownshipFallback()) {
      fallbacks++;
    }
    byOwner.merge(handler, 1L, Long::sum);
    return handler;
  }

  @Override
  public void finished(PlannedCase planned, String handler, Instant at) {
    open.computeIfAbsent(handler, k -> new PriorityQueue<>()).add(at);
  }

  private int openAt(String handler, Instant t) {
    PriorityQueue<Instant> ends = open.get(handler);
    if (ends == null) {
      return 0;
    }
    while (!ends.isEmpty() && !ends.peek().isAfter(t)) {
      ends.poll();
    }
    return ends.size();
  }

  /**
   * Cases dispatched per handler.
   *
   * @return counts by handler id
   */
  public Map<String, Long> byOwner() {
    return Map.copyOf(byOwner);
  }

  /**
   * Cases that no department took, owned by their township.
   *
   * @return the count
   */
  public long fallbacks() {
    return fallbacks;
  }

  /**
   * The latest decision, with its explanation.
   *
   * @return the decision, or null before the first
   */
  public DispatchDecision last() {
    return last;
  }

  /**
   * Whether a grid code has a team.
   *
   * @param grid the grid
   * @return true if the county has a team for it
   */
  public boolean hasTeam(GridCode grid) {
    return teamIds.containsKey(grid.value());
  }
}
