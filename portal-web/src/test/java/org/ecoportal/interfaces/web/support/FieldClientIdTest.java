package org.ecoportal.interfaces.web.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FieldClientIdTest {

  @Test
  void aProblemOfATableRowLandsOnTheInputOfThatRow() {
    assertEquals("application:items:2:hsCode", Messages.clientId("application", "items[2].hsCode"));
    assertEquals("declaration:lines:0:netWeightKg", Messages.clientId("declaration", "lines[0].netWeightKg"));
    assertEquals("declaration:lines", Messages.clientId("declaration", "lines[3]"));
    assertEquals("declaration:lines", Messages.clientId("declaration", "lines"));
    assertEquals("declaration:consigneeName", Messages.clientId("declaration", "consigneeName"));
  }
}
