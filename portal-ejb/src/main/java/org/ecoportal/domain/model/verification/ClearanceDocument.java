package org.ecoportal.domain.model.verification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.ecoportal.domain.model.exchange.ExchangeKind;

/**
 * What a clearance message between two single windows states (its XML form is the portal's own,
 * namespace {@code urn:ecoportal:clearance:1}). Each is about one certificate number.
 */
public sealed interface ClearanceDocument {

  String certificateNumber();

  /** The kind of message (the AS4 action) this document travels as. */
  ExchangeKind kind();

  /**
   * Customs of the importing economy asks the issuing chamber to verify the certificate's origin.
   *
   * @param reference the requesting side's id of the request, quoted in the answer
   */
  record Request(String reference, String certificateNumber, String customs, String declarationNumber, String question, Instant askedAt)
      implements ClearanceDocument {
    public Request {
      Objects.requireNonNull(reference, "reference");
      Objects.requireNonNull(certificateNumber, "certificateNumber");
      Objects.requireNonNull(question, "question");
      Objects.requireNonNull(askedAt, "askedAt");
    }

    @Override
    public ExchangeKind kind() {
      return ExchangeKind.VERIFICATION_REQUEST;
    }
  }

  /** The issuing chamber's answer to the request {@code reference}. */
  record Answer(String reference, String certificateNumber, VerificationResult result, String text, String chamber, Instant answeredAt)
      implements ClearanceDocument {
    public Answer {
      Objects.requireNonNull(reference, "reference");
      Objects.requireNonNull(certificateNumber, "certificateNumber");
      Objects.requireNonNull(result, "result");
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(answeredAt, "answeredAt");
    }

    @Override
    public ExchangeKind kind() {
      return ExchangeKind.VERIFICATION_ANSWER;
    }
  }

  /**
   * What the customs of {@code economy} decided on the certificate, on {@code decidedOn}; {@code reason}
   * when the preference was refused.
   */
  record Usage(String certificateNumber, UsageOutcome outcome, LocalDate decidedOn, String economy, String customs, String reason)
      implements ClearanceDocument {
    public Usage {
      Objects.requireNonNull(certificateNumber, "certificateNumber");
      Objects.requireNonNull(outcome, "outcome");
      Objects.requireNonNull(decidedOn, "decidedOn");
      Objects.requireNonNull(economy, "economy");
    }

    @Override
    public ExchangeKind kind() {
      return ExchangeKind.USAGE;
    }
  }
}
