package org.ecoportal.infrastructure.reference;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ReferenceLookupsTest {

  private final ReferenceLookups lookups = new ReferenceLookups();

  @Test
  void hsCodesHaveSixDigitsInAnExistingChapter() {
    assertTrue(lookups.isHsSubheading("080810"));
    assertFalse(lookups.isHsSubheading("0808"));
    assertFalse(lookups.isHsSubheading("771000"));
    assertFalse(lookups.isHsSubheading("999999"));
    assertFalse(lookups.isHsSubheading("00a810"));
  }

  @Test
  void portsAreUnLocodesOfARealCountry() {
    assertTrue(lookups.isLocation("KRPUS"));
    assertTrue(lookups.isLocation("NZAKL"));
    assertFalse(lookups.isLocation("XXPUS"));
    assertFalse(lookups.isLocation("KRP1S"));
  }

  @Test
  void agreementsBindTheirPartiesOnly() {
    assertTrue(lookups.isAgreement("KR-NZ-FTA", "KR", "NZ"));
    assertTrue(lookups.isAgreement("KR-NZ-FTA", "NZ", "KR"));
    assertFalse(lookups.isAgreement("ECFA", "KR", "NZ"));
    assertTrue(lookups.isAgreement("ECFA", "TW", "CN"));
    assertTrue(lookups.isAgreement("NON-PREF", "TW", "KR"));
    assertFalse(lookups.isAgreement("RCEP", "TW", "KR"));
  }

  @Test
  void originCriteriaBelongToTheirAgreement() {
    assertTrue(lookups.isCriterionAllowed("KR-NZ-FTA", "WO"));
    assertFalse(lookups.isCriterionAllowed("KR-NZ-FTA", "RVC"));
    assertTrue(lookups.isCriterionAllowed("RCEP", "RVC"));
  }
}
