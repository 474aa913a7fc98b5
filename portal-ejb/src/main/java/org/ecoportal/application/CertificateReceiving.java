package org.ecoportal.application;

import java.util.List;
import java.util.Objects;

/**
 * Certificates partner economies deliver over AS4, as the portal's receiving endpoint hands them
 * over once the message signature is verified. Each call is its own transaction: when it returns,
 * the certificate is committed and the receipt may go out; when it is refused, nothing is stored.
 */
public interface CertificateReceiving {

  /**
   * Checks and stores a delivered certificate; the same message id again answers as a duplicate and
   * stores nothing new.
   *
   * @throws ReceivingRefused with what was wrong, nothing stored
   */
  Received receive(IncomingCertificate message);

  /**
   * Keeps, for the administrator of the tenant it was addressed to, that the endpoint refused a
   * message and why. In a transaction of its own: a refusal is recorded even when the delivery's
   * own transaction was rolled back.
   */
  void recordRefusal(Refusal refusal);

  /**
   * A message the endpoint answered with an ebMS error (or refused before reading it).
   *
   * @param toPartyId the single window it was addressed to, if it said so
   * @param errorCode the ebMS error code, e.g. {@code EBMS:0101}, or the HTTP status
   */
  record Refusal(String toPartyId, String fromPartyId, String messageId, String errorCode, String reason, String remoteAddr) {}

  /** The certificates (DER) of every active partner of every tenant: whose message signatures may be checked at all. */
  List<byte[]> trustedCertificates();

  /**
   * One AS4 user message carrying a certificate.
   *
   * @param toPartyId the receiving single window, {@code eco-<tenant>}
   * @param fromPartyId the sending single window
   * @param messageId the AS4 message id, the same on every retry
   * @param action what happened to the certificate ({@code ISSUED}, {@code REPLACED}, {@code REVOKED})
   * @param signerCertificate the certificate (DER) the message signature was verified with
   * @param payload the signed UBL certificate document
   */
  record IncomingCertificate(
      String toPartyId, String fromPartyId, String messageId, String action, byte[] signerCertificate, byte[] payload) {

    public IncomingCertificate {
      Objects.requireNonNull(messageId, "messageId");
    }
  }

  /** A certificate now held by the receiving tenant; {@code duplicate} when an earlier delivery stored it. */
  record Received(String tenant, String certificateNumber, boolean duplicate) {}
}
