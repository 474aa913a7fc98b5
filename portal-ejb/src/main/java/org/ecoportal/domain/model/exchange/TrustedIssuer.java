package org.ecoportal.domain.model.exchange;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;

/**
 * A certificate the tenant trusts to sign a partner's certificates of origin: a chamber's own
 * certificate, or a CA certificate that issued the chambers' certificates. Part of its
 * {@link Partner}; added and removed through it, never changed.
 */
@Entity
@Table(name = "partner_trusted_issuer")
public class TrustedIssuer {

  @Id private UUID id;

  @Basic(fetch = FetchType.LAZY)
  @Column(nullable = false, updatable = false)
  private byte[] certificate;

  @Column(nullable = false, length = 1000, updatable = false)
  private String subject;

  @Column(nullable = false, length = 64, updatable = false)
  private String fingerprint;

  @Column(name = "not_after", nullable = false, updatable = false)
  private Instant notAfter;

  @Column(name = "added_at", nullable = false, updatable = false)
  private Instant addedAt;

  @Column(name = "added_by", nullable = false, updatable = false)
  private String addedBy;

  protected TrustedIssuer() {}

  TrustedIssuer(PartnerCertificate certificate, String addedBy, Instant addedAt) {
    this.id = UUID.randomUUID();
    this.certificate = certificate.der();
    this.subject = truncated(certificate.subject());
    this.fingerprint = certificate.fingerprint();
    this.notAfter = certificate.notAfter();
    // as the database keeps it, so what is shown before and after storing is the same
    this.addedAt = Objects.requireNonNull(addedAt, "addedAt").truncatedTo(ChronoUnit.MICROS);
    this.addedBy = Objects.requireNonNull(addedBy, "addedBy");
  }

  private static String truncated(String subject) {
    return subject.length() > 1000 ? subject.substring(0, 999) + "…" : subject;
  }

  public UUID id() {
    return id;
  }

  public PartnerCertificate certificate() {
    return PartnerCertificate.ofStored(certificate);
  }

  public String subject() {
    return subject;
  }

  /** SHA-256 of the certificate, 64 lower-case hex digits. */
  public String fingerprint() {
    return fingerprint;
  }

  public Instant notAfter() {
    return notAfter;
  }

  public Instant addedAt() {
    return addedAt;
  }

  /** The user name of the administrator who trusted it. */
  public String addedBy() {
    return addedBy;
  }
}
