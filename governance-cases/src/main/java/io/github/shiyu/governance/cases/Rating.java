package io.github.shiyu.governance.cases;

/**
 * The citizen's rating of a handled case (群众评单).
 *
 * <pre>{@code
 * Command.of("rate", citizen).withRating(Rating.DISSATISFIED);   // reopens a work order
 * }</pre>
 */
public enum Rating {
  /** 满意. */
  SATISFIED,
  /** 基本满意: counted as satisfied by the default satisfaction rate. */
  BASICALLY_SATISFIED,
  /** 不满意: reopens a work order (重办). */
  DISSATISFIED
}
