package io.github.shiyu.governance.metrics;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A relative change as published: (this − last) / last, for year-on-year (同比) and
 * period-over-period (环比) comparisons. Kept as an exact fraction, rounded half-up only
 * when shown; undefined when last is zero.
 *
 * <pre>{@code
 * Change.of(43_320, 55_861).percent(2);   // Optional[-22.45]  (Tongliao lawsuits, 2022)
 * Change.ofRatios(2, 10, 0, 10);          // undefined: last period's rate was 0
 * }</pre>
 */
public final class Change {

  private static final Change UNDEFINED = new Change(BigInteger.ZERO, BigInteger.ZERO);

  // numerator / denominator with denominator > 0, or 0/0 for undefined
  private final BigInteger numerator;
  private final BigInteger denominator;

  private Change(BigInteger numerator, BigInteger denominator) {
    this.numerator = numerator;
    this.denominator = denominator;
  }

  /**
   * The change between two counts.
   *
   * @param current  this period's count
   * @param previous the comparison period's count
   * @return the change, undefined if {@code previous} is 0
   */
  public static Change of(long current, long previous) {
    if (previous == 0) {
      return UNDEFINED;
    }
    BigInteger prev = BigInteger.valueOf(previous);
    BigInteger diff = BigInteger.valueOf(current).subtract(prev);
    return prev.signum() < 0 ? new Change(diff.negate(), prev.negate()) : new Change(diff, prev);
  }

  /**
   * The change between two rates n1/d1 (this period) and n2/d2 (comparison), computed on the
   * exact fractions, not on rounded values.
   *
   * @param n1 this period's numerator
   * @param d1 this period's denominator
   * @param n2 the comparison period's numerator
   * @param d2 the comparison period's denominator
   * @return the change, undefined if either rate is undefined or the comparison rate is 0
   */
  public static Change ofRatios(long n1, long d1, long n2, long d2) {
    if (d1 == 0 || d2 == 0 || n2 == 0) {
      return UNDEFINED;
    }
    // (n1/d1 - n2/d2) / (n2/d2) = (n1*d2 - n2*d1) / (n2*d1)
    BigInteger num = BigInteger.valueOf(n1).multiply(BigInteger.valueOf(d2))
        .subtract(BigInteger.valueOf(n2).multiply(BigInteger.valueOf(d1)));
    BigInteger den = BigInteger.valueOf(n2).multiply(BigInteger.valueOf(d1));
    return den.signum() < 0 ? new Change(num.negate(), den.negate()) : new Change(num, den);
  }

  /**
   * The change between two metric values, on their raw numerators and denominators.
   *
   * @param current  this period's value
   * @param previous the comparison period's value
   * @return the change, undefined if either value is undefined or the previous is 0
   */
  public static Change between(MetricValue current, MetricValue previous) {
    return ofRatios(current.numerator(), current.denominator(), previous.numerator(),
        previous.denominator());
  }

  /**
   * Whether the change is defined.
   *
   * @return false when the comparison value is zero or undefined
   */
  public boolean isDefined() {
    return denominator.signum() != 0;
  }

  /**
   * The change as a percentage rounded half-up: −22.45 for a 22.45% fall.
   *
   * @param digits decimals kept
   * @return the percentage, empty when undefined
   */
  public Optional<BigDecimal> percent(int digits) {
    if (!isDefined()) {
      return Optional.empty();
    }
    return Optional.of(new BigDecimal(numerator.multiply(BigInteger.valueOf(100)))
        .divide(new BigDecimal(denominator), digits, RoundingMode.HALF_UP));
  }

  /**
   * The unrounded change as a fraction: −0.2245 for a 22.45% fall.
   *
   * @return the fraction, empty when undefined
   */
  public OptionalDouble fraction() {
    return isDefined() ? OptionalDouble.of(new BigDecimal(numerator)
        .divide(new BigDecimal(denominator), java.math.MathContext.DECIMAL64).doubleValue())
        : OptionalDouble.empty();
  }

  @Override
  public boolean equals(Object o) {
    // equal as fractions: a/b == c/d  <=>  a*d == c*b (both denominators >= 0)
    return o instanceof Change c && isDefined() == c.isDefined()
        && numerator.multiply(c.denominator).equals(c.numerator.multiply(denominator));
  }

  @Override
  public int hashCode() {
    if (!isDefined()) {
      return 0;
    }
    BigInteger g = numerator.gcd(denominator);
    return numerator.divide(g).hashCode() * 31 + denominator.divide(g).hashCode();
  }

  @Override
  public String toString() {
    return percent(2).map(p -> (p.signum() > 0 ? "+" : "") + p.toPlainString() + "%")
        .orElse(MetricValue.UNDEFINED);
  }
}
