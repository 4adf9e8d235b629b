package io.github.shiyu.governance.metrics.report;

import io.github.shiyu.governance.core.InvalidValueException;
import io.github.shiyu.governance.core.category.CategoryTaxonomy;
import io.github.shiyu.governance.core.division.DivisionLevel;
import io.github.shiyu.governance.metrics.MetricErrors;
import java.util.Objects;
import java.util.Optional;

/**
 * What a report groups by, besides the period: division (at one level, or rolled up over
 * several), grid, category (exact, or with its parents), department or case type.
 *
 * <p>Roll-ups count a case once at every level: a village's case counts in its township,
 * county, city and province ({@code DivisionCode.ancestorAt}); a {@code dispute.labour}
 * case counts in {@code dispute.labour} and {@code dispute}. A case recorded above the
 * report's level (a county-level case in a township report) is counted under its own code:
 * it cannot be attributed lower. A case without a grid or department is counted under an
 * empty one.
 *
 * <pre>{@code
 * Dimension.division(DivisionLevel.COUNTY);                              // one row per county
 * Dimension.divisionRollUp(DivisionLevel.VILLAGE, DivisionLevel.PROVINCE);  // every level
 * Dimension.categoryWithParents(CategoryTaxonomy.standard());
 * }</pre>
 */
public final class Dimension {

  /**
   * The kinds of dimension, in the order of a report's columns.
   *
   * <pre>{@code
   * Dimension.grid().kind();   // GRID
   * }</pre>
   */
  public enum Kind {
    /** 行政区划. */
    DIVISION,
    /** 网格. */
    GRID,
    /** 事项类别. */
    CATEGORY,
    /** 职能部门. */
    DEPARTMENT,
    /** 案件类型. */
    TYPE;

    /**
     * The JSON and CSV column name.
     *
     * @return for example {@code division}
     */
    public String column() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  private final Kind kind;
  private final DivisionLevel finest;
  private final DivisionLevel coarsest;
  private final CategoryTaxonomy taxonomy;

  private Dimension(Kind kind, DivisionLevel finest, DivisionLevel coarsest,
      CategoryTaxonomy taxonomy) {
    this.kind = kind;
    this.finest = finest;
    this.coarsest = coarsest;
    this.taxonomy = taxonomy;
  }

  /**
   * Groups by division at one level.
   *
   * @param level the level of the rows
   * @return the dimension
   */
  public static Dimension division(DivisionLevel level) {
    Objects.requireNonNull(level, "level");
    return new Dimension(Kind.DIVISION, level, level, null);
  }

  /**
   * Groups by division at every level from {@code finest} up to {@code coarsest}: a case
   * counts once at each level.
   *
   * @param finest   the lowest level, such as {@code VILLAGE}
   * @param coarsest the highest level, such as {@code PROVINCE}
   * @return the dimension
   * @throws InvalidValueException {@code metrics.dimension} if {@code coarsest} is below
   *     {@code finest}
   */
  public static Dimension divisionRollUp(DivisionLevel finest, DivisionLevel coarsest) {
    if (coarsest.compareTo(finest) > 0) {
      throw new InvalidValueException(MetricErrors.DIMENSION, "division",
          coarsest + " is below " + finest);
    }
    return new Dimension(Kind.DIVISION, finest, coarsest, null);
  }

  /**
   * Groups by grid (a case without a grid counts under an empty grid).
   *
   * @return the dimension
   */
  public static Dimension grid() {
    return new Dimension(Kind.GRID, null, null, null);
  }

  /**
   * Groups by the exact category code.
   *
   * @return the dimension
   */
  public static Dimension category() {
    return new Dimension(Kind.CATEGORY, null, null, null);
  }

  /**
   * Groups by category and every ancestor of it in a taxonomy.
   *
   * @param taxonomy the taxonomy that knows the parents (a case whose category it does not
   *                 know fails the accumulation with {@code category.unknown})
   * @return the dimension
   */
  public static Dimension categoryWithParents(CategoryTaxonomy taxonomy) {
    return new Dimension(Kind.CATEGORY, null, null, Objects.requireNonNull(taxonomy));
  }

  /**
   * Groups by handling department (a case without one counts under an empty department).
   *
   * @return the dimension
   */
  public static Dimension department() {
    return new Dimension(Kind.DEPARTMENT, null, null, null);
  }

  /**
   * Groups by case type.
   *
   * @return the dimension
   */
  public static Dimension type() {
    return new Dimension(Kind.TYPE, null, null, null);
  }

  /**
   * The kind.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  /**
   * For a division dimension, the lowest level counted.
   *
   * @return the level, empty for other kinds
   */
  public Optional<DivisionLevel> finestLevel() {
    return Optional.ofNullable(finest);
  }

  /**
   * For a division dimension, the highest level counted.
   *
   * @return the level, empty for other kinds
   */
  public Optional<DivisionLevel> coarsestLevel() {
    return Optional.ofNullable(coarsest);
  }

  /**
   * For a category dimension with parents, the taxonomy.
   *
   * @return the taxonomy, empty when grouping by the exact code
   */
  public Optional<CategoryTaxonomy> taxonomy() {
    return Optional.ofNullable(taxonomy);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Dimension d && kind == d.kind && finest == d.finest
        && coarsest == d.coarsest && taxonomy == d.taxonomy;
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, finest, coarsest, System.identityHashCode(taxonomy));
  }

  @Override
  public String toString() {
    return switch (kind) {
      case DIVISION -> finest == coarsest ? "division(" + finest + ")"
          : "division(" + finest + ".." + coarsest + ")";
      case CATEGORY -> taxonomy == null ? "category" : "category(with parents)";
      default -> kind.column();
    };
  }
}
