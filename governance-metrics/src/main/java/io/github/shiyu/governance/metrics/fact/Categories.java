package io.github.shiyu.governance.metrics.fact;

import io.github.shiyu.governance.core.category.CaseCategory;
import io.github.shiyu.governance.core.category.CategoryTaxonomy;

/**
 * The category of a code that arrives without names (a case-fact row, a registration): the
 * standard taxonomy's, or, for a code it does not know, a category named by its code. The
 * metrics count and write categories by code only.
 */
final class Categories {

  private static final CategoryTaxonomy STANDARD = CategoryTaxonomy.standard();

  private Categories() {
  }

  /**
   * The category of a code.
   *
   * @param code a dotted lower-case code
   * @return the standard category, or one named by its code
   * @throws io.github.shiyu.governance.core.InvalidValueException {@code category.code} for a
   *     malformed code
   */
  static CaseCategory of(String code) {
    return STANDARD.find(code).orElseGet(() -> CaseCategory.of(code, code, code));
  }
}
