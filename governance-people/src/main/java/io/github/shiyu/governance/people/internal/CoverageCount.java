package io.github.shiyu.governance.people.internal;

import io.github.shiyu.governance.core.category.CaseCategory;
import io.github.shiyu.governance.core.division.DivisionCode;
import io.github.shiyu.governance.core.division.DivisionLevel;
import io.github.shiyu.governance.core.grid.GridCode;
import io.github.shiyu.governance.metrics.report.Period;
import io.github.shiyu.governance.metrics.report.Slice;
import io.github.shiyu.governance.people.Household;
import io.github.shiyu.governance.people.HouseholdId;
import io.github.shiyu.governance.people.VisitRecord;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Households and visited households per slice of one period: per grid, per responsible worker
 * and per division from the village up to a coarsest level. A household belongs to exactly
 * one grid, so the division figures are sums of the grids' and a visited household is counted
 * once however often it was visited.
 */
public final class CoverageCount {

  private CoverageCount() {
  }

  /**
   * Counts one period.
   *
   * @param households the households (each in one grid)
   * @param workers    the responsible worker of each grid (grids without one get no worker row)
   * @param entries    visit records (any period, any duty)
   * @param duties     the duties whose visits count (a record counts if its duty is within one)
   * @param period     the period
   * @param coarsest   the coarsest division level of the roll-up
   * @return slice to {households, visited households}, sorted by slice
   */
  public static Map<Slice, long[]> count(Collection<Household> households,
      Map<GridCode, String> workers, Collection<VisitRecord> entries, List<CaseCategory> duties,
      Period period, DivisionLevel coarsest) {
    Map<HouseholdId, GridCode> gridOf = new HashMap<>();
    for (Household h : households) {
      gridOf.put(h.id(), h.grid());
    }
    LocalDate from = period.start();
    LocalDate to = period.end();
    Set<HouseholdId> visited = new HashSet<>();
    Set<HouseholdId> visitedByResponsible = new HashSet<>();
    for (VisitRecord e : entries) {
      if (e.household().isEmpty() || e.day().isBefore(from) || !e.day().isBefore(to)
          || duties.stream().noneMatch(d -> e.duty().isWithin(d))) {
        continue;
      }
      HouseholdId h = e.household().get();
      GridCode grid = gridOf.get(h);
      if (grid == null) {
        continue;
      }
      visited.add(h);
      if (e.worker().equals(workers.get(grid))) {
        visitedByResponsible.add(h);
      }
    }
    Map<Slice, long[]> out = new TreeMap<>();
    for (Map.Entry<HouseholdId, GridCode> e : gridOf.entrySet()) {
      GridCode grid = e.getValue();
      long seen = visited.contains(e.getKey()) ? 1 : 0;
      DivisionCode community = grid.community();
      add(out, Slice.all().withDivision(community).withGrid(grid).withPeriod(period), seen);
      for (DivisionLevel level : DivisionLevel.values()) {
        if (level.compareTo(coarsest) >= 0) {
          add(out, Slice.all().withDivision(community.ancestorAt(level)).withPeriod(period), seen);
        }
      }
      String worker = workers.get(grid);
      if (worker != null) {
        add(out, Slice.all().withDepartment(worker).withPeriod(period),
            visitedByResponsible.contains(e.getKey()) ? 1 : 0);
      }
    }
    return out;
  }

  private static void add(Map<Slice, long[]> out, Slice slice, long seen) {
    long[] c = out.computeIfAbsent(slice, s -> new long[2]);
    c[0]++;
    c[1] += seen;
  }
}
