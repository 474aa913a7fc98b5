package org.ecoportal.domain.model.goods;

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
import org.ecoportal.domain.model.identity.Caller;

/** Goods an exporter registered for its certificates; usable once a chamber officer approved them. */
@Entity
@Table(name = "goods")
public class Goods {

  /** Where a goods registration stands. */
  public enum Status {
    PENDING,
    APPROVED,
    REJECTED
  }

  @Id private UUID id;

  @Column(nullable = false, length = 8)
  private String tenant;

  @Column(name = "exporter_id", nullable = false)
  private UUID exporterId;

  @Column(nullable = false, length = 500)
  private String description;

  @Column(name = "hs_code", nullable = false, length = 6)
  private String hsCode;

  @Column(name = "origin_criterion", nullable = false, length = 16)
  private String originCriterion;

  @Column(name = "producer_name", nullable = false, length = 200)
  private String producerName;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Status status;

  @Column(name = "registered_by", nullable = false)
  private String registeredBy;

  @Column(name = "registered_at", nullable = false)
  private Instant registeredAt;

  @Column(name = "decided_by")
  private String decidedBy;

  @Column(name = "decision_reason", length = 2000)
  private String decisionReason;

  @Version private long version;

  protected Goods() {}

  public Goods(Caller exporter, UUID exporterId, String description, String hsCode, String originCriterion, String producerName, Instant now) {
    this.id = UUID.randomUUID();
    this.tenant = exporter.tenant().code();
    this.exporterId = exporterId;
    this.description = description;
    this.hsCode = hsCode;
    this.originCriterion = originCriterion;
    this.producerName = producerName;
    this.status = Status.PENDING;
    this.registeredBy = exporter.username();
    this.registeredAt = now;
  }

  public void approve(String officer) {
    decide(officer, Status.APPROVED, null);
  }

  public void reject(String officer, String reason) {
    if (reason == null || reason.isBlank()) {
      throw new WorkflowException("application.error.reasonRequired");
    }
    decide(officer, Status.REJECTED, reason.trim());
  }

  private void decide(String officer, Status outcome, String reason) {
    if (status != Status.PENDING) {
      throw new WorkflowException("application.error.wrongStatus", status.name());
    }
    status = outcome;
    decidedBy = officer;
    decisionReason = reason;
  }

  public void requireVersion(long seen) {
    if (version != seen) {
      throw new WorkflowException("application.error.changedMeanwhile");
    }
  }

  public UUID id() { return id; }
  public UUID exporterId() { return exporterId; }
  public String description() { return description; }
  public String hsCode() { return hsCode; }
  public String originCriterion() { return originCriterion; }
  public String producerName() { return producerName; }
  public Status status() { return status; }
  public String decisionReason() { return decisionReason; }
  public long version() { return version; }
}
