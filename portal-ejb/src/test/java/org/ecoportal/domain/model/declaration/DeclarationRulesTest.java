package org.ecoportal.domain.model.declaration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.ecoportal.domain.model.application.ApplicationRules;
import org.ecoportal.domain.model.application.FieldProblem;
import org.junit.jupiter.api.Test;

class DeclarationRulesTest {

  static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

  /** A small world of reference data for the rules. */
  static final ApplicationRules.Lookups LOOKUPS =
      new ApplicationRules.Lookups() {
        public boolean isHsSubheading(String code) { return Set.of("080810", "870323").contains(code); }
        public boolean isCountry(String c) { return Set.of("KR", "NZ", "TW", "CN").contains(c); }
        public boolean isLocation(String l) { return false; }
        public boolean isUnit(String u) { return Set.of("KGM", "H87").contains(u); }
        public boolean isAgreement(String a, String from, String to) { return false; }
        public boolean isCriterionAllowed(String a, String c) { return false; }
      };

  static DeclarationData apples(String number) {
    return new DeclarationData(number, "CLR-1", TODAY.minusDays(1), "KR-EXP-1208145678", "Hanbit Trading Co.", "Auckland Fine Foods Ltd", "NZ",
        List.of(new DeclarationLine(1, "080810", "Fresh apples", new BigDecimal("800"), "KGM", new BigDecimal("800"))));
  }

  private static Set<String> fields(List<FieldProblem> problems) {
    return problems.stream().map(FieldProblem::field).collect(Collectors.toSet());
  }

  @Test
  void aCompleteDeclarationHasNoProblems() {
    assertEquals(List.of(), DeclarationRules.problems(apples("40512-26-100123X"), LOOKUPS, TODAY, n -> false));
  }

  @Test
  void anEmptyDeclarationNamesEveryRequiredField() {
    DeclarationData empty = new DeclarationData(null, null, null, " ", null, null, null, List.of()).normalised();
    assertEquals(Set.of("declarationNumber", "declaredOn", "exporterIdentifier", "exporterName", "consigneeName", "consigneeCountry", "lines"),
        fields(DeclarationRules.problems(empty, LOOKUPS, TODAY, n -> false)));
  }

  @Test
  void eachBadGoodsFieldIsNamedWithItsLine() {
    DeclarationLine bad = new DeclarationLine(1, "999999", " ", BigDecimal.ZERO, "XXX", new BigDecimal("-1"));
    DeclarationData data = apples("D-1");
    data = new DeclarationData(data.declarationNumber(), null, data.declaredOn(), data.exporterIdentifier(), data.exporterName(),
        data.consigneeName(), "ZZ", List.of(data.lines().get(0), bad)).normalised();
    assertEquals(Set.of("consigneeCountry", "lines[1].lineNumber", "lines[1].hsCode", "lines[1].description", "lines[1].quantity",
            "lines[1].unitCode", "lines[1].netWeightKg"),
        fields(DeclarationRules.problems(data, LOOKUPS, TODAY, n -> false)));
  }

  @Test
  void aNumberTheTenantHasIsADuplicateAndAFutureDateIsRefused() {
    DeclarationData data = apples("D-1");
    DeclarationData future = new DeclarationData("D 1", null, TODAY.plusDays(1), data.exporterIdentifier(), data.exporterName(),
        data.consigneeName(), "nz", data.lines()).normalised();
    List<FieldProblem> problems = DeclarationRules.problems(future, LOOKUPS, TODAY, n -> false);
    assertEquals(List.of(new FieldProblem("declarationNumber", "declaration.error.number"), new FieldProblem("declaredOn", "declaration.error.future")),
        problems);
    assertEquals(List.of(new FieldProblem("declarationNumber", "declaration.error.duplicate")),
        DeclarationRules.problems(data, LOOKUPS, TODAY, "D-1"::equals));
  }

  @Test
  void normalisingTidiesCodesAndNumbersLinesByPosition() {
    DeclarationData typed = new DeclarationData(" d-7 ", " ", TODAY, "kr-exp-1", " Hanbit ", "A", "nz",
        List.of(new DeclarationLine(null, "0808.10", "Apples", BigDecimal.ONE, "kgm", BigDecimal.ONE),
            new DeclarationLine(null, "870323", "Cars", BigDecimal.ONE, "h87", BigDecimal.TEN)));
    DeclarationData tidy = typed.normalised();
    assertEquals("D-7", tidy.declarationNumber());
    assertEquals(null, tidy.clearanceReference());
    assertEquals("KR-EXP-1", tidy.exporterIdentifier());
    assertEquals("NZ", tidy.consigneeCountry());
    assertEquals("080810", tidy.lines().get(0).hsCode());
    assertEquals("KGM", tidy.lines().get(0).unitCode());
    assertEquals(List.of(1, 2), tidy.lines().stream().map(DeclarationLine::lineNumber).toList());
  }
}
