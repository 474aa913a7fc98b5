package org.ecoportal.domain.model.clearance;

import java.util.Objects;

/** Where a received certificate stands: still valid, revoked by its issuer, or replaced by another. */
public record CertificateState(Kind kind, String replacedBy) {

  public enum Kind {
    VALID,
    REVOKED,
    REPLACED
  }

  public static final CertificateState VALID = new CertificateState(Kind.VALID, null);
  public static final CertificateState REVOKED = new CertificateState(Kind.REVOKED, null);

  public CertificateState {
    Objects.requireNonNull(kind, "kind");
    if ((kind == Kind.REPLACED) != (replacedBy != null)) {
      throw new IllegalArgumentException("Only a replaced certificate names its replacement");
    }
  }

  public static CertificateState replacedBy(String certificateNumber) {
    return new CertificateState(Kind.REPLACED, Objects.requireNonNull(certificateNumber, "certificateNumber"));
  }
}
