package io.github.shiyu.governance.core.category;

import io.github.shiyu.governance.core.ErrorCode;

/**
 * The error codes of case categories and taxonomies, with English and Chinese templates.
 *
 * <pre>{@code
 * try {
 *   CategoryTaxonomy.standard().require("dispute.weather");
 * } catch (MissingDataException e) {
 *   e.code() == CategoryErrors.UNKNOWN;   // true
 * }
 * }</pre>
 */
public final class CategoryErrors {

  /** {@code category.unknown}: the taxonomy has no category with this code. */
  public static final ErrorCode UNKNOWN = ErrorCode.of("category.unknown",
      "no case category {0}", "没有事项类别{0}");

  /** {@code category.code}: a code is not a dotted path of lower-case words. */
  public static final ErrorCode CODE = ErrorCode.of("category.code",
      "category code must be dot-separated lower-case words such as dispute.labour, got '{0}'",
      "类别代码应为以点分隔的小写单词（如dispute.labour），实际为“{0}”");

  /** {@code category.name}: a name is blank. */
  public static final ErrorCode NAME = ErrorCode.of("category.name",
      "the {1} name of category {0} is blank", "类别{0}的{1}名称为空");

  /** {@code category.parent}: a category is added whose parent is unknown. */
  public static final ErrorCode PARENT = ErrorCode.of("category.parent",
      "category {0} needs its parent {1} in the taxonomy first",
      "类别{0}的上级{1}不在分类中");

  /** {@code category.duplicate}: a code is added twice. */
  public static final ErrorCode DUPLICATE = ErrorCode.of("category.duplicate",
      "category {0} is already in the taxonomy", "类别{0}已存在");

  private CategoryErrors() {
  }
}
