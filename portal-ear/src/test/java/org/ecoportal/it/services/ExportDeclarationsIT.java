package org.ecoportal.it.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.naming.InitialContext;
import org.ecoportal.application.ApplicationView;
import org.ecoportal.application.ChamberDesk;
import org.ecoportal.application.DeclarationComparison;
import org.ecoportal.application.DeclarationView;
import org.ecoportal.application.ExportDeclarations;
import org.ecoportal.application.ExporterApplications;
import org.ecoportal.application.NotFoundException;
import org.ecoportal.domain.model.application.ApplicationData;
import org.ecoportal.domain.model.application.FieldProblem;
import org.ecoportal.domain.model.application.InvalidInputException;
import org.ecoportal.domain.model.application.ItemLine;
import org.ecoportal.domain.model.declaration.DeclarationData;
import org.ecoportal.domain.model.declaration.DeclarationLine;
import org.ecoportal.it.Access;
import org.ecoportal.it.PortalDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Customs records export declarations; the chamber sees the one an application quotes, with the differences. */
@ExtendWith(ArquillianExtension.class)
class ExportDeclarationsIT {

  private static final String HANBIT = "KR-EXP-1208145678";
  private static final String HEADER =
      "declarationNumber,clearanceReference,declaredOn,exporterIdentifier,exporterName,consigneeName,consigneeCountry,"
          + "lineNumber,hsCode,description,quantity,unitCode,netWeightKg";

  @Deployment
  static EnterpriseArchive deployment() {
    return PortalDeployment.withTestClasses(
        ExportDeclarationsIT.class, Access.class, As.class, AsKrCustoms.class, AsTwCustoms.class, AsKrExporter.class, AsKrOfficer.class);
  }

  private ExportDeclarations declarations;
  private ExporterApplications exporterApps;
  private ChamberDesk desk;
  private As krCustoms;
  private As twCustoms;
  private As krExporter;
  private As krOfficer;

  @BeforeEach
  void lookUp() throws Exception {
    declarations = InitialContext.doLookup("java:app/portal-ejb/ExportDeclarationsBean!" + ExportDeclarations.class.getName());
    exporterApps = InitialContext.doLookup("java:app/portal-ejb/ExporterApplicationsBean!" + ExporterApplications.class.getName());
    desk = InitialContext.doLookup("java:app/portal-ejb/ChamberDeskBean!" + ChamberDesk.class.getName());
    krCustoms = InitialContext.doLookup("java:module/AsKrCustoms");
    twCustoms = InitialContext.doLookup("java:module/AsTwCustoms");
    krExporter = InitialContext.doLookup("java:module/AsKrExporter");
    krOfficer = InitialContext.doLookup("java:module/AsKrOfficer");
  }

  private static String newNumber() {
    return "IT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
  }

  private static DeclarationData apples(String number, String exporter, String quantity) {
    return new DeclarationData(number, "CLR-" + number, LocalDate.now().minusDays(2), exporter, "Hanbit Trading Co.", "Auckland Fine Foods Ltd",
        "NZ", List.of(new DeclarationLine(1, "080810", "Fresh apples, Fuji", new BigDecimal(quantity), "KGM", new BigDecimal(quantity))));
  }

  private static Set<String> fields(InvalidInputException e) {
    return e.problems().stream().map(FieldProblem::field).collect(Collectors.toSet());
  }

  private List<DeclarationView> krFind(String number) throws Exception {
    return krCustoms.call(() -> declarations.search(number, null, null, null, 50));
  }

  @Test
  void customsRecordsADeclarationThatOnlyItsTenantSees() throws Exception {
    String number = newNumber();
    DeclarationView recorded = krCustoms.call(() -> declarations.record(apples(number.toLowerCase(Locale.ROOT), HANBIT, "800")));
    assertEquals(number, recorded.data().declarationNumber());
    assertEquals("customs", recorded.enteredBy());
    assertEquals("SCREEN", recorded.enteredThrough());
    assertEquals(List.of(recorded.id()), krFind(number).stream().map(DeclarationView::id).toList());
    assertTrue(krCustoms.call(() -> declarations.search(null, HANBIT.toLowerCase(Locale.ROOT), LocalDate.now().minusDays(3), LocalDate.now(), 500))
        .stream().anyMatch(d -> d.id().equals(recorded.id())));
    assertEquals(1, krCustoms.call(() -> declarations.open(recorded.id())).data().lines().size());

    assertEquals(List.of(), twCustoms.call(() -> declarations.search(number, null, null, null, 50)), "another tenant's customs");
    assertThrows(NotFoundException.class, () -> twCustoms.call(() -> declarations.open(recorded.id())));
    twCustoms.call(() -> declarations.record(apples(number, "TW-EXP-24536806", "10")));
    assertEquals(1, krFind(number).size(), "the same number in another tenant is another declaration");
  }

  @Test
  void badInputNamesEveryFieldAndStoresNothing() throws Exception {
    String number = newNumber();
    DeclarationData bad =
        new DeclarationData(number, null, LocalDate.now().plusDays(5), HANBIT, "Hanbit Trading Co.", " ", "XX",
            List.of(new DeclarationLine(1, "999999", "Mystery", new BigDecimal("-1"), "KGM", BigDecimal.ONE)));
    InvalidInputException refused = assertThrows(InvalidInputException.class, () -> krCustoms.call(() -> declarations.record(bad)));
    assertEquals(Set.of("declaredOn", "consigneeName", "consigneeCountry", "lines[0].hsCode", "lines[0].quantity"), fields(refused));
    assertEquals(List.of(), krFind(number));

    krCustoms.call(() -> declarations.record(apples(number, HANBIT, "800")));
    InvalidInputException twice =
        assertThrows(InvalidInputException.class, () -> krCustoms.call(() -> declarations.record(apples(number, HANBIT, "800"))));
    assertEquals(List.of(new FieldProblem("declarationNumber", "declaration.error.duplicate")), twice.problems());
  }

  @Test
  void aFileIsImportedWholeOrNotAtAll() throws Exception {
    String day = LocalDate.now().minusDays(5).toString();
    String first = newNumber();
    String second = newNumber();
    String good = HEADER + "\n"
        + first + ",," + day + "," + HANBIT + ",Hanbit Trading Co.,Auckland Fine Foods Ltd,NZ,1,080810,Apples,800,KGM,800\n"
        + second + ",," + day + "," + HANBIT + ",Hanbit Trading Co.,\"Kiwi Imports, Ltd\",NZ,1,080810,Apples,100,KGM,100\n"
        + first + ",," + day + "," + HANBIT + ",Hanbit Trading Co.,Auckland Fine Foods Ltd,NZ,2,080830,Pears,50,KGM,48\n";
    List<DeclarationView> imported = krCustoms.call(() -> declarations.importFile("good.csv", good.getBytes(StandardCharsets.UTF_8)));
    assertEquals(List.of(first, second), imported.stream().map(d -> d.data().declarationNumber()).toList());
    assertEquals(2, imported.get(0).data().lines().size());
    assertEquals("FILE", imported.get(0).enteredThrough());

    String third = newNumber();
    String bad = HEADER + "\n"
        + third + ",," + day + "," + HANBIT + ",Hanbit Trading Co.,Auckland Fine Foods Ltd,NZ,1,080810,Apples,800,KGM,800\n"
        + third + ",," + day + "," + HANBIT + ",Hanbit Trading Co.,Auckland Fine Foods Ltd,NZ,2,999999,Pears,50,KGM,48\n"
        + first + ",," + day + "," + HANBIT + ",Hanbit Trading Co.,Auckland Fine Foods Ltd,NZ,1,080810,Apples,800,KGM,800\n";
    InvalidInputException refused =
        assertThrows(InvalidInputException.class, () -> krCustoms.call(() -> declarations.importFile("bad.csv", bad.getBytes(StandardCharsets.UTF_8))));
    assertEquals(Set.of("rows[3].hsCode", "rows[4].declarationNumber"), fields(refused));
    assertEquals("3", refused.problems().stream().filter(p -> p.field().equals("rows[3].hsCode")).findFirst().orElseThrow().argument());
    assertEquals(List.of(), krFind(third), "nothing of a file with a wrong row is stored");

    InvalidInputException binary =
        assertThrows(InvalidInputException.class, () -> krCustoms.call(() -> declarations.importFile("x.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0})));
    assertEquals(List.of(new FieldProblem("file", "declaration.import.notText")), binary.problems());
    InvalidInputException large =
        assertThrows(InvalidInputException.class, () -> krCustoms.call(() -> declarations.importFile("big.csv", new byte[2 * 1024 * 1024 + 1])));
    assertEquals("declaration.import.tooLarge", large.problems().get(0).messageKey());
  }

  @Test
  void onlyCustomsOfficersUseTheCustomsService() {
    Access.assertDenied(() -> krExporter.call(() -> declarations.search(null, null, null, null, 10)));
    Access.assertDenied(() -> krOfficer.call(() -> declarations.search(null, null, null, null, 10)));
    Access.assertDenied(() -> krOfficer.call(() -> declarations.record(apples(newNumber(), HANBIT, "1"))));
    Access.assertDenied(() -> krExporter.call(() -> declarations.importFile("a.csv", HEADER.getBytes(StandardCharsets.UTF_8))));
  }

  @Test
  void theChamberSeesTheQuotedDeclarationOfTheSameExporterWithItsDifferences() throws Exception {
    String number = newNumber();
    krCustoms.call(() -> declarations.record(apples(number, HANBIT, "750")));
    ApplicationView quoting = submitted(number);
    Optional<DeclarationComparison> comparison = krOfficer.call(() -> desk.declarationFor(quoting.id()));
    assertTrue(comparison.isPresent());
    assertEquals(number, comparison.get().declaration().data().declarationNumber());
    assertEquals(
        List.of(new DeclarationComparison.Difference("lines[0].quantity", "800 KGM", "750 KGM"),
            new DeclarationComparison.Difference("lines[0].netWeightKg", "800 kg", "750 kg")),
        comparison.get().differences());

    String othersNumber = newNumber();
    krCustoms.call(() -> declarations.record(apples(othersNumber, "KR-IMP-2208112345", "800")));
    ApplicationView quotingAnother = submitted(othersNumber);
    assertEquals(Optional.empty(), krOfficer.call(() -> desk.declarationFor(quotingAnother.id())), "another exporter's declaration");
    ApplicationView quotingNothing = submitted(newNumber());
    assertEquals(Optional.empty(), krOfficer.call(() -> desk.declarationFor(quotingNothing.id())));
  }

  private ApplicationView submitted(String declarationNumber) throws Exception {
    UUID chamber = krExporter.call(exporterApps::chambers).get(0).id();
    ItemLine apples =
        new ItemLine("080810", "Fresh apples, Fuji, class I", "HANBIT/AKL/1-40", 40, "cartons", new BigDecimal("800"), "KGM",
            new BigDecimal("860"), new BigDecimal("800"), "WO", "INV-" + declarationNumber, LocalDate.now().minusDays(3),
            new BigDecimal("2400.00"), "USD");
    ApplicationData data =
        new ApplicationData(chamber, "Auckland  fine foods LTD", "12 Quay Street, Auckland", "NZ", "NZBN-9429047654321", "Hanbit Orchards",
                ApplicationWorkflowIT.KR_NZ_AGREEMENT, true, "1", "HMM ALGECIRAS 0012E", LocalDate.now().plusDays(2), "KRPUS", "NZAKL", null, null,
                List.of(apples))
            .withExportDeclaration(declarationNumber);
    ApplicationView draft = krExporter.call(() -> exporterApps.create(ApplicationData.blank()));
    return krExporter.call(() -> exporterApps.submit(draft.id(), draft.version(), data));
  }
}
