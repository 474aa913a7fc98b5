package org.ecoportal.domain.model.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ApplicationRulesTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

  /** A small world of reference data for the rules. */
  private static final ApplicationRules.Lookups LOOKUPS =
      new ApplicationRules.Lookups() {
        public boolean isHsSubheading(String code) { return Set.of("080810", "870323").contains(code); }
        public boolean isCountry(String c) { return Set.of("KR", "NZ", "TW", "CN").contains(c); }
        public boolean isLocation(String l) { return Set.of("KRPUS", "NZAKL").contains(l); }
        public boolean isUnit(String u) { return Set.of("KGM", "H87").contains(u); }
        public boolean isAgreement(String a, String from, String to) { return a.equals("KR-NZ-FTA") && from.equals("KR") && "NZ".equals(to); }
        public boolean isCriterionAllowed(String a, String c) { return Set.of("WO", "PE", "PSR").contains(c); }
      };

  private static ItemLine apples() {
    return new ItemLine("080810", "Apples", null, 40, "cartons", new BigDecimal("800"), "KGM", new BigDecimal("860"),
        new BigDecimal("800"), "WO", "INV-1", TODAY.minusDays(2), new BigDecimal("2400"), "USD");
  }

  private static ApplicationData complete(List<ItemLine> items) {
    return new ApplicationData(UUID.randomUUID(), "Auckland Fine Foods", "12 Quay St", "NZ", "NZBN-9429047654321", "Hanbit Orchards", "KR-NZ-FTA", true, "1",
        "HMM ALGECIRAS", TODAY.plusDays(1), "KRPUS", "NZAKL", null, null, items);
  }

  private static Set<String> fields(List<FieldProblem> problems) {
    return problems.stream().map(FieldProblem::field).collect(Collectors.toSet());
  }

  @Test
  void aCompleteApplicationHasNoProblems() {
    assertEquals(List.of(), ApplicationRules.submissionProblems(complete(List.of(apples())), "KR", LOOKUPS, TODAY));
  }

  @Test
  void anEmptyApplicationNamesEveryRequiredField() {
    Set<String> fields = fields(ApplicationRules.submissionProblems(ApplicationData.blank(), "KR", LOOKUPS, TODAY));
    assertTrue(fields.containsAll(Set.of("chamberId", "consigneeName", "consigneeAddress", "consigneeCountry", "producerName",
        "agreementCode", "transportMeans", "departureDate", "loadingPort", "dischargePort", "items")), fields.toString());
  }

  @Test
  void eachBadGoodsFieldIsNamedWithItsLine() {
    ItemLine bad = new ItemLine("999999", " ", null, 0, null, new BigDecimal("-1"), "XXX", new BigDecimal("10"), new BigDecimal("11"),
        "ZZ", null, null, BigDecimal.ZERO, "usd");
    Set<String> fields = fields(ApplicationRules.submissionProblems(complete(List.of(apples(), bad)), "KR", LOOKUPS, TODAY));
    assertEquals(Set.of("items[1].hsCode", "items[1].description", "items[1].packageCount", "items[1].quantity", "items[1].unitCode",
        "items[1].netWeightKg", "items[1].originCriterion", "items[1].invoiceNumber", "items[1].invoiceDate", "items[1].invoiceValue",
        "items[1].currency"), fields);
  }

  @Test
  void portsMustBelongToTheirCountriesAndTheCountriesDiffer() {
    ApplicationData swapped = new ApplicationData(UUID.randomUUID(), "X", "Y", "KR", "ID-1", "P", "KR-NZ-FTA", true, "1", "M", TODAY,
        "NZAKL", "KRPUS", null, null, List.of(apples()));
    Set<String> fields = fields(ApplicationRules.submissionProblems(swapped, "KR", LOOKUPS, TODAY));
    assertTrue(fields.containsAll(Set.of("consigneeCountry", "agreementCode", "loadingPort")), fields.toString());
  }

  @Test
  void draftsRefuseOnlyWhatCannotBeStored() {
    ApplicationData longName = new ApplicationData(null, "x".repeat(201), null, null, null, null, null, true, null, null, null, null, null, null, null, List.of());
    assertEquals(Set.of("consigneeName"), fields(ApplicationRules.draftProblems(longName)));
    assertEquals(List.of(), ApplicationRules.draftProblems(ApplicationData.blank()));
  }
}
