package org.ecoportal.it.services;

import static org.ecoportal.it.ApiClient.applicationJson;
import static org.ecoportal.it.ApiClient.call;
import static org.ecoportal.it.ApiClient.field;
import static org.ecoportal.it.ApiClient.token;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Base64;
import java.util.List;
import org.ecoportal.infrastructure.signing.ChamberKey;
import org.ecoportal.infrastructure.signing.ChamberKeys;
import org.ecoportal.it.PortalDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The portal's sender delivers to a single window that is nothing but phase4: New Zealand's partner
 * China is pointed at a {@link PlainPhase4Receiver}, in a JVM of its own, for the duration of a test.
 * A certificate approved in {@code nz} arrives there as it left the outbox and the plain receiver's
 * signed receipt marks it delivered; a plain receiver that does not trust the portal's key answers
 * with an ebMS error, which the outbox records.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PlainPhase4InteropIT {

  private static final String JDBC = "jdbc:postgresql://localhost:15433/portal";
  private static final String PARTY_TYPE = "urn:oasis:names:tc:ebcore:partyid-type:unregistered:ecoportal";
  private static final String SERVICE = "urn:ecoportal:certificate-of-origin";
  /** How the plain receiver is named by its operator, not by the portal's convention. */
  private static final String RECEIVER_PARTY = "CN-SW-PLAIN-PHASE4";
  private static final String NZ_CHAMBER_ID = "cd3fbb99-a5e6-5d23-b231-e137e64a7a6f";

  @Deployment(testable = false)
  static EnterpriseArchive portal() {
    return PortalDeployment.asBuilt();
  }

  private Partner china;

  @BeforeEach
  void rememberChina() throws Exception {
    china = Partner.ofNzFor("CN");
  }

  @AfterEach
  void restoreChina() throws Exception {
    china.restore();
  }

  @Test
  void anApprovedCertificateArrivesAtAPlainPhase4ReceiverAsSentAndItsSignedReceiptMarksItDelivered() throws Exception {
    ChamberKey receiverKey = receiverKey();
    X509Certificate portalNz = portalNzCertificate();
    try (PlainPhase4ReceiverProcess receiver = receiver(receiverKey, portalNz)) {
      china.pointAt(receiver.url(), RECEIVER_PARTY, receiverKey.certificate());

      String number = approvedForChina("Shanghai Plain AS4 Ltd");
      Outbox delivered = firstOutcome(number);
      assertEquals("DELIVERED", delivered.status(), "outbox row: " + delivered);
      assertNull(delivered.lastError(), delivered.toString());

      List<PlainPhase4ReceiverProcess.Received> received = receiver.received();
      assertEquals(1, received.size(), "one user message: " + received);
      PlainPhase4ReceiverProcess.Received message = received.get(0);
      assertEquals(delivered.messageId(), message.messageId());
      assertArrayEquals(delivered.payload(), message.payload(), "the document as it left the outbox");
      assertEquals(SERVICE, message.service());
      assertEquals("ISSUED", message.action());
      assertEquals(PARTY_TYPE + " eco-nz", message.from());
      assertEquals(PARTY_TYPE + " " + RECEIVER_PARTY, message.to());
      assertEquals(portalNz, message.signer(), "signed with New Zealand's AS4 key");

      assertNotNull(delivered.receipt(), "the plain receiver's receipt is kept");
      String receipt = new String(delivered.receipt(), StandardCharsets.UTF_8).replaceAll("\\s", "");
      assertTrue(receipt.contains("RefToMessageId>" + delivered.messageId() + "<"), receipt);
      assertTrue(receipt.contains("NonRepudiationInformation"), receipt);
      assertTrue(receipt.contains(Base64.getEncoder().encodeToString(receiverKey.certificate().getEncoded())),
          "signed with the plain receiver's certificate: " + receipt);
    }
  }

  @Test
  void aPlainPhase4ReceiverThatDoesNotTrustThePortalAnswersWithAnEbmsErrorWhichTheOutboxRecords() throws Exception {
    ChamberKey receiverKey = receiverKey();
    ChamberKey stranger = receiverKey();
    try (PlainPhase4ReceiverProcess receiver = receiver(receiverKey, stranger.certificate())) {
      china.pointAt(receiver.url(), RECEIVER_PARTY, receiverKey.certificate());

      String number = approvedForChina("Shanghai Distrusting AS4 Ltd");
      Outbox refused = firstOutcome(number);
      try {
        assertNotEquals("DELIVERED", refused.status(), refused.toString());
        assertNull(refused.receipt(), refused.toString());
        assertNotNull(refused.lastError(), refused.toString());
        assertTrue(refused.lastError().contains("The partner refused the message: EBMS:0102"), refused.lastError());
        assertEquals(List.of(), receiver.received(), "nothing accepted");
      } finally {
        // no later retry may reach another test's receiver
        update("update exchange_message set status = 'FAILED' where message_id = ?", refused.messageId());
      }
    }
  }

  /** A plain receiver with its own key, trusting only {@code trusted}. */
  private static PlainPhase4ReceiverProcess receiver(ChamberKey key, X509Certificate trusted) throws Exception {
    return new PlainPhase4ReceiverProcess(key.privateKey(), key.chainArray(), trusted, "eco-nz", RECEIVER_PARTY, SERVICE, "ISSUED");
  }

  /** A key pair with a self-signed certificate, made for this test only. */
  private static ChamberKey receiverKey() throws Exception {
    return new ChamberKeys(Files.createTempDirectory("plain-receiver"), "test".toCharArray()).forChamber("cn-plain", "CN plain phase4 receiver", "CN");
  }

  /** New Zealand's AS4 certificate, where the test server keeps the tenants' AS4 keys. */
  private static X509Certificate portalNzCertificate() {
    Path keystore = Path.of(System.getProperty("test.server.base", "target/test-server"), "data", "chamber-keys", "as4-nz.p12");
    return ChamberKeys.load(keystore, "development".toCharArray()).certificate();
  }

  /** Submitted by New Zealand's exporter system for a consignee in China, claimed and approved by the chamber system. */
  private static String approvedForChina(String consignee) throws Exception {
    HttpResponse<String> created =
        call("POST", "/nz/api/applications", token("nz", "exporter-system"), "application/json",
            applicationJson(NZ_CHAMBER_ID, consignee, "CN", "IMP-CN", "CN-NZ-FTA", "NZAKL", "CNSHA", "INV-PLAIN-1").getBytes(StandardCharsets.UTF_8));
    assertEquals(201, created.statusCode(), created.body());
    String id = field(created.body(), "id");
    String chamber = token("nz", "chamber-system");
    String version = field(call("GET", "/nz/api/queue/" + id, chamber, null, null).body(), "version");
    HttpResponse<String> claimed = call("POST", "/nz/api/queue/" + id + "/claim", chamber, "application/json", versionJson(version));
    assertEquals(200, claimed.statusCode(), claimed.body());
    HttpResponse<String> approved =
        call("POST", "/nz/api/queue/" + id + "/approve", chamber, "application/json", versionJson(field(claimed.body(), "version")));
    assertEquals(200, approved.statusCode(), approved.body());
    return field(approved.body(), "certificateNumber");
  }

  private static byte[] versionJson(String version) {
    return ("{\"version\":" + version + "}").getBytes(StandardCharsets.UTF_8);
  }

  private record Outbox(String messageId, String status, int attempts, String lastError, byte[] payload, byte[] receipt) {}

  /** The certificate's outbox row once delivered or once an attempt failed, waiting up to 30 seconds. */
  private static Outbox firstOutcome(String number) throws Exception {
    long until = System.nanoTime() + 30_000_000_000L;
    Outbox row = outbox(number);
    while (System.nanoTime() < until && !"DELIVERED".equals(row.status()) && row.lastError() == null) {
      Thread.sleep(200);
      row = outbox(number);
    }
    return row;
  }

  private static Outbox outbox(String number) throws SQLException {
    try (Connection c = DriverManager.getConnection(JDBC, "portal", "portal");
        PreparedStatement select = c.prepareStatement(
            "select m.message_id, m.status, m.attempts, m.last_error, m.payload, m.receipt from exchange_message m"
                + " join certificate c on c.id = m.certificate_id where c.number = ?")) {
      select.setString(1, number);
      try (ResultSet r = select.executeQuery()) {
        assertTrue(r.next(), "an outbox row for " + number);
        Outbox row = new Outbox(r.getString(1), r.getString(2), r.getInt(3), r.getString(4), r.getBytes(5), r.getBytes(6));
        assertTrue(!r.next(), "one outbox row for " + number);
        return row;
      }
    }
  }

  private static void update(String sql, String parameter) throws SQLException {
    try (Connection c = DriverManager.getConnection(JDBC, "portal", "portal"); PreparedStatement statement = c.prepareStatement(sql)) {
      statement.setString(1, parameter);
      assertEquals(1, statement.executeUpdate(), sql);
    }
  }

  /** New Zealand's partner for a country as the portal keeps it, to be pointed elsewhere and put back. */
  private record Partner(String country, String endpointUrl, String partyId, byte[] signingCertificate) {

    static Partner ofNzFor(String country) throws SQLException {
      try (Connection c = DriverManager.getConnection(JDBC, "portal", "portal");
          PreparedStatement select = c.prepareStatement(
              "select endpoint_url, party_id, signing_certificate from exchange_partner where tenant = 'nz' and country = ?")) {
        select.setString(1, country);
        try (ResultSet r = select.executeQuery()) {
          assertTrue(r.next(), "nz has a partner " + country);
          return new Partner(country, r.getString(1), r.getString(2), r.getBytes(3));
        }
      }
    }

    void pointAt(String endpoint, String party, X509Certificate certificate) throws Exception {
      set(endpoint, party, certificate.getEncoded());
    }

    void restore() throws SQLException {
      set(endpointUrl, partyId, signingCertificate);
    }

    private void set(String endpoint, String party, byte[] certificate) throws SQLException {
      try (Connection c = DriverManager.getConnection(JDBC, "portal", "portal");
          PreparedStatement update = c.prepareStatement(
              "update exchange_partner set endpoint_url = ?, party_id = ?, signing_certificate = ? where tenant = 'nz' and country = ?")) {
        update.setString(1, endpoint);
        update.setString(2, party);
        update.setBytes(3, certificate);
        update.setString(4, country);
        assertEquals(1, update.executeUpdate());
      }
    }
  }
}
