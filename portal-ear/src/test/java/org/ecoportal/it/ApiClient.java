package org.ecoportal.it;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a program needs to call the portal's REST API as the demo systems do: a token of a tenant's
 * realm by the client-credentials grant (secret {@code PORTAL_API_SECRET}, by default the
 * development one), and a field of a JSON answer.
 */
public final class ApiClient {

  /** The test stack's Keycloak. */
  public static final String TEST_KEYCLOAK = "http://localhost:18180";

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
}
