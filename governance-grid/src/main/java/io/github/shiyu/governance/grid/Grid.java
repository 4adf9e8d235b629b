package io.github.shiyu.governance.grid;

import io.github.shiyu.governance.core.InvalidValueException;
import io.github.shiyu.governance.core.division.DivisionCode;
import io.github.shiyu.governance.core.grid.GridCode;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A grid (网格): the smallest unit of governance, an area inside one village or community.
 *
 * <p>The community is normally the one named by the code's first 12 digits; a layer read
 * from a file may disagree, which {@link LayerCheck} reports rather than this constructor
 * refusing it. Attributes are free text properties kept in key order (households, notes,
 * the vendor's own ids). Files often carry the grid worker's name and phone among them, so
 * {@link #toString()} shows the attribute keys, not their values.
 *
 * <pre>{@code
 * Grid grid = Grid.of(GridCode.parse("110101001001003"), "东四三条网格", geometry)
 *     .withKind(GridKind.DEDICATED)
 *     .withAttributes(Map.of("households", "312"));
 * grid.community();   // 110101001001
 * }</pre>
 *
 * @param code the grid code
 * @param kind basic or dedicated
 * @param community the village or community it belongs to
 * @param name the display name
 * @param geometry the area, in the layer's coordinate system
 * @param attributes free properties, sorted by key
 */
public record Grid(GridCode code, GridKind kind, DivisionCode community, String name,
    GridGeometry geometry, Map<String, String> attributes) {

  /**
   * Checks the fields.
   *
   * @throws InvalidValueException {@link LayerErrors#BLANK} for a blank name
   */
  public Grid {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(community, "community");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(geometry, "geometry");
    if (name.isBlank()) {
      throw new InvalidValueException(LayerErrors.BLANK, "grid name of " + code);
    }
    attributes = Collections.unmodifiableMap(new TreeMap<>(attributes));
  }

  /**
   * A basic grid of the community its code names, without attributes.
   *
   * @param code the grid code
   * @param name the display name
   * @param geometry the area
   * @return the grid
   */
  public static Grid of(GridCode code, String name, GridGeometry geometry) {
    return new Grid(code, GridKind.BASIC, code.community(), name, geometry, Map.of());
  }

  /**
   * The same grid of another kind.
   *
   * @param newKind the kind
   * @return the grid
   */
  public Grid withKind(GridKind newKind) {
    return new Grid(code, newKind, community, name, geometry, attributes);
  }

  /**
   * The same grid declared in another community (as a file may say).
   *
   * @param newCommunity the community
   * @return the grid
   */
  public Grid withCommunity(DivisionCode newCommunity) {
    return new Grid(code, kind, newCommunity, name, geometry, attributes);
  }

  /**
   * The same grid with other attributes.
   *
   * @param newAttributes the attributes
   * @return the grid
   */
  public Grid withAttributes(Map<String, String> newAttributes) {
    return new Grid(code, kind, community, name, geometry, newAttributes);
  }

  /**
   * The same grid with another area.
   *
   * @param newGeometry the area
   * @return the grid
   */
  public Grid withGeometry(GridGeometry newGeometry) {
    return new Grid(code, kind, community, name, newGeometry, attributes);
  }

  @Override
  public String toString() {
    return "Grid[code=" + code + ", kind=" + kind + ", community=" + community + ", name=" + name
        + ", geometry=" + geometry + ", attributes=" + attributes.keySet() + "]";
  }
}
