package org.ecoportal.domain.model.clearance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.ecoportal.domain.model.application.WorkflowException;
import org.ecoportal.domain.model.importing.ImportCase;
import org.ecoportal.domain.model.importing.ImportCaseTest;
import org.ecoportal.domain.model.organisation.Organisation;
import org.ecoportal.domain.model.organisation.OrganisationKind;
import org.ecoportal.domain.model.tenant.Tenant;
import org.junit.jupiter.api.Test;

class ImportDeclarationTest {

  private static final Instant NOW = Instant.parse("2026-12-02T08:00:00Z");
  private static final Organisation IMPORTER = new Organisation(Tenant.TW, OrganisationKind.TRADER, "Formosa Imports", "TW1", "TW");
  private static final Organisation BROKER = new Organisation(Tenant.TW, OrganisationKind.BROKERAGE, "Keelung Brokers", "TWB1", "TW");

  @Test
  void onlyTheCasesBrokerDraftsADeclaration() {
    ImportCase accepted = new ImportCase(ImportCaseTest.received(), IMPORTER);
    accepted.accept("importer", NOW);
    assertEquals("importDeclaration.error.notTheBroker",
        assertThrows(WorkflowException.class, () -> draft(accepted, BROKER.id())).messageKey(), "no broker named yet");
    accepted.assignBroker(BROKER, "importer", NOW);
    assertThrows(WorkflowException.class, () -> draft(accepted, UUID.randomUUID()), "another brokerage");
    ImportDeclaration draft = draft(accepted, BROKER.id());
    assertEquals(List.of(ImportDeclarationStatus.DRAFT, "KR-2026-000001", "TW-ID-1"),
        List.of(draft.status(), draft.certificateNumber(), draft.declarationNumber()));
  }

  @Test
  void aSubmittedDeclarationKeepsItsResultAndIsDecidedOnce() {
    ImportDeclaration declaration = draft(brokered(), BROKER.id());
    declaration.revise(content("TW-ID-2", "15"), NOW.plusSeconds(1));
    MatchResult result = new MatchResult(
        MatchResult.Outcome.DIFFERENCES,
        List.of(new Difference(1, 1, MatchRule.LINE_QUANTITY, "10 NAR", "15 NAR", "Declared quantity exceeds the certificate's")),
        List.of(MatchRule.CERTIFICATE_EXISTS, MatchRule.LINE_QUANTITY), List.of(MatchRule.INVOICE_MATCHES), List.of(),
        List.of(new MatchResult.LinePair(1, 1)));
    declaration.submit("broker", LocalDate.of(2026, 12, 2), result, NOW.plusSeconds(2));

    assertEquals(ImportDeclarationStatus.SUBMITTED, declaration.status());
    assertEquals(result, declaration.matchResult().orElseThrow(), "the result reads back as it was found");
    assertEquals(1, declaration.lines().get(0).certificateLine());
    assertEquals("importDeclaration.error.notDraft",
        assertThrows(WorkflowException.class, () -> declaration.revise(content("TW-ID-3", "1"), NOW)).messageKey());

    assertEquals("importDeclaration.error.reasonRequired",
        assertThrows(WorkflowException.class, () -> declaration.hold("officer", " ", NOW)).messageKey());
    declaration.hold("officer", "Quantity to be counted", NOW.plusSeconds(3));
    declaration.clear("officer", NOW.plusSeconds(4));
    assertEquals(ImportDeclarationStatus.CLEARED, declaration.status());
    assertEquals("importDeclaration.error.notOpen",
        assertThrows(WorkflowException.class, () -> declaration.refusePreference("officer", "late", NOW)).messageKey());
    assertEquals(List.of("CREATED", "SUBMITTED", "HELD", "CLEARED"), declaration.events().stream().map(DeclarationEvent::action).toList());
    assertEquals("Quantity to be counted", declaration.events().get(2).detail());
  }

  private static ImportCase brokered() {
    ImportCase accepted = new ImportCase(ImportCaseTest.received(), IMPORTER);
    accepted.accept("importer", NOW);
    accepted.assignBroker(BROKER, "importer", NOW);
    return accepted;
  }

  private static ImportDeclaration draft(ImportCase importCase, UUID brokerId) {
    return new ImportDeclaration(importCase, brokerId, content("TW-ID-1", null), ImportDeclaration.Channel.SCREEN, "broker", NOW);
  }

  private static ImportDeclarationContent content(String number, String quantity) {
    return new ImportDeclarationContent(number, null, "TW1", null, null, null, List.of("INV-1"),
        List.of(new ImportDeclarationContent.Line(1, "8471.30", "Laptops", quantity == null ? null : new BigDecimal(quantity), "NAR", null, true)));
  }
}
