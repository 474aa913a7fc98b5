package org.ecoportal.it.browser;

import static org.ecoportal.it.ApiClient.field;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Korea's chamber issues a certificate for a Taiwanese consignee through the API; Taiwan's customs
 * officer finds it among the received certificates and reads it, signature checked, in the browser;
 * Taiwan's importer, the consignee, finds it in its inbox, accepts it, names its customs broker and
 * hands over the invoice; Taiwan's broker finds it among its assigned certificates with the invoice.
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
  void taiwansImporterAcceptsACertificateKoreaDeliveredNamesItsBrokerAndHandsOverTheInvoiceTheBrokerThenReads() throws Exception {
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

      // It names Taiwan's demo brokerage as its customs broker.
      assertEquals("None named yet", importer.text("case-broker"));
      new Select(importer.element(By.id("broker:brokerId"))).selectByVisibleText("Keelung Customs Brokers · TW-BRK-0233");
      importer.click(By.id("broker:assign"));
      importer.waiting().until(ExpectedConditions.textToBe(By.id("case-broker"), "Keelung Customs Brokers"));
      assertTrue(importer.text("broker-assigned-by").startsWith("importer"), importer.text("broker-assigned-by"));

      // A file that only claims to be a PDF is refused on its field; the real invoice is handed over.
      Path fake = Files.createTempFile("not-an-invoice", ".pdf");
      Files.writeString(fake, "<html>not a pdf</html>");
      importer.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#documents input[type=file]"))).sendKeys(fake.toString());
      importer.click(By.id("documents:upload"));
      importer.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("documents"), "is not a PDF, PNG or JPEG file"));
      assertTrue(importer.text("no-shipping-documents").contains("No shipping documents"), "nothing refused is kept");
      Path invoice = Files.createTempFile("invoice-" + number.replaceAll("[^A-Za-z0-9-]", "-"), ".pdf");
      Files.writeString(invoice, "%PDF-1.4\n% commercial invoice INV-BROWSER-1\n%%EOF\n");
      importer.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#documents input[type=file]"))).sendKeys(invoice.toString());
      importer.click(By.id("documents:upload"));
      importer.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("shipping-documents"), invoice.getFileName().toString()));
      assertTrue(importer.text("shipping-documents").contains("Commercial invoice"), importer.text("shipping-documents"));
      importer.screenshot("tw-importer-certificate-broker-documents");

      // Taiwan's broker finds the certificate assigned to it, opens it, and the invoice is there, byte for byte.
      try (PortalBrowser broker = new PortalBrowser()) {
        broker.signIn("tw", "broker", DemoUser.PASSWORD);
        broker.click(By.linkText("English"));
        broker.waiting().until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
        assertTrue(Integer.parseInt(broker.text("assigned-certificates")) >= 1, broker.text("assigned-certificates"));
        broker.click(By.id("open-certificates"));
        broker.waiting().until(ExpectedConditions.urlContains("/tw/broker/certificates.xhtml"));
        assertEquals("Certificates assigned to you", broker.heading());
        String row = broker.text("certificates");
        assertTrue(row.contains(number) && row.contains("Taipei Harbour Imports") && row.contains("Hanbit Trading Co."), row);
        broker.screenshot("tw-broker-certificates");

        broker.click(By.linkText(number));
        broker.waiting().until(ExpectedConditions.urlContains("/tw/broker/certificate.xhtml"));
        assertEquals(number, broker.text("certificate-number"));
        assertEquals("Taipei Harbour Imports", broker.text("case-importer"));
        assertTrue(broker.text("items").contains("080810"), broker.text("items"));
        WebElement document = broker.element(By.linkText(invoice.getFileName().toString()));
        assertArrayEquals(Files.readAllBytes(invoice), broker.download(document.getAttribute("href").substring(PortalBrowser.PORTAL.length())));
        String declare = broker.element(By.id("document:file-declaration")).getAttribute("href");
        assertTrue(declare.contains("/tw/broker/declaration.xhtml?case="), declare);
        broker.screenshot("tw-broker-certificate");
      }
    }
  }

  /** Korea's exporter and chamber systems apply for and issue a certificate for {@code consignee} in Taiwan; its number. */
  static String issuedForTaiwan(String consignee) throws Exception {
    return ApiClient.issued("kr", ApiClient.krApplication(consignee, "TW", "TW-IMP-53212539", "TWKHH", "INV-BROWSER-1"));
  }
}
