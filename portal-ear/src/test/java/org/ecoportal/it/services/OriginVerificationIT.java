package org.ecoportal.it.services;

import static org.ecoportal.it.services.Lanes.await;
import static org.ecoportal.it.services.Lanes.awaitFinal;
import static org.ecoportal.it.services.Lanes.mails;
import static org.ecoportal.it.services.Lanes.query;
import static org.ecoportal.it.services.Lanes.setMemberEmail;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.helger.phase4.CAS4;
import com.helger.phase4.attachment.AS4OutgoingAttachment;
import com.helger.phase4.crypto.AS4CryptoFactoryInMemoryKeyStore;
import com.helger.phase4.sender.AS4Sender;
import com.helger.phase4.sender.EAS4UserMessageSendResult;
import jakarta.enterprise.inject.spi.CDI;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import org.ecoportal.application.CertificateFeedback;
import org.ecoportal.application.ExchangeMonitor;
import org.ecoportal.application.NotFoundException;
import org.ecoportal.application.OriginVerifications;
import org.ecoportal.application.OriginVerifications.Verification;
import org.ecoportal.application.VerificationDesk;
import org.ecoportal.domain.model.application.WorkflowException;
import org.ecoportal.domain.model.exchange.ExchangeKind;
import org.ecoportal.domain.model.tenant.Tenant;
import org.ecoportal.domain.model.verification.UsageOutcome;
import org.ecoportal.domain.model.verification.VerificationResult;
import org.ecoportal.infrastructure.signing.ChamberKey;
import org.ecoportal.infrastructure.signing.ChamberSigningKeys;
import org.ecoportal.it.Access;
import org.ecoportal.it.PortalDeployment;
import org.ecoportal.it.services.Lanes.Mail;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Taiwan's customs asks Korea's chamber to verify the origin of a certificate Korea issued, over the
 * AS4 exchange on one server: the request reaches the issuing chamber's officers only, who answer
 * it; the answer comes back to Taiwan's record. What Taiwan's customs decides reaches Korea as the
 * certificate's usage. Messages posted by a plain phase4 client show what is refused.
 */
@ExtendWith(ArquillianExtension.class)
class OriginVerificationIT {

  /** Taipei Harbour Imports, the demo importer of Taiwan: its certificates open import cases at once. */
  private static final String TAIPEI_HARBOUR = "TW-IMP-53212539";
  private static final String PARTY_TYPE = "urn:oasis:names:tc:ebcore:partyid-type:unregistered:ecoportal";
  private static final String SERVICE = "urn:ecoportal:certificate-of-origin";
  /**
   * Another chamber of Korea, with one officer, enrolled by the test; named to come after the demo
   * chamber, which the lanes' exporter applies to as the first chamber offered.
   */
  private static final UUID ULSAN_CHAMBER = UUID.fromString("0d7c3a52-7f64-4b8e-9a51-6f0c2b5e8a12");

  @Deployment
  static EnterpriseArchive deployment() {
    EnterpriseArchive ear = PortalDeployment.withTestClasses(OriginVerificationIT.class, Access.class, As.class, Lanes.class, AsKrOfficer.class,
        AsKrExporter.class, AsKrAdmin.class, AsKrCustoms.class, AsKrOtherChamberOfficer.class, AsTwCustoms.class, AsTwAdmin.class,
        AsTwImporter.class, AsTwOfficer.class);
    // the fixture works the import side's entities, which live in the EJB module
    JavaArchive ejb = ear.getAsType(JavaArchive.class, "portal-ejb.jar");
    ejb.addClasses(ClearanceFixture.class, ClearanceFixture.Declared.class);
    ear.delete("portal-ejb.jar");
    ear.addAsModule(ejb);
    return ear;
  }

  private OriginVerifications verifications;
  private VerificationDesk desk;
  private CertificateFeedback feedback;
  private ClearanceFixture fixture;
  private As twCustoms;
  private As krOfficer;

  @BeforeEach
  void lookUp() throws Exception {
    verifications = InitialContext.doLookup("java:app/portal-ejb/OriginVerificationsBean!" + OriginVerifications.class.getName());
    desk = InitialContext.doLookup("java:app/portal-ejb/VerificationDeskBean!" + VerificationDesk.class.getName());
    feedback = InitialContext.doLookup("java:app/portal-ejb/CertificateFeedbackBean!" + CertificateFeedback.class.getName());
    fixture = InitialContext.doLookup("java:app/portal-ejb/ClearanceFixture!" + ClearanceFixture.class.getName());
    twCustoms = InitialContext.doLookup("java:module/AsTwCustoms");
    krOfficer = InitialContext.doLookup("java:module/AsKrOfficer");
    enrolUlsanChamber();
  }

  @Test
  void aVerificationReachesTheIssuingChamberOnlyWhoseAnswerComesBackToTheRequestingCustoms() throws Exception {
    String officerMail = "officer-" + Long.toString(System.nanoTime(), 36) + "@kr.eco.example";
    setMemberEmail("kr", "officer", officerMail);
    String number = deliveredToTaiwan("Verification");
    ClearanceFixture.Declared declared = fixture.submittedDeclaration("tw", number);

    // Nobody but Taiwan's customs asks: Korea's customs finds nothing, other roles are refused.
    As krCustoms = InitialContext.doLookup("java:module/AsKrCustoms");
    assertThrows(NotFoundException.class, () -> krCustoms.call(() -> verifications.request(declared.id(), declared.version(), "Origin?")));
    assertThrows(NotFoundException.class, () -> krCustoms.call(() -> verifications.forDeclaration(declared.id())));
    As twImporter = InitialContext.doLookup("java:module/AsTwImporter");
    As twOfficer = InitialContext.doLookup("java:module/AsTwOfficer");
    Access.assertDenied(() -> twImporter.call(() -> verifications.request(declared.id(), declared.version(), "Origin?")));
    Access.assertDenied(() -> twOfficer.call(() -> verifications.forDeclaration(declared.id())));

    // A stale version and an empty question are refused; then the request goes.
    WorkflowException stale =
        assertThrows(WorkflowException.class, () -> twCustoms.call(() -> verifications.request(declared.id(), declared.version() + 1, "Origin?")));
    assertEquals("verification.error.changedMeanwhile", stale.messageKey());
    WorkflowException empty = assertThrows(WorkflowException.class, () -> twCustoms.call(() -> verifications.request(declared.id(), declared.version(), "  ")));
    assertEquals("verification.error.textRequired", empty.messageKey());
    String question = "Were the apples grown in Korea? Please send the orchard's records for lot " + number + ".";
    Verification asked = twCustoms.call(() -> verifications.request(declared.id(), declared.version(), question));
    assertEquals(List.of(number, "KR", question, "customs"), List.of(asked.certificateNumber(), asked.partnerCountry(), asked.question(), asked.askedBy()));
    assertFalse(asked.answered());
    assertEquals("VERIFICATION_REQUESTED", fixture.status(declared.id()));
    WorkflowException pending =
        assertThrows(WorkflowException.class, () -> twCustoms.call(() -> verifications.request(declared.id(), declared.version() + 1, "Again?")));
    assertEquals("verification.error.pending", pending.messageKey(), "one request at a time");

    // It arrives at Korea for the chamber that issued the certificate, whose officer is mailed.
    VerificationDesk.Request arrived = await(() -> krOfficer.call(desk::requests).stream().filter(r -> r.certificateNumber().equals(number)).findFirst());
    assertEquals(List.of("TW", question, "Customs Administration, Ministry of Finance"),
        List.of(arrived.partnerCountry(), arrived.question(), arrived.requestingCustoms()));
    assertTrue(arrived.open());
    assertTrue(krOfficer.call(desk::open) >= 1);
    Mail told = only(mails(officerMail, number, 1));
    assertTrue(told.subject().contains(number), told.subject());
    assertTrue(told.text().contains(question) && told.text().contains("/kr/chamber-officer/verifications.xhtml"), told.text());

    // Another chamber of Korea, Taiwan's chamber and Korea's customs see nothing of it.
    As ulsan = InitialContext.doLookup("java:module/AsKrOtherChamberOfficer");
    assertTrue(ulsan.call(desk::requests).stream().noneMatch(r -> r.certificateNumber().equals(number)));
    assertThrows(NotFoundException.class, () -> ulsan.call(() -> desk.request(arrived.id())));
    assertThrows(NotFoundException.class, () -> ulsan.call(() -> desk.answer(arrived.id(), arrived.version(), VerificationResult.CONFIRMED, "Fine")));
    assertThrows(NotFoundException.class, () -> twOfficer.call(() -> desk.request(arrived.id())));
    Access.assertDenied(() -> krCustoms.call(desk::requests));

    // The issuing chamber answers: a stale version is refused, the answer goes back once.
    WorkflowException staleAnswer = assertThrows(WorkflowException.class,
        () -> krOfficer.call(() -> desk.answer(arrived.id(), arrived.version() + 1, VerificationResult.CONFIRMED, "Confirmed")));
    assertEquals("verification.error.changedMeanwhile", staleAnswer.messageKey());
    String text = "Origin confirmed: the orchard's records show the harvest of lot " + number + ".";
    VerificationDesk.Request answered = krOfficer.call(() -> desk.answer(arrived.id(), arrived.version(), VerificationResult.CONFIRMED, text));
    assertFalse(answered.open());
    assertThrows(WorkflowException.class,
        () -> krOfficer.call(() -> desk.answer(arrived.id(), arrived.version(), VerificationResult.NOT_CONFIRMED, "Second thoughts")),
        "answered at the version it was read at");

    Verification back = await(() -> twCustoms.call(() -> verifications.forDeclaration(declared.id())).stream().filter(Verification::answered).findFirst());
    assertEquals(List.of(VerificationResult.CONFIRMED, text, "Korea Chamber of Commerce and Industry"),
        List.of(back.result(), back.answerText(), back.answeredBy()));

    // What came back is on Korea's record of the certificate, for its exporter.
    As krExporter = InitialContext.doLookup("java:module/AsKrExporter");
    List<CertificateFeedback.Entry> told2 = krExporter.call(() -> feedback.forCertificate(number));
    assertEquals(List.of(CertificateFeedback.Kind.VERIFICATION_REQUEST, CertificateFeedback.Kind.VERIFICATION_ANSWER),
        told2.stream().map(CertificateFeedback.Entry::kind).toList());

    // Both administrators follow the messages on their exchange screens, with their kind.
    ExchangeMonitor monitor = InitialContext.doLookup("java:app/portal-ejb/ExchangeMonitorBean!" + ExchangeMonitor.class.getName());
    As twAdmin = InitialContext.doLookup("java:module/AsTwAdmin");
    As krAdmin = InitialContext.doLookup("java:module/AsKrAdmin");
    assertTrue(twAdmin.call(() -> monitor.outgoing(null, "KR", LocalDate.now().minusDays(1), null, 1000)).stream()
        .anyMatch(m -> m.certificateNumber().equals(number) && m.kind() == ExchangeKind.VERIFICATION_REQUEST));
    assertTrue(krAdmin.call(() -> monitor.incoming("TW", LocalDate.now().minusDays(1), null, 1000)).stream()
        .anyMatch(m -> m.certificateNumber().equals(number) && m.kind() == ExchangeKind.VERIFICATION_REQUEST));
    ExchangeMonitor.Outgoing answer = await(() -> krAdmin.call(() -> monitor.outgoing(null, "TW", LocalDate.now().minusDays(1), null, 1000)).stream()
        .filter(m -> m.certificateNumber().equals(number) && m.kind() == ExchangeKind.VERIFICATION_ANSWER && m.hasReceipt()).findFirst());
    assertTrue(new String(krAdmin.call(() -> monitor.payload(answer.id())).content(), StandardCharsets.UTF_8).contains("urn:ecoportal:clearance:1"));
    ExchangeMonitor.Incoming in = twAdmin.call(() -> monitor.incoming("KR", LocalDate.now().minusDays(1), null, 1000)).stream()
        .filter(m -> m.certificateNumber().equals(number) && m.kind() == ExchangeKind.VERIFICATION_ANSWER).findFirst().orElseThrow();
    assertTrue(new String(twAdmin.call(() -> monitor.received(in.id())).content(), StandardCharsets.UTF_8).contains("CONFIRMED"));
    assertThrows(NotFoundException.class, () -> krAdmin.call(() -> monitor.received(in.id())), "Taiwan's copy is Taiwan's");
  }

  @Test
  void whatCustomsDecidedReachesTheIssuingSideForTheExporterAndTheChamberOnly() throws Exception {
    String granted = deliveredToTaiwan("Usage granted");
    String refused = deliveredToTaiwan("Usage refused");
    fixture.decide(fixture.submittedDeclaration("tw", granted).id(), null);
    fixture.decide(fixture.submittedDeclaration("tw", refused).id(), "HS code 080810 not covered by the agreement claimed");

    As krExporter = InitialContext.doLookup("java:module/AsKrExporter");
    CertificateFeedback.Entry used = await(() -> krExporter.call(() -> feedback.usage(granted)).stream().findFirst());
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Taipei"));
    assertEquals(List.of(UsageOutcome.PREFERENCE_GRANTED, "TW", today, "Customs Administration, Ministry of Finance"),
        List.of(used.outcome(), used.economy(), used.decidedOn(), used.who()));
    assertEquals(null, used.text(), "no reason when granted");
    CertificateFeedback.Entry notUsed = await(() -> krOfficer.call(() -> feedback.usage(refused)).stream().findFirst());
    assertEquals(List.of(UsageOutcome.PREFERENCE_REFUSED, "HS code 080810 not covered by the agreement claimed"),
        List.of(notUsed.outcome(), notUsed.text()));
    assertEquals(List.of(CertificateFeedback.Kind.USAGE), krOfficer.call(() -> feedback.forCertificate(refused)).stream()
        .map(CertificateFeedback.Entry::kind).toList(), "the chamber's view of the certificate");
    assertEquals(1, krExporter.call(() -> feedback.forCertificate(granted)).size(), "told once");

    // Another chamber of Korea, Taiwan's customs and Korea's customs do not see it.
    As ulsan = InitialContext.doLookup("java:module/AsKrOtherChamberOfficer");
    assertThrows(NotFoundException.class, () -> ulsan.call(() -> feedback.usage(granted)));
    Access.assertDenied(() -> twCustoms.call(() -> feedback.usage(granted)));
    As krCustoms = InitialContext.doLookup("java:module/AsKrCustoms");
    Access.assertDenied(() -> krCustoms.call(() -> feedback.forCertificate(granted)));
    As krAdmin = InitialContext.doLookup("java:module/AsKrAdmin");
    assertEquals(1, krAdmin.call(() -> feedback.usage(refused)).size(), "the tenant's administrator sees all");
  }

  @Test
  void aRequestAboutAnUnknownCertificateIsRefusedAndRecordedAndTheSameMessageTwiceIsStoredOnce() throws Exception {
    String unknown = "KR-NONE-" + System.nanoTime();
    String messageId = UUID.randomUUID() + "@tw.test";
    Sent refused = sendToKorea(messageId, "VERIFICATION_REQUEST", request(unknown, "Is this yours?"));
    assertNotEquals(EAS4UserMessageSendResult.SUCCESS, refused.result());
    assertTrue(refused.answer().contains("EBMS:0001") && refused.answer().contains("Unknown certificate number " + unknown), refused.answer());
    assertEquals(0, count("select id from received_clearance_message where message_id = ?", messageId));
    ExchangeMonitor monitor = InitialContext.doLookup("java:app/portal-ejb/ExchangeMonitorBean!" + ExchangeMonitor.class.getName());
    As krAdmin = InitialContext.doLookup("java:module/AsKrAdmin");
    ExchangeMonitor.Refused refusal = krAdmin.call(() -> monitor.refused(LocalDate.now().minusDays(1), null, 1000)).stream()
        .filter(r -> messageId.equals(r.messageId())).findFirst().orElseThrow(() -> new AssertionError("refusal not recorded"));
    assertTrue(refusal.errorCode().contains("EBMS:0001") && refusal.reason().contains(unknown), refusal.toString());

    // A request about a certificate Korea issued for Taiwan, delivered twice: stored once, answered with a receipt each time.
    String number = deliveredToTaiwan("Duplicate request");
    String again = UUID.randomUUID() + "@tw.test";
    byte[] document = request(number, "Delivered twice?");
    assertEquals(EAS4UserMessageSendResult.SUCCESS, sendToKorea(again, "VERIFICATION_REQUEST", document).result());
    Sent second = sendToKorea(again, "VERIFICATION_REQUEST", document);
    assertEquals(EAS4UserMessageSendResult.SUCCESS, second.result(), second.answer());
    assertEquals(1, count("select id from received_clearance_message where message_id = ?", again));
    assertEquals(1, count("select r.id from verification_request r join received_clearance_message m on m.id = r.received_id where m.message_id = ?",
        again));

    // Documents that are not valid, or carry a DOCTYPE, or do not fit their action, are refused.
    String invalid = UUID.randomUUID() + "@tw.test";
    Sent schema = sendToKorea(invalid, "VERIFICATION_REQUEST",
        "<VerificationRequest xmlns=\"urn:ecoportal:clearance:1\"><Reference>x</Reference></VerificationRequest>".getBytes(StandardCharsets.UTF_8));
    assertTrue(schema.answer().contains("EBMS:0004") && schema.answer().contains("Not a valid clearance document"), schema.answer());
    Sent mismatch = sendToKorea(UUID.randomUUID() + "@tw.test", "USAGE", request(number, "A request sent as usage"));
    assertTrue(mismatch.answer().contains("EBMS:0004"), mismatch.answer());
    String laughs = """
        <?xml version="1.0"?>
        <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY secret SYSTEM "file:///etc/passwd">]>
        <VerificationRequest xmlns="urn:ecoportal:clearance:1"><Reference>&lol;</Reference><CertificateNumber>%s</CertificateNumber>
        <Question>&secret;</Question><AskedAt>2026-12-02T06:40:12Z</AskedAt></VerificationRequest>""".formatted(number);
    Sent entities = sendToKorea(UUID.randomUUID() + "@tw.test", "VERIFICATION_REQUEST", laughs.getBytes(StandardCharsets.UTF_8));
    assertTrue(entities.answer().contains("EBMS:0004") && !entities.answer().contains("root:"), entities.answer());
    assertEquals(0, count("select id from received_clearance_message where message_id = ?", invalid));
  }

  // ---- helpers ----

  /** A certificate Korea issued for Taipei Harbour Imports, delivered to Taiwan, whose import case is open. */
  private static String deliveredToTaiwan(String what) throws Exception {
    String number = Lanes.approved("Taipei Harbour Imports", TAIPEI_HARBOUR, "TW", "NON-PREF", false, "TWKHH");
    assertEquals("DELIVERED", awaitFinal(number).status(), what);
    await(() -> count("select id from import_case where certificate_number = ?", number) == 1 ? Optional.of(number) : Optional.empty());
    return number;
  }

  private static byte[] request(String number, String question) {
    return ("<VerificationRequest xmlns=\"urn:ecoportal:clearance:1\"><Reference>" + UUID.randomUUID() + "</Reference><CertificateNumber>"
        + number + "</CertificateNumber><Customs>Taiwan test customs</Customs><Question>" + question + "</Question><AskedAt>"
        + Instant.now() + "</AskedAt></VerificationRequest>").getBytes(StandardCharsets.UTF_8);
  }

  private record Sent(EAS4UserMessageSendResult result, String answer) {}

  /** Sends as Taiwan's single window would, signed with its exchange key, with a plain phase4 client. */
  private static Sent sendToKorea(String messageId, String action, byte[] document) throws Exception {
    ChamberSigningKeys keys = CDI.current().select(ChamberSigningKeys.class).get();
    ChamberKey tw = keys.exchangeKey(Tenant.TW);
    KeyStore own = KeyStore.getInstance("PKCS12");
    own.load(null, null);
    own.setKeyEntry("as4", tw.privateKey(), "pw".toCharArray(), tw.chainArray());
    KeyStore trust = KeyStore.getInstance("PKCS12");
    trust.load(null, null);
    trust.setCertificateEntry("kr", keys.exchangeKey(Tenant.KR).certificate());
    AtomicReference<String> answer = new AtomicReference<>("");
    EAS4UserMessageSendResult result =
        AS4Sender.builderUserMessage()
            .as4ProfileID("ecoportal")
            .cryptoFactory(new AS4CryptoFactoryInMemoryKeyStore(own, "as4", "pw".toCharArray(), trust))
            .messageID(messageId)
            .fromPartyIDType(PARTY_TYPE)
            .fromPartyID("eco-tw")
            .fromRole(CAS4.DEFAULT_INITIATOR_URL)
            .toPartyIDType(PARTY_TYPE)
            .toPartyID("eco-kr")
            .toRole(CAS4.DEFAULT_RESPONDER_URL)
            .service(SERVICE)
            .action(action)
            .endpointURL(System.getProperty("portal.url", "http://localhost:18080") + "/as4")
            .payload(document.length > 0 && new String(document, StandardCharsets.UTF_8).contains("DOCTYPE")
                ? AS4OutgoingAttachment.builder().data(document).mimeType(com.helger.mime.CMimeType.APPLICATION_OCTET_STREAM)
                : AS4OutgoingAttachment.builder().data(document).mimeTypeXML())
            .rawResponseConsumer(r -> {
              if (r.getResponseContent() != null) {
                answer.set(new String(r.getResponseContent(), StandardCharsets.UTF_8));
              }
            })
            .sendMessageAndCheckForReceipt();
    return new Sent(result, answer.get());
  }

  /** A second chamber of Korea, Ulsan, with its officer ulsan-officer. */
  private static void enrolUlsanChamber() throws Exception {
    DataSource dataSource = InitialContext.doLookup("java:jboss/datasources/PortalDS");
    try (Connection c = dataSource.getConnection();
        PreparedStatement chamber = c.prepareStatement("insert into organisation (id, tenant, kind, name, identifier, country)"
            + " values (?, 'kr', 'CHAMBER', 'Ulsan Chamber of Commerce', 'KR-CHB-ULSAN', 'KR') on conflict do nothing");
        PreparedStatement member = c.prepareStatement("insert into organisation_member (id, tenant, username, organisation_id)"
            + " values (?, 'kr', 'ulsan-officer', ?) on conflict do nothing")) {
      chamber.setObject(1, ULSAN_CHAMBER);
      chamber.executeUpdate();
      member.setObject(1, UUID.nameUUIDFromBytes("ulsan-officer@kr".getBytes(StandardCharsets.UTF_8)));
      member.setObject(2, ULSAN_CHAMBER);
      member.executeUpdate();
    }
  }

  private static int count(String sql, String parameter) throws Exception {
    List<String> rows = new ArrayList<>();
    query(sql, parameter, r -> rows.add(r.getString(1)));
    return rows.size();
  }

  private static <T> T only(List<T> items) {
    assertEquals(1, items.size(), items.toString());
    return items.get(0);
  }
}
