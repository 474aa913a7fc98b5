package org.ecoportal.it.services;

import static org.ecoportal.it.services.Lanes.await;
import static org.ecoportal.it.services.Lanes.applicationOf;
import static org.ecoportal.it.services.Lanes.approved;
import static org.ecoportal.it.services.Lanes.awaitDeliveries;
import static org.ecoportal.it.services.Lanes.mails;
import static org.ecoportal.it.services.Lanes.query;
import static org.ecoportal.it.services.Lanes.setMemberEmail;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.naming.InitialContext;
import org.ecoportal.application.ChamberDesk;
import org.ecoportal.application.ImportCases;
import org.ecoportal.application.ImportCases.Assignment;
import org.ecoportal.application.ImportCases.Row;
import org.ecoportal.application.NotFoundException;
import org.ecoportal.domain.model.application.WorkflowException;
import org.ecoportal.domain.model.importing.ImportCase.CertificateState;
import org.ecoportal.domain.model.importing.ImportStatus;
import org.ecoportal.it.Access;
import org.ecoportal.it.PortalDeployment;
import org.ecoportal.it.services.Lanes.Mail;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Certificates Korea issues for Taiwan open import cases in Taiwan: for the trading company whose
 * identifier is the consignee's, whose users are mailed, or in the administrator's queue. Only that
 * importer sees its cases; later replacements and revocations update them.
 */
@ExtendWith(ArquillianExtension.class)
class ImportCasesIT {

  /** Taipei Harbour Imports, the demo importer of Taiwan (demo user importer@tw). */
  private static final String TAIPEI_HARBOUR = "TW-IMP-53212539";

  @Deployment
  static EnterpriseArchive deployment() {
    return PortalDeployment.withTestClasses(ImportCasesIT.class, Access.class, As.class, Lanes.class, AsKrOfficer.class, AsKrExporter.class,
        AsKrAdmin.class, AsKrImporter.class, AsTwAdmin.class, AsTwImporter.class, AsTwOtherImporter.class, AsTwCustoms.class);
  }

  private ImportCases cases;
  private Assignment assignment;
  private As twImporter;
  private String importerMail;

  @BeforeEach
  void lookUp() throws Exception {
    cases = InitialContext.doLookup("java:app/portal-ejb/ImportCasesBean!" + ImportCases.class.getName());
    assignment = InitialContext.doLookup("java:app/portal-ejb/ImportCaseAssignmentBean!" + Assignment.class.getName());
    twImporter = InitialContext.doLookup("java:module/AsTwImporter");
    importerMail = "importer-" + Long.toString(System.nanoTime(), 36) + "@tw.eco.example";
    setMemberEmail("tw", "importer", importerMail);
  }

  @Test
  void aCertificateForAKnownConsigneeReachesItsImporterOnlyAndIsAcceptedOnce() throws Exception {
    // the consignee's identifier as the exporter typed it: other case, blanks around
    String number = approved("Taipei Harbour Imports", "  " + TAIPEI_HARBOUR.toLowerCase() + " ", "TW", "NON-PREF", false, "TWKHH");
    Row opened = awaitCase(twImporter, number);
    assertEquals(List.of(ImportStatus.NEW, CertificateState.VALID, "Taipei Harbour Imports", "Hanbit Trading Co.", "KR"),
        List.of(opened.status(), opened.certificateState(), opened.importerName(), opened.exporter(), opened.exportingCountry()));
    assertTrue(twImporter.call(cases::countNew) >= 1);

    Mail told = only(mails(importerMail, number, 1));
    assertTrue(told.subject().contains(number), told.subject());
    assertTrue(told.text().contains("/tw/importer/certificate.xhtml?id=" + opened.id()), told.text());
    assertTrue(told.text().contains("Hanbit Trading Co."), told.text());

    ImportCases.Detail detail = twImporter.call(() -> cases.detail(opened.id()));
    assertEquals(number, detail.certificate().certificate().certificateNumber());
    assertEquals("080810", detail.certificate().certificate().items().get(0).hsCode());
    assertTrue(detail.certificate().signature().valid(), detail.certificate().signature().toString());
    assertArrayEquals(Lanes.outbox(number).payload(), twImporter.call(() -> cases.document(opened.id())).content(), "the XML as received");

    // Another importer organisation of Taiwan, Korea's importer and administrator, and Taiwan's customs see nothing of it.
    As otherImporter = InitialContext.doLookup("java:module/AsTwOtherImporter");
    assertTrue(otherImporter.call(cases::inbox).stream().noneMatch(r -> r.certificateNumber().equals(number)));
    assertThrows(NotFoundException.class, () -> otherImporter.call(() -> cases.detail(opened.id())));
    assertThrows(NotFoundException.class, () -> otherImporter.call(() -> cases.accept(opened.id(), opened.version())));
    As krImporter = InitialContext.doLookup("java:module/AsKrImporter");
    assertTrue(krImporter.call(cases::inbox).stream().noneMatch(r -> r.certificateNumber().equals(number)));
    assertThrows(NotFoundException.class, () -> krImporter.call(() -> cases.document(opened.id())));
    As krAdmin = InitialContext.doLookup("java:module/AsKrAdmin");
    assertThrows(NotFoundException.class, () -> krAdmin.call(() -> assignment.assign(opened.id(), opened.version(), UUID.randomUUID())));
    As twCustoms = InitialContext.doLookup("java:module/AsTwCustoms");
    Access.assertDenied(() -> twCustoms.call(cases::inbox));

    // Accepting with a version read before a change is refused; with the current one it is accepted, once.
    WorkflowException stale = assertThrows(WorkflowException.class, () -> twImporter.call(() -> cases.accept(opened.id(), opened.version() - 1)));
    assertEquals("importCase.error.changedMeanwhile", stale.messageKey());
    Row accepted = twImporter.call(() -> cases.accept(opened.id(), opened.version()));
    assertEquals(ImportStatus.ACCEPTED, accepted.status());
    assertEquals("importer", accepted.acceptedBy());
    assertThrows(WorkflowException.class, () -> twImporter.call(() -> cases.accept(opened.id(), opened.version())), "the version it was read at");
    assertThrows(WorkflowException.class, () -> twImporter.call(() -> cases.accept(opened.id(), accepted.version())), "accepted already");

    // The chamber replaces it, then revokes the replacement: the cases show it, none is opened twice.
    ChamberDesk desk = InitialContext.doLookup("java:app/portal-ejb/ChamberDeskBean!" + ChamberDesk.class.getName());
    As krOfficer = InitialContext.doLookup("java:module/AsKrOfficer");
    UUID application = applicationOf(number);
    krOfficer.call(() -> desk.replace(application, "Consignee address corrected"));
    String replacement = awaitDeliveries(application, 2);
    Row replaced = mine(twImporter, number).orElseThrow();
    assertEquals(List.of(CertificateState.REPLACED, replacement, ImportStatus.ACCEPTED),
        List.of(replaced.certificateState(), replaced.replacedBy(), replaced.status()));
    assertEquals(ImportStatus.NEW, awaitCase(twImporter, replacement).status(), "the replacement is a certificate of its own");
    krOfficer.call(() -> desk.revoke(application, "Goods not shipped"));
    awaitDeliveries(application, 3);
    assertEquals(CertificateState.REVOKED, mine(twImporter, replacement).orElseThrow().certificateState());
    assertEquals(List.of(1, 1), List.of(casesOf(number), casesOf(replacement)), "one case per certificate number");
  }

  @Test
  void aCertificateForAnUnknownConsigneeWaitsForTheAdministratorWhoAssignsItsImporter() throws Exception {
    String number = approved("Unknown Taipei Buyer", "TW-UNKNOWN-" + System.nanoTime(), "TW", "NON-PREF", false, "TWKHH");
    As twAdmin = InitialContext.doLookup("java:module/AsTwAdmin");
    Row waiting = await(() -> twAdmin.call(assignment::unassigned).stream().filter(r -> r.certificateNumber().equals(number)).findFirst());
    assertEquals(ImportStatus.UNASSIGNED, waiting.status());
    assertTrue(mine(twImporter, number).isEmpty(), "no importer sees it yet");
    As krAdmin = InitialContext.doLookup("java:module/AsKrAdmin");
    assertTrue(krAdmin.call(assignment::unassigned).stream().noneMatch(r -> r.certificateNumber().equals(number)), "Korea's administrator");
    As twOtherImporter = InitialContext.doLookup("java:module/AsTwOtherImporter");
    Access.assertDenied(() -> twOtherImporter.call(assignment::unassigned));

    List<ImportCases.Assignment.Importer> importers = twAdmin.call(assignment::importers);
    UUID taipeiHarbour = importers.stream().filter(i -> i.identifier().equals(TAIPEI_HARBOUR)).findFirst().orElseThrow().id();
    UUID koreanImporter = krAdmin.call(assignment::importers).get(0).id();
    assertThrows(WorkflowException.class, () -> twAdmin.call(() -> assignment.assign(waiting.id(), waiting.version(), koreanImporter)),
        "an importer of another tenant");
    Row assigned = twAdmin.call(() -> assignment.assign(waiting.id(), waiting.version(), taipeiHarbour));
    assertEquals(List.of(ImportStatus.NEW, "Taipei Harbour Imports"), List.of(assigned.status(), assigned.importerName()));
    assertThrows(WorkflowException.class, () -> twAdmin.call(() -> assignment.assign(waiting.id(), assigned.version(), taipeiHarbour)),
        "assigned already");
    assertTrue(twAdmin.call(assignment::unassigned).stream().noneMatch(r -> r.certificateNumber().equals(number)));

    assertEquals(ImportStatus.NEW, mine(twImporter, number).orElseThrow().status());
    Mail told = only(mails(importerMail, number, 1));
    assertTrue(told.text().contains("/tw/importer/certificate.xhtml?id=" + waiting.id()), told.text());
  }

  private Row awaitCase(As importer, String number) throws Exception {
    return await(() -> mine(importer, number));
  }

  private Optional<Row> mine(As importer, String number) throws Exception {
    return importer.call(cases::inbox).stream().filter(r -> r.certificateNumber().equals(number)).findFirst();
  }

  private static int casesOf(String number) throws Exception {
    List<String> found = new ArrayList<>();
    query("select id from import_case where certificate_number = ?", number, r -> found.add(r.getString(1)));
    return found.size();
  }

  private static <T> T only(List<T> items) {
    assertEquals(1, items.size(), items.toString());
    return items.get(0);
  }
}
