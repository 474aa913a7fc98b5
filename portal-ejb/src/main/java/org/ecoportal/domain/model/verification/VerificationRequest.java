package org.ecoportal.domain.model.verification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.ecoportal.domain.model.application.WorkflowException;
import org.ecoportal.domain.model.certificate.Certificate;
import org.ecoportal.domain.model.tenant.Tenant;

/**
 * A partner's customs asks the chamber that issued a certificate to verify its origin: kept for that
 * chamber, whose officers answer it once (origin confirmed or not, and why); the answer then travels
 * back quoting the requesting side's reference.
 */
@Entity
@Table(name = "verification_request")
public class VerificationRequest {

  @Id private UUID id;

  @Column(nullable = false, length = 8, updatable = false)
  private String tenant;

  @Column(name = "received_id", nullable = false, updatable = false)
  private UUID receivedId;

  @Column(name = "request_ref", nullable = false, length = 100, updatable = false)
  private String requestRef;

  @Column(name = "partner_id", nullable = false, updatable = false)
  private UUID partnerId;

  @Column(name = "chamber_id", nullable = false, updatable = false)
  private UUID chamberId;

  @Column(name = "certificate_id", nullable = false, updatable = false)
  private UUID certificateId;

  @Column(name = "certificate_number", nullable = false, length = 100, updatable = false)
  private String certificateNumber;

  @Column(name = "requesting_customs", length = 200, updatable = false)
  private String requestingCustoms;

  @Column(name = "declaration_number", length = 35, updatable = false)
  private String declarationNumber;

  @Column(nullable = false, length = OriginVerification.MAX_TEXT, updatable = false)
  private String question;

  @Column(name = "asked_at", nullable = false, updatable = false)
  private Instant askedAt;

  @Column(name = "received_at", nullable = false, updatable = false)
  private Instant receivedAt;

  @Enumerated(EnumType.STRING)
  @Column(length = 16)
  private VerificationResult result;

  @Column(name = "answer_text", length = OriginVerification.MAX_TEXT)
  private String answerText;

  @Column(name = "answered_by")
  private String answeredBy;

  @Column(name = "answered_at")
  private Instant answeredAt;

  @Column(name = "answer_message_id", length = 200)
  private String answerMessageId;

  @Version private long version;

  protected VerificationRequest() {}

  /** The request {@code document} arrived in {@code received} about {@code certificate} of this side. */
  public VerificationRequest(ReceivedClearanceMessage received, ClearanceDocument.Request document, Certificate certificate) {
    this.id = UUID.randomUUID();
    this.tenant = received.tenant().code();
    this.receivedId = received.id();
    this.requestRef = OriginVerification.cut(document.reference(), 100);
    this.partnerId = received.partnerId();
    this.chamberId = certificate.chamberId();
    this.certificateId = certificate.id();
    this.certificateNumber = certificate.number();
    this.requestingCustoms = document.customs() == null ? null : OriginVerification.cut(document.customs(), 200);
    this.declarationNumber = document.declarationNumber() == null ? null : OriginVerification.cut(document.declarationNumber(), 35);
    this.question = OriginVerification.text(document.question());
    this.askedAt = document.askedAt();
    this.receivedAt = received.receivedAt();
  }

  /**
   * An officer of the chamber answers, having read the request at {@code seenVersion}.
   *
   * @throws WorkflowException when it changed meanwhile or was answered already
   */
  public void answer(long seenVersion, VerificationResult result, String text, String officer, Instant now) {
    if (version != seenVersion) {
      throw new WorkflowException("verification.error.changedMeanwhile");
    }
    if (isAnswered()) {
      throw new WorkflowException("verification.error.answeredAlready");
    }
    String answer = OriginVerification.text(text);
    this.result = Objects.requireNonNull(result, "result");
    this.answerText = answer;
    this.answeredBy = Objects.requireNonNull(officer, "officer");
    this.answeredAt = Objects.requireNonNull(now, "now");
  }

  /** The outbox message that carries the answer back. */
  public void answerSentAs(String messageId) {
    this.answerMessageId = Objects.requireNonNull(messageId, "messageId");
  }

  public boolean isAnswered() {
    return result != null;
  }


  public UUID id() {
    return id;
  }

  public Tenant tenant() {
    return Tenant.fromCode(tenant).orElseThrow();
  }

  public UUID receivedId() {
    return receivedId;
  }

  public String requestRef() {
    return requestRef;
  }

  public UUID partnerId() {
    return partnerId;
  }

  public UUID chamberId() {
    return chamberId;
  }

  public UUID certificateId() {
    return certificateId;
  }

  public String certificateNumber() {
    return certificateNumber;
  }

  public String requestingCustoms() {
    return requestingCustoms;
  }

  public String declarationNumber() {
    return declarationNumber;
  }

  public String question() {
    return question;
  }

  public Instant askedAt() {
    return askedAt;
  }

  public Instant receivedAt() {
    return receivedAt;
  }

  public VerificationResult result() {
    return result;
  }

  public String answerText() {
    return answerText;
  }

  public String answeredBy() {
    return answeredBy;
  }

  public Instant answeredAt() {
    return answeredAt;
  }

  public String answerMessageId() {
    return answerMessageId;
  }

  public long version() {
    return version;
  }
}
