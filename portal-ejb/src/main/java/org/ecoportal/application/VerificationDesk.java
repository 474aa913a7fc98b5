package org.ecoportal.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.ecoportal.domain.model.verification.VerificationResult;

/**
 * The verification requests partners' customs sent about the certificates the caller's chamber
 * issued, and the chamber's answers. Requests about another chamber's certificates, or of another
 * tenant, are "not found".
 */
public interface VerificationDesk {

  /** One request, answered or not; {@code version} is quoted when answering. */
  record Request(
      UUID id,
      String certificateNumber,
      UUID applicationId,
      String partnerCountry,
      String partnerName,
      String requestingCustoms,
      String declarationNumber,
      String question,
      Instant askedAt,
      Instant receivedAt,
      VerificationResult result,
      String answerText,
      String answeredBy,
      Instant answeredAt,
      long version)
      implements Serializable {

    public boolean open() {
      return result == null;
    }
  }

  /** The chamber's requests: open ones first, oldest first; then answered ones, latest answer first. */
  List<Request> requests();

  /** How many requests wait for an answer. */
  long open();

  Request request(UUID id);

  /**
   * Answers the request read at {@code version}; the answer goes back to the requesting customs.
   *
   * @throws org.ecoportal.domain.model.application.WorkflowException when it changed meanwhile, was
   *     answered already, or {@code text} is empty
   */
  Request answer(UUID id, long version, VerificationResult result, String text);
}
