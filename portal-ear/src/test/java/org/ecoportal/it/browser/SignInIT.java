package org.ecoportal.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.ecoportal.it.PortalDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Every demo user of two tenants signs in through the real Keycloak in a real browser: lands on its
 * own dashboard, sees only its role's menu, is refused other roles' pages and the other tenant.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SignInIT {

  @Deployment(testable = false)
  static EnterpriseArchive portal() {
    return PortalDeployment.asBuilt();
  }

  static Stream<DemoUser> demoUsers() {
    return Stream.of(
        new DemoUser("kr", "exporter", "exporter", "Hanbit Trading Co."),
        new DemoUser("kr", "officer", "chamber-officer", "Korea Chamber of Commerce and Industry"),
        new DemoUser("kr", "importer", "importer", "Seoul Import Corp."),
        new DemoUser("kr", "broker", "broker", "Hangang Customs Brokerage"),
        new DemoUser("kr", "customs", "customs-officer", "Korea Customs Service"),
        new DemoUser("kr", "admin", "tenant-admin", "KTNET Single Window"),
        new DemoUser("nz", "exporter", "exporter", "Kiwi Orchard Exports Ltd"),
        new DemoUser("nz", "officer", "chamber-officer", "Auckland Chamber of Commerce"),
        new DemoUser("nz", "importer", "importer", "Auckland Fine Foods Ltd"),
        new DemoUser("nz", "broker", "broker", "Harbourside Customs Brokers"),
        new DemoUser("nz", "customs", "customs-officer", "New Zealand Customs Service"),
        new DemoUser("nz", "admin", "tenant-admin", "Trade Single Window NZ"));
  }

  private static final List<String> ROLES =
      List.of("exporter", "chamber-officer", "importer", "broker", "customs-officer", "tenant-admin");

  @ParameterizedTest(name = "{0}")
  @MethodSource("demoUsers")
  void eachRoleLandsOnItsDashboardAndIsKeptToIt(DemoUser user) {
    try (PortalBrowser browser = new PortalBrowser()) {
      browser.signIn(user.tenant(), user.username(), DemoUser.PASSWORD);

      assertEquals(user.dashboard(), browser.path(), "lands on the role's dashboard");
      browser.screenshot(user.tenant() + "-" + user.username() + "-dashboard");
      assertEquals(user.organisation(), browser.text("user-organisation"));
      assertEquals(user.organisation(), browser.text("whoami-organisation"));
      assertFalse(browser.text("user-name").isBlank());
      assertNotEquals(user.username(), browser.text("user-name"), "shows the person's name, not the login");

      List<String> menu = browser.menuLinks();
      assertTrue(menu.contains(user.dashboard()), "menu has the dashboard: " + menu);
      for (String link : menu) {
        assertTrue(
            link.startsWith("/" + user.tenant() + "/" + user.role() + "/")
                || link.startsWith("/" + user.tenant() + "/account/"),
            "menu entry outside the role: " + link);
      }

      for (String other : ROLES) {
        if (!other.equals(user.role())) {
          browser.open("/" + user.tenant() + "/" + other + "/dashboard.xhtml");
          browser.screenshot(user.tenant() + "-" + user.username() + "-forbidden");
          assertTrue(browser.has(By.cssSelector(".error-forbidden")), user + " opened " + other + " dashboard");
          assertFalse(browser.has(By.cssSelector("nav.portal-menu")), "no portal menu on the forbidden page");
        }
      }

      String otherTenant = user.tenant().equals("kr") ? "nz" : "kr";
      browser.open("/" + otherTenant + "/" + user.role() + "/dashboard.xhtml");
      browser.assertOnLoginPageOf(otherTenant);
      assertFalse(browser.has(By.cssSelector("nav.portal-menu")), "other tenant let in");

      browser.open(user.dashboard());
      assertEquals(user.dashboard(), browser.path(), "the first tenant's session still works");
    }
  }

  @Test
  void signingOutEndsTheKeycloakSessionToo() {
    try (PortalBrowser browser = new PortalBrowser()) {
      browser.signIn("kr", "exporter", DemoUser.PASSWORD);
      browser.click(By.id("sign-out-form:sign-out"));
      browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("sign-in-again")));
      assertEquals("/site/public/signed-out.xhtml", browser.path());

      browser.open("/kr/exporter/dashboard.xhtml");
      browser.assertOnLoginPageOf("kr");
      browser.screenshot("kr-login");
      assertTrue(browser.has(By.id("password")), "asks for the password again");
    }
  }

  @Test
  void theTenantsLanguageIsTheDefaultAndEnglishCanBeChosen() {
    try (PortalBrowser browser = new PortalBrowser()) {
      browser.signIn("kr", "exporter", DemoUser.PASSWORD);
      String korean = browser.heading();
      assertNotEquals("Exporter dashboard", korean, "kr opens in Korean");
      assertTrue(korean.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL), korean);

      browser.click(By.linkText("English"));
      browser.waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "Exporter dashboard"));

      browser.open("/kr/account/organisation.xhtml");
      assertEquals("My organisation", browser.heading(), "the choice holds for the session");
    }
  }

  @Test
  void aTenantAdministratorSeesItsOwnTenantsOrganisations() throws Exception {
    try (PortalBrowser browser = new PortalBrowser()) {
      browser.signIn("nz", "admin", DemoUser.PASSWORD);
      browser.click(By.linkText("Organisations"));
      browser.waiting().until(ExpectedConditions.urlContains("/nz/tenant-admin/organisations.xhtml"));
      String table = browser.text("organisations");
      assertTrue(table.contains("New Zealand Customs Service"), table);
      assertTrue(table.contains("Kiwi Orchard Exports Ltd"), table);
      assertFalse(table.contains("Korea Customs Service"), "another tenant's organisation is listed");

      browser.click(By.linkText("Partner economies"));
      browser.waiting().until(ExpectedConditions.urlContains("/nz/tenant-admin/partners.xhtml"));
      assertTrue(browser.text("list:partner-list").contains("CN"), "the demo lane to China");
      assertTrue(browser.text("list:partner-list").matches("(?s).*Certificate issuers trusted: [1-9].*"), browser.text("list:partner-list"));
      browser.click(By.xpath("//button[normalize-space()='Edit CN']"));
      browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("issuers:issuer-list"), "CCPIT Shanghai"));
      assertTrue(browser.text("issuers:issuer-list").matches("(?s).*([0-9A-F]{2}:){31}[0-9A-F]{2}.*"), "the SHA-256 fingerprint");
      Path notACertificate = Files.createTempFile("invoice", ".pem");
      Files.writeString(notACertificate, "Invoice 2026-0311: 840 cartons of pears");
      browser.driver().findElement(By.cssSelector("[id='issuers'] input[type='file']")).sendKeys(notACertificate.toString());
      browser.click(By.id("issuers:trust-issuer"));
      browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("issuers"), "Not an X.509 certificate (PEM or DER)."));
      assertTrue(browser.text("issuers:issuer-list").contains("CCPIT Shanghai"), "nothing changed");
      browser.click(By.linkText("Exchange"));
      browser.waiting().until(ExpectedConditions.urlContains("/nz/tenant-admin/exchange.xhtml"));
      assertEquals("Exchange with partner economies", browser.heading());
      assertTrue(browser.text("failure-count").matches("Failed deliveries waiting for action: \\d+"), browser.text("failure-count"));
      assertTrue(browser.has(By.id("outgoing:messages-out")) && browser.has(By.id("incoming:messages-in")));
      browser.screenshot("nz-admin-exchange");
    }
  }
}
