package io.github.shiyu.governance.core.grid;

/** The 15-digit canonical form. */
final class StandardScheme implements GridCodeScheme {

  static final StandardScheme INSTANCE = new StandardScheme();

  private StandardScheme() {
  }

  @Override
  public String name() {
    return "standard";
  }

  @Override
  public int length() {
    return 15;
  }

  @Override
  public GridCode parse(CharSequence text) {
    return GridCode.parse(text);
  }

  @Override
  public String format(GridCode grid) {
    return grid.value();
  }

  @Override
  public String toString() {
    return name();
  }
}
