package org.ecoportal.it.services;

import static org.ecoportal.it.services.Lanes.await;
import static org.ecoportal.it.services.Lanes.approved;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.naming.InitialContext;
import org.ecoportal.application.ImportCases;
import org.ecoportal.application.ImportDeclarations;
import org.ecoportal.application.ImportDeclarations.Detail;
import org.ecoportal.application.ImportDeclarations.Finding;
import org.ecoportal.application.ImportDeclarations.Setup;
import org.ecoportal.application.NotFoundException;
import org.ecoportal.domain.model.application.FieldProblem;
import org.ecoportal.domain.model.application.InvalidInputException;
import org.ecoportal.domain.model.application.WorkflowException;
import org.ecoportal.domain.model.clearance.ImportDeclaration.Channel;
import org.ecoportal.domain.model.clearance.ImportDeclarationContent;
import org.ecoportal.domain.model.clearance.ImportDeclarationContent.Line;
import org.ecoportal.domain.model.clearance.ImportDeclarationStatus;
import org.ecoportal.domain.model.clearance.MatchResult.Outcome;
import org.ecoportal.domain.model.clearance.MatchRule;
import org.ecoportal.it.Access;
import org.ecoportal.it.PortalDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Taiwan's broker declares the goods of certificates Korea issued for Taipei Harbour Imports: the
 * declaration is pre-filled from the certificate, kept as a draft however incomplete, checked field
 * by field on submission and matched by the tenant's rules. Nobody but the named brokerage sees it.
 */
@ExtendWith(ArquillianExtension.class)
class ImportDeclarationsIT {

  private static final String TAIPEI_HARBOUR = "TW-IMP-53212539";
  private static final String KEELUNG_BROKERS = "TW-BRK-0233";

  @Deployment
  static EnterpriseArchive deployment() {
    return PortalDeployment.withTestClasses(ImportDeclarationsIT.class, Access.class, As.class, Lanes.class, DeclarationGround.class,
        AsKrOfficer.class, AsKrExporter.class, AsKrAdmin.class, AsKrBroker.class, AsTwAdmin.class, AsTwImporter.class, AsTwCustoms.class,
        AsTwBroker.class, AsTwOtherBroker.class);
  }

  private ImportDeclarations declarations;
  private Setup setup;
  private ImportCases cases;
  private DeclarationGround ground;
  private As twBroker;
  private As twImporter;

  @BeforeEach
  void lookUp() throws Exception {
    declarations = InitialContext.doLookup("java:app/portal-ejb/ImportDeclarationsBean!" + ImportDeclarations.class.getName());
    setup = InitialContext.doLookup("java:app/portal-ejb/MatchingSetupBean!" + Setup.class.getName());
    cases = InitialContext.doLookup("java:app/portal-ejb/ImportCasesBean!" + ImportCases.class.getName());
    ground = InitialContext.doLookup("java:module/DeclarationGround");
    twBroker = InitialContext.doLookup("java:module/AsTwBroker");
    twImporter = InitialContext.doLookup("java:module/AsTwImporter");
  }

  @Test
  void theBrokerDraftsFromTheCertificateSubmitsWhenCompleteAndTheDeclarationMatches() throws Exception {
    UUID caseId = assignedCase();
    ImportDeclarationContent prefilled = twBroker.call(() -> declarations.prefill(caseId));
    assertEquals(List.of("NON-PREF", TAIPEI_HARBOUR, "Hanbit Trading Co.", List.of("INV-2026-077")),
        List.of(prefilled.agreementCode(), prefilled.importerIdentifier(), prefilled.exporterName(), prefilled.invoiceReferences()));
    assertNull(prefilled.declarationNumber(), "the broker's own number");
    assertEquals(1, prefilled.lines().size());
    Line line = prefilled.lines().get(0);
    assertEquals(List.of(1, "080810", "Fresh apples, Fuji, class I", "KGM", true),
        List.of(line.lineNumber(), line.hsCode(), line.description(), line.unitCode(), line.preferenceClaimed()));
    assertEquals(0, new BigDecimal("800").compareTo(line.quantity()));
    assertEquals(0, new BigDecimal("800").compareTo(line.netWeightKg()));

    // An incomplete draft is kept exactly as entered.
    String number = number();
    ImportDeclarationContent incomplete = new ImportDeclarationContent(number, null, null, "Hanbit Trading Co.", null, null, List.of(),
        List.of(new Line(1, null, "Fresh apples", null, null, null, true), new Line(2, "0808.10", null, new BigDecimal("12.5"), "KGM", null, false)));
    Detail draft = twBroker.call(() -> declarations.create(caseId, incomplete, Channel.SCREEN));
    assertEquals(ImportDeclarationStatus.DRAFT, draft.summary().status());
    assertNull(draft.match());
    Detail read = twBroker.call(() -> declarations.detail(draft.summary().id()));
    assertEquals(incomplete, read.content());
    assertEquals(draft.summary().version(), read.summary().version());

    // Submitting it names every missing or wrong field; the draft stays as it was.
    InvalidInputException refused = assertThrows(InvalidInputException.class,
        () -> twBroker.call(() -> declarations.submit(draft.summary().id(), draft.summary().version())));
    List<String> fields = refused.problems().stream().map(FieldProblem::field).toList();
    for (String field : List.of("agreementCode", "importerIdentifier", "lines[0].hsCode", "lines[0].quantity", "lines[0].unitCode",
        "lines[0].netWeightKg", "lines[1].description", "lines[1].netWeightKg")) {
      assertTrue(fields.contains(field), field + " in " + fields);
    }
    assertTrue(!fields.contains("lines[1].quantity") && !fields.contains("exporterName"), fields.toString());
    Detail unchanged = twBroker.call(() -> declarations.detail(draft.summary().id()));
    assertEquals(List.of(ImportDeclarationStatus.DRAFT, draft.summary().version()), List.of(unchanged.summary().status(), unchanged.summary().version()));
    assertEquals(incomplete, unchanged.content());

    // The number is the broker's, unique in the tenant; stale versions are refused.
    InvalidInputException duplicate = assertThrows(InvalidInputException.class,
        () -> twBroker.call(() -> declarations.create(caseId, incomplete, Channel.API)));
    assertEquals(List.of(new FieldProblem("declarationNumber", "importDeclaration.error.duplicate")), duplicate.problems());
    ImportDeclarationContent complete = withNumber(prefilled, number);
    Detail revised = twBroker.call(() -> declarations.revise(draft.summary().id(), draft.summary().version(), complete));
    assertEquals("importDeclaration.error.changedMeanwhile", assertThrows(WorkflowException.class,
        () -> twBroker.call(() -> declarations.revise(draft.summary().id(), draft.summary().version(), complete))).messageKey());
    assertEquals("importDeclaration.error.changedMeanwhile", assertThrows(WorkflowException.class,
        () -> twBroker.call(() -> declarations.submit(draft.summary().id(), draft.summary().version()))).messageKey());

    Detail submitted = twBroker.call(() -> declarations.submit(revised.summary().id(), revised.summary().version()));
    assertEquals(ImportDeclarationStatus.SUBMITTED, submitted.summary().status());
    assertEquals(Outcome.MATCHED, submitted.match().outcome(), submitted.match().differences().toString());
    assertEquals(List.of(), submitted.match().rulesSwitchedOff());
    assertEquals(List.of(), submitted.match().rulesNotRun());
    assertTrue(submitted.match().rulesRun().containsAll(List.of(MatchRule.CERTIFICATE_EXISTS, MatchRule.SIGNATURE_VALID,
        MatchRule.IMPORTER_MATCHES, MatchRule.LINE_QUANTITY, MatchRule.QUANTITY_NOT_EXHAUSTED)), submitted.match().rulesRun().toString());
    Detail kept = twBroker.call(() -> declarations.detail(submitted.summary().id()));
    assertEquals(List.of(submitted.match(), submitted.content(), submitted.summary().version()),
        List.of(kept.match(), kept.content(), kept.summary().version()), "the result is kept");
    assertEquals(submitted.summary().id(), twBroker.call(declarations::mine).get(0).id(), "newest first");
    assertEquals("importDeclaration.error.notDraft", assertThrows(WorkflowException.class,
        () -> twBroker.call(() -> declarations.revise(submitted.summary().id(), submitted.summary().version(), complete))).messageKey());
  }

  @Test
  void quantitiesBeyondToleranceAndAnotherHsCodeAreListedPerLine() throws Exception {
    UUID caseId = assignedCase();
    ImportDeclarationContent prefilled = twBroker.call(() -> declarations.prefill(caseId));
    Line apples = prefilled.lines().get(0);
    ImportDeclarationContent content = withLines(withNumber(prefilled, number()), List.of(
        new Line(1, apples.hsCode(), apples.description(), new BigDecimal("900"), "KGM", apples.netWeightKg(), true),
        new Line(2, "080830", "Fresh pears", new BigDecimal("100"), "KGM", new BigDecimal("100"), true)));
    Detail submitted = submitted(caseId, content);
    assertEquals(Outcome.DIFFERENCES, submitted.match().outcome());
    List<Finding> differences = submitted.match().differences();
    assertTrue(differences.stream().anyMatch(d -> Integer.valueOf(1).equals(d.declarationLine()) && d.rule() == MatchRule.LINE_QUANTITY), differences.toString());
    assertTrue(differences.stream().anyMatch(d -> Integer.valueOf(2).equals(d.declarationLine()) && (d.rule() == MatchRule.LINE_HS6 || d.rule() == MatchRule.LINE_PAIRED)),
        differences.toString());
    assertTrue(differences.stream().allMatch(d -> d.declarationLine() != null), "every difference here is of a line: " + differences);
    assertTrue(differences.stream().allMatch(d -> d.reason() != null && !d.reason().isBlank()));
  }

  @Test
  void whatAnEarlierClearedDeclarationTookIsNotDeclaredAgain() throws Exception {
    UUID caseId = assignedCase();
    ImportDeclarationContent prefilled = twBroker.call(() -> declarations.prefill(caseId));
    Detail first = submitted(caseId, withNumber(prefilled, number()));
    assertEquals(Outcome.MATCHED, first.match().outcome(), first.match().differences().toString());
    ground.clear(first.summary().id());
    assertEquals(ImportDeclarationStatus.CLEARED, twBroker.call(() -> declarations.detail(first.summary().id())).summary().status());

    Detail second = submitted(caseId, withNumber(prefilled, number()));
    assertEquals(Outcome.DIFFERENCES, second.match().outcome());
    assertTrue(second.match().differences().stream().anyMatch(d -> Integer.valueOf(1).equals(d.declarationLine()) && d.rule() == MatchRule.QUANTITY_NOT_EXHAUSTED),
        second.match().differences().toString());
  }

  @Test
  void theTenantsRulesDecideAndOnlyReadableRulesAreKept() throws Exception {
    As twAdmin = InitialContext.doLookup("java:module/AsTwAdmin");
    Setup.Settings before = twAdmin.call(setup::current);
    assertEquals(MatchRule.values().length, before.rules().size());
    assertTrue(before.rules().stream().allMatch(r -> !r.description().isBlank()));
    UUID caseId = assignedCase();
    ImportDeclarationContent prefilled = twBroker.call(() -> declarations.prefill(caseId));
    Line apples = prefilled.lines().get(0);
    ImportDeclarationContent tooMuch = withLines(prefilled,
        List.of(new Line(1, apples.hsCode(), apples.description(), new BigDecimal("900"), "KGM", apples.netWeightKg(), true)));
    Detail underDefaults = submitted(caseId, withNumber(tooMuch, number()));
    assertTrue(underDefaults.match().differences().stream().anyMatch(d -> d.rule() == MatchRule.LINE_QUANTITY));

    InvalidInputException unreadable = assertThrows(InvalidInputException.class,
        () -> twAdmin.call(() -> setup.save("# tolerances\nvalidity.days = 0\nquantity.tolerance.percent = 5\nrules.of = LINE_WEIGHT\n", before.version())));
    List<String> problems = unreadable.problems().stream().map(FieldProblem::argument).toList();
    assertEquals(2, problems.size(), problems.toString());
    assertTrue(problems.get(0).startsWith("line 2:") && problems.get(1).startsWith("line 4:"), problems.toString());
    assertTrue(unreadable.problems().stream().allMatch(p -> p.field().equals("text")));
    assertEquals(before.text(), twAdmin.call(setup::current).text(), "nothing kept");

    String text = "# quantities are checked by the officer\nrules.off = LINE_QUANTITY, QUANTITY_NOT_EXHAUSTED\n";
    Setup.Settings saved = twAdmin.call(() -> setup.save(text, before.version()));
    try {
      assertEquals(List.of(text, "admin"), List.of(saved.text(), saved.updatedBy()));
      assertEquals("importDeclaration.matching.changedMeanwhile",
          assertThrows(WorkflowException.class, () -> twAdmin.call(() -> setup.save(text, before.version()))).messageKey());
      As krAdmin = InitialContext.doLookup("java:module/AsKrAdmin");
      assertNotEquals(text, krAdmin.call(setup::current).text(), "Korea's rules are its own");
      Access.assertDenied(() -> twBroker.call(setup::current));

      Detail underTenantRules = submitted(caseId, withNumber(tooMuch, number()));
      assertEquals(Outcome.MATCHED, underTenantRules.match().outcome(), underTenantRules.match().differences().toString());
      assertEquals(List.of(MatchRule.LINE_QUANTITY, MatchRule.QUANTITY_NOT_EXHAUSTED), underTenantRules.match().rulesSwitchedOff());
      assertTrue(!underTenantRules.match().rulesRun().contains(MatchRule.LINE_QUANTITY));
    } finally {
      twAdmin.call(() -> setup.save(before.text(), saved.version()));
    }
  }

  @Test
  void onlyTheNamedBrokerageOfTheTenantSeesTheCaseAndItsDeclarations() throws Exception {
    UUID caseId = assignedCase();
    ImportDeclarationContent prefilled = twBroker.call(() -> declarations.prefill(caseId));
    Detail draft = twBroker.call(() -> declarations.create(caseId, withNumber(prefilled, number()), Channel.SCREEN));
    UUID id = draft.summary().id();
    long version = draft.summary().version();

    As otherBroker = InitialContext.doLookup("java:module/AsTwOtherBroker");
    As krBroker = InitialContext.doLookup("java:module/AsKrBroker");
    for (As stranger : List.of(otherBroker, krBroker)) {
      assertThrows(NotFoundException.class, () -> stranger.call(() -> declarations.prefill(caseId)));
      assertThrows(NotFoundException.class, () -> stranger.call(() -> declarations.create(caseId, withNumber(prefilled, number()), Channel.API)));
      assertThrows(NotFoundException.class, () -> stranger.call(() -> declarations.detail(id)));
      assertThrows(NotFoundException.class, () -> stranger.call(() -> declarations.revise(id, version, prefilled)));
      assertThrows(NotFoundException.class, () -> stranger.call(() -> declarations.submit(id, version)));
      assertTrue(stranger.call(declarations::mine).stream().noneMatch(s -> s.id().equals(id)));
    }
    As twCustoms = InitialContext.doLookup("java:module/AsTwCustoms");
    Access.assertDenied(() -> twImporter.call(declarations::mine));
    Access.assertDenied(() -> twImporter.call(() -> declarations.prefill(caseId)));
    Access.assertDenied(() -> twCustoms.call(() -> declarations.detail(id)));

    // The importer names the other brokerage: the case is no longer Keelung's to declare.
    ground.assignBroker(caseId, DeclarationGround.OTHER_BROKERAGE);
    assertThrows(NotFoundException.class, () -> twBroker.call(() -> declarations.prefill(caseId)));
    assertThrows(NotFoundException.class, () -> twBroker.call(() -> declarations.create(caseId, withNumber(prefilled, number()), Channel.SCREEN)));
    assertEquals(TAIPEI_HARBOUR, otherBroker.call(() -> declarations.prefill(caseId)).importerIdentifier());
  }

  // ---------------------------------------------------------------------------------------------

  /** A certificate Korea issued for Taipei Harbour Imports, its case accepted and assigned to Keelung Customs Brokers. */
  private UUID assignedCase() throws Exception {
    String number = approved("Taipei Harbour Imports", TAIPEI_HARBOUR, "TW", "NON-PREF", false, "TWKHH");
    UUID caseId = await(() -> twImporter.call(cases::inbox).stream().filter(r -> r.certificateNumber().equals(number)).findFirst()).id();
    ground.assignBroker(caseId, KEELUNG_BROKERS);
    return caseId;
  }

  private Detail submitted(UUID caseId, ImportDeclarationContent content) throws Exception {
    Detail draft = twBroker.call(() -> declarations.create(caseId, content, Channel.SCREEN));
    return twBroker.call(() -> declarations.submit(draft.summary().id(), draft.summary().version()));
  }

  private static String number() {
    return "TWID-" + Long.toString(System.nanoTime(), 36).toUpperCase();
  }

  private static ImportDeclarationContent withNumber(ImportDeclarationContent c, String number) {
    return new ImportDeclarationContent(number, c.agreementCode(), c.importerIdentifier(), c.exporterName(), c.exporterIdentifier(),
        c.shipmentDate(), c.invoiceReferences(), c.lines());
  }

  private static ImportDeclarationContent withLines(ImportDeclarationContent c, List<Line> lines) {
    return new ImportDeclarationContent(c.declarationNumber(), c.agreementCode(), c.importerIdentifier(), c.exporterName(),
        c.exporterIdentifier(), c.shipmentDate(), c.invoiceReferences(), new ArrayList<>(lines));
  }

}
