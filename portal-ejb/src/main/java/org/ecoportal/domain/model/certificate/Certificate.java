package org.ecoportal.domain.model.certificate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.ecoportal.domain.model.application.WorkflowException;
import org.ecoportal.domain.model.tenant.Tenant;

/**
 * An issued certificate of origin. Never edited: it stays valid, is replaced by a new certificate,
 * or is revoked with a reason.
 */
@Entity
@Table(name = "certificate")
public class Certificate {

  /** Where a certificate stands. */
  public enum Status {
    VALID,
    REPLACED,
    REVOKED
  }

  @Id private UUID id;

  @Column(nullable = false, length = 8)
  private String tenant;

  @Column(nullable = false, length = 32)
  private String number;

  @Column(name = "application_id", nullable = false)
  private UUID applicationId;

  @Column(name = "exporter_id", nullable = false)
  private UUID exporterId;

  @Column(name = "chamber_id", nullable = false)
  private UUID chamberId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Status status;

  @Column(name = "issued_at", nullable = false)
  private Instant issuedAt;

  @Column(name = "issued_by", nullable = false)
  private String issuedBy;

  @Column(name = "replaces_id")
  private UUID replacesId;

  @Column(name = "revoked_reason", length = 2000)
  private String revokedReason;

  @Version private long version;

  protected Certificate() {}

  public Certificate(
      Tenant tenant, CertificateNumber number, UUID applicationId, UUID exporterId, UUID chamberId, String officer, Instant now, UUID replacesId) {
    this.id = UUID.randomUUID();
    this.tenant = tenant.code();
    this.number = number.value();
    this.applicationId = applicationId;
    this.exporterId = exporterId;
    this.chamberId = chamberId;
    this.status = Status.VALID;
    this.issuedAt = now;
    this.issuedBy = officer;
    this.replacesId = replacesId;
  }

  public void revoke(String reason) {
    if (status != Status.VALID) {
      throw new WorkflowException("certificate.error.notValid", status.name());
    }
    if (reason == null || reason.isBlank()) {
      throw new WorkflowException("application.error.reasonRequired");
    }
    status = Status.REVOKED;
    revokedReason = reason.trim();
  }

  public void replacedBy(Certificate successor) {
    if (status != Status.VALID) {
      throw new WorkflowException("certificate.error.notValid", status.name());
    }
    status = Status.REPLACED;
  }

  public UUID id() {
    return id;
  }

  public String number() {
    return number;
  }

  public UUID applicationId() {
    return applicationId;
  }

  public UUID exporterId() {
    return exporterId;
  }

  public UUID chamberId() {
    return chamberId;
  }

  public Status status() {
    return status;
  }

  public Instant issuedAt() {
    return issuedAt;
  }

  public String issuedBy() {
    return issuedBy;
  }

  public UUID replacesId() {
    return replacesId;
  }

  public String revokedReason() {
    return revokedReason;
  }
}
