package io.github.shiyu.governance.core.grid;

import io.github.shiyu.governance.core.InvalidValueException;

/**
 * A textual form of grid codes, for reading and writing the codes of other systems.
 *
 * <p>Two forms ship: {@link #standard()}, the 15-digit canonical form of {@link GridCode}
 * (also Beijing's DB11/T 2157 unit-grid code), and {@link #professional(String)}, the
 * 20-digit professional grid code of CJ/T 349-2010 (数字社区管理与服务 网格划分与编码规则):
 * a 6-digit managed-object code (管理或服务对象代码, CJ/T 348), the 6-digit county code, 3
 * street digits, 3 community digits and a 2-digit grid sequence. A vendor with another
 * form implements this interface; implementations must be immutable and thread-safe, and
 * {@code parse(format(g))} must equal {@code g} for every code the form can express.
 *
 * <pre>{@code
 * GridCodeScheme sanitation = GridCodeScheme.professional("010100");
 * GridCode grid = sanitation.parse("01010011010100100107");
 * grid.value();                                // "110101001001007"
 * sanitation.format(grid);                     // "01010011010100100107"
 * GridCodeScheme.standard().format(grid);      // "110101001001007"
 * }</pre>
 */
public interface GridCodeScheme {

  /**
   * The form's short name, such as {@code standard} or {@code cjt349:010100}.
   *
   * @return the name
   */
  String name();

  /**
   * How many characters a code has in this form.
   *
   * @return the length
   */
  int length();

  /**
   * Reads a code of this form.
   *
   * @param text the code
   * @return the grid code
   * @throws InvalidValueException if the text breaks a rule of the form
   */
  GridCode parse(CharSequence text);

  /**
   * Writes a grid code in this form.
   *
   * @param grid the grid code
   * @return the text
   * @throws InvalidValueException if the form cannot express the code (a sequence number
   *     beyond its digits)
   */
  String format(GridCode grid);

  /**
   * Whether the text is a valid code of this form.
   *
   * @param text candidate text
   * @return {@code true} if {@link #parse(CharSequence)} would succeed
   */
  default boolean accepts(CharSequence text) {
    try {
      parse(text);
      return true;
    } catch (InvalidValueException e) {
      return false;
    }
  }

  /**
   * The canonical 15-digit form: community code and 3-digit sequence.
   *
   * @return the form of {@link GridCode#parse(CharSequence)} and {@link GridCode#value()}
   */
  static GridCodeScheme standard() {
    return StandardScheme.INSTANCE;
  }

  /**
   * The 20-digit CJ/T 349 professional grid form for one managed or served object (a
   * major class such as {@code 010000}, whose last two digits are zero, or a minor class).
   * The sequence has two digits, so it holds grids 1 to 99; the sequence {@code 00}, which
   * CJ/T 349 uses for a community that is not subdivided, names the community rather than
   * a grid and is rejected.
   *
   * @param managedObject the 6-digit managed-object code every code of this form starts with
   * @return the form
   * @throws InvalidValueException {@link GridErrors#MANAGED_OBJECT} if it is not 6 digits
   */
  static GridCodeScheme professional(String managedObject) {
    return new ProfessionalScheme(managedObject);
  }
}
