package org.ecoportal.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.ecoportal.domain.model.clearance.ImportDeclarationStatus;
import org.ecoportal.domain.model.exchange.ExchangeStatus;
import org.ecoportal.domain.model.verification.VerificationResult;

/**
 * Customs of the importing economy asks the chamber that issued the certificate a declaration quotes
 * to verify its origin, over the exchange with the partner that delivered the certificate, and sees
 * the answer when it comes back. Declarations of another tenant are "not found".
 */
public interface OriginVerifications {

  /**
   * One request and, once it came, its answer.
   *
   * @param delivery how far the request got to the partner
   * @param result {@code null} until the answer came
   */
  record Verification(
      UUID id,
      UUID declarationId,
      String certificateNumber,
      String partnerCountry,
      String partnerName,
      String question,
      String askedBy,
      Instant askedAt,
      String messageId,
      ExchangeStatus delivery,
      VerificationResult result,
      String answerText,
      String answeredBy,
      Instant answeredAt)
      implements Serializable {

    public boolean answered() {
      return result != null;
    }
  }

  /**
   * A declaration as the verification form needs it: what it quotes, where it stands, the version a
   * request must quote, and its requests so far (oldest first).
   */
  record Subject(
      UUID declarationId,
      String declarationNumber,
      String certificateNumber,
      ImportDeclarationStatus status,
      long version,
      List<Verification> verifications)
      implements Serializable {

    /** Whether a request may be sent now: the declaration is undecided and no request waits for its answer. */
    public boolean mayRequest() {
      return status.open() && verifications.stream().allMatch(Verification::answered);
    }
  }

  /** The declaration with its verification requests. */
  Subject subject(UUID declarationId);

  /**
   * Asks for verification of the declaration read at {@code version}: the declaration waits for the
   * answer (VERIFICATION_REQUESTED) and the request goes to the partner that sent the certificate.
   *
   * @throws org.ecoportal.domain.model.application.WorkflowException when the declaration changed
   *     meanwhile, is decided, a request is still unanswered, or the question is empty
   */
  Verification request(UUID declarationId, long version, String question);

  /** The declaration's requests, oldest first, each with its answer once it came. */
  List<Verification> forDeclaration(UUID declarationId);
}
