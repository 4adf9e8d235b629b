package io.github.shiyu.governance.grid;

import io.github.shiyu.governance.core.InvalidValueException;
import java.util.Objects;

/**
 * Where a boundary file keeps each unit's key and name, and which level it holds.
 *
 * <p>By default the key is {@code properties.code}, falling back to the feature's {@code id},
 * the name is {@code properties.name} and the level is inferred from the key's digits. Vendors
 * use other names ({@code adcode} in AMap/DataV files): name the property.
 *
 * <pre>{@code
 * BoundarySchema.inferred();                                      // code / id, name
 * BoundarySchema.idProperty("adcode");                            // DataV, AMap
 * BoundarySchema.idProperty("wgbm").atLevel(BoundaryLevel.SUB_GRID).nameProperty("mc");
 * }</pre>
 */
public final class BoundarySchema {

  private final String idProperty;
  private final String nameProperty;
  private final BoundaryLevel level;
  private final boolean levelDeclared;

  private BoundarySchema(String idProperty, String nameProperty, BoundaryLevel level, boolean levelDeclared) {
    this.idProperty = checked(idProperty);
    this.nameProperty = checked(nameProperty);
    this.level = Objects.requireNonNull(level, "level");
    this.levelDeclared = levelDeclared;
  }

  private static String checked(String property) {
    Objects.requireNonNull(property, "property");
    if (property.isBlank()) {
      throw new InvalidValueException(LayerErrors.BLANK, "property name");
    }
    return property;
  }

  /**
   * Key in {@code code} (or the feature id), name in {@code name}, level inferred.
   *
   * @return the schema
   */
  public static BoundarySchema inferred() {
    return new BoundarySchema("code", "name", BoundaryLevel.SUB_GRID, false);
  }

  /**
   * Key in the named property (or the feature id), name in {@code name}, level inferred.
   *
   * @param property the property holding the key
   * @return the schema
   */
  public static BoundarySchema idProperty(String property) {
    return new BoundarySchema(property, "name", BoundaryLevel.SUB_GRID, false);
  }

  /**
   * The same schema with the level declared: every key must have its form.
   *
   * @param declared the level
   * @return the schema
   */
  public BoundarySchema atLevel(BoundaryLevel declared) {
    return new BoundarySchema(idProperty, nameProperty, declared, true);
  }

  /**
   * The same schema with the name in another property.
   *
   * @param property the property holding the name
   * @return the schema
   */
  public BoundarySchema nameProperty(String property) {
    return new BoundarySchema(idProperty, property, level, levelDeclared);
  }

  /**
   * The property holding the key.
   *
   * @return the property name
   */
  public String idProperty() {
    return idProperty;
  }

  /**
   * The property holding the name.
   *
   * @return the property name
   */
  public String nameProperty() {
    return nameProperty;
  }

  /**
   * Whether the level is declared rather than inferred.
   *
   * @return {@code true} if declared
   */
  public boolean isLevelDeclared() {
    return levelDeclared;
  }

  /**
   * The declared level; meaningful only when {@link #isLevelDeclared()}.
   *
   * @return the level
   */
  public BoundaryLevel level() {
    return level;
  }

  @Override
  public String toString() {
    return "BoundarySchema[id=" + idProperty + ", name=" + nameProperty + ", level="
        + (levelDeclared ? level : "inferred") + "]";
  }
}
