package org.ecoportal.application;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.ecoportal.domain.model.verification.UsageOutcome;
import org.ecoportal.domain.model.verification.VerificationResult;

/**
 * What came back from the importing economy about a certificate this tenant issued: verification
 * requests, the chamber's answers, and the usage (preference granted or refused). The exporter sees
 * its own certificates', a chamber officer its chamber's, the tenant administrator all of the
 * tenant's; any other certificate is "not found".
 */
public interface CertificateFeedback {

  enum Kind {
    VERIFICATION_REQUEST,
    VERIFICATION_ANSWER,
    USAGE
  }

  /**
   * One thing that came back (or went back: the chamber's answer), at {@code at}.
   *
   * @param economy the importing economy (ISO 3166 code)
   * @param text the question, the answer's text, or the reason a preference was refused
   * @param who the requesting customs, the answering officer, or the customs that decided
   */
  record Entry(
      Kind kind,
      Instant at,
      String certificateNumber,
      String economy,
      String text,
      String who,
      VerificationResult result,
      UsageOutcome outcome,
      LocalDate decidedOn)
      implements Serializable {

    public boolean granted() {
      return outcome == UsageOutcome.PREFERENCE_GRANTED;
    }
  }

  /** Everything that came back about the certificate numbered {@code certificateNumber}, oldest first. */
  List<Entry> forCertificate(String certificateNumber);

  /** The usage entries only (what customs decided), oldest first. */
  List<Entry> usage(String certificateNumber);
}
