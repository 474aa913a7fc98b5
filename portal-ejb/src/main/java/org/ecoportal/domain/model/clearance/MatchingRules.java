package org.ecoportal.domain.model.clearance;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * How declarations are matched under one trade agreement of one tenant: which rules are switched
 * off, the tolerances for quantities and weights, and how long a certificate stays valid.
 *
 * @param validityDays the last day a certificate may be declared is its issue date plus this
 * @param partialShipments whether a certificate may cover several declarations; then a declared
 *     line may be smaller than its certificate line, only not larger
 */
public record MatchingRules(
    Set<MatchRule> switchedOff, Tolerance quantityTolerance, Tolerance weightTolerance, int validityDays, boolean partialShipments) {

  /** Every rule on, 5% on quantities and weights, one year of validity, one certificate per consignment. */
  public static final MatchingRules DEFAULT = new MatchingRules(Set.of(), Tolerance.percent("5"), Tolerance.percent("5"), 365, false);

  public static final int MAX_VALIDITY_DAYS = 3650;

  public MatchingRules {
    switchedOff = Set.copyOf(switchedOff);
    Objects.requireNonNull(quantityTolerance, "quantityTolerance");
    Objects.requireNonNull(weightTolerance, "weightTolerance");
    if (switchedOff.contains(MatchRule.CERTIFICATE_EXISTS)) {
      throw new IllegalArgumentException("CERTIFICATE_EXISTS cannot be switched off: nothing can be matched without the certificate");
    }
    if (validityDays < 1 || validityDays > MAX_VALIDITY_DAYS) {
      throw new IllegalArgumentException("Validity must be 1 to " + MAX_VALIDITY_DAYS + " days, was " + validityDays);
    }
  }

  public boolean isOn(MatchRule rule) {
    return !switchedOff.contains(rule);
  }

  public MatchingRules switchingOff(Set<MatchRule> rules) {
    Set<MatchRule> off = rules.isEmpty() ? Set.of() : EnumSet.copyOf(rules);
    return new MatchingRules(off, quantityTolerance, weightTolerance, validityDays, partialShipments);
  }

  public MatchingRules withQuantityTolerance(Tolerance tolerance) {
    return new MatchingRules(switchedOff, tolerance, weightTolerance, validityDays, partialShipments);
  }

  public MatchingRules withWeightTolerance(Tolerance tolerance) {
    return new MatchingRules(switchedOff, quantityTolerance, tolerance, validityDays, partialShipments);
  }

  public MatchingRules withValidityDays(int days) {
    return new MatchingRules(switchedOff, quantityTolerance, weightTolerance, days, partialShipments);
  }

  public MatchingRules withPartialShipments(boolean allowed) {
    return new MatchingRules(switchedOff, quantityTolerance, weightTolerance, validityDays, allowed);
  }
}
