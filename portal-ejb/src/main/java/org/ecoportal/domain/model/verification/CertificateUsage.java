package org.ecoportal.domain.model.verification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.ecoportal.domain.model.certificate.Certificate;
import org.ecoportal.domain.model.tenant.Tenant;

/**
 * What the importing customs decided on a certificate of this side, as its single window reported
 * it: the preference granted or refused (with the reason), on which day, by which economy's customs.
 * Never changed once stored.
 */
@Entity
@Table(name = "certificate_usage")
public class CertificateUsage {

  @Id private UUID id;

  @Column(nullable = false, length = 8, updatable = false)
  private String tenant;

  @Column(name = "received_id", nullable = false, updatable = false)
  private UUID receivedId;

  @Column(name = "partner_id", nullable = false, updatable = false)
  private UUID partnerId;

  @Column(name = "certificate_id", nullable = false, updatable = false)
  private UUID certificateId;

  @Column(name = "certificate_number", nullable = false, length = 100, updatable = false)
  private String certificateNumber;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 24, updatable = false)
  private UsageOutcome outcome;

  @Column(name = "decided_on", nullable = false, updatable = false)
  private LocalDate decidedOn;

  @Column(nullable = false, length = 2, updatable = false)
  private String economy;

  @Column(length = 200, updatable = false)
  private String customs;

  @Column(length = 2000, updatable = false)
  private String reason;

  @Column(name = "received_at", nullable = false, updatable = false)
  private Instant receivedAt;

  protected CertificateUsage() {}

  public CertificateUsage(ReceivedClearanceMessage received, ClearanceDocument.Usage usage, Certificate certificate) {
    this.id = UUID.randomUUID();
    this.tenant = received.tenant().code();
    this.receivedId = received.id();
    this.partnerId = received.partnerId();
    this.certificateId = certificate.id();
    this.certificateNumber = certificate.number();
    this.outcome = usage.outcome();
    this.decidedOn = usage.decidedOn();
    this.economy = usage.economy();
    this.customs = usage.customs() == null ? null : OriginVerification.cut(usage.customs(), 200);
    this.reason = usage.reason() == null || usage.reason().isBlank() ? null : OriginVerification.cut(usage.reason().strip(), 2000);
    this.receivedAt = received.receivedAt();
  }


  public UUID id() {
    return id;
  }

  public Tenant tenant() {
    return Tenant.fromCode(tenant).orElseThrow();
  }

  public UUID partnerId() {
    return partnerId;
  }

  public UUID certificateId() {
    return certificateId;
  }

  public String certificateNumber() {
    return certificateNumber;
  }

  public UsageOutcome outcome() {
    return outcome;
  }

  public LocalDate decidedOn() {
    return decidedOn;
  }

  /** The economy (ISO 3166 code) whose customs decided. */
  public String economy() {
    return economy;
  }

  public String customs() {
    return customs;
  }

  public String reason() {
    return reason;
  }

  public Instant receivedAt() {
    return receivedAt;
  }
}
