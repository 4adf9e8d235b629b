package io.github.shiyu.governance.examples;

import io.github.shiyu.governance.core.category.CategoryTaxonomy;
import io.github.shiyu.governance.core.geo.CoordinateSystem;
import io.github.shiyu.governance.core.geo.GeoPoint;
import io.github.shiyu.governance.core.org.Tier;
import io.github.shiyu.governance.examples.county.SampleCounty;
import io.github.shiyu.governance.grid.Grid;
import io.github.shiyu.governance.grid.GridIndex;
import io.github.shiyu.governance.grid.GridLayer;
import io.github.shiyu.governance.grid.LayerCheck;
import io.github.shiyu.governance.grid.dispatch.DispatchDecision;
import io.github.shiyu.governance.grid.dispatch.DispatchRequest;
import io.github.shiyu.governance.grid.dispatch.Dispatcher;
import io.github.shiyu.governance.grid.dispatch.Workload;
import io.github.shiyu.governance.grid.team.GridTeam;
import io.github.shiyu.governance.grid.team.StaffingGap;
import io.github.shiyu.governance.grid.team.StaffingTemplate;
import io.github.shiyu.governance.grid.team.VacancyReport;
import java.io.PrintStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Load a grid layer and dispatch a case: read the sample county's GeoJSON layer, check it,
 * find the grid of a point reported in GCJ-02 (as map apps give it), check the grid teams
 * against the 1+2+N+X staffing template, and let the dispatcher choose the grid worker, the
 * handling level and the department, with the reason for every choice.
 *
 * <pre>{@code
 * ./mvnw -q -pl examples -am -DskipTests package exec:exec \
 *   -Dquickstart.main=io.github.shiyu.governance.examples/io.github.shiyu.governance.examples.DispatchFromGridLayer
 * }</pre>
 */
public final class DispatchFromGridLayer {

  private DispatchFromGridLayer() {}

  /**
   * Runs the example on standard output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  /**
   * Runs the example.
   *
   * @param out where to print
   */
  public static void run(PrintStream out) {
    // The file declares WGS-84; a layer in GCJ-02 would be converted on load instead.
    GridLayer layer = SampleCounty.layer();
    out.println(layer.size() + " grids; layer check: "
        + (LayerCheck.defaults().check(layer).isClean() ? "clean" : "problems"));

    // A citizen's point from a map app (GCJ-02); the index converts it to the layer's system.
    GridIndex index = GridIndex.of(layer);
    GeoPoint reported = GeoPoint.of(119.12372, 36.71039, CoordinateSystem.GCJ02);
    Grid grid = index.locate(reported).orElseThrow();
    out.println("the point lies in " + grid.code() + " " + grid.name() + " (" + grid.kind() + ")");

    List<GridTeam> teams = SampleCounty.teams();
    VacancyReport vacancies = StaffingTemplate.oneTwoNX().vacancies(layer, teams);
    out.println("1+2+N+X staffing: " + vacancies.vacantPositions() + " vacant posts, e.g. "
        + vacancies.vacancies().stream().findFirst().map(StaffingGap::toString).orElse("none"));

    Dispatcher dispatcher = Dispatcher.builder(index, SampleCounty.routing())
        .ladder(SampleCounty.ladder())
        .teams(teams)
        .build();
    Instant now = Instant.parse("2025-06-03T02:15:00Z");
    CategoryTaxonomy categories = SampleCounty.routing().taxonomy();

    // A labour dispute: the ladder sends it to the county, where the routing table names the
    // human resources and social security bureau.
    DispatchDecision labour = dispatcher.dispatch(DispatchRequest.of(reported, categories.require("dispute.labour"), Tier.SIMPLE, now),
        Workload.none());
    out.println("dispute.labour -> " + labour.owner().department().map(d -> d.name()).orElse("township"));
    out.println(labour.explain());

    // A neighbours' quarrel stays in the village: no department, the sub-district owns it.
    DispatchDecision neighbours = dispatcher.dispatch(
        DispatchRequest.of(reported, categories.require("dispute.neighbour"), Tier.SIMPLE, now), Workload.none());
    out.println("dispute.neighbour -> township " + neighbours.owner().division()
        + (neighbours.owner().isTownshipFallback() ? " (fallback)" : ""));

    // A complex dispute goes to the township's judicial office; with a whistle, it must report
    // within 30 minutes. The grid worker with fewer open cases is chosen.
    DispatchDecision whistle = dispatcher.dispatch(
        DispatchRequest.of(reported, categories.require("dispute.property_management"), Tier.COMPLEX, now).asWhistle(),
        Workload.of(Map.of("P0003", 5)));
    out.println("whistle: " + whistle.whistle().map(w -> w.departments().stream().map(d -> d.name()).toList()
        + " report by " + w.reportBy()).orElse("none"));
    out.println("grid worker: " + whistle.worker().map(w -> w.id()).orElse("none"));
  }
}
