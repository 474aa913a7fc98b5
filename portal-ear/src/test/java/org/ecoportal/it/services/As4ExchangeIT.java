package org.ecoportal.it.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.helger.phase4.CAS4;
import com.helger.phase4.attachment.AS4OutgoingAttachment;
import com.helger.phase4.crypto.AS4CryptoFactoryInMemoryKeyStore;
import com.helger.phase4.sender.AS4Sender;
import com.helger.phase4.sender.EAS4UserMessageSendResult;
import jakarta.enterprise.inject.spi.CDI;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.KeyStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import org.ecoportal.application.ExchangeMonitor;
import org.ecoportal.application.NotFoundException;
import org.ecoportal.domain.model.application.WorkflowException;
import org.ecoportal.domain.model.exchange.ExchangeStatus;
import org.ecoportal.application.ApplicationView;
import org.ecoportal.application.ChamberDesk;
import org.ecoportal.application.ExporterApplications;
import org.ecoportal.domain.model.application.ApplicationData;
import org.ecoportal.domain.model.application.ItemLine;
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
    return PortalDeployment.withTestClasses(As4ExchangeIT.class, Access.class, As.class, AsKrOfficer.class, AsKrExporter.class, AsKrAdmin.class, AsTwAdmin.class);
  }

  private ExporterApplications exporterApps;
  private ChamberDesk desk;
  private As krOfficer;
  private As krExporter;

  @BeforeEach
  void lookUp() throws Exception {
    exporterApps = InitialContext.doLookup("java:app/portal-ejb/ExporterApplicationsBean!" + ExporterApplications.class.getName());
    desk = InitialContext.doLookup("java:app/portal-ejb/ChamberDeskBean!" + ChamberDesk.class.getName());
    krOfficer = InitialContext.doLookup("java:module/AsKrOfficer");
    krExporter = InitialContext.doLookup("java:module/AsKrExporter");
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
  }

  @Test
  void aSenderSigningWithAnUntrustedKeyIsRefusedAndNothingIsStored() throws Exception {
    byte[] certificate = deliveredPayload("Taipei AS4 Stranger Ltd");
    ChamberKey stranger = new ChamberKeys(Files.createTempDirectory("stranger"), "test".toCharArray()).forChamber("as4-kr", "KR e-CO single window", "KR");
    String messageId = UUID.randomUUID() + "@kr.test";
    Sent refused = send(messageId, stranger, certificate);
    assertNotEquals(EAS4UserMessageSendResult.SUCCESS, refused.result());
    assertEquals(0, receivedByMessageId(messageId));
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
            .payload(AS4OutgoingAttachment.builder().data(certificate).mimeTypeXML())
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
    UUID chamber = krExporter.call(exporterApps::chambers).get(0).id();
    ItemLine apples =
        new ItemLine("080810", "Fresh apples, Fuji, class I", "HANBIT/KHH/1-40", 40, "cartons", new BigDecimal("800"), "KGM",
            new BigDecimal("860"), new BigDecimal("800"), "WO", "INV-2026-077", LocalDate.now().minusDays(3),
            new BigDecimal("2400.00"), "USD");
    ApplicationData data =
        new ApplicationData(chamber, consignee, "88 Harbour Road", "TW", "BAN-" + Math.abs(consignee.hashCode()), "Hanbit Orchards",
            "NON-PREF", false, "1", "HMM ALGECIRAS 0012E", LocalDate.now().plusDays(2), "KRPUS", "TWKHH", null, null, List.of(apples));
    ApplicationView draft = krExporter.call(() -> exporterApps.create(ApplicationData.blank()));
    ApplicationView submitted = krExporter.call(() -> exporterApps.submit(draft.id(), draft.version(), data));
    ApplicationView claimed = krOfficer.call(() -> desk.claim(submitted.id(), submitted.version()));
    return krOfficer.call(() -> desk.approve(claimed.id(), claimed.version())).certificateNumber();
  }

  private record Outbox(String messageId, String status, String lastError, byte[] payload, byte[] receipt) {}

  /** The certificate's outbox row once it is delivered or failed, waiting up to 30 seconds. */
  private static Outbox awaitFinal(String number) throws Exception {
    long until = System.nanoTime() + 30_000_000_000L;
    Outbox row = outbox(number);
    while (System.nanoTime() < until && !List.of("DELIVERED", "FAILED").contains(row.status())) {
      Thread.sleep(200);
      row = outbox(number);
    }
    return row;
  }

  private static Outbox outbox(String number) throws Exception {
    List<Outbox> rows = new ArrayList<>();
    query(
        "select m.message_id, m.status, m.last_error, m.payload, m.receipt from exchange_message m"
            + " join certificate c on c.id = m.certificate_id where c.number = ?",
        number,
        r -> rows.add(new Outbox(r.getString(1), r.getString(2), r.getString(3), r.getBytes(4), r.getBytes(5))));
    assertEquals(1, rows.size(), "one outbox row for " + number);
    return rows.get(0);
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

  private interface RowReader {
    void read(ResultSet row) throws Exception;
  }

  private static void update(String sql, String parameter) throws Exception {
    DataSource dataSource = InitialContext.doLookup("java:jboss/datasources/PortalDS");
    try (Connection c = dataSource.getConnection(); PreparedStatement statement = c.prepareStatement(sql)) {
      statement.setString(1, parameter);
      assertEquals(1, statement.executeUpdate(), sql);
    }
  }

  private static UUID applicationOf(String number) throws Exception {
    List<UUID> ids = new ArrayList<>();
    query("select application_id from certificate where number = ?", number, r -> ids.add(r.getObject(1, UUID.class)));
    return ids.get(0);
  }

  private static void query(String sql, String parameter, RowReader reader) throws Exception {
    DataSource dataSource = InitialContext.doLookup("java:jboss/datasources/PortalDS");
    try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(sql)) {
      select.setString(1, parameter);
      try (ResultSet r = select.executeQuery()) {
        while (r.next()) {
          reader.read(r);
        }
      }
    }
  }
}
