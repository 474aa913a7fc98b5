package org.ecoportal.domain.model.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.ecoportal.domain.model.tenant.Tenant;
import org.junit.jupiter.api.Test;

class CertificateNumberTest {

  @Test
  void numbersCarryCountryYearAndSequence() {
    assertEquals("KR-2026-000042", CertificateNumber.of(Tenant.KR, 2026, 42).value());
    assertEquals("TW-2027-1234567", CertificateNumber.of(Tenant.TW, 2027, 1_234_567).value());
  }

  @Test
  void malformedNumbersAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> new CertificateNumber("KR-26-1"));
    assertThrows(IllegalArgumentException.class, () -> CertificateNumber.of(Tenant.NZ, 2026, 0));
  }
}
