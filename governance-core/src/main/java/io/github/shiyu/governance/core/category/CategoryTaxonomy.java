package io.github.shiyu.governance.core.category;

import io.github.shiyu.governance.core.InvalidValueException;
import io.github.shiyu.governance.core.MissingDataException;
import io.github.shiyu.governance.core.party.MaskingPolicy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * An immutable, extensible tree of {@link CaseCategory case categories}.
 *
 * <p>{@link #standard()} holds the 15 dispute categories of people's-mediation statistics
 * under {@code dispute}, the five 12345 hotline request kinds under {@code hotline}, and the
 * major event and component classes of digital city management (GB/T 30428, formerly
 * CJ/T 214) under {@code citymgmt.event} and {@code citymgmt.component}. A vendor adds its
 * own second-level types with {@link #with(CaseCategory...)} without forking the standard.
 *
 * <pre>{@code
 * CategoryTaxonomy taxonomy = CategoryTaxonomy.standard()
 *     .with(CaseCategory.of("dispute.labour.wage_arrears", "拖欠工资", "Wage arrears"));
 * CaseCategory wages = taxonomy.require("dispute.labour.wage_arrears");
 * taxonomy.ancestors(wages);   // [dispute.labour, dispute]
 * }</pre>
 */
public final class CategoryTaxonomy {

  private static final CategoryTaxonomy STANDARD = new CategoryTaxonomy(Map.of())
      .with(StandardCategories.all().toArray(CaseCategory[]::new));

  private final Map<String, CaseCategory> byCode;

  private CategoryTaxonomy(Map<String, CaseCategory> byCode) {
    this.byCode = byCode;
  }

  /**
   * The shipped standard taxonomy.
   *
   * @return the standard categories
   */
  public static CategoryTaxonomy standard() {
    return STANDARD;
  }

  /**
   * An empty taxonomy, for a vendor who builds its own from scratch.
   *
   * @return a taxonomy without categories
   */
  public static CategoryTaxonomy empty() {
    return new CategoryTaxonomy(Map.of());
  }

  /**
   * A taxonomy with more categories. Each category's parent must already be in this
   * taxonomy or come earlier in the arguments.
   *
   * @param added the categories to add, parents first
   * @return a new taxonomy; this one is unchanged
   * @throws InvalidValueException {@link CategoryErrors#PARENT} for a missing parent,
   *     {@link CategoryErrors#DUPLICATE} for a code already present
   */
  public CategoryTaxonomy with(CaseCategory... added) {
    Map<String, CaseCategory> next = new LinkedHashMap<>(byCode);
    for (CaseCategory category : added) {
      Objects.requireNonNull(category, "category");
      Optional<String> parent = category.parentCode();
      if (parent.isPresent() && !next.containsKey(parent.get())) {
        throw new InvalidValueException(CategoryErrors.PARENT, category.code(), parent.get());
      }
      if (next.putIfAbsent(category.code(), category) != null) {
        throw new InvalidValueException(CategoryErrors.DUPLICATE, category.code());
      }
    }
    return new CategoryTaxonomy(Collections.unmodifiableMap(next));
  }

  /**
   * Looks a category up.
   *
   * @param code the dotted code
   * @return the category, or empty if the taxonomy has none with that code
   */
  public Optional<CaseCategory> find(String code) {
    return Optional.ofNullable(byCode.get(Objects.requireNonNull(code, "code")));
  }

  /**
   * Looks a category up that must exist.
   *
   * @param code the dotted code
   * @return the category
   * @throws MissingDataException {@link CategoryErrors#UNKNOWN} if there is none
   */
  public CaseCategory require(String code) {
    // The code comes from input that may have anything in it, such as a phone number.
    return find(code).orElseThrow(() -> new MissingDataException(CategoryErrors.UNKNOWN,
        MaskingPolicy.defaults().maskNumbersIn(String.valueOf(code))));
  }

  /**
   * The parent category.
   *
   * @param category a category of this taxonomy
   * @return the parent, or empty for a top-level category
   */
  public Optional<CaseCategory> parent(CaseCategory category) {
    return category.parentCode().map(byCode::get);
  }

  /**
   * All ancestors, nearest first.
   *
   * @param category a category of this taxonomy
   * @return the parent, its parent, ... up to the top-level category; empty at the top
   */
  public List<CaseCategory> ancestors(CaseCategory category) {
    List<CaseCategory> out = new ArrayList<>();
    Optional<CaseCategory> next = parent(category);
    while (next.isPresent()) {
      out.add(next.get());
      next = parent(next.get());
    }
    return List.copyOf(out);
  }

  /**
   * The category followed by its ancestors, nearest first: the order in which a rule written
   * for a category applies before one written for its parent.
   *
   * <pre>{@code
   * taxonomy.lineage(taxonomy.require("dispute.labour"));   // [dispute.labour, dispute]
   * }</pre>
   *
   * @param category a category of this taxonomy
   * @return the category, then {@link #ancestors(CaseCategory)}
   */
  public List<CaseCategory> lineage(CaseCategory category) {
    List<CaseCategory> out = new ArrayList<>();
    out.add(category);
    out.addAll(ancestors(category));
    return List.copyOf(out);
  }

  /**
   * The direct children, in the order they were added.
   *
   * @param category a category (of this taxonomy or not)
   * @return the categories whose parent code is this category's code
   */
  public List<CaseCategory> children(CaseCategory category) {
    return byCode.values().stream()
        .filter(c -> c.parentCode().filter(category.code()::equals).isPresent())
        .toList();
  }

  /**
   * The top-level categories, in the order they were added.
   *
   * @return categories without a parent
   */
  public List<CaseCategory> roots() {
    return byCode.values().stream().filter(c -> c.parentCode().isEmpty()).toList();
  }

  /**
   * Every category, parents before children.
   *
   * @return the categories in the order they were added
   */
  public Stream<CaseCategory> stream() {
    return byCode.values().stream();
  }

  /**
   * How many categories the taxonomy holds.
   *
   * @return the count
   */
  public int size() {
    return byCode.size();
  }
}
