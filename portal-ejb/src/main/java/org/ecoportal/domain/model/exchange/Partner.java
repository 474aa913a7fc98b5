package org.ecoportal.domain.model.exchange;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.ecoportal.domain.model.application.WorkflowException;
import org.ecoportal.domain.model.tenant.Tenant;

/**
 * An economy a tenant sends its certificates to: where its single window receives AS4 messages,
 * the party id it answers to, the certificate it signs its messages with and the certificates its
 * chambers sign certificates of origin with (both trusted explicitly; none yet means not yet
 * trusted) and which documents it takes. Always within exactly one tenant.
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

  @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
  @JoinColumn(name = "partner_id", nullable = false, updatable = false)
  @OrderBy("addedAt")
  private List<TrustedIssuer> issuers = new ArrayList<>();

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

  /**
   * From now on certificates of origin signed with this certificate, or with one it issued, are the
   * partner's.
   *
   * @throws IllegalStateException when it is trusted already (see {@link #trustsIssuer})
   */
  public TrustedIssuer trustIssuer(PartnerCertificate certificate, String addedBy, Instant now) {
    if (trustsIssuer(certificate)) {
      throw new IllegalStateException("Certificate " + certificate.fingerprint() + " is trusted for partner " + partyId + " already");
    }
    TrustedIssuer issuer = new TrustedIssuer(certificate, addedBy, now);
    issuers.add(issuer);
    return issuer;
  }

  public boolean trustsIssuer(PartnerCertificate certificate) {
    String fingerprint = certificate.fingerprint();
    return issuers.stream().anyMatch(i -> i.fingerprint().equals(fingerprint));
  }

  /** Certificates signed by this issuer, or by one it issued, are no longer taken; false when it is not one of the partner's. */
  public boolean distrustIssuer(UUID issuerId) {
    return issuers.removeIf(i -> i.id().equals(issuerId));
  }

  /** Why a certificate of origin signed with {@code signer} is not the partner's, or nothing when it is. */
  public Optional<String> whyUntrustedIssuer(X509Certificate signer, Instant now) {
    return IssuerTrust.whyUntrusted(issuers.stream().map(TrustedIssuer::certificate).toList(), signer, now);
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

  /** The certificates trusted to sign the partner's certificates of origin, oldest first. */
  public List<TrustedIssuer> issuers() {
    return List.copyOf(issuers);
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
