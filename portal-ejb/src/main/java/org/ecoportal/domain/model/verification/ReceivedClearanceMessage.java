package org.ecoportal.domain.model.verification;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.ecoportal.domain.model.exchange.ExchangeKind;
import org.ecoportal.domain.model.exchange.Partner;
import org.ecoportal.domain.model.tenant.Tenant;

/**
 * A clearance message a partner delivered (verification request, answer or usage), exactly as it
 * arrived. The AS4 message id names it within the tenant: the same message again is the same
 * delivery. Never changed once stored.
 */
@Entity
@Table(name = "received_clearance_message")
public class ReceivedClearanceMessage {

  @Id private UUID id;

  @Column(nullable = false, length = 8, updatable = false)
  private String tenant;

  @Column(name = "message_id", nullable = false, length = 200, updatable = false)
  private String messageId;

  @Column(name = "partner_id", nullable = false, updatable = false)
  private UUID partnerId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 24, updatable = false)
  private ExchangeKind kind;

  @Column(name = "certificate_number", nullable = false, length = 100, updatable = false)
  private String certificateNumber;

  @Basic(fetch = FetchType.LAZY)
  @Column(nullable = false, updatable = false)
  private byte[] payload;

  @Column(name = "received_at", nullable = false, updatable = false)
  private Instant receivedAt;

  protected ReceivedClearanceMessage() {}

  public ReceivedClearanceMessage(Partner from, String messageId, ClearanceDocument document, byte[] payload, Instant receivedAt) {
    this.id = UUID.randomUUID();
    this.tenant = from.tenant().code();
    this.messageId = Objects.requireNonNull(messageId, "messageId");
    this.partnerId = from.id();
    this.kind = document.kind();
    this.certificateNumber = document.certificateNumber();
    this.payload = Objects.requireNonNull(payload, "payload").clone();
    this.receivedAt = Objects.requireNonNull(receivedAt, "receivedAt");
  }

  public UUID id() {
    return id;
  }

  public Tenant tenant() {
    return Tenant.fromCode(tenant).orElseThrow();
  }

  public String messageId() {
    return messageId;
  }

  public UUID partnerId() {
    return partnerId;
  }

  public ExchangeKind kind() {
    return kind;
  }

  public String certificateNumber() {
    return certificateNumber;
  }

  public byte[] payload() {
    return payload.clone();
  }

  public Instant receivedAt() {
    return receivedAt;
  }
}
