package io.github.shiyu.governance.metrics.report;

import io.github.shiyu.governance.cases.CaseType;
import io.github.shiyu.governance.core.division.DivisionCode;
import io.github.shiyu.governance.core.grid.GridCode;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The key of a report row: the values of the report's dimensions and its period; the
 * dimensions a report does not group by are empty (as are a case's missing grid or
 * department in a report that groups by them). Immutable; the {@code with...} methods return
 * copies. Slices are ordered dimension by dimension, an empty value first.
 *
 * <pre>{@code
 * Slice s = Slice.all().withDivision(DivisionCode.parse("150502"))
 *     .withPeriod(Period.parse("2022-03"));
 * report.row(s);   // Optional[ReportRow...]
 * s.grid();        // Optional.empty
 * }</pre>
 */
public final class Slice implements Comparable<Slice> {

  private static final Slice ALL = new Slice(null, null, null, null, null, null);

  private static final Comparator<Slice> ORDER = Comparator
      .comparing((Slice s) -> s.division, absentFirst())
      .thenComparing(s -> s.grid, absentFirst())
      .thenComparing(s -> s.category, absentFirst())
      .thenComparing(s -> s.department, absentFirst())
      .thenComparing(s -> s.type, absentFirst())
      .thenComparing(s -> s.period, absentFirst());

  private final DivisionCode division;
  private final GridCode grid;
  private final String category;
  private final String department;
  private final CaseType type;
  private final Period period;

  private Slice(DivisionCode division, GridCode grid, String category, String department,
      CaseType type, Period period) {
    this.division = division;
    this.grid = grid;
    this.category = category;
    this.department = department;
    this.type = type;
    this.period = period;
  }

  private static <T extends Comparable<? super T>> Comparator<T> absentFirst() {
    return Comparator.nullsFirst(Comparator.naturalOrder());
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
    return new Slice(Objects.requireNonNull(value, "division"), grid, category, department,
        type, period);
  }

  /**
   * This slice with a grid.
   *
   * @param value the grid
   * @return the new slice
   */
  public Slice withGrid(GridCode value) {
    return new Slice(division, Objects.requireNonNull(value, "grid"), category, department,
        type, period);
  }

  /**
   * This slice with a category.
   *
   * @param value the category code
   * @return the new slice
   */
  public Slice withCategory(String value) {
    return new Slice(division, grid, Objects.requireNonNull(value, "category"), department,
        type, period);
  }

  /**
   * This slice with a department.
   *
   * @param value the department id
   * @return the new slice
   */
  public Slice withDepartment(String value) {
    return new Slice(division, grid, category, Objects.requireNonNull(value, "department"),
        type, period);
  }

  /**
   * This slice with a case type.
   *
   * @param value the type
   * @return the new slice
   */
  public Slice withType(CaseType value) {
    return new Slice(division, grid, category, department,
        Objects.requireNonNull(value, "type"), period);
  }

  /**
   * This slice with a period.
   *
   * @param value the period
   * @return the new slice
   */
  public Slice withPeriod(Period value) {
    return new Slice(division, grid, category, department, type,
        Objects.requireNonNull(value, "period"));
  }

  /**
   * This slice without a period: the key of the same row over the whole window.
   *
   * @return the new slice
   */
  public Slice withoutPeriod() {
    return new Slice(division, grid, category, department, type, null);
  }

  /**
   * The division.
   *
   * @return the division, empty if not grouped by division
   */
  public Optional<DivisionCode> division() {
    return Optional.ofNullable(division);
  }

  /**
   * The grid.
   *
   * @return the grid, empty if not grouped by grid or for cases without one
   */
  public Optional<GridCode> grid() {
    return Optional.ofNullable(grid);
  }

  /**
   * The category code.
   *
   * @return the code, empty if not grouped by category
   */
  public Optional<String> category() {
    return Optional.ofNullable(category);
  }

  /**
   * The department id.
   *
   * @return the id, empty if not grouped by department or for cases without one
   */
  public Optional<String> department() {
    return Optional.ofNullable(department);
  }

  /**
   * The case type.
   *
   * @return the type, empty if not grouped by type
   */
  public Optional<CaseType> type() {
    return Optional.ofNullable(type);
  }

  /**
   * The period.
   *
   * @return the period, empty for a report over one window
   */
  public Optional<Period> period() {
    return Optional.ofNullable(period);
  }

  @Override
  public int compareTo(Slice o) {
    return ORDER.compare(this, o);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Slice s && Objects.equals(division, s.division)
        && Objects.equals(grid, s.grid) && Objects.equals(category, s.category)
        && Objects.equals(department, s.department) && type == s.type
        && Objects.equals(period, s.period);
  }

  @Override
  public int hashCode() {
    return Objects.hash(division, grid, category, department, type, period);
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("Slice[");
    append(b, "division", division, Object::toString);
    append(b, "grid", grid, Object::toString);
    append(b, "category", category, Function.identity());
    append(b, "department", department, Function.identity());
    append(b, "type", type, Object::toString);
    append(b, "period", period, Object::toString);
    if (b.charAt(b.length() - 1) == ' ') {
      b.setLength(b.length() - 1);
    }
    return b.append(']').toString();
  }

  private static <T> void append(StringBuilder b, String name, T value,
      Function<T, String> text) {
    if (value != null) {
      b.append(name).append('=').append(text.apply(value)).append(' ');
    }
  }
}
