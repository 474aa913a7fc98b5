package org.ecoportal.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.Optional;

/** Anyone, without signing in, checks a certificate of origin by its number. */
public interface CertificateVerification {

  /** The certificate's standing and its key fields; empty when no certificate has this number. */
  Optional<Result> verify(String number);

  /** The largest document {@link #check(byte[])} reads. */
  int MAX_DOCUMENT_BYTES = 2 * 1024 * 1024;

  /**
   * Checks a certificate document someone holds: that it is a UBL 2.1 certificate of origin, that
   * it was issued here under the number it states, that its signature is intact and made with the
   * key of the chamber that issued it. Never throws for bad input.
   */
  DocumentCheck check(byte[] xml);

  /** What a document check found. */
  enum DocumentVerdict {
    /** Issued here, unaltered, signed by the issuing chamber; see the certificate's status. */
    AUTHENTIC,
    /** The signature or a digest does not match: the document was changed after signing. */
    TAMPERED,
    /** Intact, but signed by a key other than the issuing chamber's. */
    WRONG_SIGNER,
    /** A well-formed certificate whose number was never issued here. */
    UNKNOWN,
    /** Not a UBL 2.1 certificate of origin (or not XML, or too large). */
    NOT_A_CERTIFICATE
  }

  /**
   * @param certificate the standing of the certificate the document names, when it was issued here
   * @param problems why the document fails, one line each; empty for an authentic document
   */
  record DocumentCheck(DocumentVerdict verdict, String number, Result certificate, java.util.List<String> problems)
      implements Serializable {}

  /** What the public may see of a certificate. */
  record Result(
      String number,
      String status,
      Instant issuedAt,
      String exporterName,
      String chamberName,
      String importCountry,
      String replacesNumber,
      String replacedByNumber)
      implements Serializable {}
}
