package io.github.shiyu.governance.grid;

/**
 * The two kinds of grid.
 *
 * <pre>{@code
 * GridKind.valueOf("DEDICATED");   // a school, market or industrial park
 * }</pre>
 */
public enum GridKind {
  /** 基础网格: a residential grid, typically 200–500 households. */
  BASIC,
  /** 专属网格: a grid for one school, market, hospital, industrial park or similar. */
  DEDICATED
}
