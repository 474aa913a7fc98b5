package org.ecoportal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.ecoportal.application.DeclarationComparison.Difference;
import org.ecoportal.domain.model.application.ApplicationData;
import org.ecoportal.domain.model.application.ItemLine;
import org.ecoportal.domain.model.declaration.DeclarationData;
import org.ecoportal.domain.model.declaration.DeclarationLine;
import org.junit.jupiter.api.Test;

class DeclarationComparisonTest {

  private static ItemLine item(String hs, String quantity, String unit, String net) {
    return new ItemLine(hs, "Goods", null, 1, "cartons", new BigDecimal(quantity), unit, new BigDecimal(net), new BigDecimal(net), "WO",
        "INV-1", LocalDate.of(2026, 11, 20), BigDecimal.TEN, "USD");
  }

  private static ApplicationData application(String consignee, String country, List<ItemLine> items) {
    return new ApplicationData(UUID.randomUUID(), consignee, "12 Quay St", country, "NZBN-1", "Hanbit Orchards", "KR-NZ-FTA", true, "1",
        "HMM", LocalDate.of(2026, 11, 25), "KRPUS", "NZAKL", null, null, items, "D-1");
  }

  private static DeclarationView declaration(String consignee, String country, List<DeclarationLine> lines) {
    return new DeclarationView(UUID.randomUUID(), new DeclarationData("D-1", null, LocalDate.of(2026, 11, 20), "KR-EXP-1", "Hanbit",
        consignee, country, lines), "customs", Instant.EPOCH, "SCREEN", 0);
  }

  @Test
  void theSameFactsWrittenDifferentlyAreNoDifference() {
    DeclarationComparison same =
        DeclarationComparison.of(
            declaration("AUCKLAND  Fine Foods ltd", "NZ", List.of(new DeclarationLine(1, "080810", "Apples", new BigDecimal("800.000"), "KGM", new BigDecimal("800")))),
            application(" Auckland Fine Foods Ltd", "nz", List.of(item("080810", "800", "KGM", "800.0"))));
    assertEquals(List.of(), same.differences());
  }

  @Test
  void eachDifferenceNamesItsFieldAndLine() {
    DeclarationComparison c =
        DeclarationComparison.of(
            declaration("Kiwi Imports", "AU", List.of(new DeclarationLine(1, "080810", "Apples", new BigDecimal("750"), "KGM", new BigDecimal("750")),
                new DeclarationLine(2, "080830", "Pears", new BigDecimal("100"), "KGM", new BigDecimal("100")))),
            application("Auckland Fine Foods Ltd", "NZ", List.of(item("080810", "800", "KGM", "800"), item("080830", "100", "H87", "100"),
                item("870323", "2", "H87", "2500"))));
    assertEquals(List.of(
            new Difference("consigneeName", "Auckland Fine Foods Ltd", "Kiwi Imports"),
            new Difference("consigneeCountry", "NZ", "AU"),
            new Difference("lines[0].quantity", "800 KGM", "750 KGM"),
            new Difference("lines[0].netWeightKg", "800 kg", "750 kg"),
            new Difference("lines[1].quantity", "100 H87", "100 KGM"),
            new Difference("lines[2]", "870323 · 2 H87", null)),
        c.differences());
    assertEquals(3, c.differences().get(5).line());
    assertEquals("line", c.differences().get(5).name());
    assertEquals("netWeightKg", c.differences().get(3).name());
    assertEquals(null, c.differences().get(0).line());
  }

  @Test
  void aLineOnlyCustomsDeclaredIsReported() {
    DeclarationComparison c =
        DeclarationComparison.of(
            declaration("A", "NZ", List.of(new DeclarationLine(1, "080810", "Apples", BigDecimal.ONE, "KGM", BigDecimal.ONE),
                new DeclarationLine(2, "080830", "Pears", BigDecimal.TEN, "KGM", BigDecimal.TEN))),
            application("A", "NZ", List.of(item("080810", "1", "KGM", "1"))));
    assertEquals(List.of(new Difference("lines[1]", null, "080830 · 10 KGM")), c.differences());
  }
}
