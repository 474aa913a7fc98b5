package org.ecoportal.domain.model.certificate;

import java.util.Optional;
import java.util.UUID;
import org.ecoportal.domain.model.tenant.Tenant;

/** Issued certificates and their numbering. */
public interface CertificateRepository {

  /** The next number of the tenant for the year; consecutive and never handed out twice. */
  CertificateNumber nextNumber(Tenant tenant, int year);

  void add(Certificate certificate);

  /** The application's certificate in force, or its latest one when none is. */
  Optional<Certificate> ofApplication(UUID applicationId);

  /** The exporter's certificates, newest first, optionally narrowed by (part of) the number and status. */
  java.util.List<Certificate> ofExporter(Tenant tenant, UUID exporterId, String numberPart, Certificate.Status status, int limit);
}
