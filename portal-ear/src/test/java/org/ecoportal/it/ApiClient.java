package org.ecoportal.it;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a program needs to call the portal's REST API as the demo systems do: a token of a tenant's
 * realm by the client-credentials grant (secret {@code PORTAL_API_SECRET}, by default the
 * development one), and a field of a JSON answer.
 */
public final class ApiClient {

  /** The test stack's portal. */
  public static final String TEST_PORTAL = "http://localhost:18080";

  /** The test stack's Keycloak. */
  public static final String TEST_KEYCLOAK = "http://localhost:18180";

  /** The demo chamber of {@code kr} (Korea Chamber of Commerce and Industry). */
  public static final String KR_CHAMBER_ID = "80f757d1-16b3-574a-8131-29b0871ea04c";

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private ApiClient() {}

  /** A token of the test stack's realm {@code tenant} for the demo system {@code client}. */
  public static String token(String tenant, String client) throws IOException, InterruptedException {
    return token(TEST_KEYCLOAK, tenant, client);
  }

  /** A token from the Keycloak at {@code keycloak}; fails with Keycloak's answer when there is none. */
  public static String token(String keycloak, String tenant, String client) throws IOException, InterruptedException {
    String form = "grant_type=client_credentials&client_id=" + client + "&client_secret="
        + URLEncoder.encode(System.getenv().getOrDefault("PORTAL_API_SECRET", "dev-api-secret"), StandardCharsets.UTF_8);
    HttpResponse<String> answer = HTTP.send(
        HttpRequest.newBuilder(URI.create(keycloak + "/realms/" + tenant + "/protocol/openid-connect/token"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build(),
        HttpResponse.BodyHandlers.ofString());
    if (answer.statusCode() != 200) {
      throw new IllegalStateException(
          "No token for " + client + " of " + tenant + " from " + keycloak + " (" + answer.statusCode() + "): " + answer.body());
    }
    return field(answer.body(), "access_token");
  }

  /** The first value of {@code name} in a JSON text, as it is written (without quotes). */
  public static String field(String json, String name) {
    Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"?([^\",}]+)").matcher(json);
    if (!m.find()) {
      throw new IllegalStateException("No " + name + " in " + json);
    }
    return m.group(1);
  }

  /** A call to the test stack's portal: {@code body} of {@code contentType}, or none. */
  public static HttpResponse<String> call(String method, String path, String token, String contentType, byte[] body)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(TEST_PORTAL + path)).header("Accept", "application/json");
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /**
   * The JSON of a complete application as an exporter's software submits it: one consignment of
   * fresh apples (HS 080810, wholly obtained) for {@code consignee} in {@code country}.
   */
  public static String applicationJson(
      String chamberId, String consignee, String country, String consigneeIdentifier, String agreementCode, String loadingPort,
      String dischargePort, String invoice) {
    return """
        {"chamberId":"%s","consigneeName":"%s","consigneeAddress":"88 Harbour Road","consigneeCountry":"%s",
         "consigneeIdentifier":"%s","producerName":"Hanbit Orchards","agreementCode":"%s","preferential":%s,
         "transportMode":"1","transportMeans":"HMM ALGECIRAS 0012E","departureDate":"%s","loadingPort":"%s","dischargePort":"%s",
         "items":[{"hsCode":"080810","description":"Fresh apples, Fuji, class I","marks":"HANBIT/1-40","packageCount":40,"packageType":"CT",
                   "quantity":800,"unitCode":"KGM","grossWeightKg":860,"netWeightKg":800,"originCriterion":"WO",
                   "invoiceNumber":"%s","invoiceDate":"%s","invoiceValue":2400.00,"currency":"USD"}]}
        """.formatted(chamberId, consignee, country, consigneeIdentifier, agreementCode, !"NON-PREF".equals(agreementCode),
        LocalDate.now().plusDays(2), loadingPort, dischargePort, invoice, LocalDate.now().minusDays(3));
  }

  /** {@link #applicationJson} of {@code kr}'s demo chamber, non-preferential, from Busan. */
  public static String krApplication(String consignee, String country, String consigneeIdentifier, String dischargePort, String invoice) {
    return applicationJson(KR_CHAMBER_ID, consignee, country, consigneeIdentifier, "NON-PREF", "KRPUS", dischargePort, invoice);
  }

  /**
   * Issues a certificate as partner systems do: {@code tenant}'s {@code exporter-system} applies with
   * {@code applicationJson}, its {@code chamber-system} claims and approves it; the certificate number.
   */
  public static String issued(String tenant, String applicationJson) throws Exception {
    HttpResponse<String> created = call("POST", "/" + tenant + "/api/applications", token(tenant, "exporter-system"), "application/json",
        applicationJson.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    expect(201, created);
    String id = field(created.body(), "id");
    String chamber = token(tenant, "chamber-system");
    String version = field(call("GET", "/" + tenant + "/api/queue/" + id, chamber, null, null).body(), "version");
    HttpResponse<String> claimed = call("POST", "/" + tenant + "/api/queue/" + id + "/claim", chamber, "application/json",
        ("{\"version\":" + version + "}").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    expect(200, claimed);
    HttpResponse<String> approved = call("POST", "/" + tenant + "/api/queue/" + id + "/approve", chamber, "application/json",
        ("{\"version\":" + field(claimed.body(), "version") + "}").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    expect(200, approved);
    return field(approved.body(), "certificateNumber");
  }

  private static void expect(int status, HttpResponse<String> response) {
    if (response.statusCode() != status) {
      throw new IllegalStateException(response.request().method() + " " + response.request().uri() + " answered "
          + response.statusCode() + " instead of " + status + ": " + response.body());
    }
  }
}
