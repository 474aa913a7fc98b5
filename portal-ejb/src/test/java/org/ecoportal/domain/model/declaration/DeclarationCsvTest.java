package org.ecoportal.domain.model.declaration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ecoportal.domain.model.application.FieldProblem;
import org.junit.jupiter.api.Test;

class DeclarationCsvTest {

  private static final Function<DeclarationData, List<FieldProblem>> RULES =
      d -> DeclarationRules.problems(d, DeclarationRulesTest.LOOKUPS, DeclarationRulesTest.TODAY, "TAKEN-1"::equals);

  private static DeclarationCsv.Parsed read(String... rows) {
    return DeclarationCsv.read((DeclarationCsv.HEADER + "\n" + String.join("\n", rows) + "\n").getBytes(StandardCharsets.UTF_8));
  }

  private static Set<String> fields(List<FieldProblem> problems) {
    return problems.stream().map(FieldProblem::field).collect(Collectors.toSet());
  }

  @Test
  void rowsWithTheSameNumberFormOneDeclaration() {
    DeclarationCsv.Parsed parsed =
        read("D-1,C-1,2026-11-20,KR-EXP-1,Hanbit,\"Auckland Fine Foods, Ltd\",NZ,1,080810,\"Apples \"\"Fuji\"\"\",800,KGM,800",
            "D-2,,2026-11-21,KR-EXP-1,Hanbit,Kiwi Imports,NZ,,870323,Cars,2,H87,2500.5",
            "d-1,C-1,2026-11-20,KR-EXP-1,Hanbit,\"Auckland Fine Foods, Ltd\",NZ,2,0808.10,Pears,100,KGM,90");
    assertEquals(List.of(), parsed.problems(RULES));
    assertEquals(2, parsed.declarations().size());
    DeclarationCsv.Entry first = parsed.declarations().get(0);
    assertEquals("Auckland Fine Foods, Ltd", first.data().consigneeName());
    assertEquals("Apples \"Fuji\"", first.data().lines().get(0).description());
    assertEquals(List.of(2, 4), first.lineRows());
    assertEquals(new BigDecimal("2500.5"), parsed.declarations().get(1).data().lines().get(0).netWeightKg());
  }

  @Test
  void problemsNameTheRowAndColumnWithTheRowAsArgument() {
    DeclarationCsv.Parsed parsed =
        read("D-1,,2026-11-20,KR-EXP-1,Hanbit,Auckland Fine Foods,NZ,1,080810,Apples,800,KGM,800",
            "D-1,,2026-11-20,KR-EXP-1,Hanbit,Auckland Fine Foods,NZ,2,999999,Pears,lots,KGM,90",
            "TAKEN-1,,20.11.2026,KR-EXP-1,Hanbit,Kiwi,NZ,1,080810,Apples,1,KGM,1");
    List<FieldProblem> problems = parsed.problems(RULES);
    assertEquals(Set.of("rows[3].hsCode", "rows[3].quantity", "rows[4].declaredOn", "rows[4].declarationNumber"), fields(problems));
    FieldProblem quantity = problems.stream().filter(p -> p.field().equals("rows[3].quantity")).findFirst().orElseThrow();
    assertEquals("declaration.import.decimal", quantity.messageKey(), "reported once, as unreadable, not also as missing");
    assertEquals("3", quantity.argument());
  }

  @Test
  void rowsOfOneDeclarationMustAgreeOnItsFields() {
    List<FieldProblem> problems =
        read("D-1,,2026-11-20,KR-EXP-1,Hanbit,Auckland Fine Foods,NZ,1,080810,Apples,800,KGM,800",
                "D-1,,2026-11-20,KR-EXP-1,Hanbit,Someone Else,NZ,2,080810,Pears,100,KGM,90")
            .problems(RULES);
    assertEquals(List.of(new FieldProblem("rows[3].consigneeName", "declaration.import.inconsistent", "3")), problems);
  }

  @Test
  void aFileWithoutTheColumnsOrNotTextIsRefusedAsAWhole() {
    DeclarationCsv.Parsed noColumns = DeclarationCsv.read("number,hs\nD-1,080810\n".getBytes(StandardCharsets.UTF_8));
    assertTrue(noColumns.declarations().isEmpty());
    assertTrue(noColumns.problems(RULES).stream().allMatch(p -> p.field().equals("file")));
    assertTrue(noColumns.problems(RULES).contains(new FieldProblem("file", "declaration.import.missingColumn", "hsCode")));

    assertEquals(List.of(new FieldProblem("file", "declaration.import.notText")),
        DeclarationCsv.read(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2}).problems(RULES));
    assertEquals(List.of(new FieldProblem("file", "declaration.import.notText")),
        DeclarationCsv.read("caf\u00e9".getBytes(StandardCharsets.ISO_8859_1)).problems(RULES));
    assertEquals(List.of(new FieldProblem("file", "declaration.import.tooLarge", "2 MB")),
        DeclarationCsv.read(new byte[DeclarationCsv.MAX_BYTES + 1]).problems(RULES));
    assertEquals(List.of(new FieldProblem("file", "declaration.import.empty")), DeclarationCsv.read(new byte[0]).problems(RULES));
    assertEquals(List.of(new FieldProblem("file", "declaration.import.empty")),
        DeclarationCsv.read((DeclarationCsv.HEADER + "\r\n").getBytes(StandardCharsets.UTF_8)).problems(RULES));
  }

  @Test
  void quotedValuesMayHoldCommasQuotesAndLineBreaks() {
    assertEquals(List.of(List.of("a", "b,c", "d\"e"), List.of("f\ng", "")), DeclarationCsv.records("a,\"b,c\",\"d\"\"e\"\r\n\"f\ng\",\n"));
  }
}
