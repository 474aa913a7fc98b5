package org.ecoportal.domain.model.certificate;

import java.util.Optional;
import java.util.UUID;
import org.ecoportal.domain.model.tenant.Tenant;

/** Issued certificates and their numbering. */
public interface CertificateRepository {

  /** The next number of the tenant for the year; consecutive and never handed out twice. */
  CertificateNumber nextNumber(Tenant tenant, int year);

  void add(Certificate certificate);

  /** Keeps an issued certificate's documents, in the issuing transaction. */
  void addDocument(CertificateDocument document);

  /** The documents of a certificate, if it has them. */
  Optional<CertificateDocument> documentOf(UUID certificateId);

  /** The certificate with this number in the tenant. */
  Optional<Certificate> byNumber(Tenant tenant, String number);

  /** The application's certificate in force, or its latest one when none is. */
  Optional<Certificate> ofApplication(UUID applicationId);

  /**
   * The exporter's certificates, newest first, optionally narrowed by (part of) the number, the
   * status and the time of issue ({@code from} inclusive, {@code until} exclusive).
   */
  java.util.List<Certificate> ofExporter(
      Tenant tenant, UUID exporterId, String numberPart, Certificate.Status status, java.time.Instant from, java.time.Instant until, int limit);
}
