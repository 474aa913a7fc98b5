package org.ecoportal.domain.model.clearance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.ecoportal.domain.model.clearance.MatchingConfiguration.InvalidConfigurationException;
import org.junit.jupiter.api.Test;

class MatchingConfigurationTest {

  @Test
  void anEmptyConfigurationIsTheDefault() {
    MatchingConfiguration configuration = MatchingConfiguration.parse("# nothing but a comment\n\n");

    assertEquals(MatchingRules.DEFAULT, configuration.rulesFor("RCEP"));
    assertEquals(new BigDecimal("5"), MatchingRules.DEFAULT.quantityTolerance().percent());
    assertEquals(365, MatchingRules.DEFAULT.validityDays());
  }

  @Test
  void aTenantFileSetsDefaultsAndAgreementsDifferOnlyWhereTheySaySo() {
    MatchingConfiguration configuration = MatchingConfiguration.parse(String.join("\n",
        "agreement.RCEP.quantity.tolerance.percent = 2.5",
        "quantity.tolerance.percent = 3",
        "quantity.tolerance.absolute = 1",
        "weight.tolerance.absolute = 0.5",
        "validity.days = 180",
        "partial.shipments = TRUE",
        "rules.off = INVOICE_MATCHES, line_weight",
        "agreement.RCEP.validity.days = 365",
        "agreement.RCEP.rules.off =",
        "agreement.ChAFTA.validity.days = 730"));

    MatchingRules defaults = configuration.rulesFor("KOREA-US");
    assertEquals(new Tolerance(new BigDecimal("3"), new BigDecimal("1")), defaults.quantityTolerance());
    assertEquals(new Tolerance(new BigDecimal("5"), new BigDecimal("0.5")), defaults.weightTolerance());
    assertEquals(180, defaults.validityDays());
    assertTrue(defaults.partialShipments());
    assertEquals(Set.of(MatchRule.INVOICE_MATCHES, MatchRule.LINE_WEIGHT), defaults.switchedOff());

    MatchingRules rcep = configuration.rulesFor("rcep");
    assertEquals(new Tolerance(new BigDecimal("2.5"), new BigDecimal("1")), rcep.quantityTolerance(), "starts from the tenant's defaults");
    assertEquals(365, rcep.validityDays());
    assertEquals(Set.of(), rcep.switchedOff());

    MatchingRules chafta = configuration.rulesFor("CHAFTA");
    assertEquals(730, chafta.validityDays());
    assertEquals(defaults.switchedOff(), chafta.switchedOff());
  }

  @Test
  void everyBadLineIsNamedWithItsNumberAndWhy() {
    InvalidConfigurationException e = assertThrows(InvalidConfigurationException.class, () -> MatchingConfiguration.parse(String.join("\n",
        "quantity.tolerance.percent = five",
        "weight.tolerance.absolute = -1",
        "validity.days = 0",
        "partial.shipments = maybe",
        "rules.off = LINE_WEIGHT, NO_SUCH_RULE",
        "colour = blue",
        "just some words",
        "validity.days = 30",
        "agreement.RCEP = 1",
        "agreement.RCEP.rules.off = CERTIFICATE_EXISTS")));

    List<String> problems = e.problems();
    assertEquals(List.of(
        "line 1: 'quantity.tolerance.percent' must be a number such as 5 or 2.5, was 'five'",
        "line 2: 'weight.tolerance.absolute' must not be negative, was -1",
        "line 3: 'validity.days' must be 1 to 3650 days, was 0",
        "line 4: 'partial.shipments' must be true or false, was 'maybe'",
        "line 5: 'rules.off' names unknown rules [NO_SUCH_RULE]; rules are " + List.of(MatchRule.values()),
        "line 6: unknown key 'colour'; known keys are [quantity.tolerance.percent, quantity.tolerance.absolute, weight.tolerance.percent,"
            + " weight.tolerance.absolute, validity.days, partial.shipments, rules.off], also after 'agreement.<CODE>.'",
        "line 7: expected 'key = value', found 'just some words'",
        "line 8: 'validity.days' is already set on line 3",
        "line 9: 'agreement.RCEP' is not 'agreement.<CODE>.' followed by one of [quantity.tolerance.percent, quantity.tolerance.absolute,"
            + " weight.tolerance.percent, weight.tolerance.absolute, validity.days, partial.shipments, rules.off]",
        "line 10: 'rules.off' cannot switch off CERTIFICATE_EXISTS: nothing can be matched without the certificate"),
        problems);
    assertTrue(e.getMessage().startsWith("Matching configuration is not valid: line 1:"));
  }

  @Test
  void rulesCannotBeBuiltInconsistentInCodeEither() {
    assertThrows(IllegalArgumentException.class, () -> MatchingRules.DEFAULT.switchingOff(Set.of(MatchRule.CERTIFICATE_EXISTS)));
    assertThrows(IllegalArgumentException.class, () -> MatchingRules.DEFAULT.withValidityDays(0));
    assertThrows(IllegalArgumentException.class, () -> new Tolerance(new BigDecimal("-1"), BigDecimal.ZERO));
  }

  @Test
  void aToleranceReadsAsPeopleWriteIt() {
    assertEquals("5%", Tolerance.percent("5").toString());
    assertEquals("5% or 2", new Tolerance(new BigDecimal("5.0"), new BigDecimal("2")).toString());
    assertEquals("0.5", new Tolerance(BigDecimal.ZERO, new BigDecimal("0.50")).toString());
  }
}
