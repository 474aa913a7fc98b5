package org.ecoportal.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.Optional;

/** Anyone, without signing in, checks a certificate of origin by its number. */
public interface CertificateVerification {

  /** The certificate's standing and its key fields; empty when no certificate has this number. */
  Optional<Result> verify(String number);

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
