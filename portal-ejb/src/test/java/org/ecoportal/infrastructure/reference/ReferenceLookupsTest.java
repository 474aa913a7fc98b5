package org.ecoportal.infrastructure.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ReferenceLookupsTest {

  private final ReferenceLookups lookups = new ReferenceLookups();

  @Test
  void hsCodesMustBeSubheadingsOfTheNomenclature() {
    assertTrue(lookups.isHsSubheading("080810"));
    assertTrue(lookups.isHsSubheading("010121"));
    assertTrue(lookups.isHsSubheading("850760"));
    assertFalse(lookups.isHsSubheading("080899"));
    assertFalse(lookups.isHsSubheading("0808"));
    assertFalse(lookups.isHsSubheading("771000"));
    assertFalse(lookups.isHsSubheading("999999"));
    assertFalse(lookups.isHsSubheading("00a810"));
    assertFalse(lookups.isHsSubheading(null));
  }

  @Test
  void hsSubheadingsAreFoundByCodePrefix() {
    List<String> apples = lookups.searchHs("0808", 10).stream().map(HsSubheading::code).toList();
    assertEquals(List.of("080810", "080830", "080840"), apples);
    assertEquals("080810", lookups.searchHs("0808.1", 10).get(0).code());
    assertEquals(5, lookups.searchHs("84", 5).size());
    assertEquals(List.of(), lookups.searchHs("", 10));
  }

  @Test
  void hsSubheadingsCarryTheirDescriptionsAndAreFoundByThem() {
    assertTrue(lookups.hsDescription("080810").orElseThrow().toLowerCase().contains("apples"));
    assertTrue(lookups.searchHs("apples", 10).stream().anyMatch(s -> s.code().equals("080810")));
    assertTrue(lookups.searchHs("APPLES fresh", 10).stream().anyMatch(s -> s.code().equals("080810")));
    assertTrue(lookups.searchHs("apples", 10).stream().allMatch(s -> s.description().toLowerCase().contains("apples")));
    assertTrue(lookups.hsDescription("080899").isEmpty());
  }

  @Test
  void locationsOfTheDemoEconomiesMustBeListedInUnLocode() {
    for (String port : List.of("KRPUS", "KRINC", "TWKHH", "TWKEL", "TWTPE", "NZAKL", "CNSHA")) {
      assertTrue(lookups.isLocation(port), port);
    }
    assertFalse(lookups.isLocation("KRZZZ"));
    assertFalse(lookups.isLocation("NZQQQ"));
  }

  @Test
  void locationsElsewhereNeedOnlyTheFormAndARealCountry() {
    assertTrue(lookups.isLocation("NLRTM"));
    assertFalse(lookups.isLocation("XXPUS"));
    assertFalse(lookups.isLocation("KRP1S"));
    assertFalse(lookups.isLocation(null));
  }

  @Test
  void locationsCarryTheirNamesAndFunctions() {
    Location busan = lookups.location("KRPUS").orElseThrow();
    assertEquals("Busan", busan.name());
    assertTrue(busan.isPort());
    assertTrue(lookups.location("TWKHH").orElseThrow().isPort());
    assertTrue(lookups.ports("KR").stream().anyMatch(l -> l.code().equals("KRICN") && l.isAirport()));
    assertTrue(lookups.locations("NZ").stream().allMatch(l -> l.country().equals("NZ")));
    assertEquals(List.of(), lookups.locations("JP"));
  }

  @Test
  void locationsAreFoundByCodeAndByName() {
    assertEquals("KRPUS", lookups.searchLocations("KRPUS", 5).get(0).code());
    assertEquals("KRPUS", lookups.searchLocations("kr pus", 5).get(0).code());
    assertTrue(lookups.searchLocations("kaohsiung", 10).stream().anyMatch(l -> l.code().equals("TWKHH")));
    assertTrue(lookups.searchLocations("Auckland", 10).stream().anyMatch(l -> l.code().equals("NZAKL")));
    assertEquals(3, lookups.searchLocations("CN", 3).size());
    assertEquals(List.of(), lookups.searchLocations(" ", 10));
  }

  @Test
  void unitsAreTheCurrentRec20Codes() {
    for (String unit : List.of("KGM", "TNE", "GRM", "LTR", "MTQ", "MTR", "MTK", "H87", "C62", "NAR", "PR", "DZN", "SET", "KMT", "MLT", "HLT", "CMT", "MMT", "KWH")) {
      assertTrue(lookups.isUnit(unit), unit);
    }
    assertFalse(lookups.isUnit("XYZ"));
    assertFalse(lookups.isUnit("kgm"));
    assertFalse(lookups.isUnit(null));
    assertEquals("kilogram", lookups.unit("KGM").orElseThrow().name());
    assertTrue(lookups.units().size() > 1000);
  }

  @Test
  void countriesAreNamedInTheAskedLanguage() {
    assertTrue(lookups.isCountry("TW"));
    assertFalse(lookups.isCountry("XX"));
    assertEquals("New Zealand", lookups.countryName("NZ", Locale.ENGLISH));
    assertTrue(lookups.countries(Locale.ENGLISH).stream().anyMatch(c -> c.code().equals("KR")));
  }

  @Test
  void agreementsBindTheirPartiesOnly() {
    assertTrue(lookups.isAgreement("KR-NZ-FTA", "KR", "NZ"));
    assertTrue(lookups.isAgreement("KR-NZ-FTA", "NZ", "KR"));
    assertFalse(lookups.isAgreement("ECFA", "KR", "NZ"));
    assertTrue(lookups.isAgreement("ECFA", "TW", "CN"));
    assertTrue(lookups.isAgreement("NON-PREF", "TW", "KR"));
    assertFalse(lookups.isAgreement("RCEP", "TW", "KR"));
    assertFalse(lookups.isAgreement("NO-SUCH", "KR", "NZ"));
  }

  @Test
  void agreementsBetweenTwoCountriesIncludeNonPreferentialOrigin() {
    List<String> krNz = lookups.agreementsBetween("KR", "NZ").stream().map(AgreementInfo::code).toList();
    assertEquals(List.of("KR-NZ-FTA", "RCEP", "NON-PREF"), krNz);
    List<String> twKr = lookups.agreementsBetween("TW", "KR").stream().map(AgreementInfo::code).toList();
    assertEquals(List.of("NON-PREF"), twKr);
    assertEquals("Regional Comprehensive Economic Partnership Agreement", lookups.agreement("RCEP").orElseThrow().name());
  }

  @Test
  void originCriteriaBelongToTheirAgreement() {
    assertTrue(lookups.isCriterionAllowed("KR-NZ-FTA", "WO"));
    assertFalse(lookups.isCriterionAllowed("KR-NZ-FTA", "RVC"));
    assertTrue(lookups.isCriterionAllowed("RCEP", "RVC"));
    assertFalse(lookups.isCriterionAllowed("NO-SUCH", "WO"));
  }

  @Test
  void aMissingReferenceFileFailsWithItsName() {
    ReferenceLookups broken = new ReferenceLookups("no-such-folder/");
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> broken.isUnit("KGM"));
    assertTrue(e.getMessage().contains("no-such-folder/unece-rec20-units.tsv"), e.getMessage());
  }
}
