/*
 * Generates the sample county's grid layer (run once; the output is committed).
 *
 *   java -cp ~/.m2/repository/org/locationtech/jts/jts-core/1.20.0/jts-core-1.20.0.jar \
 *     examples/tools/GenerateGridLayer.java \
 *     examples/src/main/resources/io/github/shiyu/governance/examples/county
 *
 * Reads divisions.csv (the NBS townships and communities of Kuiwen District, Weifang) from the
 * given directory and writes grids.geojson and teams.csv next to it. The boundaries are
 * synthetic: a nested Voronoi partition of an irregular outline placed where Kuiwen lies
 * (WGS-84), so every grid lies inside its community and the grids of a community tile it.
 * The seed is fixed, so the output is reproducible.
 */
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.triangulate.VoronoiDiagramBuilder;

public class GenerateGridLayer {

  static final GeometryFactory GF = new GeometryFactory();
  static final Random RANDOM = new Random(370705L);

  // Township seeds (a township is the union of its seeds' Voronoi cells): the old town's
  // sub-districts are compact near the Bailang River on the west edge; Xincheng, Qingchi and
  // Beihailu take the newer, more rural east, north-east and south. Synthetic but plausible.
  static final Map<String, double[][]> TOWNSHIP_SEEDS = Map.of(
      "370705001000", new double[][] {{119.118, 36.712}},
      "370705002000", new double[][] {{119.122, 36.735}},
      "370705003000", new double[][] {{119.138, 36.700}},
      "370705004000", new double[][] {{119.112, 36.682}},
      "370705005000", new double[][] {{119.100, 36.703}},
      "370705006000", new double[][] {{119.108, 36.757}, {119.130, 36.762}},
      "370705007000", new double[][] {{119.143, 36.725}},
      "370705009000", new double[][] {{119.190, 36.712}, {119.225, 36.690}, {119.232, 36.728}, {119.200, 36.672}},
      "370705010000", new double[][] {{119.135, 36.665}, {119.165, 36.650}},
      "370705012000", new double[][] {{119.165, 36.748}, {119.195, 36.765}});

  /** The old town's centre: residents' committees are placed nearest to it. */
  static final Coordinate CORE = new Coordinate(119.118, 36.712);

  record Division(String code, String name) {}

  /** Departments that assign staff down to grids (the N of 1+2+N+X): police, enforcement, market. */
  static final String[] LIAISONS = {"kw-gafj", "kw-zhzf", "kw-scjgj"};

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    List<Division> townships = new ArrayList<>();
    Map<String, List<Division>> communities = new LinkedHashMap<>();
    for (String line : Files.readAllLines(dir.resolve("divisions.csv"), StandardCharsets.UTF_8)) {
      if (line.startsWith("code")) {
        continue;
      }
      String[] f = line.split(",", 2);
      Division d = new Division(f[0], f[1]);
      if (f[0].endsWith("000")) {
        townships.add(d);
        communities.put(f[0].substring(0, 9), new ArrayList<>());
      } else {
        communities.get(f[0].substring(0, 9)).add(d);
      }
    }
    Polygon county = outline();
    List<Coordinate> seeds = new ArrayList<>();
    List<Integer> owner = new ArrayList<>();
    for (int t = 0; t < townships.size(); t++) {
      for (double[] s : TOWNSHIP_SEEDS.get(townships.get(t).code())) {
        seeds.add(new Coordinate(s[0], s[1]));
        owner.add(t);
      }
    }
    List<Polygon> seedCells = cells(seeds, county);
    List<Polygon> townshipCells = new ArrayList<>();
    for (int t = 0; t < townships.size(); t++) {
      List<Geometry> parts = new ArrayList<>();
      for (int i = 0; i < seeds.size(); i++) {
        if (owner.get(i) == t) {
          parts.add(seedCells.get(i));
        }
      }
      Geometry union = GF.buildGeometry(parts).union();
      townshipCells.add(largest(union));
    }

    StringBuilder json = new StringBuilder();
    json.append("{\"type\":\"FeatureCollection\",\"name\":\"Kuiwen sample grid layer (synthetic boundaries)\",\"features\":[\n");
    StringBuilder teams = new StringBuilder("grid,role,person,department\n");
    int total = 0;
    int dedicated = 0;
    int person = 1;
    for (int t = 0; t < townships.size(); t++) {
      Division township = townships.get(t);
      Polygon area = townshipCells.get(t);
      List<Division> members = communities.get(township.code().substring(0, 9));
      List<Polygon> communityCells = new ArrayList<>(relaxedCells(area, members.size()));
      // Residents' committees (codes below 200) are urban: give them the cells nearest the core.
      communityCells.sort(Comparator.comparingDouble(p -> p.getCentroid().getCoordinate().distance(CORE)));
      List<Division> ordered = new ArrayList<>(members);
      ordered.sort(Comparator.comparingInt((Division d) -> Integer.parseInt(d.code().substring(9)) < 200 ? 0 : 1));
      Map<String, Polygon> cellOf = new LinkedHashMap<>();
      for (int i = 0; i < ordered.size(); i++) {
        cellOf.put(ordered.get(i).code(), communityCells.get(i));
      }
      // West to east, north to south, so community order is stable across runs.
      String instructor = "P" + String.format(Locale.ROOT, "%04d", person++);
      for (int c = 0; c < members.size(); c++) {
        Division community = members.get(c);
        boolean residents = Integer.parseInt(community.code().substring(9)) < 200;
        int grids = residents && RANDOM.nextDouble() < 0.12 ? 2 : 1;
        if (residents && RANDOM.nextDouble() < 0.03) {
          grids = 3;
        }
        Polygon communityCell = cellOf.get(community.code());
        List<Polygon> gridCells = grids == 1 ? List.of(communityCell) : relaxedCells(communityCell, grids);
        gridCells = new ArrayList<>(gridCells);
        gridCells.sort(Comparator.comparingDouble((Polygon p) -> -Math.round(p.getCentroid().getY() * 200))
            .thenComparingDouble(p -> p.getCentroid().getX()));
        for (int g = 0; g < gridCells.size(); g++) {
          String code = community.code() + String.format(Locale.ROOT, "%03d", g + 1);
          boolean isDedicated = grids > 1 && g == gridCells.size() - 1 && RANDOM.nextDouble() < 0.5;
          dedicated += isDedicated ? 1 : 0;
          String shortName = community.name().replace("社区居民委员会", "社区").replace("村民委员会", "村");
          String name = shortName + (isDedicated ? "专属网格" : "第" + (g + 1) + "网格");
          // Urban residents' committees are denser than villages; a grid has 200-800 households.
          int households = isDedicated ? 0 : residents ? (700 + RANDOM.nextInt(700)) / grids : 180 + RANDOM.nextInt(280);
          households = isDedicated ? 0 : Math.max(200, households);
          int population = isDedicated ? 0 : (int) Math.round(households * (2.4 + RANDOM.nextDouble() * 0.6));
          if (total > 0) {
            json.append(",\n");
          }
          json.append("{\"type\":\"Feature\",\"id\":\"").append(code).append("\",\"properties\":{")
              .append("\"code\":\"").append(code).append("\",")
              .append("\"name\":\"").append(name).append("\",")
              .append("\"kind\":\"").append(isDedicated ? "DEDICATED" : "BASIC").append("\",")
              .append("\"community\":\"").append(community.code()).append("\",")
              .append("\"households\":").append(households).append(",")
              .append("\"population\":").append(population).append("},")
              .append("\"geometry\":").append(geometry(gridCells.get(g))).append("}");
          total++;
          teams.append(code).append(",GRID_INSTRUCTOR,").append(instructor).append(",\n");
          teams.append(code).append(",GRID_LEADER,P").append(String.format(Locale.ROOT, "%04d", person++)).append(",\n");
          // A few vacancies on purpose, so the staffing check has something to say.
          if (RANDOM.nextDouble() > 0.03) {
            teams.append(code).append(",GRID_WORKER_FULL_TIME,P").append(String.format(Locale.ROOT, "%04d", person++)).append(",\n");
          }
          int liaisons = 1 + RANDOM.nextInt(3);
          for (int i = 0; i < liaisons; i++) {
            teams.append(code).append(",DEPARTMENT_LIAISON,P").append(String.format(Locale.ROOT, "%04d", person++))
                .append(',').append(LIAISONS[i]).append('\n');
          }
          int volunteers = RANDOM.nextInt(5);
          for (int i = 0; i < volunteers; i++) {
            teams.append(code).append(",VOLUNTEER,P").append(String.format(Locale.ROOT, "%04d", person++)).append(",\n");
          }
        }
      }
    }
    json.append("\n]}\n");
    Files.writeString(dir.resolve("grids.geojson"), json, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("teams.csv"), teams, StandardCharsets.UTF_8);
    System.out.println(total + " grids (" + dedicated + " dedicated), " + (person - 1) + " people");
  }

  /** An irregular outline around Kuiwen District, about 14 km by 16 km. */
  static Polygon outline() {
    int n = 72;
    Coordinate[] ring = new Coordinate[n + 1];
    double cx = 119.170;
    double cy = 36.708;
    for (int i = 0; i < n; i++) {
      double a = 2 * Math.PI * i / n;
      double r = 1 + 0.10 * Math.sin(3 * a + 0.7) + 0.06 * Math.sin(5 * a + 2.1) + 0.03 * Math.sin(11 * a);
      ring[i] = new Coordinate(round(cx + 0.080 * r * Math.cos(a)), round(cy + 0.066 * r * Math.sin(a)));
    }
    ring[n] = ring[0];
    return GF.createPolygon(ring);
  }

  static double round(double v) {
    return Math.round(v * 1e7) / 1e7;
  }

  /** Voronoi cells of the seeds clipped to the area, in seed order. */
  static List<Polygon> cells(List<Coordinate> seeds, Polygon area) {
    VoronoiDiagramBuilder builder = new VoronoiDiagramBuilder();
    builder.setSites(seeds);
    Envelope env = new Envelope(area.getEnvelopeInternal());
    env.expandBy(0.5);
    builder.setClipEnvelope(env);
    Geometry diagram = builder.getDiagram(GF);
    List<Polygon> out = new ArrayList<>();
    for (Coordinate seed : seeds) {
      Point p = GF.createPoint(seed);
      Geometry cell = null;
      for (int i = 0; i < diagram.getNumGeometries(); i++) {
        if (diagram.getGeometryN(i).contains(p)) {
          cell = diagram.getGeometryN(i);
          break;
        }
      }
      Geometry clipped = cell.intersection(area);
      out.add(largest(clipped));
    }
    return out;
  }

  /** n cells tiling the area, seeds relaxed a few times (Lloyd) for even shapes. */
  static List<Polygon> relaxedCells(Polygon area, int n) {
    if (n == 1) {
      return List.of(area);
    }
    Envelope env = area.getEnvelopeInternal();
    List<Coordinate> seeds = new ArrayList<>();
    while (seeds.size() < n) {
      Coordinate c = new Coordinate(env.getMinX() + RANDOM.nextDouble() * env.getWidth(),
          env.getMinY() + RANDOM.nextDouble() * env.getHeight());
      if (area.contains(GF.createPoint(c))) {
        seeds.add(c);
      }
    }
    List<Polygon> result = cells(seeds, area);
    for (int iteration = 0; iteration < 4; iteration++) {
      List<Coordinate> moved = new ArrayList<>();
      for (Polygon p : result) {
        Point c = p.getInteriorPoint();
        Point centroid = p.getCentroid();
        moved.add(area.contains(centroid) ? centroid.getCoordinate() : c.getCoordinate());
      }
      result = cells(moved, area);
    }
    // West to east, then north to south, as community and grid numbering runs.
    return result;
  }

  static Polygon largest(Geometry g) {
    if (g instanceof Polygon p) {
      return p;
    }
    Polygon best = null;
    for (int i = 0; i < g.getNumGeometries(); i++) {
      Geometry part = g.getGeometryN(i);
      if (part instanceof Polygon p && (best == null || p.getArea() > best.getArea())) {
        best = p;
      }
    }
    return best;
  }

  static String geometry(Polygon p) {
    StringBuilder s = new StringBuilder("{\"type\":\"Polygon\",\"coordinates\":[");
    appendRing(s, p.getExteriorRing().getCoordinates(), true);
    for (int i = 0; i < p.getNumInteriorRing(); i++) {
      s.append(',');
      appendRing(s, p.getInteriorRingN(i).getCoordinates(), false);
    }
    return s.append("]}").toString();
  }

  /** RFC 7946: exterior rings counterclockwise, holes clockwise. */
  static void appendRing(StringBuilder s, Coordinate[] ring, boolean exterior) {
    boolean ccw = org.locationtech.jts.algorithm.Orientation.isCCW(ring);
    if (ccw != exterior) {
      Coordinate[] reversed = new Coordinate[ring.length];
      for (int i = 0; i < ring.length; i++) {
        reversed[i] = ring[ring.length - 1 - i];
      }
      ring = reversed;
    }
    s.append('[');
    for (int i = 0; i < ring.length; i++) {
      if (i > 0) {
        s.append(',');
      }
      s.append('[').append(ring[i].x).append(',').append(ring[i].y).append(']');
    }
    s.append(']');
  }
}
