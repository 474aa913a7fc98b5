package org.ecoportal.it.services;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import jakarta.transaction.UserTransaction;
import org.ecoportal.application.ApplicationView;
import org.ecoportal.application.CertificateFiles;
import org.ecoportal.application.ChamberDesk;
import org.ecoportal.application.ExchangeStateView;
import org.ecoportal.application.ExporterApplications;
import org.ecoportal.application.NotFoundException;
import org.ecoportal.application.OutboxSending;
import org.ecoportal.application.PartnerDirectory;
import org.ecoportal.application.PartnerView;
import org.ecoportal.domain.model.application.FieldProblem;
import org.ecoportal.domain.model.application.InvalidInputException;
import org.ecoportal.domain.model.application.WorkflowException;
import org.ecoportal.domain.model.exchange.ExchangeKind;
import org.ecoportal.domain.model.exchange.ExchangeStatus;
import org.ecoportal.domain.model.exchange.PartnerData;
import org.ecoportal.infrastructure.signing.ChamberKeys;
import org.ecoportal.it.Access;
import org.ecoportal.it.PortalDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The foundation of the exchange with partner economies in a real WildFly on the real database:
 * administrators keep their tenant's partners, and every issue, replacement and revocation for a
 * partner economy puts exactly one message in the outbox, in the same transaction.
 */
@ExtendWith(ArquillianExtension.class)
class ExchangeOutboxIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return PortalDeployment.withTestClasses(
        ExchangeOutboxIT.class, Access.class, As.class, AsKrAdmin.class, AsTwAdmin.class, AsKrOfficer.class, AsKrExporter.class, Lanes.class);
  }

  private PartnerDirectory partners;
  private ExporterApplications exporterApps;
  private ChamberDesk desk;
  private OutboxSending sending;
  private As krAdmin;
  private As twAdmin;
  private As krOfficer;
  private As krExporter;

  /** The server's AS4 sender would deliver what these tests look at while it is still queued. */
  @BeforeEach
  void pauseSending() {
    System.setProperty("portal.exchange.sending-paused", "true");
  }

  @AfterEach
  void resumeSending() {
    System.clearProperty("portal.exchange.sending-paused");
  }

  @BeforeEach
  void lookUp() throws Exception {
    partners = InitialContext.doLookup("java:app/portal-ejb/PartnerDirectoryBean!" + PartnerDirectory.class.getName());
    exporterApps = InitialContext.doLookup("java:app/portal-ejb/ExporterApplicationsBean!" + ExporterApplications.class.getName());
    desk = InitialContext.doLookup("java:app/portal-ejb/ChamberDeskBean!" + ChamberDesk.class.getName());
    sending = InitialContext.doLookup("java:app/portal-ejb/OutboxSendingBean!" + OutboxSending.class.getName());
    krAdmin = InitialContext.doLookup("java:module/AsKrAdmin");
    twAdmin = InitialContext.doLookup("java:module/AsTwAdmin");
    krOfficer = InitialContext.doLookup("java:module/AsKrOfficer");
    krExporter = InitialContext.doLookup("java:module/AsKrExporter");
  }

  @Test
  void anAdministratorKeepsTheTenantsPartnersAndNoOneElseSeesThem() throws Exception {
    PartnerData bad =
        new PartnerData("ZZ", " ", "ftp://sw.example.jp/as4", "eco jp", "not a certificate".getBytes(StandardCharsets.US_ASCII),
            Set.of(), true);
    InvalidInputException refused = assertThrows(InvalidInputException.class, () -> krAdmin.call(() -> partners.add(bad)));
    assertEquals(Set.of("country", "name", "endpointUrl", "partyId", "certificate", "documents"), fields(refused));
    assertTrue(krAdmin.call(partners::partners).stream().noneMatch(p -> p.country().equals("ZZ")), "nothing stored");

    PartnerView japan = japan();
    PartnerData restated =
        new PartnerData("JP", "Japan single window", "https://sw.example.jp/as4/msh", "eco-jp", null,
            EnumSet.of(ExchangeKind.ISSUED, ExchangeKind.REVOKED), true);
    PartnerView updated = krAdmin.call(() -> partners.update(japan.id(), japan.version(), restated));
    assertEquals("https://sw.example.jp/as4/msh", updated.endpointUrl());
    assertEquals(EnumSet.of(ExchangeKind.ISSUED, ExchangeKind.REVOKED), updated.documents());
    assertFalse(updated.trusted(), "no certificate given, none trusted");
    assertThrows(WorkflowException.class, () -> krAdmin.call(() -> partners.update(japan.id(), japan.version(), restated)), "stale version");
    InvalidInputException expiredOrGarbage =
        assertThrows(InvalidInputException.class, () -> krAdmin.call(() -> partners.update(updated.id(), updated.version(),
            new PartnerData("JP", "Japan single window", "https://sw.example.jp/as4", "eco-jp", "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----".getBytes(StandardCharsets.US_ASCII), Set.of(ExchangeKind.ISSUED), true))));
    assertEquals("exchange.error.certificateUnreadable", expiredOrGarbage.problems().get(0).messageKey());
    assertEquals("https://sw.example.jp/as4/msh", krAdmin.call(() -> partners.partner(japan.id())).endpointUrl(), "nothing stored");

    InvalidInputException twice = assertThrows(InvalidInputException.class, () -> krAdmin.call(() -> partners.add(restated)));
    assertEquals(List.of(new FieldProblem("country", "exchange.error.countryTaken", "JP")), twice.problems());

    assertTrue(twAdmin.call(partners::partners).stream().noneMatch(p -> p.id().equals(japan.id())), "another tenant's admin sees nothing");
    assertThrows(NotFoundException.class, () -> twAdmin.call(() -> partners.partner(japan.id())));
    assertThrows(NotFoundException.class, () -> twAdmin.call(() -> partners.update(japan.id(), updated.version(), restated)));
    Access.assertDenied(() -> krOfficer.call(partners::partners));
    Access.assertDenied(() -> krExporter.call(() -> partners.add(restated)));

    List<PartnerView> demoLanes = krAdmin.call(partners::partners);
    PartnerView taiwan = demoLanes.stream().filter(p -> p.country().equals("TW")).findFirst().orElseThrow();
    assertEquals("eco-tw", taiwan.partyId());
    assertTrue(taiwan.endpointUrl().endsWith("/as4"), taiwan.endpointUrl());
    assertTrue(twAdmin.call(partners::partners).stream().anyMatch(p -> p.country().equals("KR") && p.partyId().equals("eco-kr")));
  }

  @Test
  void anAdministratorKeepsTheCertificateIssuersTrustedForAPartnerAndNoOneElseSeesOrChangesThem() throws Exception {
    PartnerView japan = japan();
    X509Certificate chamber =
        new ChamberKeys(Files.createTempDirectory("jp-chamber"), "test".toCharArray())
            .forChamber("JP-CHB-JCCI", "Japan Chamber of Commerce and Industry", "JP").certificate();
    String fingerprint =
        HexFormat.ofDelimiter(":").withUpperCase().formatHex(MessageDigest.getInstance("SHA-256").digest(chamber.getEncoded()));
    String pem = "-----BEGIN CERTIFICATE-----\n" + Base64.getMimeEncoder().encodeToString(chamber.getEncoded()) + "\n-----END CERTIFICATE-----\n";

    PartnerView trusting = krAdmin.call(() -> partners.trustIssuer(japan.id(), pem.getBytes(StandardCharsets.US_ASCII)));
    PartnerView.Issuer issuer = trusting.issuers().stream().filter(i -> i.fingerprint().equals(fingerprint)).findFirst().orElseThrow();
    assertTrue(issuer.subject().contains("CN=Japan Chamber of Commerce and Industry"), issuer.subject());
    assertEquals(chamber.getNotAfter().toInstant(), issuer.notAfter());
    assertEquals("admin", issuer.addedBy());
    assertEquals(List.of(issuer), krAdmin.call(() -> partners.partner(japan.id())).issuers().stream().filter(i -> i.id().equals(issuer.id())).toList());

    InvalidInputException twice =
        assertThrows(InvalidInputException.class, () -> krAdmin.call(() -> partners.trustIssuer(japan.id(), chamber.getEncoded())), "DER of the same");
    assertEquals(List.of(new FieldProblem("issuerFile", "exchange.error.issuerTrusted", issuer.subject())), twice.problems());
    InvalidInputException garbage =
        assertThrows(InvalidInputException.class, () -> krAdmin.call(() -> partners.trustIssuer(japan.id(), "%PDF-1.7".getBytes(StandardCharsets.US_ASCII))));
    assertEquals(List.of(new FieldProblem("issuerFile", "exchange.error.certificateUnreadable")), garbage.problems());

    // another tenant's administrator neither sees nor changes them, not even through its own partner
    PartnerView twKorea = twAdmin.call(partners::partners).stream().filter(p -> p.country().equals("KR")).findFirst().orElseThrow();
    assertTrue(twKorea.issuers().stream().noneMatch(i -> i.id().equals(issuer.id())));
    assertThrows(NotFoundException.class, () -> twAdmin.call(() -> partners.trustIssuer(japan.id(), pem.getBytes(StandardCharsets.US_ASCII))));
    assertThrows(NotFoundException.class, () -> twAdmin.call(() -> partners.distrustIssuer(japan.id(), issuer.id())));
    assertThrows(NotFoundException.class, () -> twAdmin.call(() -> partners.distrustIssuer(twKorea.id(), issuer.id())));
    Access.assertDenied(() -> krOfficer.call(() -> partners.trustIssuer(japan.id(), chamber.getEncoded())));
    Access.assertDenied(() -> krExporter.call(() -> partners.distrustIssuer(japan.id(), issuer.id())));
    assertTrue(krAdmin.call(() -> partners.partner(japan.id())).issuers().contains(issuer), "still trusted");

    PartnerView removed = krAdmin.call(() -> partners.distrustIssuer(japan.id(), issuer.id()));
    assertTrue(removed.issuers().stream().noneMatch(i -> i.id().equals(issuer.id())));
    assertThrows(NotFoundException.class, () -> krAdmin.call(() -> partners.distrustIssuer(japan.id(), issuer.id())), "gone already");

    // the demo lane Taiwan → Korea trusts Korea's demo chamber
    assertTrue(twKorea.issuers().stream().anyMatch(i -> i.subject().contains("CN=Korea Chamber of Commerce and Industry")), twKorea.issuers().toString());
  }

  /** Japan as a partner of Korea, as the last run left it or new. */
  private PartnerView japan() throws Exception {
    PartnerData data =
        new PartnerData("jp", "Japan single window", "https://sw.example.jp/as4", "eco-jp", null, EnumSet.allOf(ExchangeKind.class), true);
    for (PartnerView p : krAdmin.call(partners::partners)) {
      if (p.country().equals("JP")) {
        return krAdmin.call(() -> partners.update(p.id(), p.version(), data));
      }
    }
    return krAdmin.call(() -> partners.add(data));
  }

  @Test
  void approvingReplacingAndRevokingForAPartnerEconomyQueueOneMessageEach() throws Exception {
    ApplicationView claimed = claimedForTaiwan("Kaohsiung Outbox Test Ltd");
    assertThrows(WorkflowException.class, () -> krOfficer.call(() -> desk.approve(claimed.id(), claimed.version() - 1)), "stale");
    UserTransaction transaction = InitialContext.doLookup("java:comp/UserTransaction");
    transaction.begin();
    try {
      krOfficer.call(() -> desk.approve(claimed.id(), claimed.version()));
      assertEquals(1, inTransaction(claimed.id()), "queued within the approval");
    } finally {
      transaction.rollback();
    }
    assertTrue(rows(claimed.id()).isEmpty(), "a rolled-back approval queues nothing");

    ApplicationView approved = krOfficer.call(() -> desk.approve(claimed.id(), claimed.version()));
    List<Row> issued = rows(claimed.id());
    assertEquals(1, issued.size());
    assertEquals("ISSUED", issued.get(0).kind());
    assertEquals("QUEUED", issued.get(0).status());
    CertificateFiles files = InitialContext.doLookup("java:app/portal-ejb/CertificateFilesBean!" + CertificateFiles.class.getName());
    byte[] signed = krExporter.call(() -> files.download(approved.certificateNumber(), CertificateFiles.Format.XML)).content();
    assertArrayEquals(signed, issued.get(0).payload(), "the payload is the certificate's signed XML");

    List<ExchangeStateView> officerSees = krOfficer.call(() -> desk.exchange(claimed.id()));
    assertEquals(1, officerSees.size());
    assertEquals(ExchangeStatus.QUEUED, officerSees.get(0).status());
    assertEquals("TW", officerSees.get(0).partnerCountry());
    assertEquals(approved.certificateNumber(), officerSees.get(0).certificateNumber());
    assertEquals(officerSees, krExporter.call(() -> exporterApps.exchange(claimed.id())));

    krOfficer.call(() -> desk.replace(claimed.id(), "Consignee address corrected"));
    krOfficer.call(() -> desk.revoke(claimed.id(), "Goods not shipped"));
    List<Row> all = rows(claimed.id());
    assertEquals(List.of("ISSUED", "REPLACED", "REVOKED"), all.stream().map(Row::kind).toList());
    assertEquals(3, all.stream().map(Row::messageId).distinct().count());
    assertEquals(List.of(ExchangeKind.ISSUED, ExchangeKind.REPLACED, ExchangeKind.REVOKED),
        krExporter.call(() -> exporterApps.exchange(claimed.id())).stream().map(ExchangeStateView::kind).toList());
  }

  @Test
  void anEconomyThatIsNoPartnerGetsNothing() throws Exception {
    ApplicationView claimed = claimed("Auckland No Partner Ltd", "NZ", "KR-NZ-FTA", true, "NZAKL");
    ApplicationView approved = krOfficer.call(() -> desk.approve(claimed.id(), claimed.version()));
    assertEquals(approved.id(), claimed.id());
    boolean nzPartner = krAdmin.call(partners::partners).stream().anyMatch(p -> p.country().equals("NZ") && p.active());
    assertEquals(nzPartner ? 1 : 0, rows(claimed.id()).size());
  }

  @Test
  void twoNodesClaimingAtOnceNeverGetTheSameMessage() throws Exception {
    for (int i = 0; i < 3; i++) {
      ApplicationView claimed = claimedForTaiwan("Claim Race Ltd " + i);
      krOfficer.call(() -> desk.approve(claimed.id(), claimed.version()));
    }
    ManagedExecutorService executor = InitialContext.doLookup("java:comp/DefaultManagedExecutorService");
    CountDownLatch start = new CountDownLatch(1);
    List<Future<List<UUID>>> nodes = new ArrayList<>();
    for (String node : List.of("node-a", "node-b")) {
      nodes.add(executor.submit(() -> {
        start.await();
        List<UUID> mine = new ArrayList<>();
        for (int round = 0; round < 20; round++) {
          sending.claimDue(2, node, Duration.ofMinutes(5)).forEach(m -> mine.add(m.id()));
        }
        return mine;
      }));
    }
    start.countDown();
    List<UUID> a = nodes.get(0).get();
    List<UUID> b = nodes.get(1).get();
    Set<UUID> both = new HashSet<>(a);
    both.retainAll(b);
    assertEquals(Set.of(), both, "a message claimed by both nodes");
    assertEquals(a.size(), new HashSet<>(a).size(), "a lease held is not handed out again");
    assertTrue(a.size() + b.size() >= 3, "the three new messages were claimed: " + a.size() + " + " + b.size());

    UUID one = a.isEmpty() ? b.get(0) : a.get(0);
    String holder = a.isEmpty() ? "node-b" : "node-a";
    String other = a.isEmpty() ? "node-a" : "node-b";
    assertFalse(sending.markDelivered(one, other, "<Receipt/>".getBytes(StandardCharsets.UTF_8)), "only the holder records");
    int attemptsBefore = row(one).attempts();
    assertTrue(sending.markFailed(one, holder, "Connection refused"));
    Row failed = row(one);
    assertEquals("QUEUED", failed.status());
    assertEquals(attemptsBefore + 1, failed.attempts());
    assertEquals("Connection refused", failed.lastError());
  }

  private static Set<String> fields(InvalidInputException e) {
    return e.problems().stream().map(FieldProblem::field).collect(Collectors.toSet());
  }

  private ApplicationView claimedForTaiwan(String consignee) throws Exception {
    return claimed(consignee, "TW", "NON-PREF", false, "TWKHH");
  }

  private static ApplicationView claimed(String consignee, String country, String agreement, boolean preferential, String port)
      throws Exception {
    return Lanes.claimed(consignee, "BAN-" + Math.abs(consignee.hashCode()), country, agreement, preferential, port);
  }

  private record Row(UUID id, String messageId, String kind, String status, int attempts, String lastError, byte[] payload) {}

  /** The outbox rows of an application's certificates, oldest first, as the database holds them. */
  private static List<Row> rows(UUID applicationId) throws Exception {
    return query(
        "select m.* from exchange_message m join certificate c on c.id = m.certificate_id where c.application_id = ? order by m.created_at, m.kind",
        applicationId);
  }

  /** How many outbox rows the current transaction sees for the application (its own included). */
  private int inTransaction(UUID applicationId) throws Exception {
    return krOfficer.call(() -> desk.exchange(applicationId)).size();
  }

  private static Row row(UUID messageId) throws Exception {
    return query("select m.* from exchange_message m where m.id = ?", messageId).get(0);
  }

  private static List<Row> query(String sql, UUID parameter) throws Exception {
    DataSource dataSource = InitialContext.doLookup("java:jboss/datasources/PortalDS");
    try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(sql)) {
      select.setObject(1, parameter);
      List<Row> rows = new ArrayList<>();
      try (ResultSet r = select.executeQuery()) {
        while (r.next()) {
          rows.add(new Row((UUID) r.getObject("id"), r.getString("message_id"), r.getString("kind"), r.getString("status"),
              r.getInt("attempts"), r.getString("last_error"), r.getBytes("payload")));
        }
      }
      return rows;
    }
  }
}
