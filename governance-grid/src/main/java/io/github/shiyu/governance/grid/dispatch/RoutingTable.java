package io.github.shiyu.governance.grid.dispatch;

import io.github.shiyu.governance.core.InvalidValueException;
import io.github.shiyu.governance.core.category.CaseCategory;
import io.github.shiyu.governance.core.category.CategoryTaxonomy;
import io.github.shiyu.governance.core.division.DivisionLevel;
import io.github.shiyu.governance.core.org.Department;
import io.github.shiyu.governance.grid.LayerErrors;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Which departments handle a case category at a division level (派单规则): data a vendor
 * supplies or edits, checked at {@link Builder#build()}.
 *
 * <p>Each row names a category code, a division level and the departments responsible at
 * that level. A row may list the departments of many divisions (every township's judicial
 * office); at dispatch only those whose division covers the case's place are eligible. A
 * category without a row of its own falls back to its parent's row
 * ({@code dispute.labour} to {@code dispute}); when no row names an eligible department, the
 * township owns the case (see {@link Dispatcher}).
 *
 * <pre>{@code
 * RoutingTable table = RoutingTable.builder(CategoryTaxonomy.standard())
 *     .route("dispute", DivisionLevel.TOWNSHIP, judicialOffice)
 *     .route("dispute.labour", DivisionLevel.COUNTY, labourBureau)
 *     .build();
 * table.find(taxonomy.require("dispute.labour"), DivisionLevel.TOWNSHIP);   // the "dispute" row
 * }</pre>
 */
public final class RoutingTable {

  private final CategoryTaxonomy taxonomy;
  private final List<Row> rows;
  private final Map<Key, Row> byKey;

  /** A row's place in the table: the category and the division level. */
  private record Key(CaseCategory category, DivisionLevel level) {}

  private RoutingTable(CategoryTaxonomy taxonomy, List<Row> rows) {
    this.taxonomy = taxonomy;
    this.rows = List.copyOf(rows);
    Map<Key, Row> map = new HashMap<>();
    for (Row row : this.rows) {
      map.put(new Key(row.category(), row.level()), row);
    }
    this.byKey = map;
  }

  /**
   * A builder over a taxonomy (category codes are checked against it).
   *
   * @param taxonomy the categories the table may name
   * @return the builder
   */
  public static Builder builder(CategoryTaxonomy taxonomy) {
    return new Builder(taxonomy);
  }

  /**
   * The taxonomy the table was checked against.
   *
   * @return the taxonomy
   */
  public CategoryTaxonomy taxonomy() {
    return taxonomy;
  }

  /**
   * The rows, numbered from 1 in the order added.
   *
   * @return the rows
   */
  public List<Row> rows() {
    return rows;
  }

  /**
   * The row for a category at a level, falling back to the nearest ancestor category.
   *
   * @param category the case's category
   * @param level the division level
   * @return the row, or empty if neither the category nor an ancestor has one
   * @throws io.github.shiyu.governance.core.MissingDataException {@code category.unknown}
   *     for a category the table's taxonomy lacks
   */
  public Optional<Row> find(CaseCategory category, DivisionLevel level) {
    for (CaseCategory c : taxonomy.lineage(taxonomy.require(category.code()))) {
      Row row = byKey.get(new Key(c, level));
      if (row != null) {
        return Optional.of(row);
      }
    }
    return Optional.empty();
  }

  /** The category itself, then its ancestors, nearest first. */
  List<CaseCategory> lineage(CaseCategory category) {
    return taxonomy.lineage(category);
  }

  /** The row for exactly this category (of the taxonomy) and level. */
  Optional<Row> exact(CaseCategory category, DivisionLevel level) {
    return Optional.ofNullable(byKey.get(new Key(category, level)));
  }

  /**
   * One row of the table.
   *
   * <pre>{@code
   * Row row = table.rows().get(0);
   * row.number();        // 1
   * row.departments();   // in the order given
   * }</pre>
   *
   * @param number position from 1, as the vendor wrote the table
   * @param category the category (of the table's taxonomy)
   * @param level the division level
   * @param departments the departments, in the order given (the stable order for ties)
   */
  public record Row(int number, CaseCategory category, DivisionLevel level, List<Department> departments) {

    /** Copies the list. */
    public Row {
      Objects.requireNonNull(category, "category");
      Objects.requireNonNull(level, "level");
      departments = List.copyOf(departments);
    }

    @Override
    public String toString() {
      return "row " + number + " (" + category.code() + " at " + level + ": "
          + departments.stream().map(Department::id).toList() + ")";
    }
  }

  /**
   * Builds a routing table.
   *
   * <pre>{@code
   * RoutingTable.builder(CategoryTaxonomy.standard())
   *     .route("hotline.complaint", DivisionLevel.COUNTY, bureau).build();
   * }</pre>
   */
  public static final class Builder {
    private final CategoryTaxonomy taxonomy;
    private final List<Entry> entries = new ArrayList<>();

    /** A row as written, its category code not yet checked. */
    private record Entry(int number, String category, DivisionLevel level, List<Department> departments) {}

    private Builder(CategoryTaxonomy taxonomy) {
      this.taxonomy = Objects.requireNonNull(taxonomy, "taxonomy");
    }

    /**
     * Adds a row.
     *
     * @param category a category code of the taxonomy
     * @param level the division level the departments work at
     * @param departments one or more departments of that level
     * @return this builder
     */
    public Builder route(String category, DivisionLevel level, Department... departments) {
      entries.add(new Entry(entries.size() + 1, Objects.requireNonNull(category, "category"),
          Objects.requireNonNull(level, "level"), List.of(departments)));
      return this;
    }

    /**
     * Checks every row and builds the table.
     *
     * @return the table
     * @throws InvalidValueException {@link DispatchErrors#ROUTING} for an unknown category, a
     *     row without departments, a department of another level or a repeated
     *     category and level, naming every bad row
     */
    public RoutingTable build() {
      List<String> errors = new ArrayList<>();
      Map<Key, Integer> seen = new HashMap<>();
      List<Row> rows = new ArrayList<>();
      for (Entry row : entries) {
        Optional<CaseCategory> category = taxonomy.find(row.category());
        if (category.isEmpty()) {
          errors.add(row.number() + ": unknown category " + row.category());
        }
        if (row.departments().isEmpty()) {
          errors.add(row.number() + ": no department");
        }
        for (Department d : row.departments()) {
          if (d.division().level() != row.level()) {
            errors.add(row.number() + ": department " + d.id() + " is at " + d.division().level()
                + " level, the row is for " + row.level());
          }
        }
        if (category.isPresent()) {
          Integer earlier = seen.put(new Key(category.get(), row.level()), row.number());
          if (earlier != null) {
            errors.add(row.number() + ": repeats row " + earlier + " (" + row.category() + " at " + row.level() + ")");
          }
          rows.add(new Row(row.number(), category.get(), row.level(), row.departments()));
        }
      }
      if (!errors.isEmpty()) {
        throw new InvalidValueException(DispatchErrors.ROUTING, "rows " + String.join("; ", errors));
      }
      return new RoutingTable(taxonomy, rows);
    }
  }
}
