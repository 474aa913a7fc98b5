package org.ecoportal.domain.model.clearance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ecoportal.domain.model.certificate.CertificateContent;
import org.ecoportal.domain.model.certificate.CertificateContent.Item;
import org.ecoportal.domain.model.certificate.CertificateContent.Party;
import org.ecoportal.domain.model.clearance.ImportDeclarationData.Line;
import org.ecoportal.domain.model.clearance.MatchResult.LinePair;
import org.junit.jupiter.api.Test;

class DeclarationMatcherTest {

  private static final String NUMBER = "KR-2026-000123";
  private static final LocalDate ISSUED = LocalDate.of(2026, 3, 2);
  private static final LocalDate SHIPPED = LocalDate.of(2026, 3, 5);
  private static final Party EXPORTER = party("Hanbit Trading Co., Ltd.", "KR-123-45-67890");
  private static final Party CONSIGNEE = party("Formosa Imports", "TW12345678");

  private static final Item LAPTOPS = item(1, "8471.30", "100", "NAR", "250", "INV-001");
  private static final Item CHAIRS = item(2, "9403.60", "40", "NAR", "800", "INV-001");

  private static final Line LAPTOPS_DECLARED = line(1, "8471.30.00", "100", "NAR", "250");
  private static final Line CHAIRS_DECLARED = line(2, "940360", "40", "NAR", "800");

  // ---- a full match

  @Test
  void aDeclarationThatAgreesInEverythingMatchesAndEveryRuleRan() {
    MatchResult result = match(declaration(LAPTOPS_DECLARED, CHAIRS_DECLARED), onRecord(LAPTOPS, CHAIRS));

    assertTrue(result.matched(), () -> result.differences().toString());
    assertEquals(MatchResult.Outcome.MATCHED, result.outcome());
    assertEquals(Set.of(MatchRule.values()), Set.copyOf(result.rulesRun()));
    assertTrue(result.rulesSwitchedOff().isEmpty());
    assertTrue(result.rulesNotRun().isEmpty());
    assertEquals(List.of(new LinePair(1, 1), new LinePair(2, 2)), result.pairs());
  }

  @Test
  void identifiersCompareWithoutCaseSpacesAndPunctuation() {
    ImportDeclarationData declaration = new ImportDeclarationData("TW-ID-1", NUMBER, "tw 1234-5678", "Hanbit Trading", "kr1234567890",
        LocalDate.of(2026, 3, 20), SHIPPED, List.of("inv 001"), List.of(LAPTOPS_DECLARED, CHAIRS_DECLARED));

    assertTrue(match(declaration, onRecord(LAPTOPS, CHAIRS)).matched());
  }

  @Test
  void linesNotClaimingPreferenceAreNotMatched() {
    Line notClaimed = new Line(3, "0101.21", "horses", new BigDecimal("2"), "NAR", new BigDecimal("900"), false);

    MatchResult result = match(declaration(LAPTOPS_DECLARED, CHAIRS_DECLARED, notClaimed), onRecord(LAPTOPS, CHAIRS));

    assertTrue(result.matched());
    assertEquals(2, result.pairs().size());
  }

  // ---- each rule failing on its own

  @Test
  void aCertificateNeverReceivedIsTheOnlyDifferenceAndNothingElseRuns() {
    MatchResult result = DeclarationMatcher.match(declaration(LAPTOPS_DECLARED), null, MatchingRules.DEFAULT);

    Difference only = onlyDifference(result, MatchRule.CERTIFICATE_EXISTS);
    assertTrue(only.isHeader());
    assertEquals(NUMBER, only.expected());
    assertEquals(List.of(MatchRule.CERTIFICATE_EXISTS), result.rulesRun());
    assertEquals(MatchRule.values().length - 1, result.rulesNotRun().size());
  }

  @Test
  void anInvalidSignatureIsADifference() {
    CertificateOnRecord certificate = new CertificateOnRecord(content(LAPTOPS, CHAIRS), false, CertificateState.VALID, Map.of());

    onlyDifference(match(fullDeclaration(), certificate), MatchRule.SIGNATURE_VALID);
  }

  @Test
  void aRevokedCertificateIsADifference() {
    CertificateOnRecord certificate = new CertificateOnRecord(content(LAPTOPS, CHAIRS), true, CertificateState.REVOKED, Map.of());

    Difference difference = onlyDifference(match(fullDeclaration(), certificate), MatchRule.NOT_REVOKED);
    assertEquals("revoked", difference.found());
  }

  @Test
  void aReplacedCertificateNamesItsReplacement() {
    CertificateOnRecord certificate =
        new CertificateOnRecord(content(LAPTOPS, CHAIRS), true, CertificateState.replacedBy("KR-2026-000200"), Map.of());

    Difference difference = onlyDifference(match(fullDeclaration(), certificate), MatchRule.NOT_REPLACED);
    assertEquals("KR-2026-000200", difference.expected());
    assertEquals(NUMBER, difference.found());
    assertTrue(difference.reason().contains("KR-2026-000200"));
  }

  @Test
  void anotherImporterIsADifference() {
    ImportDeclarationData declaration = new ImportDeclarationData("TW-ID-1", NUMBER, "TW99999999", "Hanbit Trading Co., Ltd.",
        "KR1234567890", LocalDate.of(2026, 3, 20), SHIPPED, List.of("INV-001"), List.of(LAPTOPS_DECLARED, CHAIRS_DECLARED));

    Difference difference = onlyDifference(match(declaration, onRecord(LAPTOPS, CHAIRS)), MatchRule.IMPORTER_MATCHES);
    assertEquals("TW12345678", difference.expected());
    assertEquals("TW99999999", difference.found());
  }

  @Test
  void anotherExporterIsADifferenceByIdentifier() {
    ImportDeclarationData declaration = new ImportDeclarationData("TW-ID-1", NUMBER, "TW12345678", "Hanbit Trading Co., Ltd.",
        "KR0000000000", LocalDate.of(2026, 3, 20), SHIPPED, List.of("INV-001"), List.of(LAPTOPS_DECLARED, CHAIRS_DECLARED));

    assertEquals("KR0000000000", onlyDifference(match(declaration, onRecord(LAPTOPS, CHAIRS)), MatchRule.EXPORTER_MATCHES).found());
  }

  @Test
  void withoutAnExporterIdentifierTheNamesAreCompared() {
    ImportDeclarationData sameName = new ImportDeclarationData("TW-ID-1", NUMBER, "TW12345678", "HANBIT TRADING CO LTD", null,
        LocalDate.of(2026, 3, 20), SHIPPED, List.of("INV-001"), List.of(LAPTOPS_DECLARED, CHAIRS_DECLARED));
    ImportDeclarationData otherName = new ImportDeclarationData("TW-ID-1", NUMBER, "TW12345678", "Other Trading", null,
        LocalDate.of(2026, 3, 20), SHIPPED, List.of("INV-001"), List.of(LAPTOPS_DECLARED, CHAIRS_DECLARED));

    assertTrue(match(sameName, onRecord(LAPTOPS, CHAIRS)).matched());
    onlyDifference(match(otherName, onRecord(LAPTOPS, CHAIRS)), MatchRule.EXPORTER_MATCHES);
  }

  @Test
  void aCertificateIssuedAfterShipmentIsADifferenceButTheSameDayIsNot() {
    ImportDeclarationData shippedOnIssueDay = withDates(ISSUED, LocalDate.of(2026, 3, 20));
    ImportDeclarationData shippedTheDayBefore = withDates(ISSUED.minusDays(1), LocalDate.of(2026, 3, 20));

    assertTrue(match(shippedOnIssueDay, onRecord(LAPTOPS, CHAIRS)).matched());
    Difference difference = onlyDifference(match(shippedTheDayBefore, onRecord(LAPTOPS, CHAIRS)), MatchRule.ISSUED_BEFORE_SHIPMENT);
    assertEquals("issued 2026-03-02", difference.found());
  }

  @Test
  void withoutAShipmentDateTheCertificatesDepartureDateCounts() {
    ImportDeclarationData noShipmentDate = withDates(null, LocalDate.of(2026, 3, 20));

    assertTrue(match(noShipmentDate, onRecord(LAPTOPS, CHAIRS)).matched());
  }

  @Test
  void aDeclarationOnTheLastDayOfValidityMatchesAndTheDayAfterDoesNot() {
    LocalDate lastDay = ISSUED.plusDays(365);

    assertTrue(match(withDates(SHIPPED, lastDay), onRecord(LAPTOPS, CHAIRS)).matched());
    Difference difference = onlyDifference(match(withDates(SHIPPED, lastDay.plusDays(1)), onRecord(LAPTOPS, CHAIRS)), MatchRule.WITHIN_VALIDITY);
    assertEquals("declared by " + lastDay, difference.expected());
  }

  @Test
  void aDeclaredLineWithAnHsCodeNoCertificateLineHasIsExplained() {
    Line other = line(2, "8528.72", "40", "NAR", "800");

    Difference difference = onlyDifference(match(declaration(LAPTOPS_DECLARED, other), onRecord(LAPTOPS, CHAIRS)), MatchRule.LINE_HS6);
    assertEquals(2, difference.declarationLine());
    assertNull(difference.certificateLine());
    assertEquals("a certificate line with HS 852872", difference.expected());
    assertEquals("certificate lines 1: 847130, 2: 940360", difference.found());
  }

  @Test
  void anHsCodeOfFewerThanSixDigitsPairsWithNothing() {
    Line shortCode = line(2, "9403", "40", "NAR", "800");

    Difference difference = onlyDifference(match(declaration(LAPTOPS_DECLARED, shortCode), onRecord(LAPTOPS, CHAIRS)), MatchRule.LINE_HS6);
    assertTrue(difference.reason().contains("fewer than 6 digits"));
  }

  @Test
  void anotherUnitIsADifferenceAndUnitsAreNotConverted() {
    Line inKilograms = line(1, "847130", "250", "KGM", "250");

    Difference difference = onlyDifference(match(declaration(inKilograms, CHAIRS_DECLARED), onRecord(LAPTOPS, CHAIRS)), MatchRule.LINE_QUANTITY);
    assertEquals("100 NAR", difference.expected());
    assertEquals("250 KGM", difference.found());
  }

  @Test
  void anInvoiceTheDeclarationDoesNotNameIsADifferenceOnTheLine() {
    Item otherInvoice = item(2, "9403.60", "40", "NAR", "800", "INV-777");

    Difference difference = onlyDifference(match(fullDeclaration(), onRecord(LAPTOPS, otherInvoice)), MatchRule.INVOICE_MATCHES);
    assertEquals(2, difference.declarationLine());
    assertEquals(2, difference.certificateLine());
    assertEquals("INV-777", difference.expected());
  }

  @Test
  void aDeclarationNamingNoInvoiceIsOneDifferenceForTheWholeDeclaration() {
    ImportDeclarationData noInvoice = new ImportDeclarationData("TW-ID-1", NUMBER, "TW12345678", "Hanbit Trading Co., Ltd.", "KR1234567890",
        LocalDate.of(2026, 3, 20), SHIPPED, List.of(), List.of(LAPTOPS_DECLARED, CHAIRS_DECLARED));

    assertTrue(onlyDifference(match(noInvoice, onRecord(LAPTOPS, CHAIRS)), MatchRule.INVOICE_MATCHES).isHeader());
  }

  @Test
  void theCertificateMustBeTheOneTheDeclarationQuotes() {
    ImportDeclarationData quotingAnother = new ImportDeclarationData("TW-ID-1", "KR-2026-999999", "TW12345678", null, null,
        LocalDate.of(2026, 3, 20), SHIPPED, List.of(), List.of());

    assertThrows(IllegalArgumentException.class, () -> match(quotingAnother, onRecord(LAPTOPS)));
  }

  // ---- tolerance edges: 5% of 100 NAR is 5, 5% of 250 kg is 12.5

  @Test
  void aQuantityExactlyAtTheToleranceMatchesEitherWay() {
    assertTrue(match(declaration(line(1, "847130", "105", "NAR", "250")), onRecord(LAPTOPS)).matched());
    assertTrue(match(declaration(line(1, "847130", "95", "NAR", "250")), onRecord(LAPTOPS)).matched());
  }

  @Test
  void aQuantityJustOverTheToleranceIsADifference() {
    Difference over = onlyDifference(match(declaration(line(1, "847130", "105.01", "NAR", "250")), onRecord(LAPTOPS)), MatchRule.LINE_QUANTITY);
    Difference under = onlyDifference(match(declaration(line(1, "847130", "94.99", "NAR", "250")), onRecord(LAPTOPS)), MatchRule.LINE_QUANTITY);

    assertEquals("100 NAR (tolerance 5%)", over.expected());
    assertEquals("105.01 NAR", over.found());
    assertTrue(over.reason().contains("exceeds"));
    assertTrue(under.reason().contains("falls short of"));
  }

  @Test
  void aWeightExactlyAtTheToleranceMatchesAndJustOverDoesNot() {
    assertTrue(match(declaration(line(1, "847130", "100", "NAR", "262.5")), onRecord(LAPTOPS)).matched());

    Difference difference = onlyDifference(match(declaration(line(1, "847130", "100", "NAR", "262.51")), onRecord(LAPTOPS)), MatchRule.LINE_WEIGHT);
    assertEquals("262.51 kg", difference.found());
  }

  @Test
  void withAPercentAndAnAbsoluteToleranceTheLargerAllowanceApplies() {
    MatchingRules rules = MatchingRules.DEFAULT.withQuantityTolerance(new Tolerance(new BigDecimal("5"), new BigDecimal("8")));

    assertTrue(matchUnder(declaration(line(1, "847130", "108", "NAR", "250")), onRecord(LAPTOPS), rules).matched());
    onlyDifference(matchUnder(declaration(line(1, "847130", "108.001", "NAR", "250")), onRecord(LAPTOPS), rules), MatchRule.LINE_QUANTITY);
  }

  @Test
  void withPartialShipmentsASmallerQuantityMatchesButALargerOneStillNeedsTheTolerance() {
    MatchingRules partial = MatchingRules.DEFAULT.withPartialShipments(true);

    assertTrue(matchUnder(declaration(line(1, "847130", "30", "NAR", "75")), onRecord(LAPTOPS), partial).matched());
    assertTrue(matchUnder(declaration(line(1, "847130", "105", "NAR", "250")), onRecord(LAPTOPS), partial).matched());
    Difference difference =
        onlyDifference(matchUnder(declaration(line(1, "847130", "105.01", "NAR", "250")), onRecord(LAPTOPS), partial), MatchRule.LINE_QUANTITY);
    assertTrue(difference.expected().startsWith("at most 100 NAR"));
  }

  // ---- several lines, partial pairing

  @Test
  void linesOfTheSameHsCodePairByTheNearestQuantityAndALineLeftOverIsExplained() {
    Item small = item(1, "8471.30", "40", "NAR", "100", "INV-001");
    Item large = item(2, "8471.30", "60", "NAR", "150", "INV-001");
    Line declaredLarge = line(1, "847130", "60", "NAR", "150");
    Line declaredSmall = line(2, "847130", "40", "NAR", "100");
    Line extra = line(3, "847130", "10", "NAR", "25");

    MatchResult result = match(declaration(declaredLarge, declaredSmall, extra), onRecord(small, large, CHAIRS));

    assertEquals(List.of(new LinePair(1, 2), new LinePair(2, 1)), result.pairs());
    Difference difference = onlyDifference(result, MatchRule.LINE_PAIRED);
    assertEquals(3, difference.declarationLine());
    assertEquals("all taken: 1 (by declared line 2), 2 (by declared line 1)", difference.found());
  }

  @Test
  void eachLineIsReportedOnItsOwnWhenSeveralDiffer() {
    Line laptopsOver = line(1, "847130", "120", "NAR", "250");
    Line chairsHeavy = line(2, "940360", "40", "NAR", "900");

    MatchResult result = match(declaration(laptopsOver, chairsHeavy), onRecord(LAPTOPS, CHAIRS));

    assertEquals(2, result.differences().size());
    assertEquals(1, result.differencesOf(MatchRule.LINE_QUANTITY).get(0).declarationLine());
    assertEquals(2, result.differencesOf(MatchRule.LINE_WEIGHT).get(0).declarationLine());
  }

  @Test
  void thePreferredPairHasTheSameUnit() {
    Item byWeight = item(1, "8471.30", "100", "KGM", "100", "INV-001");
    Item byPiece = item(2, "8471.30", "90", "NAR", "250", "INV-001");

    MatchResult result = match(declaration(line(1, "847130", "90", "NAR", "250")), onRecord(byWeight, byPiece));

    assertEquals(List.of(new LinePair(1, 2)), result.pairs());
    assertTrue(result.matched());
  }

  // ---- earlier declarations

  @Test
  void aQuantityAlreadyUsedByEarlierDeclarationsIsExhausted() {
    MatchingRules partial = MatchingRules.DEFAULT.withPartialShipments(true);
    CertificateOnRecord used = new CertificateOnRecord(content(LAPTOPS), true, CertificateState.VALID, Map.of(1, new BigDecimal("70")));

    assertTrue(matchUnder(declaration(line(1, "847130", "35", "NAR", "80")), used, partial).matched(), "70 + 35 is 100 plus 5%");
    Difference difference = onlyDifference(matchUnder(declaration(line(1, "847130", "35.01", "NAR", "80")), used, partial),
        MatchRule.QUANTITY_NOT_EXHAUSTED);
    assertEquals("at most 30 NAR remaining", difference.expected());
    assertEquals("35.01 NAR", difference.found());
    assertTrue(difference.reason().contains("already used 70 NAR"));
  }

  @Test
  void aFullyUsedCertificateLineLeavesNothing() {
    CertificateOnRecord used = new CertificateOnRecord(content(LAPTOPS), true, CertificateState.VALID, Map.of(1, new BigDecimal("100")));

    Difference difference = onlyDifference(match(declaration(LAPTOPS_DECLARED), used), MatchRule.QUANTITY_NOT_EXHAUSTED);
    assertEquals("at most 0 NAR remaining", difference.expected());
  }

  // ---- configuration

  @Test
  void aRuleSwitchedOffForTheAgreementDoesNotRunAndTheResultSaysSo() {
    MatchingConfiguration configuration = MatchingConfiguration.parse("agreement.RCEP.rules.off = LINE_WEIGHT, INVOICE_MATCHES");
    Line heavy = line(1, "847130", "100", "NAR", "400");
    Item otherInvoice = item(1, "8471.30", "100", "NAR", "250", "INV-777");

    MatchResult underRcep = matchUnder(declaration(heavy), onRecord(otherInvoice), configuration.rulesFor("RCEP"));
    MatchResult underOther = matchUnder(declaration(heavy), onRecord(otherInvoice), configuration.rulesFor("KOREA-US"));

    assertTrue(underRcep.matched());
    assertEquals(EnumSet.of(MatchRule.LINE_WEIGHT, MatchRule.INVOICE_MATCHES), EnumSet.copyOf(underRcep.rulesSwitchedOff()));
    assertFalse(underRcep.rulesRun().contains(MatchRule.LINE_WEIGHT));
    assertEquals(2, underOther.differences().size());
  }

  @Test
  void withHsPairingSwitchedOffLinesPairByQuantityAlone() {
    MatchingRules rules = MatchingRules.DEFAULT.switchingOff(Set.of(MatchRule.LINE_HS6));
    Line otherCode = line(1, "8528.72", "40", "NAR", "800");

    MatchResult result = matchUnder(declaration(otherCode), onRecord(LAPTOPS, CHAIRS), rules);

    assertTrue(result.matched());
    assertEquals(List.of(new LinePair(1, 2)), result.pairs());
  }

  @Test
  void anAgreementsValidityOverridesTheDefault() {
    MatchingConfiguration configuration = MatchingConfiguration.parse("validity.days = 180\nagreement.RCEP.validity.days = 365");
    ImportDeclarationData lateDeclaration = withDates(SHIPPED, ISSUED.plusDays(200));

    assertTrue(matchUnder(lateDeclaration, onRecord(LAPTOPS, CHAIRS), configuration.rulesFor("rcep")).matched());
    onlyDifference(matchUnder(lateDeclaration, onRecord(LAPTOPS, CHAIRS), configuration.rulesFor(null)), MatchRule.WITHIN_VALIDITY);
  }

  // ---- helpers

  private static Difference onlyDifference(MatchResult result, MatchRule rule) {
    assertEquals(MatchResult.Outcome.DIFFERENCES, result.outcome());
    assertEquals(1, result.differences().size(), () -> result.differences().toString());
    Difference difference = result.differences().get(0);
    assertEquals(rule, difference.rule(), difference::toString);
    return difference;
  }

  private static MatchResult match(ImportDeclarationData declaration, CertificateOnRecord certificate) {
    return matchUnder(declaration, certificate, MatchingRules.DEFAULT);
  }

  private static MatchResult matchUnder(ImportDeclarationData declaration, CertificateOnRecord certificate, MatchingRules rules) {
    return DeclarationMatcher.match(declaration, certificate, rules);
  }

  private static ImportDeclarationData fullDeclaration() {
    return declaration(LAPTOPS_DECLARED, CHAIRS_DECLARED);
  }

  private static ImportDeclarationData declaration(Line... lines) {
    return new ImportDeclarationData("TW-ID-1", NUMBER, "TW-1234-5678", "Hanbit Trading Co., Ltd.", "KR1234567890",
        LocalDate.of(2026, 3, 20), SHIPPED, List.of("INV-001"), List.of(lines));
  }

  private static ImportDeclarationData withDates(LocalDate shipped, LocalDate declaredOn) {
    return new ImportDeclarationData("TW-ID-1", NUMBER, "TW12345678", "Hanbit Trading Co., Ltd.", "KR1234567890",
        declaredOn, shipped, List.of("INV-001"), List.of(LAPTOPS_DECLARED, CHAIRS_DECLARED));
  }

  private static CertificateOnRecord onRecord(Item... items) {
    return new CertificateOnRecord(content(items), true, CertificateState.VALID, Map.of());
  }

  private static CertificateContent content(Item... items) {
    return new CertificateContent(NUMBER, ISSUED, party("Korea Chamber of Commerce", "KCCI"), EXPORTER, null, CONSIGNEE, "KR", "TW",
        "RCEP", "Regional Comprehensive Economic Partnership", true,
        new CertificateContent.Transport("1", "HANJIN SEOUL", SHIPPED, "KRPUS", "TWKHH", null),
        List.of(items), null, "https://kr.example/verify/" + NUMBER, null);
  }

  private static Party party(String name, String identifier) {
    return new Party(name, identifier, "1 Main Street", "Seoul", "04500", "KR");
  }

  private static Item item(int sequence, String hsCode, String quantity, String unit, String netWeightKg, String invoice) {
    return new Item(sequence, hsCode, "goods " + sequence, "N/M", 1, "PK", new BigDecimal(quantity), unit, new BigDecimal(netWeightKg),
        new BigDecimal(netWeightKg), "PE", invoice, ISSUED.minusDays(3), new BigDecimal("1000"), "USD");
  }

  private static Line line(int lineNumber, String hsCode, String quantity, String unit, String netWeightKg) {
    return new Line(lineNumber, hsCode, "goods " + lineNumber, new BigDecimal(quantity), unit, new BigDecimal(netWeightKg), true);
  }
}
