package org.ecoportal.it.services;

import static org.ecoportal.it.services.Lanes.approved;
import static org.ecoportal.it.services.Lanes.mails;
import static org.ecoportal.it.services.Lanes.query;
import static org.ecoportal.it.services.Lanes.setMemberEmail;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.naming.InitialContext;
import org.ecoportal.application.AttachmentFiles.Download;
import org.ecoportal.application.AttachmentView;
import org.ecoportal.application.BrokerCases;
import org.ecoportal.application.ImportCases;
import org.ecoportal.application.ImportCases.Row;
import org.ecoportal.application.NotFoundException;
import org.ecoportal.application.ReceivedCertificates;
import org.ecoportal.domain.model.application.Attachment;
import org.ecoportal.domain.model.application.InvalidInputException;
import org.ecoportal.domain.model.application.WorkflowException;
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
 * Taiwan's importer names a customs broker on a certificate Korea delivered and hands over its
 * shipping documents; the broker is told by mail and reads the case and the documents. Nobody else
 * does: not another brokerage, not another tenant's broker, not another importer; and importer and
 * broker cannot use each other's services.
 */
@ExtendWith(ArquillianExtension.class)
class BrokerCasesIT {

  /** Taipei Harbour Imports, the demo importer of Taiwan (demo user importer@tw). */
  private static final String TAIPEI_HARBOUR = "TW-IMP-53212539";
  /** Keelung Customs Brokers, the demo broker of Taiwan (demo user broker@tw). */
  private static final String KEELUNG = "TW-BRK-0233";
  /** Tamsui Customs Agents, the other brokerage of Taiwan (broker2@tw). */
  private static final String TAMSUI = "TW-BRK-0391";
  /** Hangang Customs Brokerage of Korea. */
  private static final String HANGANG = "KR-BRK-0417";

  private static final byte[] PDF = "%PDF-1.4\n% invoice INV-2026-077\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};

  @Deployment
  static EnterpriseArchive deployment() {
    return PortalDeployment.withTestClasses(BrokerCasesIT.class, Access.class, As.class, Lanes.class, AsKrOfficer.class, AsKrExporter.class,
        AsKrImporter.class, AsTwImporter.class, AsTwOtherImporter.class, AsTwCustoms.class, AsTwBroker.class, AsTwOtherBroker.class,
        AsKrBroker.class);
  }

  private ImportCases cases;
  private BrokerCases brokerCases;
  private As twImporter;
  private As twBroker;
  private As otherBroker;
  private String brokerMail;

  @BeforeEach
  void lookUp() throws Exception {
    cases = InitialContext.doLookup("java:app/portal-ejb/ImportCasesBean!" + ImportCases.class.getName());
    brokerCases = InitialContext.doLookup("java:app/portal-ejb/BrokerCasesBean!" + BrokerCases.class.getName());
    twImporter = InitialContext.doLookup("java:module/AsTwImporter");
    twBroker = InitialContext.doLookup("java:module/AsTwBroker");
    otherBroker = InitialContext.doLookup("java:module/AsTwOtherBroker");
    brokerMail = "broker-" + Long.toString(System.nanoTime(), 36) + "@tw.eco.example";
    setMemberEmail("tw", "broker", brokerMail);
  }

  @Test
  void theImporterNamesABrokerOfItsTenantOnAnAcceptedCaseAtTheVersionItRead() throws Exception {
    Row opened = delivered();
    UUID keelung = organisation("tw", KEELUNG);

    WorkflowException notAccepted = assertThrows(WorkflowException.class,
        () -> twImporter.call(() -> cases.assignBroker(opened.id(), opened.version(), keelung)));
    assertEquals("importCase.error.notAccepted", notAccepted.messageKey());
    Row accepted = twImporter.call(() -> cases.accept(opened.id(), opened.version()));

    List<String> offered = twImporter.call(cases::brokers).stream().map(ImportCases.Broker::identifier).toList();
    assertTrue(offered.containsAll(List.of(KEELUNG, TAMSUI)), offered.toString());
    assertTrue(offered.stream().allMatch(i -> i.startsWith("TW-BRK-")), "only Taiwan's brokerages: " + offered);

    for (UUID notABroker : List.of(organisation("tw", TAIPEI_HARBOUR), organisation("kr", HANGANG), UUID.randomUUID())) {
      WorkflowException refused = assertThrows(WorkflowException.class,
          () -> twImporter.call(() -> cases.assignBroker(opened.id(), accepted.version(), notABroker)));
      assertEquals("importCase.error.notABroker", refused.messageKey());
    }
    WorkflowException stale = assertThrows(WorkflowException.class,
        () -> twImporter.call(() -> cases.assignBroker(opened.id(), opened.version(), keelung)));
    assertEquals("importCase.error.changedMeanwhile", stale.messageKey());

    Row assigned = twImporter.call(() -> cases.assignBroker(opened.id(), accepted.version(), keelung));
    assertEquals(List.of("Keelung Customs Brokers", "importer"), List.of(assigned.brokerName(), assigned.brokerAssignedBy()));
    assertNotNull(assigned.brokerAssignedAt());
    Row shown = twImporter.call(() -> cases.detail(opened.id())).row();
    assertEquals(List.of("Keelung Customs Brokers", assigned.version()), List.of(shown.brokerName(), shown.version()));

    Mail told = only(mails(brokerMail, opened.certificateNumber(), 1));
    assertTrue(told.subject().contains("Taipei Harbour Imports"), told.subject());
    assertTrue(told.text().contains("/tw/broker/certificate.xhtml?id=" + opened.id()), told.text());
    assertTrue(told.text().contains("Hanbit Trading Co."), told.text());

    // Another importer organisation of Taiwan cannot name a broker on it; naming another replaces the first.
    As otherImporter = InitialContext.doLookup("java:module/AsTwOtherImporter");
    assertThrows(NotFoundException.class, () -> otherImporter.call(() -> cases.assignBroker(opened.id(), assigned.version(), keelung)));
    assertTrue(twBroker.call(brokerCases::assigned).stream().anyMatch(r -> r.id().equals(opened.id())));
    Row replaced = twImporter.call(() -> cases.assignBroker(opened.id(), assigned.version(), organisation("tw", TAMSUI)));
    assertEquals("Tamsui Customs Agents", replaced.brokerName());
    assertTrue(twBroker.call(brokerCases::assigned).stream().noneMatch(r -> r.id().equals(opened.id())), "the first broker no longer");
    assertThrows(NotFoundException.class, () -> twBroker.call(() -> brokerCases.detail(opened.id())));
    assertEquals(opened.certificateNumber(), otherBroker.call(() -> brokerCases.detail(opened.id())).row().certificateNumber());
  }

  @Test
  void shippingDocumentsAreCheckedByTheirContentAndReachOnlyTheImporterAndItsBroker() throws Exception {
    Row opened = delivered();
    assertEquals("importCase.error.notAccepted",
        assertThrows(WorkflowException.class, () -> twImporter.call(() -> cases.attach(opened.id(), Attachment.Kind.INVOICE, "i.pdf", PDF)))
            .messageKey());
    Row accepted = twImporter.call(() -> cases.accept(opened.id(), opened.version()));

    byte[] tooLarge = Arrays.copyOf(PDF, 10 * 1024 * 1024 + 1);
    assertEquals(List.of("document attachment.error.type"), problems(opened.id(), Attachment.Kind.INVOICE, "invoice.pdf",
        "#!/bin/sh\necho not a pdf\n".getBytes(StandardCharsets.US_ASCII)));
    assertEquals(List.of("document attachment.error.empty"), problems(opened.id(), Attachment.Kind.INVOICE, "invoice.pdf", new byte[0]));
    assertEquals(List.of("document attachment.error.tooLarge"), problems(opened.id(), Attachment.Kind.INVOICE, "invoice.pdf", tooLarge));
    assertEquals(List.of("documentKind application.error.required"), problems(opened.id(), null, "invoice.pdf", PDF));
    assertTrue(twImporter.call(() -> cases.detail(opened.id())).documents().isEmpty(), "nothing refused is kept");

    twImporter.call(() -> cases.attach(opened.id(), Attachment.Kind.INVOICE, "C:\\scans\\invoice INV-2026-077.pdf", PDF));
    List<AttachmentView> documents =
        twImporter.call(() -> cases.attach(opened.id(), Attachment.Kind.BILL_OF_LADING, "bill-of-lading.png", PNG));
    assertEquals(List.of("INVOICE invoice INV-2026-077.pdf application/pdf " + PDF.length + " importer",
            "BILL_OF_LADING bill-of-lading.png image/png " + PNG.length + " importer"),
        documents.stream().map(d -> d.kind() + " " + d.filename() + " " + d.contentType() + " " + d.sizeBytes() + " " + d.uploadedBy())
            .toList());
    UUID invoice = documents.get(0).id();
    UUID bill = documents.get(1).id();
    assertArrayEquals(PDF, twImporter.call(() -> cases.documentFile(opened.id(), invoice)).content());

    // No broker yet: Taiwan's broker sees nothing of it.
    assertThrows(NotFoundException.class, () -> twBroker.call(() -> brokerCases.documentFile(opened.id(), invoice)));
    Row assigned = twImporter.call(() -> cases.assignBroker(opened.id(), accepted.version(), organisation("tw", KEELUNG)));

    // The broker: its list, the case, the certificate as XML and PDF, the documents byte for byte.
    Row listed = twBroker.call(brokerCases::assigned).stream().filter(r -> r.id().equals(opened.id())).findFirst().orElseThrow();
    assertEquals(List.of(opened.certificateNumber(), "KR", "Hanbit Trading Co.", "Taipei Harbour Imports", 2L),
        List.of(listed.certificateNumber(), listed.exportingCountry(), listed.exporter(), listed.importerName(), listed.documentCount()));
    assertEquals(assigned.brokerAssignedAt(), listed.brokerAssignedAt());
    assertTrue(twBroker.call(brokerCases::countAssigned) >= 1);
    ImportCases.Detail seen = twBroker.call(() -> brokerCases.detail(opened.id()));
    assertEquals(opened.certificateNumber(), seen.certificate().certificate().certificateNumber());
    assertTrue(seen.certificate().signature().valid(), seen.certificate().signature().toString());
    assertEquals(List.of(invoice, bill), seen.documents().stream().map(AttachmentView::id).toList());
    assertArrayEquals(PDF, twBroker.call(() -> brokerCases.documentFile(opened.id(), invoice)).content());
    assertArrayEquals(PNG, twBroker.call(() -> brokerCases.documentFile(opened.id(), bill)).content());
    assertArrayEquals(Lanes.outbox(opened.certificateNumber()).payload(), twBroker.call(() -> brokerCases.document(opened.id())).content());
    assertReadablePdf(opened.certificateNumber(), twBroker.call(() -> brokerCases.pdf(opened.id())));
    assertReadablePdf(opened.certificateNumber(), twImporter.call(() -> cases.pdf(opened.id())));
    ReceivedCertificates received = InitialContext.doLookup("java:app/portal-ejb/ReceivedCertificatesBean!" + ReceivedCertificates.class.getName());
    As twCustoms = InitialContext.doLookup("java:module/AsTwCustoms");
    assertReadablePdf(opened.certificateNumber(), twCustoms.call(() -> received.pdf(seen.certificate().row().id())));

    // Another brokerage of Taiwan, Korea's broker, another importer: not found, whatever they ask.
    assertTrue(otherBroker.call(brokerCases::assigned).stream().noneMatch(r -> r.id().equals(opened.id())));
    assertThrows(NotFoundException.class, () -> otherBroker.call(() -> brokerCases.detail(opened.id())));
    assertThrows(NotFoundException.class, () -> otherBroker.call(() -> brokerCases.documentFile(opened.id(), invoice)));
    assertThrows(NotFoundException.class, () -> otherBroker.call(() -> brokerCases.pdf(opened.id())));
    As krBroker = InitialContext.doLookup("java:module/AsKrBroker");
    assertTrue(krBroker.call(brokerCases::assigned).stream().noneMatch(r -> r.certificateNumber().equals(opened.certificateNumber())));
    assertThrows(NotFoundException.class, () -> krBroker.call(() -> brokerCases.detail(opened.id())));
    assertThrows(NotFoundException.class, () -> krBroker.call(() -> brokerCases.document(opened.id())));
    As otherImporter = InitialContext.doLookup("java:module/AsTwOtherImporter");
    assertThrows(NotFoundException.class, () -> otherImporter.call(() -> cases.documentFile(opened.id(), invoice)));
    assertThrows(NotFoundException.class, () -> otherImporter.call(() -> cases.attach(opened.id(), Attachment.Kind.OTHER, "x.pdf", PDF)));
    assertThrows(NotFoundException.class, () -> otherImporter.call(() -> cases.removeDocument(opened.id(), invoice)));
    assertThrows(NotFoundException.class, () -> otherImporter.call(() -> cases.pdf(opened.id())));

    // Importer and broker cannot use each other's services, nor customs the broker's.
    Access.assertDenied(() -> twImporter.call(brokerCases::assigned));
    Access.assertDenied(() -> twImporter.call(() -> brokerCases.detail(opened.id())));
    Access.assertDenied(() -> twBroker.call(cases::inbox));
    Access.assertDenied(() -> twBroker.call(() -> cases.attach(opened.id(), Attachment.Kind.OTHER, "x.pdf", PDF)));
    Access.assertDenied(() -> twCustoms.call(brokerCases::assigned));

    // The importer removes the invoice: gone for both; a document is only found with its own case.
    assertEquals(List.of(bill), twImporter.call(() -> cases.removeDocument(opened.id(), invoice)).stream().map(AttachmentView::id).toList());
    assertThrows(NotFoundException.class, () -> twBroker.call(() -> brokerCases.documentFile(opened.id(), invoice)));
    assertThrows(NotFoundException.class, () -> twImporter.call(() -> cases.removeDocument(opened.id(), invoice)));
    assertEquals(1L, twBroker.call(brokerCases::assigned).stream().filter(r -> r.id().equals(opened.id())).findFirst().orElseThrow()
        .documentCount());
  }

  /** A certificate Korea issued for Taipei Harbour Imports, once its case is open in Taiwan. */
  private Row delivered() throws Exception {
    String number = approved("Taipei Harbour Imports", TAIPEI_HARBOUR, "TW", "NON-PREF", false, "TWKHH");
    long until = System.nanoTime() + 30_000_000_000L;
    do {
      Optional<Row> found = twImporter.call(cases::inbox).stream().filter(r -> r.certificateNumber().equals(number)).findFirst();
      if (found.isPresent()) {
        assertEquals(ImportStatus.NEW, found.get().status());
        return found.get();
      }
      Thread.sleep(200);
    } while (System.nanoTime() < until);
    throw new AssertionError("no case opened for " + number);
  }

  /** The field problems refusing the upload to case {@code caseId}, as "field key". */
  private List<String> problems(UUID caseId, Attachment.Kind kind, String filename, byte[] content) {
    InvalidInputException refused = assertThrows(InvalidInputException.class,
        () -> twImporter.call(() -> cases.attach(caseId, kind, filename, content)));
    return refused.problems().stream().map(p -> p.field() + " " + p.messageKey()).toList();
  }

  private static void assertReadablePdf(String number, Download pdf) throws Exception {
    assertEquals(List.of(number + ".pdf", "application/pdf"), List.of(pdf.filename(), pdf.contentType()));
    com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(pdf.content());
    String text = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader).getTextFromPage(1);
    assertTrue(text.contains(number) && text.contains("Hanbit Trading Co."), text);
  }

  private static UUID organisation(String tenant, String identifier) throws Exception {
    List<UUID> found = new ArrayList<>();
    query("select id from organisation where identifier = ?", identifier, r -> found.add(r.getObject(1, UUID.class)));
    assertEquals(1, found.size(), tenant + " " + identifier);
    return found.get(0);
  }

  private static <T> T only(List<T> items) {
    assertEquals(1, items.size(), items.toString());
    return items.get(0);
  }
}
