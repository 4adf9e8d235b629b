package io.github.shiyu.governance.core.category;

import io.github.shiyu.governance.core.InvalidValueException;
import io.github.shiyu.governance.core.party.MaskingPolicy;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A case category (事项类别): a node of a hierarchical taxonomy, identified by a dotted
 * lower-case code whose prefix is its parent's code ({@code dispute.labour} lies under
 * {@code dispute}).
 *
 * <pre>{@code
 * CaseCategory labour = CaseCategory.of("dispute.labour", "劳动争议纠纷", "Labour dispute");
 * labour.parentCode();   // Optional["dispute"]
 * labour.depth();        // 2
 * }</pre>
 *
 * @param code        the dotted code, such as {@code dispute.labour}
 * @param name        the Chinese name, such as {@code 劳动争议纠纷}
 * @param englishName the English name, such as {@code Labour dispute}
 */
public record CaseCategory(String code, String name, String englishName) {

  private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)*");

  /**
   * Checks the code and names.
   *
   * @param code        the dotted code, such as {@code dispute.labour}
   * @param name        the Chinese name, such as {@code 劳动争议纠纷}
   * @param englishName the English name, such as {@code Labour dispute}
   * @throws InvalidValueException {@link CategoryErrors#CODE} for a malformed code,
   *     {@link CategoryErrors#NAME} for a blank name
   */
  public CaseCategory {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(englishName, "englishName");
    if (!CODE.matcher(code).matches()) {
      // The code comes from input that may have anything in it, such as a phone number.
      throw new InvalidValueException(CategoryErrors.CODE,
          MaskingPolicy.defaults().maskNumbersIn(code));
    }
    name = name.strip();
    englishName = englishName.strip();
    if (name.isEmpty()) {
      throw new InvalidValueException(CategoryErrors.NAME, code, "Chinese");
    }
    if (englishName.isEmpty()) {
      throw new InvalidValueException(CategoryErrors.NAME, code, "English");
    }
  }

  /**
   * Creates a category.
   *
   * @param code        the dotted code
   * @param name        the Chinese name
   * @param englishName the English name
   * @return the category
   */
  public static CaseCategory of(String code, String name, String englishName) {
    return new CaseCategory(code, name, englishName);
  }

  /**
   * The parent's code: the code without its last segment.
   *
   * @return the parent code, or empty for a top-level category
   */
  public Optional<String> parentCode() {
    int dot = code.lastIndexOf('.');
    return dot < 0 ? Optional.empty() : Optional.of(code.substring(0, dot));
  }

  /**
   * How deep the category lies: 1 for a top-level category.
   *
   * @return the number of segments in the code
   */
  public int depth() {
    return (int) code.chars().filter(c -> c == '.').count() + 1;
  }

  /**
   * Whether this category is another or lies under it, judged from the codes.
   *
   * @param other the possible ancestor
   * @return {@code true} if the codes are equal or this code starts with {@code other}'s
   *     code and a dot
   */
  public boolean isWithin(CaseCategory other) {
    return code.equals(other.code) || code.startsWith(other.code + ".");
  }
}
