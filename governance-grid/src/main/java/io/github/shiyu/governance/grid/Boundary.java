package io.github.shiyu.governance.grid;

import io.github.shiyu.governance.core.InvalidValueException;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One unit of a boundary layer: a county, township, village or community, grid or sub-grid
 * with its area.
 *
 * <p>The key is normalised to the significant digits of its level: {@code 420602} for a
 * county (the 12-digit {@code 420602000000} is accepted), {@code 420602001} for a township,
 * 12 digits for a village, 15 for a grid; below the grid any text. A unit's key lies under its
 * parent's when the parent's key is a prefix of it.
 *
 * <pre>{@code
 * Boundary fancheng = Boundary.of("420606", "樊城区", geometry);
 * fancheng.level();   // COUNTY
 * Boundary.of("420606001", "汉江街道", other).isUnder(fancheng);   // true
 * Boundary.of(BoundaryLevel.SUB_GRID, "屋场-17", "红色屋场17", small);
 * }</pre>
 *
 * @param level the level
 * @param key the normalised key
 * @param name the display name (may be blank: many files have none)
 * @param geometry the area, in the layer's coordinate system
 * @param attributes the other properties, sorted by key
 */
public record Boundary(BoundaryLevel level, String key, String name, GridGeometry geometry,
    Map<String, String> attributes) {

  /**
   * Checks and normalises the key against the level.
   *
   * @throws InvalidValueException {@link LayerErrors#BOUNDARY_KEY} if the key is not of the
   *     level, or a division/grid code error for a malformed code
   */
  public Boundary {
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(geometry, "geometry");
    key = BoundaryKeys.normalise(key, level).key();
    attributes = Collections.unmodifiableMap(new TreeMap<>(attributes));
  }

  /**
   * A unit whose level is inferred from its key (division or grid code).
   *
   * @param key a 6-, 9- or 12-digit division code or 15-digit grid code
   * @param name the display name
   * @param geometry the area
   * @return the unit
   */
  public static Boundary of(String key, String name, GridGeometry geometry) {
    return new Boundary(BoundaryLevel.infer(key), key, name, geometry, Map.of());
  }

  /**
   * A unit of a declared level.
   *
   * @param level the level
   * @param key the key, of that level's form
   * @param name the display name
   * @param geometry the area
   * @return the unit
   */
  public static Boundary of(BoundaryLevel level, String key, String name, GridGeometry geometry) {
    return new Boundary(level, key, name, geometry, Map.of());
  }

  /**
   * Whether this unit lies under another by their codes: a larger level whose key is a prefix
   * of this key. A sub-grid's key names no parent, so for it only the level is compared.
   *
   * @param parent the candidate parent
   * @return {@code true} if the codes nest
   */
  public boolean isUnder(Boundary parent) {
    return parent.level.isAbove(level)
        && BoundaryKeys.codeUnder(key, level, parent.key, parent.level);
  }

  @Override
  public String toString() {
    return "Boundary[" + level + " " + key + " " + name + ", " + geometry + ", attributes="
        + attributes.keySet() + "]";
  }
}
