package org.ecoportal.it.exchange;

import static org.ecoportal.it.ApiClient.field;
import static org.ecoportal.it.ApiClient.token;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.ecoportal.it.ApiClient;

/**
 * One portal server seen from outside, as an economy's own systems see it: its REST API (with the
 * demo systems' client-credentials tokens from the test stack's Keycloak) and its own database.
 */
record PortalNode(String name, String url, String jdbcUrl) {

  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  String as4() {
    return url + "/as4";
  }

  @Override
  public String toString() {
    return name + " (" + url + ")";
  }

  /** Korea's exporter system applies for a certificate for a Taiwanese consignee and Korea's chamber system approves it: its number. */
  String approveForTaiwan(String consignee) throws Exception {
    String application = ApiClient.krApplication(
        consignee, "TW", String.format("BAN-%08d", Math.abs(consignee.hashCode()) % 100_000_000), "TWKHH", "INV-2026-077");
    HttpResponse<String> created = call("POST", "/kr/api/applications", token("kr", "exporter-system"), application);
    assertEquals(201, created.statusCode(), this + ": " + created.body());
    String id = field(created.body(), "id");
    String chamber = token("kr", "chamber-system");
    HttpResponse<String> queued = call("GET", "/kr/api/queue/" + id, chamber, null);
    assertEquals(200, queued.statusCode(), this + ": " + queued.body());
    HttpResponse<String> claimed =
        call("POST", "/kr/api/queue/" + id + "/claim", chamber, "{\"version\":" + field(queued.body(), "version") + "}");
    assertEquals(200, claimed.statusCode(), this + ": " + claimed.body());
    HttpResponse<String> approved =
        call("POST", "/kr/api/queue/" + id + "/approve", chamber, "{\"version\":" + field(claimed.body(), "version") + "}");
    assertEquals(200, approved.statusCode(), this + ": " + approved.body());
    return field(approved.body(), "certificateNumber");
  }

  private HttpResponse<String> call(String method, String path, String token, String json) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(url + path))
            .header("Accept", "application/json")
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
            .timeout(Duration.ofSeconds(60))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** The outbox row of a certificate this node issued. */
  record Outgoing(String certificateNumber, String messageId, String status, int attempts, String lastError, boolean hasReceipt, String claimedBy) {}

  Outgoing outgoing(String certificateNumber) throws SQLException {
    List<Outgoing> rows = new ArrayList<>();
    query(
        "select m.message_id, m.status, m.attempts, m.last_error, m.receipt is not null, m.claimed_by from exchange_message m"
            + " join certificate c on c.id = m.certificate_id where c.number = ?",
        certificateNumber,
        r -> rows.add(new Outgoing(certificateNumber, r.getString(1), r.getString(2), r.getInt(3), r.getString(4), r.getBoolean(5), r.getString(6))));
    assertEquals(1, rows.size(), this + ": one outbox row for " + certificateNumber);
    return rows.get(0);
  }

  /** Waits up to {@code timeout} for the certificate's outbox row to be as wanted, and returns it as it then is. */
  Outgoing awaitOutgoing(String certificateNumber, Predicate<Outgoing> wanted, Duration timeout) throws Exception {
    long until = System.nanoTime() + timeout.toNanos();
    Outgoing row = outgoing(certificateNumber);
    while (!wanted.test(row) && System.nanoTime() < until) {
      Thread.sleep(250);
      row = outgoing(certificateNumber);
    }
    return row;
  }

  /** What this node keeps of a message it received: "tenant certificate-number" for each row. */
  List<String> received(String messageId) throws SQLException {
    List<String> rows = new ArrayList<>();
    query("select tenant, certificate_number from received_certificate where message_id = ?", messageId,
        r -> rows.add(r.getString(1) + " " + r.getString(2)));
    return rows;
  }

  /** The AS4 endpoint where Korea sends to Taiwan from this node. */
  String koreasTaiwanEndpoint() throws SQLException {
    List<String> rows = new ArrayList<>();
    query("select endpoint_url from exchange_partner where tenant = 'kr' and country = ?", "TW", r -> rows.add(r.getString(1)));
    assertEquals(1, rows.size(), this + ": Korea's lane to Taiwan");
    return rows.get(0);
  }

  /** Moves Korea's lane to Taiwan to another endpoint, as Korea's administrator would on the partners screen. */
  void pointKoreasTaiwanLaneAt(String endpoint) throws SQLException {
    try (Connection c = connection();
        PreparedStatement update =
            c.prepareStatement("update exchange_partner set endpoint_url = ?, version = version + 1 where tenant = 'kr' and country = 'TW'")) {
      update.setString(1, endpoint);
      assertEquals(1, update.executeUpdate(), this + ": Korea's lane to Taiwan");
    }
  }

  private interface RowReader {
    void read(ResultSet row) throws SQLException;
  }

  private void query(String sql, String parameter, RowReader reader) throws SQLException {
    try (Connection c = connection(); PreparedStatement select = c.prepareStatement(sql)) {
      select.setString(1, parameter);
      try (ResultSet r = select.executeQuery()) {
        while (r.next()) {
          reader.read(r);
        }
      }
    }
  }

  private Connection connection() throws SQLException {
    return DriverManager.getConnection(jdbcUrl, "portal", "portal");
  }
}
