package org.ecoportal.it.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.ecoportal.it.PortalDeployment;
import org.ecoportal.it.exchange.PortalNode.Outgoing;
import org.ecoportal.stack.PartnerPortal;
import org.ecoportal.stack.TestStack;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.as.controller.client.ModelControllerClient;
import org.jboss.as.controller.client.helpers.Operations;
import org.jboss.dmr.ModelNode;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The AS4 exchange between two separate portal servers, and what it survives. The test server
 * (Arquillian's WildFly on 18080, database on the test stack's PostgreSQL 15433) and a partner
 * portal ({@link PartnerPortal}: its own WildFly on 28080, its own PostgreSQL on 25433) exchange
 * Korea's certificates for Taiwan over HTTP, each as the other economy's single window. Both use
 * the demo AS4 keys of the test server's data folder, so the demo lanes each sets up on its first
 * start trust what the other signs with. What each test proves:
 *
 * <ul>
 *   <li>{@link #eachServerDeliversToTheOtherWhichKeepsTheCertificateOnce}: a certificate approved
 *       on either server is delivered to the other, kept there once (and not by the sender), and the
 *       sender keeps the signed receipt.
 *   <li>{@link #aPartnerThatIsDownGetsTheCertificateOnceItIsBack}: while the receiving server is
 *       shut down, the sender's attempts fail with the reason and are tried again; once it is back,
 *       the same message is delivered and kept once.
 *   <li>{@link #aSenderKilledWhileSendingSendsTheSameMessageAgainAndItIsKeptOnce}: the sending
 *       (partner) server is killed (kill -9 of its process tree) while its message is in flight,
 *       held by a {@link Relay} in the test JVM; the relay then hands it to the receiver, which
 *       stores it, but the sender never sees the receipt. Restarted, the sender sends the same
 *       message id again once its lease has run out; the receiver answers the duplicate with a
 *       receipt, the sender's row ends delivered and the receiver keeps the certificate once.
 *   <li>{@link #whileTheReceivingDatabaseRestartsNothingIsLost}: while the receiving server's
 *       database is down, attempts fail; once it is up again, the server's datasource recovers and
 *       the message is delivered and kept once.
 * </ul>
 *
 * <p>For the class's duration, the test server's Korea→Taiwan lane points at the partner portal,
 * and the test server tries again after 1–2 s instead of 30 s (system properties set through its
 * management interface); the partner portal, the same, polls every second and holds a message's
 * lease for 10 s instead of 5 minutes. All is put back, and the partner portal stopped, afterwards.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TwoPortalsIT {

  private static final Duration DELIVERY = Duration.ofSeconds(60);
  private static final Predicate<Outgoing> DELIVERED = m -> m.status().equals("DELIVERED");
  /** Tried again after 1 s, then every 2 s, instead of after 30 s and doubling. */
  private static final Map<String, String> QUICK_RETRIES = Map.of("portal.exchange.retry-first", "PT1S", "portal.exchange.retry-cap", "PT2S");

  private static final PortalNode TEST_SERVER =
      new PortalNode("test server", "http://localhost:18080", "jdbc:postgresql://localhost:15433/portal");
  private static PartnerPortal partnerPortal;
  private static PortalNode partner;
  private static Relay relay;
  private static String testServerLane;

  @Deployment(testable = false)
  static EnterpriseArchive portal() {
    return PortalDeployment.asBuilt();
  }

  @BeforeAll
  static void startThePartnerPortal() throws Exception {
    Path keys = Path.of(System.getProperty("test.server.base"), "data", "chamber-keys");
    assertTrue(Files.isDirectory(keys), "the test server keeps its AS4 keys in " + keys);
    List<String> options = new ArrayList<>(List.of("-Dportal.exchange.lease=PT10S", "-Dportal.exchange.poll-seconds=1"));
    QUICK_RETRIES.forEach((property, value) -> options.add("-D" + property + "=" + value));
    partnerPortal =
        new PartnerPortal(
            TestStack.settings(), Path.of(System.getProperty("test.stack.dir")).resolveSibling("partner-portal"), keys, options);
    partnerPortal.start();
    partner = new PortalNode("partner portal", partnerPortal.url(), partnerPortal.jdbcUrl());
    relay = new Relay(TEST_SERVER.as4());
    testServerLane = TEST_SERVER.koreasTaiwanEndpoint();
    TEST_SERVER.pointKoreasTaiwanLaneAt(partner.as4());
    for (Map.Entry<String, String> setting : QUICK_RETRIES.entrySet()) {
      setOnTestServer(setting.getKey(), setting.getValue());
    }
  }

  @AfterAll
  static void putBackAndStop() throws Exception {
    try {
      if (testServerLane != null) {
        TEST_SERVER.pointKoreasTaiwanLaneAt(testServerLane);
      }
      for (String property : QUICK_RETRIES.keySet()) {
        setOnTestServer(property, null);
      }
    } finally {
      if (relay != null) {
        relay.close();
      }
      if (partnerPortal != null) {
        partnerPortal.close();
      }
    }
  }

  @Test
  void eachServerDeliversToTheOtherWhichKeepsTheCertificateOnce() throws Exception {
    String toPartner = TEST_SERVER.approveForTaiwan("Two Servers Eastbound Ltd");
    Outgoing east = TEST_SERVER.awaitOutgoing(toPartner, DELIVERED, DELIVERY);
    assertDelivered(east);
    assertEquals(List.of("tw " + toPartner), partner.received(east.messageId()), "kept once by the partner portal");
    assertEquals(List.of(), TEST_SERVER.received(east.messageId()), "it crossed: the sending server does not keep it");

    partner.pointKoreasTaiwanLaneAt(TEST_SERVER.as4());
    String toTestServer = partner.approveForTaiwan("Two Servers Westbound Ltd");
    Outgoing west = partner.awaitOutgoing(toTestServer, DELIVERED, DELIVERY);
    assertDelivered(west);
    assertEquals(List.of("tw " + toTestServer), TEST_SERVER.received(west.messageId()), "kept once by the test server");
    assertEquals(List.of(), partner.received(west.messageId()), "it crossed: the sending server does not keep it");
  }

  @Test
  void aPartnerThatIsDownGetsTheCertificateOnceItIsBack() throws Exception {
    Outgoing failed = deliveredOnceAfterFailingWhile(partnerPortal::stopServer, partnerPortal::startServer, "Partner Down Ltd");
    assertTrue(failed.lastError().contains(partner.as4()), "the reason names the partner's endpoint: " + failed.lastError());
  }

  @Test
  void aSenderKilledWhileSendingSendsTheSameMessageAgainAndItIsKeptOnce() throws Exception {
    partner.pointKoreasTaiwanLaneAt(relay.url());
    Relay.Hold hold = relay.holdNext();
    String number = partner.approveForTaiwan("Sender Crash Ltd");
    Outgoing inFlight;
    String answerNobodyGot;
    boolean killed = false;
    try {
      assertTrue(hold.arrived(Duration.ofSeconds(30)), "the partner portal sends through the relay");
      partnerPortal.killServer();
      killed = true;
      inFlight = partner.outgoing(number);
      answerNobodyGot = hold.release();
    } finally {
      relay.holdNone();
      hold.letGo();
      if (killed) {
        partnerPortal.startServer();
      }
    }
    assertEquals("QUEUED", inFlight.status(), "in flight when the sender died, nothing recorded: " + inFlight);
    assertEquals(0, inFlight.attempts(), inFlight.toString());
    assertNotNull(inFlight.claimedBy(), "claimed for sending: " + inFlight);
    assertTrue(answerNobodyGot.contains("Receipt"), "the receiver took it: " + answerNobodyGot);
    assertEquals(List.of("tw " + number), TEST_SERVER.received(inFlight.messageId()));

    Outgoing delivered = partner.awaitOutgoing(number, DELIVERED, DELIVERY);
    assertDelivered(delivered);
    assertEquals(inFlight.messageId(), delivered.messageId());
    assertEquals(
        2, relay.messageIds().stream().filter(inFlight.messageId()::equals).count(),
        "sent again after the restart with the same message id: " + relay.messageIds());
    assertEquals(List.of("tw " + number), TEST_SERVER.received(delivered.messageId()), "the duplicate was answered, not kept again");
  }

  @Test
  void whileTheReceivingDatabaseRestartsNothingIsLost() throws Exception {
    deliveredOnceAfterFailingWhile(partnerPortal::stopDatabase, partnerPortal::startDatabase, "Database Restart Ltd");
  }

  /**
   * Approves a certificate for Taiwan on the test server while the partner portal is broken, waits
   * for attempts to fail, mends the partner portal (whatever happened) and asserts that the same
   * message is then delivered and kept once. Returns the message as it was while failing.
   */
  private static Outgoing deliveredOnceAfterFailingWhile(Runnable breakIt, Runnable mendIt, String consignee) throws Exception {
    Outgoing failing;
    breakIt.run();
    try {
      String number = TEST_SERVER.approveForTaiwan(consignee);
      failing = TEST_SERVER.awaitOutgoing(number, m -> m.attempts() >= 2, Duration.ofSeconds(45));
    } finally {
      mendIt.run();
    }
    assertTrue(failing.attempts() >= 2, "tried again while the partner portal was broken: " + failing);
    assertNotEquals("DELIVERED", failing.status(), failing.toString());
    assertNotNull(failing.lastError(), "the reason is kept: " + failing);

    Outgoing delivered = TEST_SERVER.awaitOutgoing(failing.certificateNumber(), DELIVERED, DELIVERY);
    assertDelivered(delivered);
    assertEquals(failing.messageId(), delivered.messageId(), "the same message, sent again");
    assertEquals(List.of("tw " + delivered.certificateNumber()), partner.received(delivered.messageId()), "kept once");
    return failing;
  }

  private static void assertDelivered(Outgoing message) {
    assertEquals("DELIVERED", message.status(), message + " (partner portal log: " + partnerPortal.serverLog() + ")");
    assertTrue(message.hasReceipt(), "the signed receipt is kept: " + message);
    assertNull(message.lastError(), message.toString());
  }

  /** Sets a system property of the test server through its management interface; {@code null} removes it. */
  private static void setOnTestServer(String property, String value) throws Exception {
    try (ModelControllerClient client = ModelControllerClient.Factory.create("remote+http", "localhost", 19990)) {
      ModelNode address = Operations.createAddress("system-property", property);
      client.execute(Operations.createRemoveOperation(address)); // absent is fine
      if (value != null) {
        ModelNode add = Operations.createAddOperation(address);
        add.get("value").set(value);
        ModelNode outcome = client.execute(add);
        assertTrue(Operations.isSuccessfulOutcome(outcome), outcome.toString());
      }
    }
  }
}
