package io.github.shiyu.governance.examples.county;

import io.github.shiyu.governance.core.category.CategoryTaxonomy;
import io.github.shiyu.governance.core.division.Division;
import io.github.shiyu.governance.core.division.DivisionCode;
import io.github.shiyu.governance.core.division.DivisionDirectory;
import io.github.shiyu.governance.core.division.DivisionLevel;
import io.github.shiyu.governance.core.geo.CoordinateSystem;
import io.github.shiyu.governance.core.grid.GridCode;
import io.github.shiyu.governance.core.org.Department;
import io.github.shiyu.governance.core.org.EscalationLevel;
import io.github.shiyu.governance.core.org.Tier;
import io.github.shiyu.governance.examples.cli.CsvReader;
import io.github.shiyu.governance.examples.cli.CsvRecord;
import io.github.shiyu.governance.grid.BoundaryLayer;
import io.github.shiyu.governance.grid.BoundaryLevel;
import io.github.shiyu.governance.grid.GridLayer;
import io.github.shiyu.governance.grid.HierarchyIndex;
import io.github.shiyu.governance.grid.dispatch.EscalationLadder;
import io.github.shiyu.governance.grid.dispatch.RoutingTable;
import io.github.shiyu.governance.grid.team.GridTeam;
import io.github.shiyu.governance.grid.team.TeamMember;
import io.github.shiyu.governance.grid.team.TeamRole;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The quickstart's sample county, Kuiwen District (奎文区) of Weifang, Shandong, from the
 * files shipped with the examples: its sub-districts and communities (NBS 2023 statistical
 * codes) on top of core's embedded county-level directory; its grid layer (GeoJSON, WGS-84);
 * the grid teams; the departments, the routing table and the escalation ladder.
 *
 * <pre>{@code
 * DivisionDirectory directory = SampleCounty.directory();
 * directory.children(SampleCounty.COUNTY);   // the 10 sub-districts (街道)
 * GridLayer layer = SampleCounty.layer();     // 202 grids
 * HierarchyIndex index = SampleCounty.hierarchy(layer);   // county, sub-districts, communities, grids
 * }</pre>
 */
public final class SampleCounty {

  /** Kuiwen District's code. */
  public static final DivisionCode COUNTY = DivisionCode.parse("370705");

  /** The version given to the shipped townships and communities. */
  public static final String VERSION = "nbs-2023";

  private SampleCounty() {}

  /**
   * The county's townships and communities as shipped ({@code divisions.csv}: {@code code,name}).
   *
   * @return the rows
   */
  public static List<Division> divisions() {
    try (Reader in = resource("divisions.csv")) {
      return DivisionDirectory.read(in, VERSION).stream().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Core's embedded directory (provinces, cities, counties) with the county's townships and
   * communities added: how a vendor extends it.
   *
   * @return the directory
   */
  public static DivisionDirectory directory() {
    return DivisionDirectory.embedded().with(divisions());
  }

  /**
   * The grid layer ({@code grids.geojson}, WGS-84), kept in WGS-84.
   *
   * @return the layer
   */
  public static GridLayer layer() {
    try (InputStream in = stream("grids.geojson")) {
      return GridLayer.read(in, CoordinateSystem.WGS84, CoordinateSystem.WGS84);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The county's four levels in one index: the county, its sub-districts and its
   * communities are not shipped as boundaries (as in most counties, only the grids are
   * drawn), so they are derived from the grids by their codes
   * ({@link BoundaryLayer#dissolve}), named from the {@link #directory()}.
   *
   * @param layer the grid layer, {@link #layer()}
   * @return the index of county, townships, communities and grids
   */
  public static HierarchyIndex hierarchy(GridLayer layer) {
    DivisionDirectory directory = directory();
    java.util.function.Function<String, String> names = key -> directory
        .find(DivisionCode.parse((key + "000000000000").substring(0, 12)))
        .map(Division::name).orElse("");
    BoundaryLayer grids = BoundaryLayer.of(layer);
    BoundaryLayer communities = grids.dissolve(BoundaryLevel.VILLAGE, names);
    BoundaryLayer townships = communities.dissolve(BoundaryLevel.TOWNSHIP, names);
    BoundaryLayer county = townships.dissolve(BoundaryLevel.COUNTY, names);
    return HierarchyIndex.of(county, townships, communities, grids);
  }

  /**
   * The functional departments and the townships' judicial offices ({@code departments.csv}).
   *
   * @return departments by id, in file order
   */
  public static Map<String, Department> departments() {
    Map<String, Department> departments = new LinkedHashMap<>();
    for (CsvRecord r : rows("departments.csv")) {
      departments.put(r.field(0), Department.of(r.field(0), r.field(1), DivisionCode.parse(r.field(2))));
    }
    return departments;
  }

  /**
   * The grid teams ({@code teams.csv}: {@code grid,role,person,department}). Members are
   * pseudonymous: their id stands in for a name.
   *
   * @return one team per grid
   */
  public static List<GridTeam> teams() {
    Map<String, Department> departments = departments();
    Map<String, List<TeamMember>> byGrid = new LinkedHashMap<>();
    for (CsvRecord r : rows("teams.csv")) {
      TeamRole role = TeamRole.valueOf(r.field(1));
      String person = r.field(2);
      TeamMember member = role == TeamRole.DEPARTMENT_LIAISON
          ? TeamMember.liaison(person, person, departments.get(r.field(3)))
          : TeamMember.of(person, person, role);
      byGrid.computeIfAbsent(r.field(0), k -> new ArrayList<>()).add(member);
    }
    List<GridTeam> teams = new ArrayList<>();
    byGrid.forEach((grid, members) -> teams.add(GridTeam.of(GridCode.parse(grid), members.toArray(TeamMember[]::new))));
    return teams;
  }

  /**
   * The routing table ({@code routing.csv}: {@code category,level,departments}, the
   * departments separated by spaces).
   *
   * @return the table over core's standard taxonomy
   */
  public static RoutingTable routing() {
    Map<String, Department> departments = departments();
    RoutingTable.Builder table = RoutingTable.builder(CategoryTaxonomy.standard());
    for (CsvRecord r : rows("routing.csv")) {
      Department[] named = java.util.Arrays.stream(r.field(2).split(" ")).map(departments::get).toArray(Department[]::new);
      table.route(r.field(0), DivisionLevel.valueOf(r.field(1)), named);
    }
    return table.build();
  }

  /**
   * The escalation ladder ({@code ladder.csv}: {@code tier,category,level}; an empty category
   * is the tier's default): simple matters in the village, complex ones in the township,
   * major ones in the county, and city management, hotline orders and the categories with a
   * district department at the level where that department sits.
   *
   * @return the ladder
   */
  public static EscalationLadder ladder() {
    EscalationLadder.Builder ladder = EscalationLadder.builder(CategoryTaxonomy.standard());
    for (CsvRecord r : rows("ladder.csv")) {
      Tier tier = Tier.valueOf(r.field(0));
      EscalationLevel level = EscalationLevel.valueOf(r.field(2));
      if (r.field(1).isEmpty()) {
        ladder.tierDefault(tier, level);
      } else {
        ladder.rule(tier, r.field(1), level);
      }
    }
    return ladder.build();
  }

  /**
   * The population of a grid, from its {@code population} attribute.
   *
   * @param attributes the grid's attributes
   * @return the population, empty for a dedicated grid without residents
   */
  public static Optional<Integer> population(Map<String, String> attributes) {
    return Optional.ofNullable(attributes.get("population")).map(Integer::valueOf).filter(p -> p > 0);
  }

  /**
   * Opens one of the county's resource files.
   *
   * @param name the file name, e.g. {@code grids.geojson}
   * @return a UTF-8 reader
   * @throws UncheckedIOException if the resource is missing
   */
  public static Reader resource(String name) {
    return new BufferedReader(new InputStreamReader(stream(name), StandardCharsets.UTF_8));
  }

  /**
   * Opens one of the county's resource files as bytes.
   *
   * @param name the file name
   * @return the stream
   * @throws UncheckedIOException if the resource is missing
   */
  public static InputStream stream(String name) {
    InputStream in = SampleCounty.class.getResourceAsStream(name);
    if (in == null) {
      throw new UncheckedIOException(new IOException("missing resource " + name));
    }
    return in;
  }

  private static List<CsvRecord> rows(String name) {
    try (Reader in = resource(name)) {
      CsvReader csv = new CsvReader(in);
      csv.next();
      List<CsvRecord> rows = new ArrayList<>();
      Optional<CsvRecord> r;
      while ((r = csv.next()).isPresent()) {
        if (!r.get().isBlank()) {
          rows.add(r.get());
        }
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
