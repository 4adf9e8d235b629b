package io.github.shiyu.governance.metrics;

import io.github.shiyu.governance.core.InvalidValueException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * An immutable set of counts, one per {@link Measure}; measures not given are zero.
 *
 * <p>Counts are what a metric is evaluated on: the cells of a report, or raw figures from a
 * published report.
 *
 * <pre>{@code
 * Counts suzhou = Counts.of(Measure.ACCEPTED, 141, Measure.CONCLUDED, 130, Measure.RESOLVED, 115);
 * suzhou.get(Measure.CONCLUDED);   // 130
 * suzhou.plus(suzhou).get(Measure.RESOLVED);   // 230
 * }</pre>
 */
public final class Counts {

  private static final Measure[] MEASURES = Measure.values();
  private static final Counts ZERO = new Counts(new long[MEASURES.length]);

  private final long[] values;

  private Counts(long[] values) {
    this.values = values;
  }

  /**
   * No counts: every measure is zero.
   *
   * @return the empty counts
   */
  public static Counts zero() {
    return ZERO;
  }

  /**
   * Counts from alternating measures and values.
   *
   * @param measure the first measure
   * @param value   its count
   * @param more    further pairs: a {@link Measure} followed by a {@link Number}
   * @return the counts
   * @throws InvalidValueException if a count is negative or the pairs are malformed
   */
  public static Counts of(Measure measure, long value, Object... more) {
    long[] v = new long[MEASURES.length];
    put(v, measure, value);
    if (more.length % 2 != 0) {
      throw new InvalidValueException(MetricErrors.SPEC, "counts need measure and value pairs");
    }
    for (int i = 0; i < more.length; i += 2) {
      if (!(more[i] instanceof Measure m) || !(more[i + 1] instanceof Number n)) {
        throw new InvalidValueException(MetricErrors.SPEC,
            "counts need measure and value pairs, got " + more[i] + ", " + more[i + 1]);
      }
      put(v, m, n.longValue());
    }
    return new Counts(v);
  }

  /**
   * Counts from a map.
   *
   * @param counts measure to count
   * @return the counts
   * @throws InvalidValueException if a count is negative
   */
  public static Counts of(Map<Measure, Long> counts) {
    long[] v = new long[MEASURES.length];
    counts.forEach((m, n) -> put(v, m, n));
    return new Counts(v);
  }

  /**
   * Counts from an array indexed by {@link Measure#ordinal()}.
   *
   * @param byOrdinal one count per measure, in declaration order (shorter arrays are padded
   *                  with zeros)
   * @return the counts
   * @throws InvalidValueException if a count is negative or the array is too long
   */
  public static Counts ofOrdinals(long... byOrdinal) {
    if (byOrdinal.length > MEASURES.length) {
      throw new InvalidValueException(MetricErrors.SPEC,
          "at most " + MEASURES.length + " counts, got " + byOrdinal.length);
    }
    long[] v = java.util.Arrays.copyOf(byOrdinal, MEASURES.length);
    for (int i = 0; i < v.length; i++) {
      if (v[i] < 0) {
        throw new InvalidValueException(MetricErrors.COUNT, MEASURES[i].column(), v[i]);
      }
    }
    return new Counts(v);
  }

  private static void put(long[] v, Measure measure, long value) {
    Objects.requireNonNull(measure, "measure");
    if (value < 0) {
      throw new InvalidValueException(MetricErrors.COUNT, measure.column(), value);
    }
    v[measure.ordinal()] = value;
  }

  /**
   * The count of one measure.
   *
   * @param measure the measure
   * @return its count, zero if not given
   */
  public long get(Measure measure) {
    return values[measure.ordinal()];
  }

  /**
   * These counts with one measure replaced.
   *
   * @param measure the measure
   * @param value   its new count
   * @return new counts
   */
  public Counts with(Measure measure, long value) {
    long[] v = values.clone();
    put(v, measure, value);
    return new Counts(v);
  }

  /**
   * The sum of these counts and others, measure by measure.
   *
   * @param other the other counts
   * @return the sum
   */
  public Counts plus(Counts other) {
    long[] v = values.clone();
    for (int i = 0; i < v.length; i++) {
      v[i] = Math.addExact(v[i], other.values[i]);
    }
    return new Counts(v);
  }

  /**
   * The non-zero counts, in measure order.
   *
   * @return measure to count
   */
  public Map<Measure, Long> asMap() {
    Map<Measure, Long> map = new EnumMap<>(Measure.class);
    for (int i = 0; i < values.length; i++) {
      if (values[i] != 0) {
        map.put(MEASURES[i], values[i]);
      }
    }
    return map;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Counts c && Arrays.equals(values, c.values);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(values);
  }

  @Override
  public String toString() {
    return asMap().toString();
  }
}
