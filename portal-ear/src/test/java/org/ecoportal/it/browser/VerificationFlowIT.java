package org.ecoportal.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.ecoportal.it.PortalDeployment;
import org.ecoportal.it.services.ClearanceFixture;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Taiwan's customs officer asks Korea's chamber, in the browser, to verify the origin of a
 * certificate Korea issued; Korea's chamber officer finds the request among the verification
 * requests and answers it; the answer shows on Taiwan's customs page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class VerificationFlowIT {

  @Deployment(testable = false)
  static EnterpriseArchive portal() {
    EnterpriseArchive ear = PortalDeployment.withTestClasses(ClearanceFixtureServlet.class);
    JavaArchive ejb = ear.getAsType(JavaArchive.class, "portal-ejb.jar");
    ejb.addClasses(ClearanceFixture.class, ClearanceFixture.Declared.class);
    ear.delete("portal-ejb.jar");
    ear.addAsModule(ejb);
    return ear;
  }

  @Test
  void theIssuingChamberAnswersAVerificationRequestAndCustomsReadsTheAnswer() throws Exception {
    String number = ReceivedCertificatesFlowIT.issuedForTaiwan("Taipei Harbour Imports");
    String declaration = declarationQuoting(number);
    String question = "Please confirm the apples of certificate " + number + " were grown in Korea.";
    try (PortalBrowser customs = new PortalBrowser(); PortalBrowser chamber = new PortalBrowser()) {
      customs.signIn("tw", "customs", DemoUser.PASSWORD);
      customs.click(By.linkText("English"));
      customs.waiting().until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
      String page = "/tw/customs-officer/verification.xhtml?declaration=" + declaration;
      customs.open(page);
      assertEquals(number, customs.text("certificate-number"));
      assertEquals("Submitted", customs.text("declaration-status"));
      customs.click(By.id("verification-request:ask"));
      customs.settle();
      assertTrue(customs.text("verification-request").contains("Enter the text."), "the question is required");
      customs.type("verification-request:question", question);
      customs.click(By.id("verification-request:ask"));
      customs.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("origin-verification"),
          "Waiting for the issuing chamber's answer"));
      customs.open(page);
      assertEquals("Verification requested", customs.text("declaration-status"));
      assertTrue(!customs.has(By.id("verification-request:question")), "one request at a time");
      customs.screenshot("tw-customs-verification-requested");

      chamber.signIn("kr", "officer", DemoUser.PASSWORD);
      chamber.click(By.linkText("English"));
      chamber.waiting().until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
      chamber.click(By.cssSelector("nav.portal-menu a[href$='/kr/chamber-officer/verifications.xhtml']"));
      assertEquals("Verification requests", chamber.heading());
      By open = By.cssSelector("a.verification-open[title='" + number + "']");
      new WebDriverWait(chamber.driver(), Duration.ofSeconds(30)).until(d -> {
        chamber.driver().navigate().refresh();
        return chamber.has(open);
      });
      assertTrue(chamber.text("requests").contains(question), chamber.text("requests"));
      chamber.screenshot("kr-chamber-verifications");
      chamber.click(open);
      assertEquals(question, chamber.text("question"));
      chamber.click(By.xpath("//label[normalize-space()='Origin confirmed']"));
      chamber.type("answer:text", "Confirmed: the orchard's harvest records match certificate " + number + ".");
      chamber.click(By.id("answer:send"));
      chamber.waiting().until(ExpectedConditions.textToBe(By.id("result"), "Origin confirmed"));
      assertTrue(chamber.text("answered-by").startsWith("officer"), chamber.text("answered-by"));
      chamber.screenshot("kr-chamber-verification-answered");

      new WebDriverWait(customs.driver(), Duration.ofSeconds(30)).until(d -> {
        customs.driver().navigate().refresh();
        return customs.has(By.cssSelector(".verification-answer"));
      });
      String shown = customs.text("origin-verification");
      assertTrue(shown.contains("Origin confirmed") && shown.contains("the orchard's harvest records match certificate " + number), shown);
      assertTrue(shown.contains("Korea Chamber of Commerce and Industry"), shown);
      assertEquals(1, customs.driver().findElements(By.cssSelector(".verification-question")).size(), "asked once, whatever was reloaded");
      assertTrue(customs.has(By.id("verification-request:question")), "answered: another request may be asked");
      customs.screenshot("tw-customs-verification-answered");
    }
  }

  /** A submitted declaration of Taiwan quoting the certificate, once its import case is open. */
  private static String declarationQuoting(String number) throws Exception {
    String portal = System.getProperty("portal.url", "http://localhost:18080");
    HttpResponse<String> made = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(portal + "/it-fixture/declaration?tenant=tw&number=" + number)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(200, made.statusCode(), made.body());
    return made.body().strip();
  }
}
