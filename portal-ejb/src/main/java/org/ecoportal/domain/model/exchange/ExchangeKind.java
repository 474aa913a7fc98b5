package org.ecoportal.domain.model.exchange;

/** What happened to the certificate a message tells the partner about. */
public enum ExchangeKind {
  ISSUED,
  REPLACED,
  REVOKED
}
