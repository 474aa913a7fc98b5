package org.ecoportal.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;
import org.ecoportal.infrastructure.signing.ChamberKeys;
import org.ecoportal.infrastructure.signing.SignatureCheck;
import org.ecoportal.infrastructure.ubl.CertificateOfOriginDocument;
import org.ecoportal.it.PortalDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The exporter fills in and submits an application in the browser, the chamber officer claims and
 * approves it, and the exporter sees the certificate number.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApplicationFlowIT {

  private static final String FORM = ApplicationForms.FORM;

  @Deployment(testable = false)
  static EnterpriseArchive portal() {
    return PortalDeployment.asBuilt();
  }

  /** "%PDF-" as it starts a base64-encoded attachment. */
  private static final String PDF_IN_BASE64 = "JVBERi0";

  /**
   * Waits up to 15 s for a mail mentioning {@code text} in the test mail server's inbox of
   * {@code address}; the inbox as the mail server's API gives it (raw messages included), or
   * {@code null}.
   */
  private static String mailFor(String address, String text) {
    java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
    long deadline = System.nanoTime() + java.time.Duration.ofSeconds(15).toNanos();
    while (System.nanoTime() < deadline) {
      try {
        String inbox =
            http.send(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:18025/api/user/" + address + "/messages/INBOX")).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString())
                .body();
        if (inbox.contains(text)) {
          return inbox;
        }
        Thread.sleep(300);
      } catch (java.io.IOException e) {
        throw new IllegalStateException("The test mail server does not answer", e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return null;
      }
    }
    return null;
  }

  @Test
  void anExporterAppliesAndTheChamberIssues() throws java.io.IOException {
    String consignee = "Auckland Fine Foods Ltd " + System.nanoTime();
    String reference;
    try (PortalBrowser exporter = new PortalBrowser()) {
      exporter.signIn("nz", "exporter", DemoUser.PASSWORD);
      exporter.click(By.linkText("Applications"));
      exporter.click(By.id("new-application"));
      exporter.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id(FORM + "consigneeName")));

      exporter.type(FORM + "consigneeName", consignee);
      exporter.type(FORM + "consigneeCountry", "KR");
      exporter.click(By.id(FORM + "save"));
      exporter.settle();
      exporter.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "saved"));

      java.nio.file.Path invoice = java.nio.file.Files.createTempFile("invoice", ".pdf");
      java.nio.file.Files.writeString(invoice, "%PDF-1.4\n%%EOF\n");
      exporter.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#attachments input[type=file]")))
          .sendKeys(invoice.toString());
      exporter.click(By.id("attachments:upload"));
      exporter.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("attachment-list"), invoice.getFileName().toString()));

      exporter.click(By.id(FORM + "submit"));
      exporter.settle();
      exporter.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[id='" + FORM + "consigneeAddress'] ~ .ui-message, .portal-field .ui-message-error")));
      assertTrue(exporter.text("messages").contains("Nothing you typed was lost"), exporter.text("messages"));
      assertEquals(consignee, exporter.element(By.id(FORM + "consigneeName")).getAttribute("value"), "typed value kept");
      exporter.screenshot("nz-exporter-application-problems");

      ApplicationForms.fill(exporter, new ApplicationForms.Goods("Auckland Chamber of Commerce", consignee, "12 Teheran-ro, Seoul", "KR",
          "KR-IMP-2208112345", "Kiwi Orchards Ltd", ApplicationAgreements.NZ_KR, "MAERSK KOWLOON 612N", "NZAKL", "KRPUS", "080810",
          "Fresh apples, Jazz variety", "KOE-2026-118"));
      reference = ApplicationForms.submit(exporter, "nz", consignee);
      exporter.screenshot("nz-exporter-applications");
    }

    try (PortalBrowser officer = new PortalBrowser()) {
      officer.signIn("nz", "officer", DemoUser.PASSWORD);
      String number = ApplicationForms.approve(officer, reference);
      assertTrue(number.matches("NZ-\\d{4}-\\d{6}"), number);
      assertEquals("Approved", officer.text("application-status"));
      officer.screenshot("nz-officer-approved");

      String mail = mailFor("exporter@nz.eco.example", number);
      assertNotNull(mail, "the exporter is told by e-mail");
      assertTrue(mail.contains(number + ".pdf") && mail.contains(PDF_IN_BASE64), "the mail carries the certificate's PDF");
      String review = officer.url();

      // The signed XML as the chamber downloads it: valid UBL 2.1, signed with the chamber's key.
      byte[] xml = officer.download("/nz/certificates/" + number + ".xml");
      CertificateOfOriginDocument ubl = new CertificateOfOriginDocument();
      assertEquals(List.of(), ubl.validate(xml));
      assertEquals(number, ubl.read(xml).certificateNumber());
      assertEquals("KR-IMP-2208112345", ubl.read(xml).consignee().identifier());
      X509Certificate chamber =
          ChamberKeys.load(Path.of("target/test-server/data/chamber-keys/NZ-CHB-ACC.p12"), "development".toCharArray()).certificate();
      SignatureCheck.Result signature = new SignatureCheck().verify(xml, chamber);
      assertTrue(signature.valid(), String.valueOf(signature.failure()));
      byte[] pdf = officer.download("/nz/certificates/" + number + ".pdf");
      assertEquals("%PDF-", new String(pdf, 0, 5, StandardCharsets.US_ASCII));

      // Anyone can check the file on the public page.
      Path file = Files.createTempFile(number, ".xml");
      Files.write(file, xml);
      officer.open("/site/public/verify.xhtml");
      officer.element(By.id("document-check:document")).sendKeys(file.toString());
      officer.click(By.id("document-check:check-document"));
      officer.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("document-verdict-text")));
      assertTrue(officer.text("document-verdict-text").startsWith("Authentic"), officer.text("document-verdict-text"));
      Files.writeString(file, new String(xml, StandardCharsets.UTF_8).replace("Kiwi Orchards Ltd", "Kiwi Orchards Co"));
      officer.open("/site/public/verify.xhtml");
      officer.element(By.id("document-check:document")).sendKeys(file.toString());
      officer.click(By.id("document-check:check-document"));
      officer.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("document-verdict-text")));
      assertTrue(officer.text("document-verdict-text").startsWith("Altered"), officer.text("document-verdict-text"));
      officer.screenshot("verify-altered-file");
      officer.open("/site/public/verify.xhtml?number=" + number);
      assertTrue(officer.text("verdict-text").startsWith("Valid"), officer.text("verdict-text"));
      assertEquals(number, officer.text("verified-number"));

      officer.driver().get(review);
      officer.type("review:certificate-reason", "Consignee address corrected");
      officer.click(By.id("review:replace"));
      officer.settle();
      officer.waiting().until(ExpectedConditions.not(ExpectedConditions.textToBe(By.id("certificate-number"), number)));
      String replacement = officer.text("certificate-number");
      officer.open("/site/public/verify.xhtml?number=" + number);
      assertTrue(officer.text("verdict-text").startsWith("Replaced"), officer.text("verdict-text"));
      assertEquals(replacement, officer.text("replaced-by"));

      officer.driver().get(review);
      officer.type("review:certificate-reason", "Goods found not to originate");
      officer.click(By.id("review:revoke"));
      officer.settle();
      officer.waiting().until(ExpectedConditions.textToBe(By.id("certificate-status"), "Revoked"));
      officer.open("/site/public/verify.xhtml?number=" + replacement);
      assertTrue(officer.text("verdict-text").startsWith("Revoked"), officer.text("verdict-text"));
      officer.screenshot("verify-revoked");
    }

    try (PortalBrowser exporter = new PortalBrowser()) {
      exporter.signIn("nz", "exporter", DemoUser.PASSWORD);
      exporter.click(By.linkText("Certificates"));
      exporter.waiting().until(ExpectedConditions.urlContains("/nz/exporter/certificates.xhtml"));
      exporter.type("number", "NZ-");
      exporter.click(By.id("find"));
      exporter.waiting().until(ExpectedConditions.urlContains("number=NZ-"));
      String certificates = exporter.text("certificates");
      assertTrue(certificates.contains("Replaced") && certificates.contains("Revoked"), certificates);
    }
  }
}
