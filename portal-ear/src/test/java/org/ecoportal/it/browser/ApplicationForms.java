package org.ecoportal.it.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The exporter's application form and the chamber officer's review as people use them: every
 * field typed, the application submitted, then claimed and approved from the queue.
 */
final class ApplicationForms {

  static final String FORM = "application:";

  /** What an exporter applies for: one line of goods for one consignee. */
  record Goods(
      String chamber, String consignee, String address, String country, String identifier, String producer, String agreement,
      String vessel, String loadingPort, String dischargePort, String hsCode, String description, String invoice) {}

  private ApplicationForms() {}

  /** Fills in every field of the open form (40 cartons, 800 kg, invoiced yesterday, shipped in two days). */
  static void fill(PortalBrowser exporter, Goods goods) {
    exporter.type(FORM + "consigneeName", goods.consignee());
    exporter.type(FORM + "consigneeCountry", goods.country());
    exporter.choose(FORM + "chamberId", goods.chamber());
    exporter.type(FORM + "consigneeAddress", goods.address());
    exporter.type(FORM + "consigneeIdentifier", goods.identifier());
    exporter.type(FORM + "producerName", goods.producer());
    exporter.type(FORM + "agreementCode", goods.agreement());
    exporter.type(FORM + "transportMeans", goods.vessel());
    exporter.type(FORM + "departureDate_input", LocalDate.now().plusDays(2).toString());
    exporter.element(By.id(FORM + "departureDate_input")).sendKeys(Keys.TAB);
    exporter.type(FORM + "loadingPort", goods.loadingPort());
    exporter.type(FORM + "dischargePort", goods.dischargePort());
    String line = FORM + "items:0:";
    exporter.type(line + "hsCode", goods.hsCode());
    exporter.type(line + "description", goods.description());
    exporter.type(line + "packageCount_input", "40");
    exporter.type(line + "quantity_input", "800");
    exporter.type(line + "unitCode", "KGM");
    exporter.type(line + "grossWeightKg_input", "860");
    exporter.type(line + "netWeightKg_input", "800");
    exporter.type(line + "originCriterion", "WO");
    exporter.type(line + "invoiceNumber", goods.invoice());
    exporter.type(line + "invoiceDate_input", LocalDate.now().minusDays(1).toString());
    exporter.element(By.id(line + "invoiceDate_input")).sendKeys(Keys.TAB);
    exporter.type(line + "invoiceValue_input", "2400");
    exporter.type(line + "currency", "USD");
    exporter.element(By.id(line + "currency")).sendKeys(Keys.TAB);
  }

  /** Submits the filled form; the application's reference as the exporter's list shows it. */
  static String submit(PortalBrowser exporter, String tenant, String consignee) {
    exporter.click(By.id(FORM + "submit"));
    exporter.settle();
    assertTrue(
        exporter.url().contains("/" + tenant + "/exporter/applications.xhtml"),
        () -> "not submitted: " + exporter.driver().findElements(By.cssSelector(".ui-message-error, .ui-messages-error")).stream()
            .map(e -> e.getAttribute("id") + "=" + e.getText()).toList());
    exporter.waiting().until(ExpectedConditions.urlContains("/" + tenant + "/exporter/applications.xhtml"));
    String table = exporter.text("applications");
    assertTrue(table.contains(consignee) && table.contains("Submitted"), table);
    return exporter.driver().findElement(By.xpath("//tr[contains(., '" + consignee + "')]/td[1]")).getText();
  }

  /** The officer finds the application in the queue, claims and approves it; the certificate number. */
  static String approve(PortalBrowser officer, String reference) {
    officer.click(By.linkText("Application queue"));
    officer.type("queue:text", reference);
    officer.click(By.id("queue:filter"));
    officer.settle();
    officer.click(By.linkText(reference));
    officer.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("review:claim")));
    officer.click(By.id("review:claim"));
    officer.settle();
    officer.click(By.id("review:approve"));
    officer.settle();
    officer.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("certificate-number")));
    return officer.text("certificate-number");
  }
}
