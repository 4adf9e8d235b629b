package io.github.shiyu.governance.core.division;

import io.github.shiyu.governance.core.InvalidValueException;
import java.util.Objects;
import java.util.Set;

/**
 * An administrative division (行政区划) as one row of a code table: its code, its name and
 * its level (always the level of the code).
 *
 * <pre>{@code
 * Division xiantao = Division.of(DivisionCode.parse("429004"), "仙桃市");
 * xiantao.level();           // COUNTY
 * xiantao.isPlaceholder();   // false
 * }</pre>
 *
 * @param code  the 12-digit code
 * @param name  the name as the table gives it, such as {@code 仙桃市}
 * @param level the level, equal to {@code code.level()}
 */
public record Division(DivisionCode code, String name, DivisionLevel level) {

  /*
   * City-level rows that exist only to keep the code structure: the 市辖区 of the four
   * municipalities, Chongqing's 县, and the 省直辖县级行政区划 of Henan, Hubei, Hainan and
   * Xinjiang.
   */
  private static final Set<String> PLACEHOLDER_NAMES =
      Set.of("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划");

  /**
   * Checks the row.
   *
   * @throws InvalidValueException {@link DivisionErrors#NAME} for a blank name,
   *     {@link DivisionErrors#LEVEL_MISMATCH} if the level differs from the code's
   */
  public Division {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(level, "level");
    name = name.strip();
    if (name.isEmpty()) {
      throw new InvalidValueException(DivisionErrors.NAME, code);
    }
    if (level != code.level()) {
      throw new InvalidValueException(DivisionErrors.LEVEL_MISMATCH, code, level, code.level());
    }
  }

  /**
   * A division at its code's level.
   *
   * @param code the code
   * @param name the name
   * @return the division
   */
  public static Division of(DivisionCode code, String name) {
    return new Division(code, name, code.level());
  }

  /**
   * Whether this is a placeholder level that statistical tables keep only for the code
   * structure: a city-level {@code 市辖区} or {@code 县} in a municipality, or a
   * {@code 省直辖县级行政区划}. Directories skip placeholders when they answer the real parent.
   *
   * @return {@code true} for a placeholder
   */
  public boolean isPlaceholder() {
    return level == DivisionLevel.CITY && PLACEHOLDER_NAMES.contains(name);
  }
}
