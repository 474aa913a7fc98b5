package org.ecoportal.application;

import jakarta.ejb.ApplicationException;
import java.util.Objects;

/** A delivered certificate was refused: why, in a category the AS4 error answer is chosen by, and in words. */
@ApplicationException(rollback = true)
public class ReceivingRefused extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** What was wrong with the delivery. */
  public enum Reason {
    /** The message is not addressed to a single window served here. */
    UNKNOWN_RECEIVER,
    /** The sender is not a partner of the receiving tenant, or not an active one. */
    UNKNOWN_PARTNER,
    /** The message was not signed with the partner's trusted certificate. */
    UNTRUSTED_SIGNER,
    /** The message id was used already by another partner. */
    MESSAGE_ID_TAKEN,
    /** The action is not one the portal knows. */
    UNKNOWN_ACTION,
    /** No payload, or more than the portal takes. */
    PAYLOAD_SIZE,
    /** The payload is not a UBL 2.1 certificate of origin (or not well-formed, or has a DOCTYPE). */
    INVALID_DOCUMENT,
    /** The certificate's own signature does not verify, or it is not from the partner's economy. */
    INVALID_CERTIFICATE,
    /** The certificate's signer is none of the partner's trusted certificate issuers, nor issued by one. */
    UNTRUSTED_ISSUER,
    /** A clearance message names a certificate number this tenant never issued, or not for the sender's economy. */
    UNKNOWN_CERTIFICATE,
    /** A verification answer quotes no request this tenant sent to the sender. */
    UNKNOWN_REQUEST,
    /** A verification answer comes for a request that has its answer already. */
    ANSWERED_ALREADY
  }

  private final Reason reason;

  public ReceivingRefused(Reason reason, String detail) {
    super(detail);
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  public Reason reason() {
    return reason;
  }
}
