package org.ecoportal.domain.model.application;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.ecoportal.domain.model.identity.Caller;
import org.ecoportal.domain.model.tenant.Tenant;

/**
 * An exporter's application for a certificate of origin. It changes state only through its named
 * methods, each of which guards the workflow: the exporter edits and submits, a chamber officer
 * claims it and approves, rejects or returns it for amendment.
 */
@Entity
@Table(name = "co_application")
public class CertificateApplication {

  @Id private UUID id;

  @Column(nullable = false, length = 8)
  private String tenant;

  @Column(nullable = false, length = 32)
  private String reference;

  @Column(name = "exporter_id", nullable = false)
  private UUID exporterId;

  @Column(name = "chamber_id")
  private UUID chamberId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private ApplicationStatus status;

  @Column(name = "created_by", nullable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "submitted_at")
  private Instant submittedAt;

  @Column(name = "claimed_by")
  private String claimedBy;

  @Column(name = "decided_by")
  private String decidedBy;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "decision_reason", length = 2000)
  private String decisionReason;

  @Column(name = "consignee_name", length = 200)
  private String consigneeName;

  @Column(name = "consignee_address", length = 500)
  private String consigneeAddress;

  @Column(name = "consignee_country", length = 2)
  private String consigneeCountry;

  @Column(name = "consignee_identifier", length = 64)
  private String consigneeIdentifier;

  @Column(name = "producer_name", length = 200)
  private String producerName;

  @Column(name = "agreement_code", length = 32)
  private String agreementCode;

  @Column(nullable = false)
  private boolean preferential;

  @Column(name = "transport_mode", length = 2)
  private String transportMode;

  @Column(name = "transport_means", length = 100)
  private String transportMeans;

  @Column(name = "departure_date")
  private LocalDate departureDate;

  @Column(name = "loading_port", length = 5)
  private String loadingPort;

  @Column(name = "discharge_port", length = 5)
  private String dischargePort;

  @Column(name = "transit_country", length = 2)
  private String transitCountry;

  @Column(name = "export_declaration_number", length = 35)
  private String exportDeclarationNumber;

  @Column(length = 2000)
  private String remarks;

  @Column(name = "contact_email")
  private String contactEmail;

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "co_application_item", joinColumns = @JoinColumn(name = "application_id"))
  @OrderColumn(name = "line_no")
  private List<ApplicationItem> items = new ArrayList<>();

  @Version private long version;

  protected CertificateApplication() {}

  /** A new draft of the exporter's organisation. */
  public CertificateApplication(Caller exporter, UUID exporterOrganisation, String reference, ApplicationData data, Instant now) {
    this.id = UUID.randomUUID();
    this.tenant = exporter.tenant().code();
    this.reference = Objects.requireNonNull(reference, "reference");
    this.exporterId = Objects.requireNonNull(exporterOrganisation, "exporterOrganisation");
    this.status = ApplicationStatus.DRAFT;
    this.createdBy = exporter.username();
    this.createdAt = now;
    apply(data, now);
  }

  /** The exporter changes what the application states; only while it is a draft or returned. */
  public void edit(ApplicationData data, Instant now) {
    requireStatus(ApplicationStatus.DRAFT, ApplicationStatus.RETURNED);
    apply(data, now);
  }

  /** The exporter sends it to the chosen chamber's queue. The caller has checked the rules. */
  public void submit(Instant now) {
    requireStatus(ApplicationStatus.DRAFT, ApplicationStatus.RETURNED);
    if (chamberId == null) {
      throw new WorkflowException("application.error.noChamber");
    }
    status = ApplicationStatus.SUBMITTED;
    submittedAt = now;
    claimedBy = null;
    decisionReason = null;
    updatedAt = now;
  }

  /** An officer of the chamber takes it to examine; nobody else can decide it meanwhile. */
  public void claim(String officer, Instant now) {
    if (status == ApplicationStatus.UNDER_REVIEW && officer.equals(claimedBy)) {
      return;
    }
    requireStatus(ApplicationStatus.SUBMITTED);
    status = ApplicationStatus.UNDER_REVIEW;
    claimedBy = officer;
    updatedAt = now;
  }

  public void approve(String officer, Instant now) {
    decide(officer, now, ApplicationStatus.APPROVED, null);
  }

  public void reject(String officer, String reason, Instant now) {
    decide(officer, now, ApplicationStatus.REJECTED, requireReason(reason));
  }

  public void returnForAmendment(String officer, String reason, Instant now) {
    decide(officer, now, ApplicationStatus.RETURNED, requireReason(reason));
  }

  private void decide(String officer, Instant now, ApplicationStatus outcome, String reason) {
    requireStatus(ApplicationStatus.UNDER_REVIEW);
    if (!officer.equals(claimedBy)) {
      throw new WorkflowException("application.error.claimedByOther", claimedBy);
    }
    status = outcome;
    decidedBy = officer;
    decidedAt = now;
    decisionReason = reason;
    updatedAt = now;
  }

  private static String requireReason(String reason) {
    if (reason == null || reason.isBlank()) {
      throw new WorkflowException("application.error.reasonRequired");
    }
    if (reason.length() > 2000) {
      throw new WorkflowException("application.error.tooLong", "2000");
    }
    return reason.trim();
  }

  private void requireStatus(ApplicationStatus... allowed) {
    for (ApplicationStatus s : allowed) {
      if (status == s) {
        return;
      }
    }
    throw new WorkflowException("application.error.wrongStatus", status.name());
  }

  private void apply(ApplicationData data, Instant now) {
    chamberId = data.chamberId();
    consigneeName = trim(data.consigneeName());
    consigneeAddress = trim(data.consigneeAddress());
    consigneeCountry = upper(data.consigneeCountry());
    consigneeIdentifier = trim(data.consigneeIdentifier());
    producerName = trim(data.producerName());
    agreementCode = trim(data.agreementCode());
    preferential = data.preferential();
    transportMode = trim(data.transportMode());
    transportMeans = trim(data.transportMeans());
    departureDate = data.departureDate();
    loadingPort = upper(data.loadingPort());
    dischargePort = upper(data.dischargePort());
    transitCountry = upper(data.transitCountry());
    exportDeclarationNumber = upper(data.exportDeclarationNumber());
    remarks = trim(data.remarks());
    items.clear();
    data.items().forEach(line -> items.add(new ApplicationItem(line)));
    updatedAt = now;
  }

  private static String trim(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }

  private static String upper(String value) {
    String trimmed = trim(value);
    return trimmed == null ? null : trimmed.toUpperCase(java.util.Locale.ROOT);
  }

  /** Where the portal writes to about this application (the applicant's address), if known. */
  public void contactAt(String email) {
    this.contactEmail = email == null || email.isBlank() ? null : email.trim();
  }

  public String contactEmail() {
    return contactEmail;
  }

  /** Refuses to act on an application someone changed since the caller read it. */
  public void requireVersion(long seen) {
    if (version != seen) {
      throw new WorkflowException("application.error.changedMeanwhile");
    }
  }

  /** What the application states now. */
  public ApplicationData data() {
    return new ApplicationData(
        chamberId, consigneeName, consigneeAddress, consigneeCountry, consigneeIdentifier, producerName, agreementCode,
        preferential, transportMode, transportMeans, departureDate, loadingPort, dischargePort, transitCountry, remarks,
        items.stream().map(ApplicationItem::toLine).toList(), exportDeclarationNumber);
  }

  public UUID id() {
    return id;
  }

  public Tenant tenant() {
    return Tenant.fromCode(tenant).orElseThrow();
  }

  public String reference() {
    return reference;
  }

  public String consigneeName() {
    return consigneeName;
  }

  public String consigneeCountry() {
    return consigneeCountry;
  }

  public UUID exporterId() {
    return exporterId;
  }

  public UUID chamberId() {
    return chamberId;
  }

  public ApplicationStatus status() {
    return status;
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public Instant submittedAt() {
    return submittedAt;
  }

  public String claimedBy() {
    return claimedBy;
  }

  public String decidedBy() {
    return decidedBy;
  }

  public String decisionReason() {
    return decisionReason;
  }

  public long version() {
    return version;
  }
}
