package org.ecoportal.domain.model.clearance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.ecoportal.domain.model.application.ApplicationRules;
import org.ecoportal.domain.model.application.FieldProblem;
import org.junit.jupiter.api.Test;

class ImportDeclarationRulesTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

  private static final ApplicationRules.Lookups LOOKUPS = new ApplicationRules.Lookups() {
    @Override
    public boolean isHsSubheading(String code) {
      return Set.of("080810", "080830").contains(code);
    }

    @Override
    public boolean isCountry(String alpha2) {
      return true;
    }

    @Override
    public boolean isLocation(String unlocode) {
      return true;
    }

    @Override
    public boolean isUnit(String code) {
      return Set.of("KGM", "NAR").contains(code);
    }

    @Override
    public boolean isAgreement(String code, String exportCountry, String importCountry) {
      return true;
    }

    @Override
    public boolean isCriterionAllowed(String agreementCode, String criterion) {
      return true;
    }
  };

  private static ImportDeclarationContent.Line apples() {
    return new ImportDeclarationContent.Line(1, "0808.10.00", "Fresh apples", new BigDecimal("800"), "KGM", new BigDecimal("800"), true);
  }

  private static ImportDeclarationContent complete(List<ImportDeclarationContent.Line> lines) {
    return new ImportDeclarationContent("ID-2026-1", "NON-PREF", "TW-IMP-1", "Hanbit Trading Co.", "KR-1", TODAY, List.of("INV-1"), lines);
  }

  private static List<String> fields(List<FieldProblem> problems) {
    return problems.stream().map(p -> p.field() + " " + p.messageKey()).toList();
  }

  @Test
  void aCompleteDeclarationMaySubmit() {
    assertEquals(List.of(), ImportDeclarationRules.submitProblems(complete(List.of(apples())), LOOKUPS, TODAY, n -> false));
  }

  @Test
  void aDraftNeedsOnlyItsNumberAndValuesThatFit() {
    ImportDeclarationContent empty = new ImportDeclarationContent("ID-1", null, null, null, null, null, null,
        List.of(new ImportDeclarationContent.Line(1, null, null, null, null, null, false)));
    assertEquals(List.of(), ImportDeclarationRules.draftProblems(empty, n -> false));
    ImportDeclarationContent noNumber = new ImportDeclarationContent(" ", null, null, null, null, null, null, null);
    assertEquals(List.of("declarationNumber importDeclaration.error.required"), fields(ImportDeclarationRules.draftProblems(noNumber, n -> false)));
    assertEquals(List.of("declarationNumber importDeclaration.error.duplicate"), fields(ImportDeclarationRules.draftProblems(empty, n -> true)));
    ImportDeclarationContent wrong = new ImportDeclarationContent("ID 1!", null, null, "x".repeat(201), null, null, null,
        List.of(new ImportDeclarationContent.Line(1, null, null, new BigDecimal("1.0001"), "KGMX", null, false)));
    assertEquals(List.of("declarationNumber importDeclaration.error.number", "exporterName importDeclaration.error.tooLong",
        "lines[0].unitCode importDeclaration.error.tooLong", "lines[0].quantity importDeclaration.error.amount"),
        fields(ImportDeclarationRules.draftProblems(wrong, n -> false)));
  }

  @Test
  void submittingChecksEveryFieldOfEveryLine() {
    ImportDeclarationContent empty = new ImportDeclarationContent("ID-1", null, null, null, null, TODAY.plusDays(1), null,
        List.of(apples(), new ImportDeclarationContent.Line(1, "08081", null, BigDecimal.ZERO, "XXX", new BigDecimal("-1"), true),
            new ImportDeclarationContent.Line(3, "999999", "x", new BigDecimal("-2"), null, null, true)));
    assertEquals(List.of(
            "agreementCode importDeclaration.error.required",
            "importerIdentifier importDeclaration.error.required",
            "exporterName importDeclaration.error.required",
            "shipmentDate importDeclaration.error.future",
            "lines[1].lineNumber importDeclaration.error.lineNumber",
            "lines[1].hsCode importDeclaration.error.hsCode",
            "lines[1].description importDeclaration.error.required",
            "lines[1].quantity importDeclaration.error.positive",
            "lines[1].unitCode importDeclaration.error.unit",
            "lines[1].netWeightKg importDeclaration.error.negative",
            "lines[2].hsCode importDeclaration.error.hsCode",
            "lines[2].quantity importDeclaration.error.positive",
            "lines[2].unitCode importDeclaration.error.required",
            "lines[2].netWeightKg importDeclaration.error.required"),
        fields(ImportDeclarationRules.submitProblems(empty, LOOKUPS, TODAY, n -> false)));
  }

  @Test
  void submittingNeedsALineAndAcceptsLongerNationalCodesAndZeroWeight() {
    assertEquals(List.of("lines importDeclaration.error.noLines"),
        fields(ImportDeclarationRules.submitProblems(complete(List.of()), LOOKUPS, TODAY, n -> false)));
    List<ImportDeclarationContent.Line> lines = new ArrayList<>();
    lines.add(new ImportDeclarationContent.Line(1, "0808 30 1000", "Pears", new BigDecimal("0.5"), "NAR", BigDecimal.ZERO, false));
    assertTrue(ImportDeclarationRules.submitProblems(complete(lines), LOOKUPS, TODAY, n -> false).isEmpty());
    lines.add(new ImportDeclarationContent.Line(2, "08083010001", "Pears", BigDecimal.ONE, "NAR", BigDecimal.ONE, false));
    assertEquals(List.of("lines[1].hsCode importDeclaration.error.hsCode"),
        fields(ImportDeclarationRules.submitProblems(complete(lines), LOOKUPS, TODAY, n -> false)), "at most ten digits");
  }
}
