package org.ecoportal.domain.model.exchange;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a message tells the partner: what happened to a certificate of this side (its signed
 * document travels), or, for clearing goods, a verification request about a certificate number, its
 * answer, or what customs made of the certificate (a small document of the portal's own).
 */
public enum ExchangeKind {
  ISSUED,
  REPLACED,
  REVOKED,
  VERIFICATION_REQUEST,
  VERIFICATION_ANSWER,
  USAGE;

  /** Whether the message carries a signed certificate document (a partner chooses which of these it takes). */
  public boolean certificateDocument() {
    return this == ISSUED || this == REPLACED || this == REVOKED;
  }

  /** The kinds that carry certificate documents. */
  public static Set<ExchangeKind> certificateDocuments() {
    return EnumSet.of(ISSUED, REPLACED, REVOKED);
  }

  /** The kinds used in clearing goods, taken from every active partner. */
  public static Set<ExchangeKind> clearance() {
    return EnumSet.complementOf(EnumSet.copyOf(certificateDocuments()));
  }
}
