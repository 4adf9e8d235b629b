package io.github.shiyu.governance.spark.internal;

import io.github.shiyu.governance.metrics.report.Accumulator;
import io.github.shiyu.governance.metrics.report.ReportSpec;
import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * A partition's result as bytes: the facts counted and the rows left out, then the
 * accumulator's binary form. The empty array is the result of nothing (the zero of the
 * aggregation).
 */
public final class Partials {

  private static final int HEADER = 16;

  private Partials() {
  }

  /**
   * A partition's result.
   *
   * @param accumulator its accumulator
   * @param facts       facts counted
   * @param leftOut     rows left out
   * @return the bytes
   */
  public static byte[] of(Accumulator accumulator, long facts, long leftOut) {
    byte[] state = accumulator.toBytes();
    return ByteBuffer.allocate(HEADER + state.length).putLong(facts).putLong(leftOut)
        .put(state).array();
  }

  /**
   * Two results as one.
   *
   * @param spec the specification (an instance of this process)
   * @param a    a result
   * @param b    another
   * @return both
   */
  public static byte[] merge(ReportSpec spec, byte[] a, byte[] b) {
    if (a.length == 0) {
      return b;
    }
    if (b.length == 0) {
      return a;
    }
    Accumulator both = spec.accumulator();
    both.merge(state(a)).merge(state(b));
    return of(both, facts(a) + facts(b), leftOut(a) + leftOut(b));
  }

  /**
   * The accumulator's bytes of a result.
   *
   * @param partial a non-empty result
   * @return the accumulator's binary form
   */
  public static byte[] state(byte[] partial) {
    return Arrays.copyOfRange(partial, HEADER, partial.length);
  }

  /**
   * Facts counted.
   *
   * @param partial a result
   * @return the count
   */
  public static long facts(byte[] partial) {
    return partial.length == 0 ? 0 : ByteBuffer.wrap(partial).getLong(0);
  }

  /**
   * Rows left out.
   *
   * @param partial a result
   * @return the count
   */
  public static long leftOut(byte[] partial) {
    return partial.length == 0 ? 0 : ByteBuffer.wrap(partial).getLong(8);
  }
}
