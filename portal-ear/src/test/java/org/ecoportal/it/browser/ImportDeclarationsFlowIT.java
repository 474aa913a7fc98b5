package org.ecoportal.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.ecoportal.it.CaseBrokers;
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
 * Taiwan's broker opens the declaration form for a case its importer assigned to it, finds it
 * pre-filled from the certificate Korea issued, saves a draft, submits it and sees it matched;
 * Taiwan's administrator is told which line of the matching rules is wrong.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ImportDeclarationsFlowIT {

  private static final String FORM = "importDeclaration:";

  @Deployment(testable = false)
  static EnterpriseArchive portal() {
    return PortalDeployment.asBuilt();
  }

  @Test
  void theBrokerDeclaresAnAssignedCaseAndSeesItMatched() throws Exception {
    String invoice = "INV-BROWSER-DECL-" + System.nanoTime();
    UUID caseId = CaseBrokers.assignedInTaiwan(CaseBrokers.issuedForTaiwan(invoice), CaseBrokers.KEELUNG_BROKERS);
    String number = "TW-BR-" + Long.toString(System.nanoTime(), 36).toUpperCase();
    try (PortalBrowser broker = new PortalBrowser()) {
      inEnglish(broker, "broker");
      assertTrue(broker.menuLinks().contains("/tw/broker/declarations.xhtml"), broker.menuLinks().toString());
      broker.open("/tw/broker/declaration.xhtml?case=" + caseId);
      assertEquals("Import declaration", broker.heading());
      assertEquals(CaseBrokers.TAIPEI_HARBOUR, value(broker, FORM + "importerIdentifier"));
      assertEquals("Hanbit Trading Co.", value(broker, FORM + "exporterName"));
      assertEquals("NON-PREF", value(broker, FORM + "agreementCode"));
      assertEquals(invoice, value(broker, FORM + "invoiceReferences"));
      assertEquals("080810", value(broker, FORM + "lines:0:hsCode"));
      assertEquals("KGM", value(broker, FORM + "lines:0:unitCode"));
      assertTrue(value(broker, FORM + "lines:0:quantity_input").startsWith("800"), value(broker, FORM + "lines:0:quantity_input"));
      assertEquals("", value(broker, FORM + "declarationNumber"), "the broker's own number");
      broker.screenshot("tw-broker-declaration-prefilled");

      // Without its number the draft is not saved; the field says why, nothing typed is lost.
      broker.type(FORM + "lines:0:description", "Fresh apples, Fuji");
      broker.click(By.id(FORM + "save"));
      broker.settle();
      WebElement required = broker.waiting().until(
          ExpectedConditions.presenceOfElementLocated(By.cssSelector("[id='" + FORM + "declarationNumber'] ~ .ui-message-error")));
      assertEquals("Required.", required.getText());
      assertEquals("Fresh apples, Fuji", value(broker, FORM + "lines:0:description"));

      broker.type(FORM + "declarationNumber", number);
      broker.click(By.id(FORM + "save"));
      broker.waiting().until(ExpectedConditions.urlContains("id="));
      assertTrue(broker.text("messages").contains(number + " saved as a draft"), broker.text("messages"));
      assertEquals("Draft", broker.text("declaration-status"));
      assertEquals(number, value(broker, FORM + "declarationNumber"));
      assertEquals("Fresh apples, Fuji", value(broker, FORM + "lines:0:description"));

      broker.click(By.id(FORM + "submit"));
      broker.waiting().until(ExpectedConditions.textToBe(By.id("declaration-status"), "Submitted"));
      assertEquals("Matched: clearance with ease", broker.text("match-outcome"));
      assertTrue(broker.text("rules-run").contains("CERTIFICATE_EXISTS") && broker.text("rules-run").contains("LINE_QUANTITY"),
          broker.text("rules-run"));
      assertEquals("None", broker.text("rules-off"));
      assertEquals(number, broker.text("declaration-number"));
      broker.screenshot("tw-broker-declaration-matched");

      broker.click(By.id("back"));
      broker.waiting().until(ExpectedConditions.urlContains("/tw/broker/declarations.xhtml"));
      String list = broker.text("declarations");
      assertTrue(list.contains(number) && list.contains("Submitted") && list.contains("Matched"), list);
      broker.screenshot("tw-broker-declarations");
    }
  }

  @Test
  void theAdministratorIsToldWhichLineOfTheMatchingRulesIsWrong() {
    try (PortalBrowser admin = new PortalBrowser()) {
      inEnglish(admin, "admin");
      assertTrue(admin.menuLinks().contains("/tw/tenant-admin/matching.xhtml"), admin.menuLinks().toString());
      admin.open("/tw/tenant-admin/matching.xhtml");
      assertEquals("Matching rules", admin.heading());
      assertTrue(admin.text("rules").contains("QUANTITY_NOT_EXHAUSTED"), admin.text("rules"));
      admin.type("matching:text", "quantity.tolerance.percent = 5\nvalidity.days = forever\n");
      admin.click(By.id("matching:save"));
      admin.settle();
      String problems = admin.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("matching:text-problems"))).getText();
      assertTrue(problems.contains("line 2:") && problems.contains("validity.days"), problems);
      assertTrue(admin.element(By.id("matching:text")).getAttribute("value").contains("forever"), "typed text kept");
      admin.screenshot("tw-admin-matching-problems");
    }
  }

  private static String value(PortalBrowser browser, String id) {
    return browser.element(By.id(id)).getAttribute("value");
  }

  private static void inEnglish(PortalBrowser browser, String username) {
    browser.signIn("tw", username, DemoUser.PASSWORD);
    browser.click(By.linkText("English"));
    browser.waiting().until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
  }
}
