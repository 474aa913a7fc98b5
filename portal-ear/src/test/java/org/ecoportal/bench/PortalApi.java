package org.ecoportal.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.ecoportal.it.ApiClient;

/**
 * The development portal's REST API as the benchmarks use it: tokens of the demo system clients
 * (client credentials) and JSON calls that must answer with the expected status.
 */
final class PortalApi {

  static final String PORTAL = System.getProperty("bench.portal", "http://localhost:8080");
  static final String KEYCLOAK = System.getProperty("bench.keycloak", "http://localhost:8180");
  static final String JDBC = System.getProperty("bench.jdbc", "jdbc:postgresql://localhost:5433/portal");

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private PortalApi() {}

  /** A bearer token of one of {@code kr}'s demo system clients. */
  static String token(String client) throws Exception {
    return token("kr", client);
  }

  /** A bearer token of one of {@code tenant}'s demo system clients. */
  static String token(String tenant, String client) throws Exception {
    try {
      return ApiClient.token(KEYCLOAK, tenant, client);
    } catch (IllegalStateException e) {
      throw new IllegalStateException(
          e.getMessage() + "\nIs the development portal running (./mvnw -Pstart), with realms imported from the current realm-config?", e);
    }
  }

  static String send(String method, String path, String token, String json, int expected) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(PORTAL + path))
        .header("Authorization", "Bearer " + token)
        .header("Accept", "application/json");
    if (json != null) {
      request.header("Content-Type", "application/json");
    }
    request.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
    HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != expected) {
      throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
    }
    return response.body();
  }

  static String field(String json, String name) {
    return ApiClient.field(json, name);
  }

  /** Submits application {@code i} of the kr demo exporter, for a consignee in {@code country}; its id. */
  static String submit(String exporterToken, int i, String country, String dischargePort) throws Exception {
    return submit(exporterToken, "Benchmark Foods " + i, country + "-IMP-" + i, country, dischargePort, "INV-BENCH-" + i);
  }

  /** Submits an application of the kr demo exporter for consignee {@code consignee} ({@code identifier}); its id. */
  static String submit(String exporterToken, String consignee, String identifier, String country, String dischargePort, String invoice)
      throws Exception {
    String json = ApiClient.krApplication(consignee, country, identifier, dischargePort, invoice);
    return field(send("POST", "/kr/api/applications", exporterToken, json, 201), "id");
  }

  /** Claims a submitted application for the chamber system; the version to approve it with. */
  static String claim(String chamberToken, String id) throws Exception {
    String open = send("GET", "/kr/api/queue/" + id, chamberToken, null, 200);
    String claimed = send("POST", "/kr/api/queue/" + id + "/claim", chamberToken, "{\"version\":" + field(open, "version") + "}", 200);
    return field(claimed, "version");
  }
}
