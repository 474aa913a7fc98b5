package org.ecoportal.it.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.ecoportal.application.ApplicationView;
import org.ecoportal.application.AttachmentFiles;
import org.ecoportal.domain.model.application.Attachment;
import org.ecoportal.application.CertificateFiles;
import org.ecoportal.application.CertificateVerification;
import org.ecoportal.domain.model.certificate.CertificateContent;
import org.ecoportal.infrastructure.signing.ChamberKey;
import org.ecoportal.infrastructure.signing.ChamberKeys;
import org.ecoportal.infrastructure.signing.SignatureCheck;
import org.ecoportal.infrastructure.signing.XmlSigner;
import org.ecoportal.infrastructure.ubl.CertificateOfOriginDocument;
import org.ecoportal.application.ChamberDesk;
import org.ecoportal.application.ExporterApplications;
import org.ecoportal.application.NotFoundException;
import org.ecoportal.application.QueuePage;
import org.ecoportal.application.QueueQuery;
import org.ecoportal.domain.model.application.ApplicationData;
import org.ecoportal.domain.model.application.ApplicationStatus;
import org.ecoportal.domain.model.application.FieldProblem;
import org.ecoportal.domain.model.application.InvalidInputException;
import org.ecoportal.domain.model.application.ItemLine;
import org.ecoportal.domain.model.application.WorkflowException;
import org.ecoportal.it.Access;
import org.ecoportal.it.PortalDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The exporting half of the flow in a real WildFly on the real database: apply, claim, decide. */
@ExtendWith(ArquillianExtension.class)
class ApplicationWorkflowIT {

  /** The Korea–New Zealand FTA as the reference data names it. */
  static final String KR_NZ_AGREEMENT = "KR-NZ-FTA";

  @Deployment
  static EnterpriseArchive deployment() {
    return PortalDeployment.withTestClasses(
        ApplicationWorkflowIT.class, Access.class, As.class, AsKrExporter.class, AsTwExporter.class, AsKrImporter.class,
        AsKrOfficer.class, AsKrOfficer2.class, AsTwOfficer.class, AsKrClerk.class);
  }

  private ExporterApplications exporterApps;
  private ChamberDesk desk;
  private As krExporter;
  private As twExporter;
  private As krImporter;
  private As krOfficer;
  private As krOfficer2;
  private As twOfficer;
  private As krClerk;

  @BeforeEach
  void lookUp() throws Exception {
    exporterApps = InitialContext.doLookup("java:app/portal-ejb/ExporterApplicationsBean!" + ExporterApplications.class.getName());
    desk = InitialContext.doLookup("java:app/portal-ejb/ChamberDeskBean!" + ChamberDesk.class.getName());
    krExporter = InitialContext.doLookup("java:module/AsKrExporter");
    twExporter = InitialContext.doLookup("java:module/AsTwExporter");
    krImporter = InitialContext.doLookup("java:module/AsKrImporter");
    krOfficer = InitialContext.doLookup("java:module/AsKrOfficer");
    krOfficer2 = InitialContext.doLookup("java:module/AsKrOfficer2");
    twOfficer = InitialContext.doLookup("java:module/AsTwOfficer");
    krClerk = InitialContext.doLookup("java:module/AsKrClerk");
    enrolSecondOfficer();
  }

  /**
   * A second officer of the Korean chamber, for the race between two officers, and a clerk of the
   * Korean exporter who is not (yet) a signatory.
   */
  private static void enrolSecondOfficer() throws NamingException, java.sql.SQLException {
    DataSource dataSource = InitialContext.doLookup("java:jboss/datasources/PortalDS");
    try (Connection c = dataSource.getConnection();
        PreparedStatement insert =
            c.prepareStatement(
                "insert into organisation_member (id, tenant, username, organisation_id)"
                    + " select ?, 'kr', ?, m.organisation_id from organisation_member m"
                    + " where m.tenant = 'kr' and m.username = ? on conflict do nothing")) {
      for (String[] pair : new String[][] {{"officer2", "officer"}, {"clerk", "exporter"}}) {
        insert.setObject(1, UUID.randomUUID());
        insert.setString(2, pair[0]);
        insert.setString(3, pair[1]);
        insert.executeUpdate();
      }
    }
  }

  @Test
  void onlyGoodsTheChamberApprovedGoOnACertificate() throws Exception {
    UUID chamber = krChamber();
    String hs = "8703" + String.format("%02d", 21 + (int) (System.nanoTime() % 3));
    InvalidInputException badHs =
        assertThrows(InvalidInputException.class, () -> krExporter.call(() -> exporterApps.registerGoods("Cars", "99x", "PE", "Maker")));
    assertEquals(Set.of("hsCode"), fields(badHs));
    var registered = krExporter.call(() -> exporterApps.registerGoods("Passenger cars, 1,500 cc", hs, "PSR", "Hanbit Motors"));
    assertEquals("PENDING", registered.status());

    ApplicationData base = complete(chamber, "Goods Test Ltd");
    ItemLine cars = new ItemLine(hs, "Passenger cars", null, 2, "units", new BigDecimal("2"), "H87", new BigDecimal("2600"),
        new BigDecimal("2500"), "PSR", "INV-CAR-1", LocalDate.now().minusDays(1), new BigDecimal("40000"), "USD");
    ApplicationData withCars = new ApplicationData(base.chamberId(), base.consigneeName(), base.consigneeAddress(), base.consigneeCountry(),
        base.consigneeIdentifier(), base.producerName(), base.agreementCode(), true, base.transportMode(), base.transportMeans(), base.departureDate(), base.loadingPort(),
        base.dischargePort(), null, null, List.of(cars));
    ApplicationView draft = krExporter.call(() -> exporterApps.create(withCars));
    InvalidInputException unapproved =
        assertThrows(InvalidInputException.class, () -> krExporter.call(() -> exporterApps.submit(draft.id(), draft.version(), withCars)));
    assertEquals(Set.of("items[0].hsCode"), fields(unapproved));
    assertEquals("application.error.goodsNotApproved", unapproved.problems().get(0).messageKey());

    assertThrows(NotFoundException.class, () -> twOfficer.call(() -> desk.approveGoods(registered.id(), registered.version())), "another tenant's chamber");
    assertTrue(krOfficer.call(desk::pendingGoods).stream().anyMatch(g -> g.id().equals(registered.id())));
    krOfficer.call(() -> desk.approveGoods(registered.id(), registered.version()));
    assertEquals(ApplicationStatus.SUBMITTED, krExporter.call(() -> exporterApps.submit(draft.id(), draft.version(), withCars)).status());
  }

  @Test
  void documentsAreCheckedOnUploadAndShownOnlyToExporterAndChamber() throws Exception {
    byte[] pdf = "%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    ApplicationView draft = krExporter.call(() -> exporterApps.create(ApplicationData.blank()));
    ApplicationView withInvoice = krExporter.call(() -> exporterApps.attach(draft.id(), Attachment.Kind.INVOICE, "invoice-118.pdf", pdf));
    assertEquals(1, withInvoice.attachments().size());
    UUID invoice = withInvoice.attachments().get(0).id();
    assertEquals("application/pdf", withInvoice.attachments().get(0).contentType());

    InvalidInputException fake = assertThrows(InvalidInputException.class,
        () -> krExporter.call(() -> exporterApps.attach(draft.id(), Attachment.Kind.INVOICE, "invoice.pdf", "<html>".getBytes())));
    assertEquals("attachment.error.type", fake.problems().get(0).messageKey());
    byte[] huge = new byte[Attachment.MAX_BYTES + 1];
    System.arraycopy(pdf, 0, huge, 0, pdf.length);
    InvalidInputException tooLarge = assertThrows(InvalidInputException.class,
        () -> krExporter.call(() -> exporterApps.attach(draft.id(), Attachment.Kind.OTHER, "scan.pdf", huge)));
    assertEquals("attachment.error.tooLarge", tooLarge.problems().get(0).messageKey());
    assertEquals(1, krExporter.call(() -> exporterApps.open(draft.id())).attachments().size(), "nothing stored half-way");

    AttachmentFiles files = InitialContext.doLookup("java:app/portal-ejb/AttachmentFilesBean!" + AttachmentFiles.class.getName());
    assertEquals("invoice-118.pdf", krExporter.call(() -> files.download(invoice)).filename());
    assertThrows(NotFoundException.class, () -> twExporter.call(() -> files.download(invoice)), "another tenant's exporter");
    assertThrows(NotFoundException.class, () -> krOfficer.call(() -> files.download(invoice)), "a draft's documents stay with the exporter");
    Access.assertDenied(() -> krImporter.call(() -> files.download(invoice)));

    ApplicationView submitted = krExporter.call(() -> exporterApps.submit(draft.id(), krExporter.call(() -> exporterApps.open(draft.id())).version(),
        complete(krChamber(), "Attachment Test Ltd")));
    assertEquals(ApplicationStatus.SUBMITTED, submitted.status());
    assertEquals(pdf.length, krOfficer.call(() -> files.download(invoice)).content().length, "the chamber reads it once submitted");
    assertThrows(NotFoundException.class, () -> twOfficer.call(() -> files.download(invoice)));
    assertThrows(WorkflowException.class, () -> krExporter.call(() -> exporterApps.detach(draft.id(), invoice)), "not after submission");
  }

  @Test
  void onlyARegisteredSignatorySubmits() throws Exception {
    UUID chamber = krChamber();
    krExporter.call(() -> { exporterApps.removeSignatory("clerk"); return null; });
    ApplicationView draft = krClerk.call(() -> exporterApps.create(ApplicationData.blank()));
    InvalidInputException refused =
        assertThrows(InvalidInputException.class, () -> krClerk.call(() -> exporterApps.submit(draft.id(), draft.version(), complete(chamber, "Signatory Test Ltd"))));
    assertEquals(Set.of("signatory"), fields(refused));

    krExporter.call(() -> { exporterApps.registerSignatory("clerk", "Jiwoo Han", "Logistics Clerk"); return null; });
    assertTrue(krExporter.call(exporterApps::signatories).stream().anyMatch(s -> s.username().equals("clerk")));
    assertEquals(ApplicationStatus.SUBMITTED,
        krClerk.call(() -> exporterApps.submit(draft.id(), draft.version(), complete(chamber, "Signatory Test Ltd"))).status());
    InvalidInputException twice =
        assertThrows(InvalidInputException.class, () -> krExporter.call(() -> { exporterApps.registerSignatory("clerk", "Jiwoo Han", "Clerk"); return null; }));
    assertEquals("signatory.error.exists", twice.problems().get(0).messageKey());
  }

  private UUID krChamber() throws Exception {
    return krExporter.call(exporterApps::chambers).get(0).id();
  }

  private ApplicationData complete(UUID chamber, String consignee) {
    ItemLine apples =
        new ItemLine("080810", "Fresh apples, Fuji, class I", "HANBIT/AKL/1-40", 40, "cartons", new BigDecimal("800"), "KGM",
            new BigDecimal("860"), new BigDecimal("800"), "WO", "INV-2026-001", LocalDate.now().minusDays(3),
            new BigDecimal("2400.00"), "USD");
    return new ApplicationData(chamber, consignee, "12 Quay Street, Auckland", "NZ", "NZBN-9429047654321", "Hanbit Orchards", KR_NZ_AGREEMENT, true, "1",
        "HMM ALGECIRAS 0012E", LocalDate.now().plusDays(2), "KRPUS", "NZAKL", null, "Keep refrigerated", List.of(apples));
  }

  private ApplicationView submitted(String consignee) throws Exception {
    UUID chamber = krChamber();
    ApplicationView draft = krExporter.call(() -> exporterApps.create(ApplicationData.blank()));
    return krExporter.call(() -> exporterApps.submit(draft.id(), draft.version(), complete(chamber, consignee)));
  }

  @Test
  void aDraftKeepsWhatWasTypedAndASubmissionNamesEveryMissingField() throws Exception {
    ApplicationData partial =
        new ApplicationData(null, "Auckland Fine Foods Ltd", null, "NZ", null, null, null, true, "1", null, null, null, null, null, null,
            List.of(new ItemLine("0808", "Apples", null, null, null, null, null, null, null, null, null, null, null, null)));
    InvalidInputException badFormat =
        assertThrows(InvalidInputException.class, () -> krExporter.call(() -> exporterApps.create(partial)));
    assertTrue(fields(badFormat).contains("items[0].hsCode"), fields(badFormat).toString());

    ApplicationData typed =
        new ApplicationData(null, "Auckland Fine Foods Ltd", null, "NZ", null, null, null, true, "1", null, null, null, null, null, null, List.of());
    ApplicationView draft = krExporter.call(() -> exporterApps.create(typed));
    assertEquals(ApplicationStatus.DRAFT, draft.status());
    assertEquals("Auckland Fine Foods Ltd", krExporter.call(() -> exporterApps.open(draft.id())).data().consigneeName());

    InvalidInputException missing =
        assertThrows(InvalidInputException.class, () -> krExporter.call(() -> exporterApps.submit(draft.id(), draft.version(), typed)));
    Set<String> fields = fields(missing);
    for (String field : List.of("chamberId", "consigneeAddress", "producerName", "agreementCode", "transportMeans", "departureDate", "loadingPort", "items")) {
      assertTrue(fields.contains(field), field + " not reported: " + fields);
    }
    assertEquals(ApplicationStatus.DRAFT, krExporter.call(() -> exporterApps.open(draft.id())).status(), "nothing submitted half-way");
  }

  @Test
  void wrongCodesAreRefusedFieldByField() throws Exception {
    UUID chamber = krChamber();
    ApplicationView draft = krExporter.call(() -> exporterApps.create(ApplicationData.blank()));
    ApplicationData good = complete(chamber, "Auckland Fine Foods Ltd");
    ItemLine unknownHs = new ItemLine("999999", "Mystery", null, 1, "box", BigDecimal.ONE, "KGM", BigDecimal.ONE, BigDecimal.ONE, "WO",
        "INV-9", LocalDate.now(), BigDecimal.TEN, "USD");
    ApplicationData bad = new ApplicationData(chamber, good.consigneeName(), good.consigneeAddress(), "NZ", good.consigneeIdentifier(), good.producerName(), "ECFA", true,
        "1", good.transportMeans(), good.departureDate(), "NZAKL", "KRPUS", null, null, List.of(unknownHs));
    Set<String> fields =
        fields(assertThrows(InvalidInputException.class, () -> krExporter.call(() -> exporterApps.submit(draft.id(), draft.version(), bad))));
    assertTrue(fields.containsAll(Set.of("items[0].hsCode", "agreementCode", "loadingPort", "dischargePort")), fields.toString());
  }

  @Test
  void anOfficerClaimsAndApprovesAndACertificateIsIssued() throws Exception {
    ApplicationView submitted = submitted("Auckland Fine Foods Ltd");
    assertEquals(ApplicationStatus.SUBMITTED, submitted.status());

    QueuePage queue = krOfficer.call(() -> desk.queue(new QueueQuery(0, 200, "submittedAt", false, EnumSet.of(ApplicationStatus.SUBMITTED), submitted.reference())));
    assertEquals(1, queue.total());
    assertEquals(submitted.id(), queue.rows().get(0).id());

    ApplicationView claimed = krOfficer.call(() -> desk.claim(submitted.id(), submitted.version()));
    assertEquals("officer", claimed.claimedBy());
    ApplicationView approved = krOfficer.call(() -> desk.approve(claimed.id(), claimed.version()));
    assertEquals(ApplicationStatus.APPROVED, approved.status());
    assertNotNull(approved.certificateNumber());
    assertTrue(approved.certificateNumber().matches("KR-\\d{4}-\\d{6}"), approved.certificateNumber());
    assertEquals(List.of("CREATED", "SUBMITTED", "CLAIMED", "APPROVED"), approved.history().stream().map(ApplicationView.EventView::action).toList());
  }

  @Test
  void anIssuedCertificateIsReplacedThenRevokedAndNeverEdited() throws Exception {
    ApplicationView submitted = submitted("Lifecycle Test Ltd");
    ApplicationView claimed = krOfficer.call(() -> desk.claim(submitted.id(), submitted.version()));
    ApplicationView approved = krOfficer.call(() -> desk.approve(claimed.id(), claimed.version()));
    String first = approved.certificateNumber();
    CertificateVerification verification =
        InitialContext.doLookup("java:app/portal-ejb/CertificateVerificationBean!" + CertificateVerification.class.getName());
    assertEquals("VALID", verification.verify(first).orElseThrow().status());

    assertThrows(WorkflowException.class, () -> krOfficer.call(() -> desk.replace(approved.id(), " ")), "a reason is needed");
    ApplicationView replaced = krOfficer.call(() -> desk.replace(approved.id(), "Clerical error in consignee name"));
    String second = replaced.certificateNumber();
    assertTrue(!second.equals(first), second);
    assertEquals("REPLACED", verification.verify(first).orElseThrow().status());
    assertEquals(second, verification.verify(first).orElseThrow().replacedByNumber());
    assertEquals(first, verification.verify(second).orElseThrow().replacesNumber());

    ApplicationView revoked = krOfficer.call(() -> desk.revoke(approved.id(), "Origin not substantiated"));
    assertEquals("REVOKED", revoked.certificateStatus());
    assertEquals("REVOKED", verification.verify(second).orElseThrow().status());
    assertThrows(WorkflowException.class, () -> krOfficer.call(() -> desk.revoke(approved.id(), "again")));
    assertThrows(WorkflowException.class, () -> krExporter.call(() -> exporterApps.saveDraft(approved.id(), revoked.version(), ApplicationData.blank())));

    assertTrue(verification.verify("KR-1999-000001").isEmpty());
    assertTrue(verification.verify("not a number").isEmpty());
    assertTrue(krExporter.call(() -> exporterApps.certificates(second, null, null, null)).stream().anyMatch(c -> c.number().equals(second)));
    assertTrue(twExporter.call(() -> exporterApps.certificates(second, null, null, null)).isEmpty(), "another tenant's exporter sees nothing");
  }

  @Test
  void anIssuedCertificateCarriesSignedDocumentsThatOnlyItsExporterAndChamberDownload() throws Exception {
    ApplicationView submitted = submitted("Documents Test Ltd");
    ApplicationView claimed = krOfficer.call(() -> desk.claim(submitted.id(), submitted.version()));
    String number = krOfficer.call(() -> desk.approve(claimed.id(), claimed.version())).certificateNumber();
    CertificateFiles files = InitialContext.doLookup("java:app/portal-ejb/CertificateFilesBean!" + CertificateFiles.class.getName());

    byte[] xml = krExporter.call(() -> files.download(number, CertificateFiles.Format.XML)).content();
    byte[] pdf = krOfficer.call(() -> files.download(number, CertificateFiles.Format.PDF)).content();
    assertEquals("%PDF-", new String(pdf, 0, 5, StandardCharsets.US_ASCII));
    CertificateOfOriginDocument ubl = new CertificateOfOriginDocument();
    assertEquals(List.of(), ubl.validate(xml), "the signed document is valid UBL 2.1");
    CertificateContent content = ubl.read(xml);
    assertEquals(number, content.certificateNumber());
    assertEquals("Documents Test Ltd", content.consignee().name());
    assertEquals("NZBN-9429047654321", content.consignee().identifier());
    assertEquals("Hanbit Trading Co.", content.exporter().name());
    assertEquals("080810", content.items().get(0).hsCode());
    assertTrue(content.verificationUrl().endsWith("/site/public/verify.xhtml?number=" + number), content.verificationUrl());

    // Signed with the key the chamber keeps on the server, found again on every later start.
    X509Certificate chamberKey =
        ChamberKeys.load(Path.of(System.getProperty("jboss.server.data.dir"), "chamber-keys", "KR-CHB-KCCI.p12"), "development".toCharArray())
            .certificate();
    SignatureCheck.Result signature = new SignatureCheck().verify(xml, chamberKey);
    assertTrue(signature.valid(), String.valueOf(signature.failure()));

    assertThrows(NotFoundException.class, () -> twExporter.call(() -> files.download(number, CertificateFiles.Format.XML)), "another tenant's exporter");
    assertThrows(NotFoundException.class, () -> twOfficer.call(() -> files.download(number, CertificateFiles.Format.PDF)), "another tenant's chamber");
    assertThrows(NotFoundException.class, () -> krExporter.call(() -> files.download("KR-1999-000001", CertificateFiles.Format.PDF)));
    Access.assertDenied(() -> krImporter.call(() -> files.download(number, CertificateFiles.Format.XML)));

    CertificateVerification verification =
        InitialContext.doLookup("java:app/portal-ejb/CertificateVerificationBean!" + CertificateVerification.class.getName());
    CertificateVerification.DocumentCheck authentic = verification.check(xml);
    assertEquals(CertificateVerification.DocumentVerdict.AUTHENTIC, authentic.verdict(), authentic.problems().toString());
    assertEquals("VALID", authentic.certificate().status());
    byte[] tampered = new String(xml, StandardCharsets.UTF_8).replace("Documents Test Ltd", "Documents Test Plc").getBytes(StandardCharsets.UTF_8);
    assertEquals(CertificateVerification.DocumentVerdict.TAMPERED, verification.check(tampered).verdict());

    ChamberKey impostor = new ChamberKeys(Files.createTempDirectory("impostor"), "x".toCharArray()).forChamber("IMPOSTOR", "Korea Chamber of Commerce and Industry", "KR");
    byte[] forged = new XmlSigner().sign(ubl.write(content), impostor.privateKey(), impostor.chainArray());
    assertEquals(CertificateVerification.DocumentVerdict.WRONG_SIGNER, verification.check(forged).verdict());
    CertificateContent invented = new CertificateContent("KR-1999-000001", content.issueDate(), content.issuingAuthority(), content.exporter(),
        content.producer(), content.consignee(), "KR", "NZ", content.agreementCode(), content.agreementName(), true, content.transport(),
        content.items(), null, content.verificationUrl(), null);
    byte[] unknown = new XmlSigner().sign(ubl.write(invented), impostor.privateKey(), impostor.chainArray());
    assertEquals(CertificateVerification.DocumentVerdict.UNKNOWN, verification.check(unknown).verdict());
    assertEquals(CertificateVerification.DocumentVerdict.NOT_A_CERTIFICATE, verification.check("<?xml version=\"1.0\"?><Invoice/>".getBytes(StandardCharsets.UTF_8)).verdict());
    assertEquals(CertificateVerification.DocumentVerdict.NOT_A_CERTIFICATE,
        verification.check("<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>".getBytes(StandardCharsets.UTF_8)).verdict());
    assertEquals(CertificateVerification.DocumentVerdict.NOT_A_CERTIFICATE, verification.check(new byte[0]).verdict());
  }

  @Test
  void aReturnedApplicationIsAmendedAndSubmittedAgain() throws Exception {
    ApplicationView submitted = submitted("Seoul Returns Test Ltd");
    ApplicationView claimed = krOfficer.call(() -> desk.claim(submitted.id(), submitted.version()));
    assertThrows(WorkflowException.class, () -> krOfficer.call(() -> desk.returnForAmendment(claimed.id(), claimed.version(), " ")), "a reason is needed");
    ApplicationView returned = krOfficer.call(() -> desk.returnForAmendment(claimed.id(), claimed.version(), "Invoice date is after departure"));
    assertEquals(ApplicationStatus.RETURNED, returned.status());

    ApplicationView seen = krExporter.call(() -> exporterApps.open(returned.id()));
    assertEquals("Invoice date is after departure", seen.decisionReason());
    ApplicationView again = krExporter.call(() -> exporterApps.submit(seen.id(), seen.version(), complete(krChamber(), "Seoul Returns Test Ltd (amended)")));
    assertEquals(ApplicationStatus.SUBMITTED, again.status());
    String resubmitted = again.history().get(again.history().size() - 1).detail();
    assertTrue(resubmitted.contains("consigneeName: Seoul Returns Test Ltd → Seoul Returns Test Ltd (amended)"), "what changed is recorded: " + resubmitted);
  }

  @Test
  void twoOfficersClaimingAtOnceExactlyOneWins() throws Exception {
    ApplicationView submitted = submitted("Race Test Ltd");
    ManagedExecutorService executor = InitialContext.doLookup("java:comp/DefaultManagedExecutorService");
    CountDownLatch start = new CountDownLatch(1);
    List<Future<String>> outcomes = new ArrayList<>();
    for (As officer : List.of(krOfficer, krOfficer2)) {
      outcomes.add(executor.submit(() -> {
        start.await();
        try {
          return officer.call(() -> desk.claim(submitted.id(), submitted.version())).claimedBy();
        } catch (WorkflowException e) {
          return "refused:" + e.messageKey();
        }
      }));
    }
    start.countDown();
    List<String> results = new ArrayList<>();
    for (Future<String> f : outcomes) {
      results.add(f.get());
    }
    assertEquals(1, results.stream().filter(r -> r.startsWith("refused:application.error.changedMeanwhile")).count(), results.toString());
    String winner = results.stream().filter(r -> !r.startsWith("refused:")).findFirst().orElseThrow();
    As loser = winner.equals("officer") ? krOfficer2 : krOfficer;
    ApplicationView now = krOfficer.call(() -> desk.open(submitted.id()));
    assertEquals(winner, now.claimedBy());
    WorkflowException refused = assertThrows(WorkflowException.class, () -> loser.call(() -> desk.approve(now.id(), now.version())));
    assertEquals("application.error.claimedByOther", refused.messageKey());
  }

  @Test
  void nobodyElseSeesTheApplication() throws Exception {
    ApplicationView draft = krExporter.call(() -> exporterApps.create(ApplicationData.blank()));
    assertThrows(NotFoundException.class, () -> twExporter.call(() -> exporterApps.open(draft.id())), "another tenant's exporter");
    assertThrows(NotFoundException.class, () -> krOfficer.call(() -> desk.open(draft.id())), "drafts stay with the exporter");
    Access.assertDenied(() -> krImporter.call(() -> exporterApps.open(draft.id())));
    Access.assertDenied(() -> exporterApps.mine());

    ApplicationView submitted = submitted("Visibility Test Ltd");
    assertThrows(NotFoundException.class, () -> twOfficer.call(() -> desk.open(submitted.id())), "another tenant's chamber");
    assertThrows(NotFoundException.class, () -> twOfficer.call(() -> desk.claim(submitted.id(), submitted.version())));
    assertTrue(twOfficer.call(() -> desk.queue(new QueueQuery(0, 200, "submittedAt", true, Set.of(), "Visibility"))).rows().isEmpty());
    assertThrows(NotFoundException.class, () -> krExporter.call(() -> exporterApps.open(UUID.randomUUID())));
  }

  private static Set<String> fields(InvalidInputException e) {
    return e.problems().stream().map(FieldProblem::field).collect(Collectors.toSet());
  }

}
