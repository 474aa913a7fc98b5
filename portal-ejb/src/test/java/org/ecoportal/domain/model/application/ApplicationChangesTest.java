package org.ecoportal.domain.model.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApplicationChangesTest {

  private static ItemLine apples(String quantity) {
    return new ItemLine("080810", "Apples", null, 40, "CT", new BigDecimal(quantity), "KGM", new BigDecimal("860"), new BigDecimal("800"),
        "WO", "INV-1", LocalDate.of(2026, 11, 20), new BigDecimal("2400"), "USD");
  }

  private static ApplicationData data(String consignee, List<ItemLine> items) {
    return new ApplicationData(null, consignee, "Quay St", "NZ", "NZ-1", "Orchards", "KR-NZ-FTA", true, "1", "HMM", null, "KRPUS", "NZAKL",
        null, null, items);
  }

  @Test
  void namesEachChangedFieldWithOldAndNewValue() {
    String changes = ApplicationChanges.between(data("Auckland Foods", List.of(apples("800"))), data("Auckland Fine Foods", List.of(apples("750"))));
    assertEquals("consigneeName: Auckland Foods → Auckland Fine Foods; items[0].quantity: 800 → 750", changes);
  }

  @Test
  void sameValuesWrittenDifferentlyAreNoChange() {
    assertNull(ApplicationChanges.between(data("Auckland Foods", List.of(apples("800"))), data(" Auckland Foods ", List.of(apples("800.000")))));
  }

  @Test
  void addedAndRemovedLinesAreNamed() {
    assertEquals("items[1]: added", ApplicationChanges.between(data("A", List.of(apples("1"))), data("A", List.of(apples("1"), apples("2")))));
    assertEquals("items[0]: removed", ApplicationChanges.between(data("A", List.of(apples("1"))), data("A", List.of())));
  }

  @Test
  void longChangesAreCutToFitTheHistory() {
    String changes = ApplicationChanges.between(data("A", List.of()), data("x".repeat(3000), List.of()));
    assertTrue(changes.length() <= ApplicationChanges.MAX_LENGTH && changes.endsWith("…"), changes.length() + "");
  }
}
