package io.github.shiyu.governance.metrics.report;

import io.github.shiyu.governance.cases.CaseType;
import io.github.shiyu.governance.core.division.DivisionCode;
import io.github.shiyu.governance.core.grid.GridCode;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * The key of a report row: the values of the report's dimensions and its period; the
 * dimensions a report does not group by are empty (as are a case's missing grid or
 * department in a report that groups by them).
 *
 * <pre>{@code
 * Slice s = Slice.all().withDivision(DivisionCode.parse("150502"))
 *     .withPeriod(Period.parse("2022-03"));
 * report.row(s);   // Optional[ReportRow...]
 * }</pre>
 *
 * @param division   the division
 * @param grid       the grid
 * @param category   the category code
 * @param department the department id
 * @param type       the case type
 * @param period     the period
 */
public record Slice(Optional<DivisionCode> division, Optional<GridCode> grid,
    Optional<String> category, Optional<String> department, Optional<CaseType> type,
    Optional<Period> period) implements Comparable<Slice> {

  private static final Slice ALL = new Slice(Optional.empty(), Optional.empty(),
      Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

  private static final Comparator<Slice> ORDER = Comparator
      .comparing(Slice::division, absentFirst())
      .thenComparing(Slice::grid, absentFirst())
      .thenComparing(Slice::category, absentFirst())
      .thenComparing(Slice::department, absentFirst())
      .thenComparing(Slice::type, absentFirst())
      .thenComparing(Slice::period, absentFirst());

  private static <T extends Comparable<? super T>> Comparator<Optional<T>> absentFirst() {
    return (a, b) -> a.isEmpty() ? (b.isEmpty() ? 0 : -1)
        : b.isEmpty() ? 1 : a.get().compareTo(b.get());
  }

  /**
   * Checks for nulls.
   */
  public Slice {
    Objects.requireNonNull(division, "division");
    Objects.requireNonNull(grid, "grid");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(department, "department");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(period, "period");
  }

  /**
   * The slice with no dimension set: the whole report.
   *
   * @return the empty slice
   */
  public static Slice all() {
    return ALL;
  }

  /**
   * This slice with a division.
   *
   * @param value the division
   * @return the new slice
   */
  public Slice withDivision(DivisionCode value) {
    return new Slice(Optional.of(value), grid, category, department, type, period);
  }

  /**
   * This slice with a grid.
   *
   * @param value the grid
   * @return the new slice
   */
  public Slice withGrid(GridCode value) {
    return new Slice(division, Optional.of(value), category, department, type, period);
  }

  /**
   * This slice with a category.
   *
   * @param value the category code
   * @return the new slice
   */
  public Slice withCategory(String value) {
    return new Slice(division, grid, Optional.of(value), department, type, period);
  }

  /**
   * This slice with a department.
   *
   * @param value the department id
   * @return the new slice
   */
  public Slice withDepartment(String value) {
    return new Slice(division, grid, category, Optional.of(value), type, period);
  }

  /**
   * This slice with a case type.
   *
   * @param value the type
   * @return the new slice
   */
  public Slice withType(CaseType value) {
    return new Slice(division, grid, category, department, Optional.of(value), period);
  }

  /**
   * This slice with a period.
   *
   * @param value the period
   * @return the new slice
   */
  public Slice withPeriod(Period value) {
    return new Slice(division, grid, category, department, type, Optional.of(value));
  }

  /**
   * This slice with the period replaced or removed.
   *
   * @param value the period, or empty
   * @return the new slice
   */
  public Slice withPeriod(Optional<Period> value) {
    return new Slice(division, grid, category, department, type, value);
  }

  @Override
  public int compareTo(Slice o) {
    return ORDER.compare(this, o);
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("Slice[");
    division.ifPresent(v -> b.append("division=").append(v).append(' '));
    grid.ifPresent(v -> b.append("grid=").append(v).append(' '));
    category.ifPresent(v -> b.append("category=").append(v).append(' '));
    department.ifPresent(v -> b.append("department=").append(v).append(' '));
    type.ifPresent(v -> b.append("type=").append(v).append(' '));
    period.ifPresent(v -> b.append("period=").append(v).append(' '));
    if (b.charAt(b.length() - 1) == ' ') {
      b.setLength(b.length() - 1);
    }
    return b.append(']').toString();
  }
}
