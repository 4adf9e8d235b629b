package io.github.shiyu.governance.grid.team;

import io.github.shiyu.governance.core.grid.GridCode;
import java.util.List;

/**
 * Staffing of a whole layer against a template: every gap of every grid (a grid without a
 * team counts as an empty team), and the teams whose grid is not in the layer.
 *
 * <pre>{@code
 * VacancyReport report = StaffingTemplate.oneTwoNX().vacancies(layer, teams);
 * report.vacantPositions();   // people still to be found
 * report.vacancies().forEach(System.out::println);
 * }</pre>
 *
 * @param gaps every gap, in layer order, then by role
 * @param unknownGrids codes of teams whose grid the layer does not have
 */
public record VacancyReport(List<StaffingGap> gaps, List<GridCode> unknownGrids) {

  /** Copies the lists. */
  public VacancyReport {
    gaps = List.copyOf(gaps);
    unknownGrids = List.copyOf(unknownGrids);
  }

  /**
   * The gaps where people are missing.
   *
   * @return vacancies only
   */
  public List<StaffingGap> vacancies() {
    return gaps.stream().filter(StaffingGap::isVacancy).toList();
  }

  /**
   * Total people missing over all grids and roles.
   *
   * @return the count
   */
  public int vacantPositions() {
    return gaps.stream().mapToInt(StaffingGap::missing).sum();
  }

  /**
   * Whether every grid is staffed within the template.
   *
   * @return {@code true} if there is no gap and no unknown grid
   */
  public boolean isComplete() {
    return gaps.isEmpty() && unknownGrids.isEmpty();
  }
}
