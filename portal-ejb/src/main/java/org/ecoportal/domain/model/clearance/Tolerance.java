package org.ecoportal.domain.model.clearance;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;

/**
 * How far a declared amount may stray from the certificate's: a percentage of the certificate's
 * amount, an absolute amount, or both, in which case the larger allowance applies. A difference
 * exactly at the allowance is within it.
 */
public record Tolerance(BigDecimal percent, BigDecimal absolute) {

  public static final Tolerance NONE = new Tolerance(BigDecimal.ZERO, BigDecimal.ZERO);

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  public Tolerance {
    Objects.requireNonNull(percent, "percent");
    Objects.requireNonNull(absolute, "absolute");
    if (percent.signum() < 0 || absolute.signum() < 0) {
      throw new IllegalArgumentException("A tolerance is never negative");
    }
  }

  public static Tolerance percent(String percent) {
    return new Tolerance(new BigDecimal(percent), BigDecimal.ZERO);
  }

  public Tolerance withPercent(BigDecimal value) {
    return new Tolerance(value, absolute);
  }

  public Tolerance withAbsolute(BigDecimal value) {
    return new Tolerance(percent, value);
  }

  /** The largest difference allowed from {@code expected}. */
  public BigDecimal allowance(BigDecimal expected) {
    BigDecimal share = expected.abs().multiply(percent).divide(HUNDRED, MathContext.DECIMAL64);
    return share.max(absolute);
  }

  /** Whether {@code found} is within the allowance either side of {@code expected}. */
  public boolean accepts(BigDecimal expected, BigDecimal found) {
    return found.subtract(expected).abs().compareTo(allowance(expected)) <= 0;
  }

  /** Whether {@code found} stays below {@code expected} plus the allowance (less is always fine). */
  public boolean acceptsAtMost(BigDecimal expected, BigDecimal found) {
    return found.subtract(expected).compareTo(allowance(expected)) <= 0;
  }

  /** The tolerance as people read it, e.g. {@code 5%}, {@code 2}, {@code 5% or 2}. */
  @Override
  public String toString() {
    String percentText = percent.stripTrailingZeros().toPlainString() + "%";
    if (absolute.signum() == 0) {
      return percentText;
    }
    String absoluteText = absolute.stripTrailingZeros().toPlainString();
    return percent.signum() == 0 ? absoluteText : percentText + " or " + absoluteText;
  }
}
