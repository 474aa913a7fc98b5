package org.ecoportal.domain.model.verification;

/** What the issuing chamber found when asked to verify the origin of a certificate. */
public enum VerificationResult {
  /** The origin is confirmed as the certificate states it. */
  CONFIRMED,
  /** The origin cannot be confirmed. */
  NOT_CONFIRMED
}
