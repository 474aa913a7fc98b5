package org.ecoportal.domain.model.certificate;

import java.util.Locale;
import org.ecoportal.domain.model.tenant.Tenant;

/**
 * A certificate number in the tenant's format {@code <COUNTRY>-<year>-<six-digit sequence>}, e.g.
 * {@code KR-2026-000042}: consecutive per tenant and year, never reused.
 */
public record CertificateNumber(String value) {

  public CertificateNumber {
    if (value == null || !value.matches("[A-Z]{2}-\\d{4}-\\d{6,}")) {
      throw new IllegalArgumentException("Not a certificate number: " + value);
    }
  }

  public static CertificateNumber of(Tenant tenant, int year, long sequence) {
    if (sequence <= 0) {
      throw new IllegalArgumentException("sequence must be positive");
    }
    return new CertificateNumber(String.format(Locale.ROOT, "%s-%04d-%06d", tenant.country(), year, sequence));
  }
}
