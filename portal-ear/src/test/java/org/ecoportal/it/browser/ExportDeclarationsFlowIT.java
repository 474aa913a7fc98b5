package org.ecoportal.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.ecoportal.it.PortalDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Customs records export declarations on the form and from a CSV file, the exporter quotes one on an
 * application with another quantity, and the chamber officer sees the declaration beside the
 * application with the difference highlighted.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ExportDeclarationsFlowIT {

  private static final String FORM = "declaration:";
  private static final String APPLICATION = "application:";
  /** The demo exporter of tenant kr, as customs knows it. */
  private static final String EXPORTER_ID = "KR-EXP-1208145678";
  private static final String EXPORTER_NAME = "Hanbit Trading Co.";

  @Deployment(testable = false)
  static EnterpriseArchive portal() {
    return PortalDeployment.asBuilt();
  }

  @Test
  void customsRecordsDeclarationsAndTheChamberSeesTheDifferences() throws IOException {
    String unique = Long.toString(System.nanoTime() % 1_000_000_000_000L);
    String typed = "KR-ED-T" + unique;
    String firstImported = "KR-ED-F" + unique;
    String secondImported = "KR-ED-G" + unique;
    String consignee = "Auckland Fine Foods Ltd " + unique;

    try (PortalBrowser customs = new PortalBrowser()) {
      inEnglish(customs, "customs");
      customs.click(By.linkText("Export declarations"));
      customs.waiting().until(ExpectedConditions.urlContains("/kr/customs-officer/declarations.xhtml"));
      assertTrue(customs.text("declarations:list").contains("KR-ED-26-000101"), "the demo declaration is listed");
      customs.screenshot("kr-customs-declarations");
      customs.click(By.id("declarations:new-declaration"));
      customs.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id(FORM + "declarationNumber")));

      customs.type(FORM + "declarationNumber", typed);
      customs.type(FORM + "clearanceReference", "KR-CLR-" + unique);
      customs.type(FORM + "exporterIdentifier", EXPORTER_ID);
      customs.type(FORM + "exporterName", EXPORTER_NAME);
      customs.type(FORM + "consigneeName", consignee);
      customs.type(FORM + "consigneeCountry", "XX");
      String line = FORM + "lines:0:";
      customs.type(line + "hsCode", "080810");
      customs.type(line + "description", "Fresh apples, Fuji, class I");
      customs.type(line + "quantity_input", "800");
      customs.type(line + "netWeightKg_input", "800");
      customs.element(By.id(line + "netWeightKg_input")).sendKeys(Keys.TAB);
      customs.click(By.id(FORM + "add-line"));
      customs.settle();
      customs.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id(FORM + "lines:1:hsCode")));
      customs.click(By.cssSelector("[aria-label='Remove line 2']"));
      customs.settle();
      customs.waiting().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("[id^='" + FORM + "lines:'][id$=':hsCode']"), 1));

      customs.click(By.id(FORM + "record"));
      customs.settle();
      WebElement countryMessage =
          customs.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[id='" + FORM + "consigneeCountry'] ~ .ui-message-error")));
      assertEquals("Not an ISO country code.", countryMessage.getText());
      assertTrue(customs.text("messages").contains("Nothing you typed was lost"), customs.text("messages"));
      assertEquals(1, customs.driver().findElements(By.cssSelector(".ui-messages-error")).size(), "the summary is shown once");
      assertEquals(typed, customs.element(By.id(FORM + "declarationNumber")).getAttribute("value"), "typed value kept");
      assertEquals("080810", customs.element(By.id(line + "hsCode")).getAttribute("value"), "typed goods line kept");
      customs.screenshot("kr-customs-declaration-problems");

      customs.type(FORM + "consigneeCountry", "NZ");
      customs.click(By.id(FORM + "record"));
      customs.waiting().until(ExpectedConditions.urlContains("id="));
      assertEquals(typed, customs.text("declaration-number"));
      assertTrue(customs.text("messages").contains(typed + " recorded"), customs.text("messages"));
      assertTrue(customs.text("declaration-lines").contains("Fresh apples, Fuji, class I"), customs.text("declaration-lines"));
      customs.screenshot("kr-customs-declaration-recorded");

      customs.click(By.id("back"));
      customs.waiting().until(ExpectedConditions.urlContains("/kr/customs-officer/declarations.xhtml"));
      customs.type("declarations:number", typed);
      customs.click(By.id("declarations:search"));
      customs.settle();
      customs.waiting().until(ExpectedConditions.not(ExpectedConditions.textToBePresentInElementLocated(By.id("declarations:list"), "KR-ED-26-000101")));
      String list = customs.text("declarations:list");
      assertTrue(list.contains(typed) && list.contains(EXPORTER_NAME), list);
      assertFalse(list.contains("KR-ED-26-000101"), list);
      customs.screenshot("kr-customs-declarations-filtered");

      String header = customs.text("import-header");
      String declaredOn = LocalDate.now().minusDays(1).toString();
      Path bad = Files.createTempFile("declarations-bad", ".csv");
      Files.writeString(
          bad,
          String.join(
              "\n",
              header,
              row(consignee, firstImported, declaredOn, "1", "080810", "Fresh apples", "500"),
              row(consignee, firstImported, declaredOn, "2", "APPLES", "Fresh pears", "300"),
              row(consignee, secondImported, declaredOn, "1", "080810", "Fresh apples, Jazz", "650"),
              ""));
      customs.element(By.cssSelector("#import input[type=file]")).sendKeys(bad.toString());
      customs.click(By.id("import:upload"));
      customs.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("import:import-problems")));
      List<WebElement> problems = customs.driver().findElements(By.cssSelector("[id='import:import-problems'] tbody tr"));
      assertEquals(1, problems.size(), () -> customs.text("import:import-problems"));
      List<String> cells = problems.get(0).findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
      assertEquals("3", cells.get(0), cells::toString);
      assertEquals("hsCode", cells.get(1), cells::toString);
      assertTrue(cells.get(2).startsWith("Not an HS subheading"), cells::toString);
      assertTrue(customs.text("messages").contains("The file was not imported"), customs.text("messages"));
      scrollTo(customs, "import:import-problems");
      customs.screenshot("kr-customs-import-problems");

      Path good = Files.createTempFile("declarations-good", ".csv");
      Files.writeString(good, Files.readString(bad).replace("APPLES", "080810"));
      customs.element(By.cssSelector("#import input[type=file]")).sendKeys(good.toString());
      customs.click(By.id("import:upload"));
      customs.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "2 declaration(s) imported"));
      assertFalse(customs.has(By.id("import:import-problems")), "no problems left");
      customs.type("declarations:number", "KR-ED-");
      customs.click(By.id("declarations:search"));
      customs.settle();
      customs.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("declarations:list"), secondImported));
      String imported = customs.text("declarations:list");
      assertTrue(imported.contains(firstImported) && imported.contains("from a file"), imported);
      customs.screenshot("kr-customs-imported");
    }

    String reference;
    try (PortalBrowser exporter = new PortalBrowser()) {
      inEnglish(exporter, "exporter");
      exporter.click(By.linkText("Applications"));
      exporter.click(By.id("new-application"));
      exporter.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id(APPLICATION + "consigneeName")));
      exporter.type(APPLICATION + "consigneeName", consignee);
      exporter.type(APPLICATION + "consigneeCountry", "NZ");
      exporter.click(By.id(APPLICATION + "save"));
      exporter.settle();
      exporter.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "saved"));

      Path invoice = Files.createTempFile("invoice", ".pdf");
      Files.writeString(invoice, "%PDF-1.4\n%%EOF\n");
      exporter.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#attachments input[type=file]")))
          .sendKeys(invoice.toString());
      exporter.click(By.id("attachments:upload"));
      exporter.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("attachment-list"), invoice.getFileName().toString()));

      exporter.choose(APPLICATION + "chamberId", "Korea Chamber of Commerce and Industry");
      exporter.type(APPLICATION + "consigneeAddress", "25 Queen Street, Auckland");
      exporter.type(APPLICATION + "consigneeIdentifier", "NZBN-9429041000001");
      exporter.type(APPLICATION + "producerName", EXPORTER_NAME);
      exporter.type(APPLICATION + "agreementCode", ApplicationAgreements.NZ_KR);
      exporter.type(APPLICATION + "transportMeans", "HMM OSLO 0031E");
      exporter.type(APPLICATION + "departureDate_input", LocalDate.now().plusDays(2).toString());
      exporter.element(By.id(APPLICATION + "departureDate_input")).sendKeys(Keys.TAB);
      exporter.type(APPLICATION + "loadingPort", "KRPUS");
      exporter.type(APPLICATION + "dischargePort", "NZAKL");
      exporter.type(APPLICATION + "exportDeclarationNumber", typed);
      String item = APPLICATION + "items:0:";
      exporter.type(item + "hsCode", "080810");
      exporter.type(item + "description", "Fresh apples, Fuji, class I");
      exporter.type(item + "packageCount_input", "40");
      exporter.type(item + "quantity_input", "750");
      exporter.type(item + "unitCode", "KGM");
      exporter.type(item + "grossWeightKg_input", "860");
      exporter.type(item + "netWeightKg_input", "800");
      exporter.type(item + "originCriterion", "WO");
      exporter.type(item + "invoiceNumber", "HB-2026-" + unique);
      exporter.type(item + "invoiceDate_input", LocalDate.now().minusDays(1).toString());
      exporter.element(By.id(item + "invoiceDate_input")).sendKeys(Keys.TAB);
      exporter.type(item + "invoiceValue_input", "2400");
      exporter.type(item + "currency", "USD");
      exporter.element(By.id(item + "currency")).sendKeys(Keys.TAB);
      exporter.click(By.id(APPLICATION + "submit"));
      exporter.settle();
      assertTrue(
          exporter.url().contains("/kr/exporter/applications.xhtml"),
          () -> "not submitted: " + exporter.driver().findElements(By.cssSelector(".ui-message-error, .ui-messages-error")).stream()
              .map(e -> e.getAttribute("id") + "=" + e.getText()).toList());
      reference =
          exporter.driver().findElement(By.xpath("//table//tr[td[contains(., 'Submitted')]][contains(., '" + consignee + "')]/td[1]")).getText();
      exporter.screenshot("kr-exporter-application-submitted");
    }

    try (PortalBrowser officer = new PortalBrowser()) {
      inEnglish(officer, "officer");
      officer.click(By.linkText("Application queue"));
      officer.type("queue:text", reference);
      officer.click(By.id("queue:filter"));
      officer.settle();
      officer.click(By.linkText(reference));
      officer.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("review:export-declaration")));
      assertTrue(officer.text("declaration-number").startsWith(typed), officer.text("declaration-number"));
      List<WebElement> differences = officer.driver().findElements(By.cssSelector("[id='review:declaration-differences'] tr.difference"));
      assertEquals(1, differences.size(), () -> officer.text("review:export-declaration"));
      String difference = differences.get(0).getText();
      assertTrue(difference.contains("Quantity") && difference.contains("750") && difference.contains("800"), difference);
      scrollTo(officer, "review:export-declaration");
      officer.screenshot("kr-officer-review-declaration");
    }
  }

  /** Signs in as this user of tenant kr, which opens in Korean, and switches to English. */
  private static void inEnglish(PortalBrowser browser, String username) {
    browser.signIn("kr", username, DemoUser.PASSWORD);
    browser.click(By.linkText("English"));
    browser.waiting().until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
  }

  private static void scrollTo(PortalBrowser browser, String id) {
    ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView()", browser.driver().findElement(By.id(id)));
  }

  /** A row of the import file: the declaration's columns, then one goods line of {@code quantity} kilograms. */
  private static String row(String consignee, String number, String declaredOn, String lineNumber, String hsCode, String description, String quantity) {
    return String.join(
        ",", number, "", declaredOn, EXPORTER_ID, EXPORTER_NAME, "\"" + consignee + "\"", "NZ", lineNumber, hsCode, "\"" + description + "\"", quantity,
        "KGM", quantity);
  }
}
