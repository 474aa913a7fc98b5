package org.ecoportal.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.ecoportal.it.ApiClient;
import org.ecoportal.it.ClearanceSeeds;
import org.ecoportal.it.PortalDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Taiwan's customs officer finds a declaration with differences in the clearance queue, reads it
 * beside its certificate with the difference highlighted and its reason, holds it with a reason,
 * then clears it; the queue shows it cleared and the dashboard shows the figures and the chart.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ClearanceFlowIT {

  @Deployment(testable = false)
  static EnterpriseArchive portal() {
    return PortalDeployment.withTestClasses(ClearanceSeeds.class, ClearanceSeeds.Variant.class, ClearanceSeedServlet.class);
  }

  @Test
  void taiwansCustomsOfficerHoldsThenClearsADeclarationWithDifferences() throws Exception {
    String prefix = "BR-" + Long.toString(System.nanoTime(), 36).toUpperCase();
    String number = issuedForTaiwan();
    String differing = submittedDeclarations(number, prefix);
    try (PortalBrowser customs = new PortalBrowser()) {
      customs.signIn("tw", "customs", DemoUser.PASSWORD);
      customs.click(By.linkText("English"));
      customs.waiting().until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
      assertTrue(customs.menuLinks().contains("/tw/customs-officer/clearance.xhtml"), customs.menuLinks().toString());
      customs.click(By.linkText("Clearance queue"));
      customs.waiting().until(ExpectedConditions.urlContains("/tw/customs-officer/clearance.xhtml"));
      assertEquals("Clearance queue", customs.heading());

      customs.type("clearance:text", prefix);
      customs.click(By.id("clearance:filter"));
      customs.settle();
      String open = customs.text("clearance:declarations");
      assertTrue(open.contains(prefix + "-D") && open.contains(prefix + "-M"), open);
      assertTrue(open.contains("Clearance with ease"), "the matched one is marked: " + open);
      customs.choose("clearance:outcome", "Differences");
      customs.click(By.id("clearance:filter"));
      customs.settle();
      customs.waiting().until(d -> !customs.text("clearance:declarations").contains(prefix + "-M"));
      String differences = customs.text("clearance:declarations");
      assertTrue(differences.contains(prefix + "-D") && differences.contains("difference(s)") && differences.contains(number), differences);
      customs.screenshot("tw-customs-clearance-queue");

      customs.click(By.linkText(prefix + "-D"));
      customs.waiting().until(ExpectedConditions.urlContains("/tw/customs-officer/clearance-declaration.xhtml?id=" + differing));
      assertEquals(prefix + "-D", customs.text("declaration-number"));
      assertEquals(number, customs.text("certificate-number"));
      assertEquals("Submitted", customs.text("declaration-status"));
      // the declared quantity (900 against the certificate's 800) and the undeclared invoice are highlighted
      List<String> flagged = customs.driver().findElements(By.cssSelector("[id='decide:lines'] span.clearance-flagged")).stream()
          .map(WebElement::getText).toList();
      assertTrue(flagged.stream().anyMatch(t -> t.startsWith("900")) && flagged.stream().anyMatch(t -> t.startsWith("800")), flagged.toString());
      assertTrue(flagged.contains("090111"), "the HS code no certificate line has: " + flagged);
      assertTrue(customs.element(By.id("header-INVOICES")).getAttribute("class").contains("clearance-flagged"));
      assertFalse(customs.element(By.id("header-IMPORTER")).getAttribute("class").contains("clearance-flagged"));
      String reasons = customs.text("decide:differences");
      assertTrue(reasons.contains("Quantities agree within the tolerance") && reasons.contains("900"), reasons);
      assertFalse(customs.driver().findElement(By.cssSelector(".clearance-reason")).getText().isBlank(), "the line's reason");
      assertTrue(customs.has(By.id("verification")), "the place of the verification part");
      customs.screenshot("tw-customs-clearance-declaration");

      // holding needs a reason
      customs.click(By.id("decide:hold"));
      customs.click(By.id("decide:confirm-yes"));
      customs.settle();
      customs.waiting().until(d -> customs.text("decide").contains("Please give the reason."));
      assertEquals("Submitted", customs.text("declaration-status"));
      customs.type("decide:reason", "Count the cartons");
      customs.click(By.id("decide:hold"));
      customs.click(By.id("decide:confirm-yes"));
      customs.settle();
      customs.waiting().until(ExpectedConditions.textToBe(By.id("declaration-status"), "Held"));
      assertEquals("Count the cartons", customs.text("decision-reason"));
      assertTrue(customs.text("decided-by").startsWith("customs"), customs.text("decided-by"));

      customs.click(By.id("decide:clear"));
      customs.click(By.id("decide:confirm-yes"));
      customs.settle();
      customs.waiting().until(ExpectedConditions.textToBe(By.id("declaration-status"), "Cleared"));
      assertFalse(customs.has(By.id("decide:clear")), "decided once");
      assertTrue(customs.text("messages").contains(prefix + "-D"), customs.text("messages"));
      customs.screenshot("tw-customs-clearance-cleared");

      customs.open("/tw/customs-officer/clearance.xhtml");
      customs.type("clearance:text", prefix);
      customs.choose("clearance:status", "Cleared");
      customs.click(By.id("clearance:filter"));
      customs.settle();
      customs.waiting().until(d -> customs.text("clearance:declarations").contains(prefix + "-D"));
      String cleared = customs.text("clearance:declarations");
      assertTrue(cleared.contains("Cleared") && !cleared.contains(prefix + "-M"), cleared);

      customs.open("/tw/customs-officer/dashboard.xhtml");
      customs.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[id='clearance-chart'] canvas")));
      assertTrue(Long.parseLong(customs.text("clearance-open")) >= 1, "the matched one waits");
      assertTrue(Long.parseLong(customs.text("clearance-matched")) >= 1);
      assertTrue(Long.parseLong(customs.text("clearance-decided")) >= 1, "the one cleared");
      assertTrue(customs.text("clearance-ratio").endsWith("%"), customs.text("clearance-ratio"));
      assertFalse(customs.text("clearance-p50").isBlank());
      customs.screenshot("tw-customs-dashboard");
    }
  }

  /** The seeding servlet's differing declaration, once the certificate has reached Taiwan. */
  private static String submittedDeclarations(String number, String prefix) throws Exception {
    HttpResponse<String> seeded = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(PortalBrowser.PORTAL + "/it/clearance-seeds?number=" + URLEncoder.encode(number, StandardCharsets.UTF_8)
            + "&prefix=" + prefix)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(200, seeded.statusCode(), seeded.body());
    return seeded.body().trim();
  }

  /** Korea's exporter and chamber systems apply for and issue a certificate for Taipei Harbour Imports; its number. */
  private static String issuedForTaiwan() throws Exception {
    return ApiClient.issued("kr", ApiClient.krApplication("Taipei Harbour Imports", "TW", "TW-IMP-53212539", "TWKHH", "INV-CLEAR-1"));
  }
}
