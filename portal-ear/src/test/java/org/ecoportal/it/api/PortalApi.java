package org.ecoportal.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The test stack's REST API as a tenant's software calls it: tokens by client credentials, calls with them. */
public final class PortalApi {

  public static final String PORTAL = "http://localhost:18080";
  public static final String KEYCLOAK = "http://localhost:18180";
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private PortalApi() {}

  /** A token of the tenant's realm for a demo system, by the client credentials grant. */
  public static String token(String tenant, String client) throws Exception {
    String form = "grant_type=client_credentials&client_id=" + client + "&client_secret="
        + URLEncoder.encode(System.getenv().getOrDefault("PORTAL_API_SECRET", "dev-api-secret"), StandardCharsets.UTF_8);
    HttpResponse<String> answer = HTTP.send(
        HttpRequest.newBuilder(URI.create(KEYCLOAK + "/realms/" + tenant + "/protocol/openid-connect/token"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(200, answer.statusCode(), answer.body());
    Matcher m = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(answer.body());
    assertTrue(m.find(), answer.body());
    return m.group(1);
  }

  public static HttpResponse<String> call(String method, String path, String token, String contentType, byte[] body) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(PORTAL + path)).header("Accept", "application/json");
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** An application as an exporter's software submits it: one consignment of fresh apples (HS 080810), wholly obtained. */
  public static String applicationJson(
      String chamberId, String consignee, String consigneeCountry, String agreementCode, String loadingPort, String dischargePort,
      String invoiceNumber) {
    return """
        {"chamberId":"%s","consigneeName":"%s","consigneeAddress":"1 Harbour Road","consigneeCountry":"%s",
         "consigneeIdentifier":"IMP-%s","producerName":"Orchards Ltd","agreementCode":"%s","preferential":true,
         "transportMode":"1","transportMeans":"MV ORCHARD 0012E","departureDate":"%s","loadingPort":"%s","dischargePort":"%s",
         "items":[{"hsCode":"080810","description":"Fresh apples","marks":"APPLES/1-40","packageCount":40,"packageType":"CT",
                   "quantity":800,"unitCode":"KGM","grossWeightKg":860,"netWeightKg":800,"originCriterion":"WO",
                   "invoiceNumber":"%s","invoiceDate":"%s","invoiceValue":2400.00,"currency":"USD"}]}
        """.formatted(chamberId, consignee, consigneeCountry, consigneeCountry, agreementCode, LocalDate.now().plusDays(2), loadingPort,
            dischargePort, invoiceNumber, LocalDate.now().minusDays(1));
  }

  /** The first value of a field in a JSON answer. */
  public static String field(String json, String name) {
    Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"?([^\",}]+)").matcher(json);
    assertTrue(m.find(), "no " + name + " in " + json);
    return m.group(1);
  }
}
