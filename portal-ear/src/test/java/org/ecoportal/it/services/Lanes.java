package org.ecoportal.it.services;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import org.ecoportal.application.ApplicationView;
import org.ecoportal.application.ChamberDesk;
import org.ecoportal.application.ExporterApplications;
import org.ecoportal.domain.model.application.ApplicationData;
import org.ecoportal.domain.model.application.ItemLine;

/**
 * What the tests of the Korea-Taiwan lane share: Korea issues a certificate, its delivery is
 * awaited in the outbox, the database is read directly, and the test mail server is asked what it
 * received. Needs the run-as beans {@code AsKrExporter} and {@code AsKrOfficer} in the test archive.
 */
final class Lanes {

  /** The test stack's mail reader (GreenMail API). */
  private static final String MAIL_API = "http://localhost:18025";

  private Lanes() {}

  /** Gives the member {@code username} of {@code tenant} the address {@code email}. */
  static void setMemberEmail(String tenant, String username, String email) throws Exception {
    DataSource dataSource = InitialContext.doLookup("java:jboss/datasources/PortalDS");
    try (Connection c = dataSource.getConnection();
        PreparedStatement statement = c.prepareStatement("update organisation_member set email = ? where tenant = ? and username = ?")) {
      statement.setString(1, email);
      statement.setString(2, tenant);
      statement.setString(3, username);
      assertEquals(1, statement.executeUpdate(), username);
    }
  }

  record Mail(String subject, String text) {}

  /**
   * The mails about {@code number} in the test mail server's inbox of {@code address}, once there
   * are at least {@code atLeast} of them or 20 seconds have passed.
   */
  static List<Mail> mails(String address, String number, int atLeast) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    Session session = Session.getInstance(new Properties());
    long until = System.nanoTime() + 20_000_000_000L;
    List<Mail> found = new ArrayList<>();
    do {
      found.clear();
      HttpResponse<String> inbox = http.send(HttpRequest.newBuilder(URI.create(MAIL_API + "/api/user/" + address + "/messages/INBOX")).build(),
          HttpResponse.BodyHandlers.ofString());
      // no mail yet for this address: no such user at the mail server
      try (JsonReader reader = Json.createReader(new StringReader(inbox.statusCode() == 200 ? inbox.body() : "[]"))) {
        for (JsonObject message : reader.readArray().getValuesAs(JsonObject.class)) {
          MimeMessage mime = new MimeMessage(session, new ByteArrayInputStream(message.getString("mimeMessage").getBytes(StandardCharsets.UTF_8)));
          if (mime.getSubject().contains(number)) {
            found.add(new Mail(mime.getSubject(), mime.getContent().toString()));
          }
        }
      }
      if (found.size() >= atLeast) {
        return found;
      }
      Thread.sleep(300);
    } while (System.nanoTime() < until);
    return found;
  }


  /** Waits until {@code count} messages about the application's certificates are delivered; the newest certificate's number. */
  static String awaitDeliveries(UUID application, int count) throws Exception {
    long until = System.nanoTime() + 30_000_000_000L;
    List<String> delivered = new ArrayList<>();
    while (System.nanoTime() < until) {
      delivered.clear();
      query("select c.number from exchange_message m join certificate c on c.id = m.certificate_id"
              + " where c.application_id = cast(? as uuid) and m.status = 'DELIVERED' order by m.created_at",
          application.toString(), r -> delivered.add(r.getString(1)));
      if (delivered.size() >= count) {
        return delivered.get(delivered.size() - 1);
      }
      Thread.sleep(200);
    }
    throw new AssertionError("only " + delivered + " delivered");
  }


  /**
   * Korea's demo exporter applies for a certificate for {@code consignee} (business identifier
   * {@code consigneeIdentifier}) in {@code country} and Korea's chamber approves it; its number.
   */
  static String approved(String consignee, String consigneeIdentifier, String country, String agreement, boolean preferential, String port)
      throws Exception {
    ApplicationView claimed = claimed(consignee, consigneeIdentifier, country, agreement, preferential, port);
    return krOfficer().call(() -> desk().approve(claimed.id(), claimed.version())).certificateNumber();
  }

  /** Korea's demo exporter applies for a certificate as {@link #approved} does; a Korean officer claimed it. */
  static ApplicationView claimed(String consignee, String consigneeIdentifier, String country, String agreement, boolean preferential, String port)
      throws Exception {
    ExporterApplications exporterApps =
        InitialContext.doLookup("java:app/portal-ejb/ExporterApplicationsBean!" + ExporterApplications.class.getName());
    As krExporter = InitialContext.doLookup("java:module/AsKrExporter");
    UUID chamber = krExporter.call(exporterApps::chambers).get(0).id();
    ItemLine apples =
        new ItemLine("080810", "Fresh apples, Fuji, class I", "HANBIT/KHH/1-40", 40, "cartons", new BigDecimal("800"), "KGM",
            new BigDecimal("860"), new BigDecimal("800"), "WO", "INV-2026-077", LocalDate.now().minusDays(3),
            new BigDecimal("2400.00"), "USD");
    ApplicationData data =
        new ApplicationData(chamber, consignee, "88 Harbour Road", country, consigneeIdentifier, "Hanbit Orchards",
            agreement, preferential, "1", "HMM ALGECIRAS 0012E", LocalDate.now().plusDays(2), "KRPUS", port, null, null, List.of(apples));
    ApplicationView draft = krExporter.call(() -> exporterApps.create(ApplicationData.blank()));
    ApplicationView submitted = krExporter.call(() -> exporterApps.submit(draft.id(), draft.version(), data));
    return krOfficer().call(() -> desk().claim(submitted.id(), submitted.version()));
  }

  private static As krOfficer() throws Exception {
    return InitialContext.doLookup("java:module/AsKrOfficer");
  }

  private static ChamberDesk desk() throws Exception {
    return InitialContext.doLookup("java:app/portal-ejb/ChamberDeskBean!" + ChamberDesk.class.getName());
  }

  record Outbox(String messageId, String status, String lastError, byte[] payload, byte[] receipt) {}

  /** The certificate's outbox row once it is delivered or failed, waiting up to 30 seconds. */
  static Outbox awaitFinal(String number) throws Exception {
    long until = System.nanoTime() + 30_000_000_000L;
    Outbox row = outbox(number);
    while (System.nanoTime() < until && !List.of("DELIVERED", "FAILED").contains(row.status())) {
      Thread.sleep(200);
      row = outbox(number);
    }
    return row;
  }

  static Outbox outbox(String number) throws Exception {
    List<Outbox> rows = new ArrayList<>();
    query(
        "select m.message_id, m.status, m.last_error, m.payload, m.receipt from exchange_message m"
            + " join certificate c on c.id = m.certificate_id where c.number = ?",
        number,
        r -> rows.add(new Outbox(r.getString(1), r.getString(2), r.getString(3), r.getBytes(4), r.getBytes(5))));
    assertEquals(1, rows.size(), "one outbox row for " + number);
    return rows.get(0);
  }


  interface RowReader {
    void read(ResultSet row) throws Exception;
  }

  static void update(String sql, String parameter) throws Exception {
    DataSource dataSource = InitialContext.doLookup("java:jboss/datasources/PortalDS");
    try (Connection c = dataSource.getConnection(); PreparedStatement statement = c.prepareStatement(sql)) {
      statement.setString(1, parameter);
      assertEquals(1, statement.executeUpdate(), sql);
    }
  }


  static UUID applicationOf(String number) throws Exception {
    List<UUID> ids = new ArrayList<>();
    query("select application_id from certificate where number = ?", number, r -> ids.add(r.getObject(1, UUID.class)));
    return ids.get(0);
  }

  static void query(String sql, String parameter, RowReader reader) throws Exception {
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

  /** Something a test waits for: found, or not yet. */
  interface Lookup<T> {
    Optional<T> find() throws Exception;
  }

  /** What {@code lookup} finds within 30 seconds (deliveries cross by AS4 after the transaction that queued them commits). */
  static <T> T await(Lookup<T> lookup) throws Exception {
    long until = System.nanoTime() + 30_000_000_000L;
    do {
      Optional<T> found = lookup.find();
      if (found.isPresent()) {
        return found.get();
      }
      Thread.sleep(200);
    } while (System.nanoTime() < until);
    throw new AssertionError("not found within 30 s");
  }
}
