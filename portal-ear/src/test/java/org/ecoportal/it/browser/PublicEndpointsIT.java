package org.ecoportal.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.ecoportal.it.PortalDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What the portal answers before anyone signs in. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PublicEndpointsIT {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @Deployment(testable = false)
  static EnterpriseArchive portal() {
    return PortalDeployment.asBuilt();
  }

  private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(PortalBrowser.PORTAL + path)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void readinessReportsTheDatabase() throws Exception {
    HttpResponse<String> response = get("/health/ready");
    assertEquals(200, response.statusCode());
    assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    assertTrue(response.body().contains("\"status\":\"UP\""), response.body());
    assertTrue(response.body().contains("\"name\":\"database\""), response.body());
  }

  @Test
  void theLandingPageListsEveryTenant() throws Exception {
    HttpResponse<String> root = get("/");
    assertEquals(302, root.statusCode());
    assertTrue(root.headers().firstValue("Location").orElse("").endsWith("/site/public/index.xhtml"));

    HttpResponse<String> landing = get("/site/public/index.xhtml");
    assertEquals(200, landing.statusCode());
    for (String tenant : new String[] {"kr", "tw", "nz", "cn"}) {
      assertTrue(landing.body().contains("href=\"/" + tenant + "/\""), tenant + " missing from the landing page");
    }
    assertFalse(landing.headers().firstValue("Set-Cookie").orElse("").contains("JSESSIONID"), "public pages keep no session");
  }

  @Test
  void aTenantPageSendsAnonymousVisitorsToTheTenantsRealm() throws Exception {
    HttpResponse<String> response = HTTP.send(
        HttpRequest.newBuilder(URI.create(PortalBrowser.PORTAL + "/tw/exporter/dashboard.xhtml"))
            .header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
            .GET()
            .build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(302, response.statusCode());
    String location = response.headers().firstValue("Location").orElse("");
    assertTrue(location.startsWith("http://localhost:18180/realms/tw/protocol/openid-connect/auth"), location);
  }

  @Test
  void aProgramWithoutATokenIsToldToAuthenticateNotRedirected() throws Exception {
    HttpResponse<String> response = HTTP.send(
        HttpRequest.newBuilder(URI.create(PortalBrowser.PORTAL + "/tw/api/applications")).header("Accept", "application/json").GET().build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(401, response.statusCode());
    assertTrue(response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"), response.headers().map().toString());
  }

  @Test
  void viewSourcesAndUnknownPathsAreNotServed() throws Exception {
    HttpResponse<String> source = get("/exporter/dashboard.xhtml");
    assertEquals(403, source.statusCode());
    assertFalse(source.body().contains("ui:composition"), "view source leaked");

    assertEquals(404, get("/site/exporter/dashboard.xhtml").statusCode(), "role page outside any tenant");
    assertEquals(404, get("/site/WEB-INF/templates/portal.xhtml").statusCode());
    int unknownTenant = get("/xx/exporter/dashboard.xhtml").statusCode();
    assertTrue(unknownTenant == 403 || unknownTenant == 404, "unknown tenant answered " + unknownTenant);
  }

  @Test
  void theVerificationPageAnswersUnknownNumbersWithoutASession() throws Exception {
    HttpResponse<String> response = get("/site/public/verify.xhtml?number=KR-2026-999999");
    assertEquals(200, response.statusCode());
    assertTrue(response.body().contains("verdict-UNKNOWN"), response.body());
    assertFalse(response.headers().firstValue("Set-Cookie").orElse("").contains("JSESSIONID"));
    assertTrue(get("/site/public/verify.xhtml?number=%3Cscript%3E").body().contains("verdict-UNKNOWN"));
  }

  @Test
  void errorPagesSayWhatHappened() throws Exception {
    HttpResponse<String> response = get("/site/no-such-page.xhtml");
    assertEquals(404, response.statusCode());
    assertTrue(response.body().contains("error-not-found"), response.body());
  }
}
