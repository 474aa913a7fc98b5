package org.ecoportal.domain.model.clearance;

/** Where an import declaration stands, from the broker's draft to the customs officer's decision. */
public enum ImportDeclarationStatus {
  /** The broker is still writing it; customs does not see it. */
  DRAFT,
  /** Submitted and matched against the certificate; waiting for customs. */
  SUBMITTED,
  /** A customs officer holds the goods, with a reason. */
  HELD,
  /** Customs asked the issuing chamber to verify the origin and waits for the answer. */
  VERIFICATION_REQUESTED,
  /** Cleared with the preference the certificate supports. */
  CLEARED,
  /** Customs refused the preference (the goods may still be cleared at the general rate). */
  PREFERENCE_REFUSED;

  /** Whether a customs officer may still decide on it. */
  public boolean open() {
    return this == SUBMITTED || this == HELD || this == VERIFICATION_REQUESTED;
  }

  /** Whether the decision is taken and told to the issuing economy. */
  public boolean decided() {
    return this == CLEARED || this == PREFERENCE_REFUSED;
  }
}
