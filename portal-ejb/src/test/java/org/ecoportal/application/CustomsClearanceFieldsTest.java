package org.ecoportal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.ecoportal.application.CustomsClearance.HeaderField;
import org.ecoportal.application.CustomsClearance.LineField;
import org.ecoportal.domain.model.clearance.MatchRule;
import org.junit.jupiter.api.Test;

/** Every difference a rule finds highlights something on the customs officer's side-by-side view. */
class CustomsClearanceFieldsTest {

  @Test
  void everyRuleHighlightsTheDeclarationsHeaderOrTheFieldsOfItsLine() {
    for (MatchRule rule : MatchRule.values()) {
      if (rule == MatchRule.INVOICE_MATCHES) {
        assertEquals(HeaderField.INVOICES, HeaderField.of(rule), "declared invoices are one field, whichever line names them");
      } else if (rule.perLine()) {
        assertTrue(!LineField.of(rule).isEmpty() && HeaderField.of(rule) == null, rule.name());
      } else {
        assertNotNull(HeaderField.of(rule), rule.name());
        assertTrue(LineField.of(rule).isEmpty(), rule.name());
      }
    }
  }

  @Test
  void lineRulesHighlightTheFieldsTheyCompare() {
    assertEquals(Set.of(LineField.HS_CODE), LineField.of(MatchRule.LINE_HS6));
    assertEquals(Set.of(LineField.QUANTITY, LineField.UNIT), LineField.of(MatchRule.LINE_QUANTITY));
    assertEquals(Set.of(LineField.QUANTITY, LineField.UNIT), LineField.of(MatchRule.QUANTITY_NOT_EXHAUSTED));
    assertEquals(Set.of(LineField.WEIGHT), LineField.of(MatchRule.LINE_WEIGHT));
    assertEquals(Set.of(LineField.LINE), LineField.of(MatchRule.LINE_PAIRED));
  }

  @Test
  void headerRulesHighlightThePartTheyCheck() {
    assertEquals(HeaderField.IMPORTER, HeaderField.of(MatchRule.IMPORTER_MATCHES));
    assertEquals(HeaderField.EXPORTER, HeaderField.of(MatchRule.EXPORTER_MATCHES));
    assertEquals(HeaderField.DATES, HeaderField.of(MatchRule.ISSUED_BEFORE_SHIPMENT));
    assertEquals(HeaderField.DATES, HeaderField.of(MatchRule.WITHIN_VALIDITY));
    assertEquals(HeaderField.SIGNATURE, HeaderField.of(MatchRule.SIGNATURE_VALID));
    assertEquals(HeaderField.STATE, HeaderField.of(MatchRule.NOT_REVOKED));
    assertEquals(HeaderField.STATE, HeaderField.of(MatchRule.NOT_REPLACED));
    assertEquals(HeaderField.CERTIFICATE, HeaderField.of(MatchRule.CERTIFICATE_EXISTS));
  }
}
