package org.ecoportal.domain.model.certificate;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The documents of an issued certificate, written once when it is issued and never changed: the
 * signed UBL {@code CertificateOfOrigin}, its PDF rendering and the X.509 certificate (DER) of the
 * key that signed it.
 */
@Entity
@Table(name = "certificate_document")
public class CertificateDocument {

  @Id
  @Column(name = "certificate_id")
  private UUID certificateId;

  @Basic(fetch = FetchType.LAZY)
  @Column(name = "signed_xml", nullable = false, updatable = false)
  private byte[] signedXml;

  @Basic(fetch = FetchType.LAZY)
  @Column(nullable = false, updatable = false)
  private byte[] pdf;

  @Column(name = "signer_certificate", nullable = false, updatable = false)
  private byte[] signerCertificate;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected CertificateDocument() {}

  public CertificateDocument(UUID certificateId, byte[] signedXml, byte[] pdf, byte[] signerCertificate, Instant createdAt) {
    this.certificateId = Objects.requireNonNull(certificateId, "certificateId");
    this.signedXml = Objects.requireNonNull(signedXml, "signedXml").clone();
    this.pdf = Objects.requireNonNull(pdf, "pdf").clone();
    this.signerCertificate = Objects.requireNonNull(signerCertificate, "signerCertificate").clone();
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
  }

  public UUID certificateId() {
    return certificateId;
  }

  public byte[] signedXml() {
    return signedXml.clone();
  }

  public byte[] pdf() {
    return pdf.clone();
  }

  public byte[] signerCertificate() {
    return signerCertificate.clone();
  }

  public Instant createdAt() {
    return createdAt;
  }
}
