package org.ecoportal.domain.model.exchange;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.ecoportal.domain.model.application.WorkflowException;
import org.ecoportal.domain.model.tenant.Tenant;

/**
 * An economy a tenant sends its certificates to: where its single window receives AS4 messages,
 * the party id it answers to, the certificate it signs with (trusted explicitly; none yet means
 * not yet trusted) and which documents it takes. Always within exactly one tenant.
 */
@Entity
@Table(name = "exchange_partner")
public class Partner {

  @Id private UUID id;

  @Column(nullable = false, length = 8)
  private String tenant;

  @Column(nullable = false, length = 2)
  private String country;

  @Column(nullable = false, length = 200)
  private String name;

  @Column(name = "endpoint_url", nullable = false, length = 500)
  private String endpointUrl;

  @Column(name = "party_id", nullable = false, length = 200)
  private String partyId;

  @Column(name = "signing_certificate")
  private byte[] signingCertificate;

  @Column(name = "takes_issued", nullable = false)
  private boolean takesIssued;

  @Column(name = "takes_replaced", nullable = false)
  private boolean takesReplaced;

  @Column(name = "takes_revoked", nullable = false)
  private boolean takesRevoked;

  @Column(nullable = false)
  private boolean active;

  @Version private long version;

  protected Partner() {}

  public Partner(Tenant tenant, String country, String name, String endpointUrl, String partyId, Set<ExchangeKind> documents) {
    this.id = UUID.randomUUID();
    this.tenant = Objects.requireNonNull(tenant, "tenant").code();
    this.country = Objects.requireNonNull(country, "country");
    this.active = true;
    restate(name, endpointUrl, partyId, documents, true);
  }

  /** Takes the administrator's statement of the partner (already checked by {@link PartnerRules}). */
  public void restate(String name, String endpointUrl, String partyId, Set<ExchangeKind> documents, boolean active) {
    this.name = Objects.requireNonNull(name, "name");
    this.endpointUrl = Objects.requireNonNull(endpointUrl, "endpointUrl");
    this.partyId = Objects.requireNonNull(partyId, "partyId");
    this.takesIssued = documents.contains(ExchangeKind.ISSUED);
    this.takesReplaced = documents.contains(ExchangeKind.REPLACED);
    this.takesRevoked = documents.contains(ExchangeKind.REVOKED);
    this.active = active;
  }

  /** From now on messages signed with this certificate are the partner's. */
  public void trust(PartnerCertificate certificate) {
    this.signingCertificate = certificate.der();
  }

  public void requireVersion(long seen) {
    if (version != seen) {
      throw new WorkflowException("application.error.changedMeanwhile");
    }
  }

  /** The partner is active and takes documents of this kind. */
  public boolean receives(ExchangeKind kind) {
    return active && documents().contains(kind);
  }

  public UUID id() {
    return id;
  }

  public Tenant tenant() {
    return Tenant.fromCode(tenant).orElseThrow();
  }

  /** The partner economy, ISO 3166-1 alpha-2. */
  public String country() {
    return country;
  }

  public String name() {
    return name;
  }

  public String endpointUrl() {
    return endpointUrl;
  }

  public String partyId() {
    return partyId;
  }

  public Optional<PartnerCertificate> signingCertificate() {
    return signingCertificate == null ? Optional.empty() : Optional.of(PartnerCertificate.ofStored(signingCertificate));
  }

  public Set<ExchangeKind> documents() {
    Set<ExchangeKind> kinds = EnumSet.noneOf(ExchangeKind.class);
    if (takesIssued) {
      kinds.add(ExchangeKind.ISSUED);
    }
    if (takesReplaced) {
      kinds.add(ExchangeKind.REPLACED);
    }
    if (takesRevoked) {
      kinds.add(ExchangeKind.REVOKED);
    }
    return kinds;
  }

  public boolean active() {
    return active;
  }

  public long version() {
    return version;
  }
}
