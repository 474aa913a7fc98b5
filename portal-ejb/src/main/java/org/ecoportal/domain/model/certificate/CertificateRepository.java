package org.ecoportal.domain.model.certificate;

import java.util.Optional;
import java.util.UUID;
import org.ecoportal.domain.model.tenant.Tenant;

/** Issued certificates and their numbering. */
public interface CertificateRepository {

  /** The next number of the tenant for the year; consecutive and never handed out twice. */
  CertificateNumber nextNumber(Tenant tenant, int year);

  void add(Certificate certificate);

  Optional<Certificate> ofApplication(UUID applicationId);
}
