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
import org.ecoportal.domain.model.clearance.ImportDeclaration;
import org.ecoportal.domain.model.tenant.Tenant;

/**
 * The importing customs asked the chamber that issued the certificate a declaration quotes to verify
 * its origin: who asked what, when, in which message; and, once it came back, the chamber's answer.
 * Its id is the reference the issuing side quotes in its answer.
 */
@Entity
@Table(name = "origin_verification")
public class OriginVerification {

  static final int MAX_TEXT = 2000;

  @Id private UUID id;

  @Column(nullable = false, length = 8, updatable = false)
  private String tenant;

  @Column(name = "declaration_id", nullable = false, updatable = false)
  private UUID declarationId;

  @Column(name = "certificate_number", nullable = false, length = 100, updatable = false)
  private String certificateNumber;

  @Column(name = "partner_id", nullable = false, updatable = false)
  private UUID partnerId;

  @Column(nullable = false, length = MAX_TEXT, updatable = false)
  private String question;

  @Column(name = "asked_by", nullable = false, updatable = false)
  private String askedBy;

  @Column(name = "asked_at", nullable = false, updatable = false)
  private Instant askedAt;

  @Column(name = "message_id", nullable = false, length = 200)
  private String messageId;

  @Enumerated(EnumType.STRING)
  @Column(length = 16)
  private VerificationResult result;

  @Column(name = "answer_text", length = MAX_TEXT)
  private String answerText;

  /** The issuing chamber, as its answer names it. */
  @Column(name = "answered_by")
  private String answeredBy;

  @Column(name = "answered_at")
  private Instant answeredAt;

  @Column(name = "answer_received_id")
  private UUID answerReceivedId;

  @Version private long version;

  protected OriginVerification() {}

  /** {@code officer} asks about the certificate of {@code declaration}, which came from the partner {@code partnerId}. */
  public OriginVerification(ImportDeclaration declaration, UUID partnerId, String officer, String question, Instant now) {
    this.id = UUID.randomUUID();
    this.tenant = declaration.tenant().code();
    this.declarationId = declaration.id();
    this.certificateNumber = declaration.certificateNumber();
    this.partnerId = Objects.requireNonNull(partnerId, "partnerId");
    this.askedBy = Objects.requireNonNull(officer, "officer");
    this.question = text(question);
    this.askedAt = Objects.requireNonNull(now, "now");
  }

  /** The outbox message that carries the request. */
  public void sentAs(String messageId) {
    this.messageId = Objects.requireNonNull(messageId, "messageId");
  }

  /** The chamber's answer arrived in {@code received}; a request is answered once. */
  public void answered(ClearanceDocument.Answer answer, ReceivedClearanceMessage received) {
    if (isAnswered()) {
      throw new WorkflowException("verification.error.answeredAlready");
    }
    this.result = answer.result();
    this.answerText = text(answer.text());
    this.answeredBy = answer.chamber() == null ? null : cut(answer.chamber(), 255);
    this.answeredAt = answer.answeredAt();
    this.answerReceivedId = received.id();
  }

  public boolean isAnswered() {
    return result != null;
  }

  static String text(String text) {
    if (text == null || text.isBlank()) {
      throw new WorkflowException("verification.error.textRequired");
    }
    return cut(text.strip(), MAX_TEXT);
  }

  /** {@code text} shortened to {@code max} characters. */
  static String cut(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max);
  }

  public UUID id() {
    return id;
  }

  public Tenant tenant() {
    return Tenant.fromCode(tenant).orElseThrow();
  }

  public UUID declarationId() {
    return declarationId;
  }

  public String certificateNumber() {
    return certificateNumber;
  }

  public UUID partnerId() {
    return partnerId;
  }

  public String question() {
    return question;
  }

  public String askedBy() {
    return askedBy;
  }

  public Instant askedAt() {
    return askedAt;
  }

  public String messageId() {
    return messageId;
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

  public long version() {
    return version;
  }
}
