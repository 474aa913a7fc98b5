package org.ecoportal.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Both lanes end to end, as their users work them in the browser. Korea → Taiwan: the exporter
 * applies, the officer approves, the certificate crosses; the importer accepts it and names its
 * broker, the broker declares, the declaration matches, customs clears it, and the exporter sees
 * the clearance on the certificate's timeline. New Zealand → China: a declaration that agrees with
 * its certificate is matched and cleared with ease; one that does not goes to the officer, who asks
 * New Zealand's chamber to verify the origin, reads the answer and refuses the preference.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ClearanceLanesIT {

  private static final String DECLARATION = "importDeclaration:";
  private static final Duration DELIVERY = Duration.ofSeconds(45);

  @Deployment(testable = false)
  static EnterpriseArchive portal() {
    return PortalDeployment.asBuilt();
  }

  @Test
  void koreaIssuesTaiwanDeclaresMatchesAndClears() throws Exception {
    String lane = Long.toString(System.nanoTime(), 36).toUpperCase();
    String consignee = "Taipei Harbour Imports (lane " + lane + ")";
    String reference;
    try (PortalBrowser exporter = inEnglish("kr", "exporter")) {
      exporter.click(By.linkText("Applications"));
      exporter.click(By.id("new-application"));
      exporter.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id(ApplicationForms.FORM + "consigneeName")));
      ApplicationForms.fill(exporter, new ApplicationForms.Goods("Korea Chamber of Commerce and Industry", consignee, "88 Harbour Road, Keelung",
          "TW", "TW-IMP-53212539", "Hanbit Orchards", "NON-PREF", "HMM ALGECIRAS 0012E", "KRPUS", "TWKHH", "080810",
          "Fresh apples, Fuji, class I", "INV-LANE-" + lane));
      reference = ApplicationForms.submit(exporter, "kr", consignee);
    }
    String number;
    try (PortalBrowser officer = inEnglish("kr", "officer")) {
      number = ApplicationForms.approve(officer, reference);
      assertTrue(number.matches("KR-\\d{4}-\\d{6}"), number);
    }

    importerAcceptsAndNamesBroker("tw", number, "Keelung Customs Brokers · TW-BRK-0233");
    String declaration = "TW-LANE-" + lane;
    assertEquals("Matched: clearance with ease", brokerDeclares("tw", number, declaration, null));

    try (PortalBrowser customs = inEnglish("tw", "customs")) {
      openInQueue(customs, "tw", declaration);
      assertTrue(customs.text("clearance:declarations").contains("Clearance with ease"), customs.text("clearance:declarations"));
      customs.click(By.linkText(declaration));
      customs.waiting().until(ExpectedConditions.urlContains("/tw/customs-officer/clearance-declaration.xhtml"));
      decide(customs, "clear", null, "Cleared");
      customs.driver().navigate().refresh();
      String timeline = customs.text("certificate-timeline");
      for (String step : new String[] {"Issued", "Received", "Accepted by the importer", "Customs broker named", "Import declaration submitted",
          "Matched: clearance with ease", "Cleared, preference granted"}) {
        assertTrue(timeline.contains(step), step + " in " + timeline);
      }
      assertTrue(timeline.contains("KR") && timeline.contains("TW"), "both economies: " + timeline);
      customs.screenshot("lane-tw-customs-cleared");
    }

    // Korea learns what became of its certificate: the clearance reaches the exporter's timeline.
    try (PortalBrowser exporter = inEnglish("kr", "exporter")) {
      exporter.click(By.linkText("Applications"));
      exporter.click(By.linkText(reference));
      new WebDriverWait(exporter.driver(), DELIVERY).until(d -> {
        exporter.driver().navigate().refresh();
        return exporter.has(By.id("certificate-timeline")) && exporter.text("certificate-timeline").contains("Cleared, preference granted");
      });
      String timeline = exporter.text("certificate-timeline");
      assertTrue(timeline.contains("Applied for") && timeline.contains("Approved and signed") && timeline.contains("Delivered"), timeline);
      exporter.screenshot("lane-kr-exporter-timeline");

      // the exporter's dashboard counts the certificate and charts the last days
      exporter.open("/kr/exporter/dashboard.xhtml");
      exporter.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[id$='trend-chart'] canvas")));
      assertTrue(Long.parseLong(exporter.text("figure-issued")) >= 1, exporter.text("figure-issued"));
      exporter.screenshot("lane-kr-exporter-dashboard");
    }
  }

  @Test
  void newZealandToChinaMatchesOneWithEaseAndVerifiesTheOther() throws Exception {
    String lane = Long.toString(System.nanoTime(), 36).toUpperCase();
    String agreeing = issuedForChina("INV-NZ-A-" + lane);
    String differing = issuedForChina("INV-NZ-B-" + lane);
    importerAcceptsAndNamesBroker("cn", agreeing, "Ningbo Customs Brokerage · CN-BRK-0571");
    importerAcceptsAndNamesBroker("cn", differing, "Ningbo Customs Brokerage · CN-BRK-0571");
    assertEquals("Matched: clearance with ease", brokerDeclares("cn", agreeing, "CN-A-" + lane, null));
    assertTrue(brokerDeclares("cn", differing, "CN-B-" + lane, "900").startsWith("Differences found"));

    String question = "Were the apples of " + differing + " grown and packed in New Zealand?";
    try (PortalBrowser customs = inEnglish("cn", "customs")) {
      openInQueue(customs, "cn", "CN-A-" + lane);
      assertTrue(customs.text("clearance:declarations").contains("Clearance with ease"), customs.text("clearance:declarations"));
      customs.click(By.linkText("CN-A-" + lane));
      customs.waiting().until(ExpectedConditions.urlContains("/cn/customs-officer/clearance-declaration.xhtml"));
      decide(customs, "clear", null, "Cleared");

      openInQueue(customs, "cn", "CN-B-" + lane);
      assertTrue(customs.text("clearance:declarations").contains("difference(s)"), customs.text("clearance:declarations"));
      customs.click(By.linkText("CN-B-" + lane));
      customs.waiting().until(ExpectedConditions.urlContains("/cn/customs-officer/clearance-declaration.xhtml"));
      String reasons = customs.text("decide:differences");
      assertTrue(reasons.contains("900"), reasons);
      customs.type("verification-request:question", question);
      customs.click(By.id("verification-request:ask"));
      customs.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("origin-verification"),
          "Waiting for the issuing chamber's answer"));
      customs.screenshot("lane-cn-customs-verification-asked");
    }

    try (PortalBrowser chamber = inEnglish("nz", "officer")) {
      chamber.click(By.cssSelector("nav.portal-menu a[href$='/nz/chamber-officer/verifications.xhtml']"));
      By open = By.cssSelector("a.verification-open[title='" + differing + "']");
      new WebDriverWait(chamber.driver(), DELIVERY).until(d -> {
        chamber.driver().navigate().refresh();
        return chamber.has(open);
      });
      chamber.click(open);
      assertEquals(question, chamber.text("question"));
      chamber.click(By.xpath("//label[normalize-space()='Origin confirmed']"));
      chamber.type("answer:text", "Grown and packed by Kiwi Orchards Ltd, Hawke's Bay; 800 kg were certified.");
      chamber.click(By.id("answer:send"));
      chamber.waiting().until(ExpectedConditions.textToBe(By.id("result"), "Origin confirmed"));

      chamber.open("/nz/chamber-officer/dashboard.xhtml");
      chamber.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[id$='trend-chart'] canvas")));
      assertTrue(Long.parseLong(chamber.text("figure-approved")) >= 2, "both certificates approved: " + chamber.text("figure-approved"));
    }

    try (PortalBrowser customs = inEnglish("cn", "customs")) {
      openInQueue(customs, "cn", "CN-B-" + lane);
      customs.click(By.linkText("CN-B-" + lane));
      customs.waiting().until(ExpectedConditions.urlContains("/cn/customs-officer/clearance-declaration.xhtml"));
      new WebDriverWait(customs.driver(), DELIVERY).until(d -> {
        customs.driver().navigate().refresh();
        return customs.has(By.cssSelector(".verification-answer"));
      });
      assertTrue(customs.text("origin-verification").contains("800 kg were certified"), customs.text("origin-verification"));
      decide(customs, "refuse", "900 kg declared, the certificate covers 800 kg", "Preference refused");
      customs.driver().navigate().refresh();
      String timeline = customs.text("certificate-timeline");
      assertTrue(timeline.contains("Origin verification requested") && timeline.contains("Origin verification answered")
          && timeline.contains("Preference refused"), timeline);
      customs.screenshot("lane-cn-customs-preference-refused");
    }
  }

  private static PortalBrowser inEnglish(String tenant, String username) {
    PortalBrowser browser = new PortalBrowser();
    browser.signIn(tenant, username, DemoUser.PASSWORD);
    browser.click(By.linkText("English"));
    browser.waiting().until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
    return browser;
  }

  /** The importer finds the delivered certificate in its inbox, accepts it and names its broker. */
  private static void importerAcceptsAndNamesBroker(String tenant, String number, String broker) {
    try (PortalBrowser importer = inEnglish(tenant, "importer")) {
      importer.open("/" + tenant + "/importer/certificates.xhtml");
      new WebDriverWait(importer.driver(), DELIVERY).until(d -> {
        importer.driver().navigate().refresh();
        return importer.text("certificates").contains(number);
      });
      importer.click(By.linkText(number));
      importer.waiting().until(ExpectedConditions.urlContains("/" + tenant + "/importer/certificate.xhtml"));
      importer.click(By.id("document:accept"));
      importer.waiting().until(ExpectedConditions.textToBe(By.id("case-status"), "Accepted"));
      new Select(importer.element(By.id("broker:brokerId"))).selectByVisibleText(broker);
      importer.click(By.id("broker:assign"));
      importer.waiting().until(ExpectedConditions.textToBe(By.id("case-broker"), broker.substring(0, broker.indexOf(" · "))));
    }
  }

  /**
   * The broker opens the certificate assigned to it, files the pre-filled declaration under its own
   * number (the first line's quantity changed when {@code quantity} is given) and submits it; the match outcome.
   */
  private static String brokerDeclares(String tenant, String number, String declaration, String quantity) {
    try (PortalBrowser broker = inEnglish(tenant, "broker")) {
      broker.open("/" + tenant + "/broker/certificates.xhtml");
      broker.click(By.linkText(number));
      broker.waiting().until(ExpectedConditions.urlContains("/" + tenant + "/broker/certificate.xhtml"));
      broker.click(By.id("document:file-declaration"));
      broker.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id(DECLARATION + "declarationNumber")));
      broker.type(DECLARATION + "declarationNumber", declaration);
      if (quantity != null) {
        WebElement declared = broker.element(By.id(DECLARATION + "lines:0:quantity_input"));
        declared.sendKeys(Keys.chord(Keys.CONTROL, "a"), quantity, Keys.TAB);
        assertTrue(declared.getAttribute("value").startsWith(quantity), declared.getAttribute("value"));
      }
      broker.click(By.id(DECLARATION + "submit"));
      broker.waiting().until(ExpectedConditions.textToBe(By.id("declaration-status"), "Submitted"));
      broker.screenshot("lane-" + tenant + "-broker-" + declaration);
      return broker.text("match-outcome");
    }
  }

  private static void openInQueue(PortalBrowser customs, String tenant, String declaration) {
    customs.open("/" + tenant + "/customs-officer/clearance.xhtml");
    customs.type("clearance:text", declaration);
    customs.click(By.id("clearance:filter"));
    customs.settle();
    customs.waiting().until(d -> customs.text("clearance:declarations").contains(declaration));
  }

  /** Clicks the decision, confirms it, and waits for the declaration's new status. */
  private static void decide(PortalBrowser customs, String button, String reason, String status) {
    if (reason != null) {
      customs.type("decide:reason", reason);
    }
    customs.click(By.id("decide:" + button));
    customs.click(By.id("decide:confirm-yes"));
    customs.settle();
    customs.waiting().until(ExpectedConditions.textToBe(By.id("declaration-status"), status));
  }

  /** New Zealand's exporter and chamber systems apply for and issue a certificate for China's demo importer; its number. */
  private static String issuedForChina(String invoice) throws Exception {
    return ApiClient.issued("nz", ApiClient.applicationJson("cd3fbb99-a5e6-5d23-b231-e137e64a7a6f", "Shenzhen Pearl Import Co., Ltd.", "CN",
        "CN-IMP-91440300MA5F", "CN-NZ-FTA", "NZAKL", "CNSHA", invoice));
  }
}
