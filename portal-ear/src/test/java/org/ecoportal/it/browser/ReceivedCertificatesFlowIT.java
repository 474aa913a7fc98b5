package org.ecoportal.it.browser;

import static org.ecoportal.it.ApiClient.call;
import static org.ecoportal.it.ApiClient.field;
import static org.ecoportal.it.ApiClient.token;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.ecoportal.it.ApiClient;
import org.ecoportal.it.PortalDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Korea's chamber issues a certificate for a Taiwanese consignee through the API; Taiwan's customs
 * officer finds it among the received certificates and reads it, signature checked, in the browser;
 * Taiwan's importer, the consignee, finds it in its inbox and accepts it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReceivedCertificatesFlowIT {


  @Deployment(testable = false)
  static EnterpriseArchive portal() {
    return PortalDeployment.asBuilt();
  }

  @Test
  void taiwansCustomsOfficerReadsACertificateKoreaDelivered() throws Exception {
    String consignee = "Taipei Browser Imports " + System.nanoTime();
    String number = issuedForTaiwan(consignee);
    try (PortalBrowser customs = new PortalBrowser()) {
      customs.signIn("tw", "customs", DemoUser.PASSWORD);
      customs.click(By.linkText("English"));
      customs.waiting().until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
      customs.click(By.id("open-received"));
      customs.waiting().until(ExpectedConditions.urlContains("/tw/customs-officer/received.xhtml"));
      assertEquals("Received certificates", customs.heading());
      customs.type("received:consignee", consignee);
      // delivered over AS4 within seconds of the approval
      new WebDriverWait(customs.driver(), Duration.ofSeconds(30)).until(d -> {
        customs.click(By.id("received:filter"));
        customs.settle();
        return customs.text("received:certificates").contains(number);
      });
      String row = customs.text("received:certificates");
      assertTrue(row.contains("Hanbit Trading Co.") && row.contains("Issued") && row.contains("Valid"), row);
      customs.screenshot("tw-customs-received");

      customs.click(By.linkText(number));
      customs.waiting().until(ExpectedConditions.urlContains("/tw/customs-officer/received-certificate.xhtml"));
      assertEquals(number, customs.text("certificate-number"));
      assertTrue(customs.text("signature").startsWith("Valid"), customs.text("signature"));
      assertTrue(customs.text("signer").contains("Korea Chamber of Commerce and Industry"), customs.text("signer"));
      String items = customs.text("items");
      assertTrue(items.contains("080810") && items.contains("WO") && items.contains("INV-BROWSER-1"), items);
      customs.screenshot("tw-customs-received-certificate");
    }
  }

  @Test
  void taiwansImporterFindsACertificateKoreaDeliveredForItInItsInboxAndAcceptsIt() throws Exception {
    String number = issuedForTaiwan("Taipei Harbour Imports");
    try (PortalBrowser importer = new PortalBrowser()) {
      importer.signIn("tw", "importer", DemoUser.PASSWORD);
      importer.click(By.linkText("English"));
      importer.waiting().until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
      importer.click(By.id("open-certificates"));
      importer.waiting().until(ExpectedConditions.urlContains("/tw/importer/certificates.xhtml"));
      assertEquals("Certificates for your company", importer.heading());
      // delivered over AS4 within seconds of the approval
      new WebDriverWait(importer.driver(), Duration.ofSeconds(30)).until(d -> {
        importer.driver().navigate().refresh();
        return importer.text("certificates").contains(number);
      });
      assertTrue(importer.text("certificates").contains("New"), importer.text("certificates"));
      importer.screenshot("tw-importer-certificates");

      importer.click(By.linkText(number));
      importer.waiting().until(ExpectedConditions.urlContains("/tw/importer/certificate.xhtml"));
      assertEquals(number, importer.text("certificate-number"));
      assertTrue(importer.text("signature").startsWith("Valid"), importer.text("signature"));
      assertTrue(importer.text("items").contains("080810"), importer.text("items"));
      assertEquals("New", importer.text("case-status"));
      importer.click(By.id("document:accept"));
      importer.waiting().until(ExpectedConditions.textToBe(By.id("case-status"), "Accepted"));
      assertTrue(importer.text("accepted-by").startsWith("importer"), importer.text("accepted-by"));
      assertTrue(!importer.has(By.id("document:accept")), "accepted once");
      importer.screenshot("tw-importer-certificate-accepted");
    }
  }

  /** Korea's exporter and chamber systems apply for and issue a certificate for {@code consignee} in Taiwan; its number. */
  static String issuedForTaiwan(String consignee) throws Exception {
    String body = ApiClient.krApplication(consignee, "TW", "TW-IMP-53212539", "TWKHH", "INV-BROWSER-1");
    HttpResponse<String> created = call("POST", "/kr/api/applications", token("kr", "exporter-system"), "application/json",
        body.getBytes(StandardCharsets.UTF_8));
    assertEquals(201, created.statusCode(), created.body());
    String id = field(created.body(), "id");
    String chamber = token("kr", "chamber-system");
    String version = field(call("GET", "/kr/api/queue/" + id, chamber, null, null).body(), "version");
    HttpResponse<String> claimed = call("POST", "/kr/api/queue/" + id + "/claim", chamber, "application/json",
        ("{\"version\":" + version + "}").getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> approved = call("POST", "/kr/api/queue/" + id + "/approve", chamber, "application/json",
        ("{\"version\":" + field(claimed.body(), "version") + "}").getBytes(StandardCharsets.UTF_8));
    assertEquals(200, approved.statusCode(), approved.body());
    return field(approved.body(), "certificateNumber");
  }
}
