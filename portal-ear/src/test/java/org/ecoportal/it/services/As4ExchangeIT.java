package org.ecoportal.it.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ecoportal.it.services.Lanes.applicationOf;
import static org.ecoportal.it.services.Lanes.awaitDeliveries;
import static org.ecoportal.it.services.Lanes.awaitFinal;
import static org.ecoportal.it.services.Lanes.mails;
import static org.ecoportal.it.services.Lanes.outbox;
import static org.ecoportal.it.services.Lanes.query;
import static org.ecoportal.it.services.Lanes.setMemberEmail;
import static org.ecoportal.it.services.Lanes.update;

import com.helger.mime.CMimeType;
import com.helger.phase4.CAS4;
import com.helger.phase4.attachment.AS4OutgoingAttachment;
import com.helger.phase4.crypto.AS4CryptoFactoryInMemoryKeyStore;
import com.helger.phase4.sender.AS4Sender;
import com.helger.phase4.sender.EAS4UserMessageSendResult;
import jakarta.enterprise.inject.spi.CDI;
import java.net.URI;
import java.util.EnumSet;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.KeyStore;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import javax.naming.InitialContext;
import org.ecoportal.application.ExchangeMonitor;
import org.ecoportal.application.MembershipService;
import org.ecoportal.application.NotFoundException;
import org.ecoportal.application.PartnerDirectory;
import org.ecoportal.application.PartnerView;
import org.ecoportal.domain.model.exchange.PartnerData;
import org.ecoportal.application.ReceivedCertificates;
import org.ecoportal.application.ReceivedCertificates.Filter;
import org.ecoportal.application.ReceivedCertificates.Query;
import org.ecoportal.application.ReceivedCertificates.Row;
import org.ecoportal.application.ReceivedCertificates.State;
import org.ecoportal.domain.model.exchange.ExchangeKind;
import org.ecoportal.domain.model.application.WorkflowException;
import org.ecoportal.domain.model.exchange.ExchangeStatus;
import org.ecoportal.application.ApplicationView;
import org.ecoportal.application.ChamberDesk;
import org.ecoportal.domain.model.tenant.Tenant;
import org.ecoportal.infrastructure.signing.ChamberKey;
import org.ecoportal.infrastructure.signing.ChamberKeys;
import org.ecoportal.infrastructure.signing.ChamberSigningKeys;
import org.ecoportal.infrastructure.signing.SignatureCheck;
import org.ecoportal.infrastructure.signing.XmlSigner;
import org.ecoportal.infrastructure.ubl.CertificateOfOriginDocument;
import org.ecoportal.it.Access;
import org.ecoportal.it.PortalDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ecoportal.it.services.Lanes.Mail;
import org.ecoportal.it.services.Lanes.Outbox;

/**
 * Certificates cross from Korea to Taiwan over the portal's own AS4 path, inside one deployment:
 * approving sends, Taiwan's endpoint checks and stores, and the signed receipt marks the message
 * delivered. Messages posted to {@code /as4} by a plain phase4 client show what is refused.
 */
@ExtendWith(ArquillianExtension.class)
class As4ExchangeIT {

  private static final String PARTY_TYPE = "urn:oasis:names:tc:ebcore:partyid-type:unregistered:ecoportal";
  private static final String SERVICE = "urn:ecoportal:certificate-of-origin";

  @Deployment
  static EnterpriseArchive deployment() {
    return PortalDeployment.withTestClasses(As4ExchangeIT.class, Access.class, As.class, AsKrOfficer.class, AsKrExporter.class, AsKrAdmin.class, AsTwAdmin.class,
        AsTwCustoms.class, AsKrCustoms.class, AsTwImporter.class, AsTwExporter.class, Lanes.class);
  }

  private ChamberDesk desk;
  private As krOfficer;

  @BeforeEach
  void lookUp() throws Exception {
    desk = InitialContext.doLookup("java:app/portal-ejb/ChamberDeskBean!" + ChamberDesk.class.getName());
    krOfficer = InitialContext.doLookup("java:module/AsKrOfficer");
  }

  @Test
  void anApprovedCertificateForTaiwanIsDeliveredAndKeptByTaiwan() throws Exception {
    String number = approvedForTaiwan("Taipei AS4 Delivery Ltd");
    Outbox delivered = awaitFinal(number);
    assertEquals("DELIVERED", delivered.status(), "outbox row: " + delivered);
    assertNotNull(delivered.receipt(), "the signed receipt is kept");
    assertTrue(new String(delivered.receipt(), StandardCharsets.UTF_8).contains("Receipt"));
    List<String> received = receivedByNumber(number);
    assertEquals(List.of("tw " + delivered.messageId()), received);

    // The tenant administrator's exchange screen shows it with what was sent and the receipt.
    ExchangeMonitor monitor = InitialContext.doLookup("java:app/portal-ejb/ExchangeMonitorBean!" + ExchangeMonitor.class.getName());
    As krAdmin = InitialContext.doLookup("java:module/AsKrAdmin");
    ExchangeMonitor.Outgoing row = krAdmin.call(() -> monitor.outgoing(ExchangeStatus.DELIVERED, "TW", LocalDate.now().minusDays(1), null, 1000))
        .stream().filter(m -> m.certificateNumber().equals(number)).findFirst().orElseThrow();
    assertTrue(row.hasReceipt() && row.latencyMillis() != null && row.latencyMillis() >= 0, row.toString());
    assertArrayEquals(delivered.payload(), krAdmin.call(() -> monitor.payload(row.id())).content());
    assertArrayEquals(delivered.receipt(), krAdmin.call(() -> monitor.receipt(row.id())).content());
    assertTrue(krAdmin.call(() -> monitor.outgoing(ExchangeStatus.FAILED, "TW", LocalDate.now(), null, 1000)).stream()
        .noneMatch(m -> m.certificateNumber().equals(number)));
    As twAdmin = InitialContext.doLookup("java:module/AsTwAdmin");
    assertThrows(NotFoundException.class, () -> twAdmin.call(() -> monitor.payload(row.id())), "another tenant's administrator");
    ExchangeMonitor.Incoming in = twAdmin.call(() -> monitor.incoming("KR", LocalDate.now().minusDays(1), null, 1000)).stream()
        .filter(r -> r.certificateNumber().equals(number)).findFirst().orElseThrow();
    assertEquals(delivered.messageId(), in.messageId());
    assertArrayEquals(delivered.payload(), twAdmin.call(() -> monitor.received(in.id())).content(), "received as sent");
    assertThrows(NotFoundException.class, () -> krAdmin.call(() -> monitor.received(in.id())), "Taiwan's copy is Taiwan's");
    Access.assertDenied(() -> krOfficer.call(monitor::failures));
  }

  @Test
  void theImportingCustomsSeesWhatArrivedAndWhatBecameOfItAndNoOneElseDoes() throws Exception {
    String consignee = "Taipei Customs View Ltd " + System.nanoTime();
    String number = approvedForTaiwan(consignee);
    assertEquals("DELIVERED", awaitFinal(number).status());
    ReceivedCertificates received =
        InitialContext.doLookup("java:app/portal-ejb/ReceivedCertificatesBean!" + ReceivedCertificates.class.getName());
    As twCustoms = InitialContext.doLookup("java:module/AsTwCustoms");

    Row issued = only(twCustoms.call(() -> received.find(byNumber(number))).rows());
    assertEquals(List.of(number, "KR", "Hanbit Trading Co.", consignee, ExchangeKind.ISSUED, State.VALID),
        List.of(issued.certificateNumber(), issued.exportingCountry(), issued.exporter(), issued.consignee(), issued.action(), issued.state()));
    assertNotNull(issued.issueDate());
    Filter byConsignee = new Filter(null, "kr", null, consignee.toUpperCase(), LocalDate.now().minusDays(1), LocalDate.now().plusDays(1),
        LocalDate.now().minusDays(1), null, ExchangeKind.ISSUED, State.VALID);
    assertEquals(List.of(issued.id()), ids(twCustoms.call(() -> received.find(new Query(byConsignee, 0, 10, "exporter", true))).rows()));

    ReceivedCertificates.Detail detail = twCustoms.call(() -> received.detail(issued.id()));
    assertEquals(consignee, detail.certificate().consignee().name());
    assertEquals("080810", detail.certificate().items().get(0).hsCode());
    assertEquals("WO", detail.certificate().items().get(0).originCriterion());
    assertEquals("INV-2026-077", detail.certificate().items().get(0).invoiceNumber());
    assertTrue(detail.signature().valid(), "signature checked again: " + detail.signature());
    assertTrue(detail.signature().signer() != null && !detail.signature().signer().isBlank(), detail.signature().toString());
    assertArrayEquals(outbox(number).payload(), twCustoms.call(() -> received.document(issued.id())).content(), "the XML as received");

    // The chamber replaces it, then revokes the replacement: both arrive and change what the earlier ones show.
    UUID application = applicationOf(number);
    krOfficer.call(() -> desk.replace(application, "Consignee address corrected"));
    String replacement = awaitDeliveries(application, 2);
    krOfficer.call(() -> desk.revoke(application, "Goods not shipped"));
    awaitDeliveries(application, 3);
    Row replaced = only(twCustoms.call(() -> received.find(byNumber(number))).rows());
    assertEquals(State.REPLACED, replaced.state());
    assertEquals(replacement, replaced.replacedBy());
    List<Row> successor = twCustoms.call(() -> received.find(byNumber(replacement))).rows();
    assertEquals(List.of(ExchangeKind.REVOKED, ExchangeKind.REPLACED), successor.stream().map(Row::action).toList(), "newest first");
    assertTrue(successor.stream().allMatch(r -> r.state() == State.REVOKED && number.equals(r.replacesNumber())), successor.toString());
    Filter revokedOnly = new Filter(null, null, null, consignee, null, null, null, null, null, State.REVOKED);
    assertEquals(ids(successor), ids(twCustoms.call(() -> received.find(new Query(revokedOnly, 0, 10, null, false))).rows()));
    assertEquals(2, twCustoms.call(() -> received.detail(issued.id())).related().size(), "the replacement and its revocation");

    // Another tenant's customs finds nothing; importers and exporters may not look.
    As krCustoms = InitialContext.doLookup("java:module/AsKrCustoms");
    assertEquals(0, krCustoms.call(() -> received.find(byNumber(number))).total());
    assertThrows(NotFoundException.class, () -> krCustoms.call(() -> received.detail(issued.id())));
    assertThrows(NotFoundException.class, () -> krCustoms.call(() -> received.document(issued.id())));
    As twImporter = InitialContext.doLookup("java:module/AsTwImporter");
    As twExporter = InitialContext.doLookup("java:module/AsTwExporter");
    Access.assertDenied(() -> twImporter.call(() -> received.find(byNumber(number))));
    Access.assertDenied(() -> twImporter.call(() -> received.detail(issued.id())));
    Access.assertDenied(() -> twExporter.call(() -> received.document(issued.id())));
  }

  @Test
  void aDeliveryThatFailsForGoodIsMailedToTheChamberAndTheAdministratorsInTheirLanguageOncePerFailure() throws Exception {
    MembershipService membership = InitialContext.doLookup("java:app/portal-ejb/MembershipServiceBean!" + MembershipService.class.getName());
    PartnerDirectory partners = InitialContext.doLookup("java:app/portal-ejb/PartnerDirectoryBean!" + PartnerDirectory.class.getName());
    ExchangeMonitor monitor = InitialContext.doLookup("java:app/portal-ejb/ExchangeMonitorBean!" + ExchangeMonitor.class.getName());
    As krAdmin = InitialContext.doLookup("java:module/AsKrAdmin");
    String tag = Long.toString(System.nanoTime(), 36);
    String officerMail = "officer-" + tag + "@kr.eco.example";
    String adminMail = "admin-" + tag + "@kr.eco.example";
    setMemberEmail("kr", "officer", officerMail);
    setMemberEmail("kr", "admin", adminMail);
    krOfficer.call(() -> { membership.rememberContact("ko"); return null; });
    krAdmin.call(() -> { membership.rememberContact("en"); return null; });
    PartnerView unreachable = newZealand(partners, krAdmin, "http://localhost:9/as4", true);
    System.setProperty("portal.exchange.give-up-after", "PT0S");
    try {
      String number = approved("Auckland Unreachable Ltd", "NZ", "KR-NZ-FTA", true, "NZAKL");
      Outbox failed = awaitFinal(number);
      assertEquals("FAILED", failed.status(), failed.toString());

      Mail toOfficer = only(mails(officerMail, number, 1));
      assertTrue(toOfficer.subject().contains("전송 실패") && toOfficer.subject().contains(number), toOfficer.subject());
      assertTrue(toOfficer.text().contains("/kr/chamber-officer/review.xhtml?id=" + applicationOf(number)), toOfficer.text());
      assertTrue(toOfficer.text().contains(failed.lastError()) && toOfficer.text().contains(unreachable.name()), toOfficer.text());
      Mail toAdmin = only(mails(adminMail, number, 1));
      assertTrue(toAdmin.subject().startsWith("Not delivered: certificate of origin " + number), toAdmin.subject());
      assertTrue(toAdmin.text().contains("after 1 attempts") && toAdmin.text().contains(failed.messageId()), toAdmin.text());
      assertTrue(toAdmin.text().contains("/kr/tenant-admin/exchange.xhtml?status=FAILED"), toAdmin.text());
      Thread.sleep(3000);
      assertEquals(1, mails(adminMail, number, 0).size(), "told once, not on every look at the failed message");

      ExchangeMonitor.Outgoing row = krAdmin.call(() -> monitor.outgoing(ExchangeStatus.FAILED, "NZ", null, null, 1000)).stream()
          .filter(m -> m.certificateNumber().equals(number)).findFirst().orElseThrow();
      krAdmin.call(() -> { monitor.resend(row.id()); return null; });
      assertEquals(2, mails(adminMail, number, 2).size(), "the resend failed again and is told again");
      assertEquals(2, mails(officerMail, number, 2).size());
    } finally {
      System.clearProperty("portal.exchange.give-up-after");
      newZealand(partners, krAdmin, "http://localhost:9/as4", false);
    }
  }

  /** Korea's partner for New Zealand at {@code endpoint}, active or not. */
  private static PartnerView newZealand(PartnerDirectory partners, As krAdmin, String endpoint, boolean active) throws Exception {
    PartnerData data = new PartnerData("NZ", "NZ unreachable single window", endpoint, "eco-nz-test", null, EnumSet.allOf(ExchangeKind.class), active);
    for (PartnerView p : krAdmin.call(partners::partners)) {
      if (p.country().equals("NZ")) {
        return krAdmin.call(() -> partners.update(p.id(), p.version(), data));
      }
    }
    return krAdmin.call(() -> partners.add(data));
  }

  private static Query byNumber(String number) {
    return new Query(new Filter(number.toLowerCase(), null, null, null, null, null, null, null, null, null), 0, 50, null, false);
  }

  private static <T> T only(List<T> rows) {
    assertEquals(1, rows.size(), rows.toString());
    return rows.get(0);
  }

  private static List<UUID> ids(List<Row> rows) {
    return rows.stream().map(Row::id).toList();
  }

  @Test
  void aDeliveryThatFailedForGoodIsSentAgainByTheChamberAndArrivesOnce() throws Exception {
    String number;
    System.setProperty("portal.exchange.sending-paused", "true");
    try {
      Thread.sleep(2500); // a sending round already under way ends first
      number = approvedForTaiwan("Taipei AS4 Resend Ltd");
      update("update exchange_message set status = 'FAILED', last_error = 'partner unreachable for two days'"
          + " where certificate_id = (select id from certificate where number = ?)", number);
    } finally {
      System.clearProperty("portal.exchange.sending-paused");
    }
    assertEquals("FAILED", outbox(number).status());
    ExchangeMonitor monitor = InitialContext.doLookup("java:app/portal-ejb/ExchangeMonitorBean!" + ExchangeMonitor.class.getName());
    As krAdmin = InitialContext.doLookup("java:module/AsKrAdmin");
    assertTrue(krAdmin.call(monitor::failures) >= 1, "counted for the administrator");

    UUID application = applicationOf(number);
    assertEquals(1, krOfficer.call(() -> desk.resendExchange(application)).intValue());
    Outbox delivered = awaitFinal(number);
    assertEquals("DELIVERED", delivered.status(), "sent again and delivered: " + delivered);
    assertEquals(1, receivedByNumber(number).size(), "kept once by the partner");
    assertEquals(0, krOfficer.call(() -> desk.resendExchange(application)).intValue(), "nothing failed any more");
    ExchangeMonitor.Outgoing row = krAdmin.call(() -> monitor.outgoing(null, "TW", null, null, 1000)).stream()
        .filter(m -> m.certificateNumber().equals(number)).findFirst().orElseThrow();
    assertThrows(WorkflowException.class, () -> krAdmin.call(() -> { monitor.resend(row.id()); return null; }), "a delivered message is not sent again");
  }

  @Test
  void theSameMessageTwiceIsKeptOnceAndAnsweredWithAReceiptEachTime() throws Exception {
    byte[] certificate = deliveredPayload("Taipei AS4 Duplicate Ltd");
    String messageId = UUID.randomUUID() + "@kr.test";
    assertEquals(EAS4UserMessageSendResult.SUCCESS, send(messageId, krKey(), certificate).result());
    Sent again = send(messageId, krKey(), certificate);
    assertEquals(EAS4UserMessageSendResult.SUCCESS, again.result(), "a duplicate gets its receipt again");
    assertTrue(again.answer().contains("Receipt"), again.answer());
    assertEquals(1, receivedByMessageId(messageId));
  }

  @Test
  void aTamperedCertificateIsRefusedAndNothingIsStored() throws Exception {
    byte[] certificate = deliveredPayload("Taipei AS4 Tamper Ltd");
    byte[] tampered = new String(certificate, StandardCharsets.UTF_8)
        .replace("Fresh apples, Fuji", "Fresh pears, Fuji").getBytes(StandardCharsets.UTF_8);
    assertNotEquals(new String(certificate, StandardCharsets.UTF_8), new String(tampered, StandardCharsets.UTF_8));
    String messageId = UUID.randomUUID() + "@kr.test";
    Sent refused = send(messageId, krKey(), tampered);
    assertNotEquals(EAS4UserMessageSendResult.SUCCESS, refused.result());
    assertTrue(refused.answer().contains("EBMS:0004"), refused.answer());
    assertEquals(0, receivedByMessageId(messageId));
    assertRefusalShownToTaiwanOnly(messageId, "EBMS:0004", "signature does not verify");
  }

  @Test
  void malformedXmlIsRefusedAndNothingIsStored() throws Exception {
    String messageId = UUID.randomUUID() + "@kr.test";
    Sent refused = sendUnreadable(messageId, "<CertificateOfOrigin><unclosed>".getBytes(StandardCharsets.UTF_8));
    assertNotEquals(EAS4UserMessageSendResult.SUCCESS, refused.result());
    assertTrue(refused.answer().contains("EBMS:0004"), refused.answer());
    assertEquals(0, receivedByMessageId(messageId));
    assertRefusalShownToTaiwanOnly(messageId, "EBMS:0004", "Not a valid UBL certificate of origin");
  }

  @Test
  void aCertificateWithEntitiesIsRefusedWithoutExpandingThem() throws Exception {
    String laughs = """
        <?xml version="1.0"?>
        <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
          <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
          <!ENTITY secret SYSTEM "file:///etc/passwd">]>
        <CertificateOfOrigin xmlns="urn:oasis:names:specification:ubl:schema:xsd:CertificateOfOrigin-2">&lol3;&secret;</CertificateOfOrigin>
        """;
    String messageId = UUID.randomUUID() + "@kr.test";
    Sent refused = sendUnreadable(messageId, laughs.getBytes(StandardCharsets.UTF_8));
    assertNotEquals(EAS4UserMessageSendResult.SUCCESS, refused.result());
    assertTrue(refused.answer().contains("EBMS:0004"), refused.answer());
    assertTrue(!refused.answer().contains("root:"), "nothing of the server's files comes back");
    assertEquals(0, receivedByMessageId(messageId));
  }

  @Test
  void aRequestLargerThanTheLimitIsCutOffWithOrWithoutALength() throws Exception {
    int tooMuch = 3 * 1024 * 1024;
    java.net.URL endpoint = java.net.URI.create(System.getProperty("portal.url", "http://localhost:18080") + "/as4").toURL();
    for (boolean announced : List.of(true, false)) {
      java.net.HttpURLConnection post = (java.net.HttpURLConnection) endpoint.openConnection();
      post.setRequestMethod("POST");
      post.setDoOutput(true);
      post.setRequestProperty("Content-Type", "multipart/related; boundary=\"part\"; type=\"application/soap+xml\"");
      if (announced) {
        post.setFixedLengthStreamingMode(tooMuch);
      } else {
        post.setChunkedStreamingMode(64 * 1024);
      }
      byte[] body = new byte[tooMuch];
      java.util.Arrays.fill(body, (byte) 'x');
      byte[] head = "--part\r\nContent-Type: application/soap+xml\r\n\r\n<".getBytes(StandardCharsets.US_ASCII);
      System.arraycopy(head, 0, body, 0, head.length);
      try (java.io.OutputStream out = post.getOutputStream()) {
        for (int at = 0; at < body.length; at += 64 * 1024) {
          out.write(body, at, Math.min(64 * 1024, body.length - at));
        }
      } catch (java.io.IOException cutOff) {
        // the server may stop reading before all is written: that is the point
      }
      assertEquals(413, post.getResponseCode(), (announced ? "with" : "without") + " a Content-Length");
      post.disconnect();
    }
  }

  /** Taiwan's administrator finds the refusal on the exchange screen; Korea's does not. */
  private static void assertRefusalShownToTaiwanOnly(String messageId, String code, String reason) throws Exception {
    ExchangeMonitor monitor = InitialContext.doLookup("java:app/portal-ejb/ExchangeMonitorBean!" + ExchangeMonitor.class.getName());
    As twAdmin = InitialContext.doLookup("java:module/AsTwAdmin");
    As krAdmin = InitialContext.doLookup("java:module/AsKrAdmin");
    ExchangeMonitor.Refused refusal = twAdmin.call(() -> monitor.refused(LocalDate.now().minusDays(1), null, 1000)).stream()
        .filter(r -> messageId.equals(r.messageId())).findFirst()
        .orElseThrow(() -> new AssertionError("refusal of " + messageId + " not shown to Taiwan's administrator"));
    assertEquals("eco-kr", refusal.fromParty());
    assertTrue(refusal.errorCode().contains(code), refusal.toString());
    assertTrue(refusal.reason().contains(reason), refusal.toString());
    assertTrue(twAdmin.call(() -> monitor.refusedSince(java.time.Instant.now().minusSeconds(600))) >= 1);
    assertTrue(krAdmin.call(() -> monitor.refused(null, null, 1000)).stream().noneMatch(r -> messageId.equals(r.messageId())),
        "another tenant's administrator does not see it");
  }

  @Test
  void aSenderSigningWithAnUntrustedKeyIsRefusedAndNothingIsStored() throws Exception {
    byte[] certificate = deliveredPayload("Taipei AS4 Stranger Ltd");
    ChamberKey stranger = new ChamberKeys(Files.createTempDirectory("stranger"), "test".toCharArray()).forChamber("as4-kr", "KR e-CO single window", "KR");
    String messageId = UUID.randomUUID() + "@kr.test";
    Sent refused = send(messageId, stranger, certificate);
    assertNotEquals(EAS4UserMessageSendResult.SUCCESS, refused.result());
    assertEquals(0, receivedByMessageId(messageId));
    assertRefusalShownToTaiwanOnly(messageId, "EBMS:", "");
  }

  @Test
  void aCertificateSignedByAChamberTaiwanDoesNotTrustIsRefusedAndNothingIsStored() throws Exception {
    byte[] delivered = deliveredPayload("Taipei AS4 Untrusted Chamber Ltd");
    // the same certificate, signed soundly by another key under the Korean chamber's very name
    CertificateOfOriginDocument ubl = CDI.current().select(CertificateOfOriginDocument.class).get();
    ChamberKey impostor = new ChamberKeys(Files.createTempDirectory("impostor"), "test".toCharArray())
        .forChamber("KR-CHB-KCCI", "Korea Chamber of Commerce and Industry", "KR");
    byte[] resigned = CDI.current().select(XmlSigner.class).get().sign(ubl.write(ubl.read(delivered)), impostor.privateKey(), impostor.chainArray());
    assertTrue(CDI.current().select(SignatureCheck.class).get().verify(resigned).valid(), "the certificate's own signature verifies");

    String messageId = UUID.randomUUID() + "@kr.test";
    Sent refused = send(messageId, krKey(), resigned);
    assertNotEquals(EAS4UserMessageSendResult.SUCCESS, refused.result());
    assertTrue(refused.answer().contains("EBMS:0103"), refused.answer());
    assertTrue(refused.answer().contains("CN=Korea Chamber of Commerce and Industry"), "names the signer: " + refused.answer());
    assertEquals(0, receivedByMessageId(messageId));

    // signed by the chamber Taiwan trusts, the same certificate is taken
    String again = UUID.randomUUID() + "@kr.test";
    assertEquals(EAS4UserMessageSendResult.SUCCESS, send(again, krKey(), delivered).result());
    assertEquals(1, receivedByMessageId(again));
  }

  private record Sent(EAS4UserMessageSendResult result, String answer) {}

  /** Sends as Korea's single window would, with a plain phase4 client, signed with {@code key}. */
  private static Sent send(String messageId, ChamberKey key, byte[] certificate) throws Exception {
    return send(messageId, key, AS4OutgoingAttachment.builder().data(certificate).mimeTypeXML());
  }

  /**
   * Sends bytes that are no well-formed XML as Korea would: labelled as plain bytes, since a phase4
   * sender parses an XML attachment to sign it and would not send them at all.
   */
  private static Sent sendUnreadable(String messageId, byte[] payload) throws Exception {
    return send(messageId, krKey(), AS4OutgoingAttachment.builder().data(payload).mimeType(CMimeType.APPLICATION_OCTET_STREAM));
  }

  private static Sent send(String messageId, ChamberKey key, AS4OutgoingAttachment.Builder payload) throws Exception {
    KeyStore keys = KeyStore.getInstance("PKCS12");
    keys.load(null, null);
    keys.setKeyEntry("as4", key.privateKey(), "pw".toCharArray(), key.chainArray());
    KeyStore trust = KeyStore.getInstance("PKCS12");
    trust.load(null, null);
    trust.setCertificateEntry("tw", signingKeys().exchangeKey(Tenant.TW).certificate());
    AtomicReference<String> answer = new AtomicReference<>("");
    EAS4UserMessageSendResult result =
        AS4Sender.builderUserMessage()
            .as4ProfileID("ecoportal")
            .cryptoFactory(new AS4CryptoFactoryInMemoryKeyStore(keys, "as4", "pw".toCharArray(), trust))
            .messageID(messageId)
            .fromPartyIDType(PARTY_TYPE)
            .fromPartyID("eco-kr")
            .fromRole(CAS4.DEFAULT_INITIATOR_URL)
            .toPartyIDType(PARTY_TYPE)
            .toPartyID("eco-tw")
            .toRole(CAS4.DEFAULT_RESPONDER_URL)
            .service(SERVICE)
            .action("ISSUED")
            .endpointURL(System.getProperty("portal.url", "http://localhost:18080") + "/as4")
            .payload(payload)
            .rawResponseConsumer(r -> {
              if (r.getResponseContent() != null) {
                answer.set(new String(r.getResponseContent(), StandardCharsets.UTF_8));
              }
            })
            .sendMessageAndCheckForReceipt();
    return new Sent(result, answer.get());
  }

  private static ChamberSigningKeys signingKeys() {
    return CDI.current().select(ChamberSigningKeys.class).get();
  }

  private static ChamberKey krKey() {
    return signingKeys().exchangeKey(Tenant.KR);
  }

  /** A certificate Korea issued for Taiwan and delivered, as its signed XML. */
  private byte[] deliveredPayload(String consignee) throws Exception {
    String number = approvedForTaiwan(consignee);
    assertEquals("DELIVERED", awaitFinal(number).status());
    return outbox(number).payload();
  }

  private String approvedForTaiwan(String consignee) throws Exception {
    return approved(consignee, "TW", "NON-PREF", false, "TWKHH");
  }

  private static String approved(String consignee, String country, String agreement, boolean preferential, String port) throws Exception {
    return Lanes.approved(consignee, "BAN-" + Math.abs(consignee.hashCode()), country, agreement, preferential, port);
  }

  private static List<String> receivedByNumber(String number) throws Exception {
    List<String> rows = new ArrayList<>();
    query("select tenant, message_id from received_certificate where certificate_number = ?", number,
        r -> rows.add(r.getString(1) + " " + r.getString(2)));
    return rows;
  }

  private static int receivedByMessageId(String messageId) throws Exception {
    List<String> rows = new ArrayList<>();
    query("select tenant from received_certificate where message_id = ?", messageId, r -> rows.add(r.getString(1)));
    return rows.size();
  }


}
