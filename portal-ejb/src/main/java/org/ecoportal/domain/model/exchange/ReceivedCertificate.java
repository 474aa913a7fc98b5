package org.ecoportal.domain.model.exchange;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.ecoportal.domain.model.certificate.CertificateContent;
import org.ecoportal.domain.model.tenant.Tenant;

/**
 * A certificate document a partner economy delivered to a tenant, exactly as it arrived (the
 * partner's signed UBL XML). The AS4 message id names it within the tenant: the same message again
 * is the same delivery. Never changed once stored. Who the exporter and consignee are, the issue
 * date and the certificate it replaces are copied from the document, so they can be searched.
 */
@Entity
@Table(name = "received_certificate")
public class ReceivedCertificate {

  @Id private UUID id;

  @Column(nullable = false, length = 8, updatable = false)
  private String tenant;

  @Column(name = "message_id", nullable = false, length = 200, updatable = false)
  private String messageId;

  @Column(name = "partner_id", nullable = false, updatable = false)
  private UUID partnerId;

  @Column(name = "certificate_number", nullable = false, length = 100, updatable = false)
  private String certificateNumber;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16, updatable = false)
  private ExchangeKind kind;

  @Basic(fetch = FetchType.LAZY)
  @Column(nullable = false, updatable = false)
  private byte[] payload;

  @Column(name = "received_at", nullable = false, updatable = false)
  private Instant receivedAt;

  @Column(name = "exporter_name", length = MAX_NAME, updatable = false)
  private String exporterName;

  @Column(name = "consignee_name", length = MAX_NAME, updatable = false)
  private String consigneeName;

  @Column(name = "issue_date", updatable = false)
  private LocalDate issueDate;

  @Column(name = "replaces_number", length = 100, updatable = false)
  private String replacesNumber;

  private static final int MAX_NAME = 500;

  protected ReceivedCertificate() {}

  /** The certificate {@code content}, read from {@code payload}, as it arrived from {@code from}. */
  public ReceivedCertificate(
      Partner from, String messageId, CertificateContent content, ExchangeKind kind, byte[] payload, Instant receivedAt) {
    this.id = UUID.randomUUID();
    this.tenant = from.tenant().code();
    this.messageId = Objects.requireNonNull(messageId, "messageId");
    this.partnerId = from.id();
    this.certificateNumber = Objects.requireNonNull(content.certificateNumber(), "certificateNumber");
    this.exporterName = content.exporter() == null ? null : shortened(content.exporter().name());
    this.consigneeName = content.consignee() == null ? null : shortened(content.consignee().name());
    this.issueDate = content.issueDate();
    this.replacesNumber = content.replacesNumber();
    this.kind = Objects.requireNonNull(kind, "kind");
    this.payload = Objects.requireNonNull(payload, "payload").clone();
    this.receivedAt = Objects.requireNonNull(receivedAt, "receivedAt");
  }

  private static String shortened(String name) {
    return name == null || name.length() <= MAX_NAME ? name : name.substring(0, MAX_NAME);
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

  public String certificateNumber() {
    return certificateNumber;
  }

  public ExchangeKind kind() {
    return kind;
  }

  public byte[] payload() {
    return payload.clone();
  }

  public Instant receivedAt() {
    return receivedAt;
  }

  public String exporterName() {
    return exporterName;
  }

  public String consigneeName() {
    return consigneeName;
  }

  public LocalDate issueDate() {
    return issueDate;
  }

  /** The number of the certificate this one replaces, or {@code null}. */
  public String replacesNumber() {
    return replacesNumber;
  }
}
