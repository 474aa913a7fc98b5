package org.ecoportal.domain.model.importing;

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
import org.ecoportal.domain.model.exchange.ReceivedCertificate;
import org.ecoportal.domain.model.organisation.Organisation;
import org.ecoportal.domain.model.organisation.OrganisationKind;
import org.ecoportal.domain.model.tenant.Tenant;

/**
 * One received certificate number as the importing side works on it: opened with the delivery that
 * brought the certificate, for the importer organisation found by the consignee's identifier (or
 * none yet), accepted by one of that importer's users. Later deliveries about the same certificate
 * (its revocation, its replacement) change what the case shows, never open another one.
 */
@Entity
@Table(name = "import_case")
public class ImportCase {

  /** What became of the certificate since it arrived. */
  public enum CertificateState {
    VALID,
    REPLACED,
    REVOKED
  }

  @Id private UUID id;

  @Column(nullable = false, length = 8, updatable = false)
  private String tenant;

  @Column(name = "certificate_number", nullable = false, length = 100, updatable = false)
  private String certificateNumber;

  @Column(name = "partner_id", nullable = false, updatable = false)
  private UUID partnerId;

  @Column(name = "received_id", nullable = false, updatable = false)
  private UUID receivedId;

  @Column(name = "importer_id")
  private UUID importerId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private ImportStatus status;

  @Enumerated(EnumType.STRING)
  @Column(name = "certificate_state", nullable = false, length = 16)
  private CertificateState certificateState;

  @Column(name = "replaced_by", length = 100)
  private String replacedBy;

  @Column(name = "opened_at", nullable = false, updatable = false)
  private Instant openedAt;

  @Column(name = "accepted_by", length = 255)
  private String acceptedBy;

  @Column(name = "accepted_at")
  private Instant acceptedAt;

  @Column(name = "broker_id")
  private UUID brokerId;

  @Column(name = "broker_assigned_by", length = 255)
  private String brokerAssignedBy;

  @Column(name = "broker_assigned_at")
  private Instant brokerAssignedAt;

  @Version private long version;

  protected ImportCase() {}

  /** The case of the certificate {@code received} brought, for {@code importer} ({@code null}: not known). */
  public ImportCase(ReceivedCertificate received, Organisation importer) {
    this.id = UUID.randomUUID();
    this.tenant = received.tenant().code();
    this.certificateNumber = received.certificateNumber();
    this.partnerId = received.partnerId();
    this.receivedId = received.id();
    this.openedAt = received.receivedAt();
    this.certificateState = CertificateState.VALID;
    if (importer == null) {
      this.status = ImportStatus.UNASSIGNED;
    } else {
      this.importerId = importerOf(received.tenant(), importer);
      this.status = ImportStatus.NEW;
    }
  }

  private static UUID importerOf(Tenant tenant, Organisation importer) {
    if (importer.tenant() != tenant || importer.kind() != OrganisationKind.TRADER) {
      throw new WorkflowException("importCase.error.notAnImporter");
    }
    return importer.id();
  }

  /** The tenant administrator names the importer of a case no importer was found for. */
  public void assignTo(Organisation importer) {
    if (status != ImportStatus.UNASSIGNED) {
      throw new WorkflowException("importCase.error.alreadyAssigned");
    }
    this.importerId = importerOf(tenant(), importer);
    this.status = ImportStatus.NEW;
  }

  /** One of the importer's users takes the certificate on. */
  public void accept(String username, Instant at) {
    if (status != ImportStatus.NEW) {
      throw new WorkflowException("importCase.error.notNew");
    }
    this.acceptedBy = Objects.requireNonNull(username, "username");
    this.acceptedAt = Objects.requireNonNull(at, "at");
    this.status = ImportStatus.ACCEPTED;
  }

  /**
   * The importer names the customs broker that declares the goods: a brokerage organisation of the
   * case's tenant. Only an accepted case gets a broker; naming another one replaces the first.
   */
  public void assignBroker(Organisation broker, String username, Instant at) {
    if (status != ImportStatus.ACCEPTED) {
      throw new WorkflowException("importCase.error.notAccepted");
    }
    if (broker.tenant() != tenant() || broker.kind() != OrganisationKind.BROKERAGE) {
      throw new WorkflowException("importCase.error.notABroker");
    }
    this.brokerId = broker.id();
    this.brokerAssignedBy = Objects.requireNonNull(username, "username");
    this.brokerAssignedAt = Objects.requireNonNull(at, "at");
  }

  /** The partner revoked the certificate. */
  public void revoked() {
    this.certificateState = CertificateState.REVOKED;
  }

  /** The partner replaced the certificate by {@code number}; a revocation stays what it shows. */
  public void replacedBy(String number) {
    this.replacedBy = Objects.requireNonNull(number, "number");
    if (certificateState == CertificateState.VALID) {
      this.certificateState = CertificateState.REPLACED;
    }
  }

  public UUID id() {
    return id;
  }

  public Tenant tenant() {
    return Tenant.fromCode(tenant).orElseThrow();
  }

  public String certificateNumber() {
    return certificateNumber;
  }

  public UUID partnerId() {
    return partnerId;
  }

  public UUID receivedId() {
    return receivedId;
  }

  /** The importer organisation, {@code null} while unassigned. */
  public UUID importerId() {
    return importerId;
  }

  public ImportStatus status() {
    return status;
  }

  public CertificateState certificateState() {
    return certificateState;
  }

  public String replacedByNumber() {
    return replacedBy;
  }

  public Instant openedAt() {
    return openedAt;
  }

  public String acceptedBy() {
    return acceptedBy;
  }

  public Instant acceptedAt() {
    return acceptedAt;
  }

  /** The brokerage organisation declaring the goods, {@code null} until the importer names one. */
  public UUID brokerId() {
    return brokerId;
  }

  public String brokerAssignedBy() {
    return brokerAssignedBy;
  }

  public Instant brokerAssignedAt() {
    return brokerAssignedAt;
  }

  public long version() {
    return version;
  }
}
