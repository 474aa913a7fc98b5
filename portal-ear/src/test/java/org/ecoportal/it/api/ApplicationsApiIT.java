package org.ecoportal.it.api;

import static org.ecoportal.it.ApiClient.field;
import static org.ecoportal.it.ApiClient.token;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.ecoportal.domain.model.certificate.CertificateContent;
import org.ecoportal.infrastructure.ubl.CertificateOfOriginDocument;
import org.ecoportal.it.ApiClient;
import org.ecoportal.it.PortalDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The exporter's software submits applications through the REST API with a Keycloak client
 * credentials token: JSON and UBL XML, with the screens' checks and precise error answers; other
 * tenants, roles and anonymous callers get nothing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class ApplicationsApiIT {

  static final String PORTAL = "http://localhost:18080";
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final String KR_CHAMBER_ID = "80f757d1-16b3-574a-8131-29b0871ea04c";

  @Deployment(testable = false)
  static EnterpriseArchive portal() {
    return PortalDeployment.asBuilt();
  }

  static HttpResponse<String> call(String method, String path, String token, String contentType, byte[] body) throws Exception {
    return ApiClient.call(method, path, token, contentType, body);
  }

  private static String json(String consignee, String hsCode) {
    return """
        {"chamberId":"%s","consigneeName":"%s","consigneeAddress":"12 Quay Street, Auckland","consigneeCountry":"NZ",
         "consigneeIdentifier":"NZ-IMP-9429047654321","producerName":"Hanbit Orchards","agreementCode":"KR-NZ-FTA","preferential":true,
         "transportMode":"1","transportMeans":"HMM ALGECIRAS 0012E","departureDate":"%s","loadingPort":"KRPUS","dischargePort":"NZAKL",
         "remarks":"Keep refrigerated","exportDeclarationNumber":"KR-ED-2026-0001",
         "items":[{"hsCode":"%s","description":"Fresh apples, Fuji","marks":"HANBIT/AKL/1-40","packageCount":40,"packageType":"CT",
                   "quantity":800,"unitCode":"KGM","grossWeightKg":860,"netWeightKg":800,"originCriterion":"WO",
                   "invoiceNumber":"INV-API-1","invoiceDate":"%s","invoiceValue":2400.00,"currency":"USD"}]}
        """.formatted(KR_CHAMBER_ID, consignee, LocalDate.now().plusDays(2), hsCode, LocalDate.now().minusDays(1));
  }

  private static int count(String body, String text) {
    return body.split(Pattern.quote(text), -1).length - 1;
  }

  @Test
  void anExportersSystemSubmitsJsonAndFollowsItsApplication() throws Exception {
    String token = token("kr", "exporter-system");
    HttpResponse<String> chambers = call("GET", "/kr/api/applications/chambers", token, null, null);
    assertEquals(200, chambers.statusCode(), chambers.body());
    assertTrue(chambers.body().contains("KR-CHB-KCCI"), chambers.body());

    String consignee = "API Fine Foods " + System.nanoTime();
    HttpResponse<String> created = call("POST", "/kr/api/applications", token, "application/json", json(consignee, "080810").getBytes(StandardCharsets.UTF_8));
    assertEquals(201, created.statusCode(), created.body());
    assertTrue(created.body().contains("\"status\":\"SUBMITTED\""), created.body());
    String location = created.headers().firstValue("Location").orElseThrow();
    assertTrue(location.startsWith(PORTAL + "/kr/api/applications/"), location);

    HttpResponse<String> followed = call("GET", location.substring(PORTAL.length()), token, null, null);
    assertEquals(200, followed.statusCode(), followed.body());
    assertTrue(followed.body().contains("Korea Chamber of Commerce and Industry"), followed.body());

    // Another tenant's system does not find it; a customs system may not submit.
    String elsewhere = location.substring(PORTAL.length()).replace("/kr/", "/tw/");
    assertEquals(404, call("GET", elsewhere, token("tw", "exporter-system"), null, null).statusCode());
    HttpResponse<String> customs = call("POST", "/kr/api/applications", token("kr", "customs-system"), "application/json", json(consignee, "080810").getBytes(StandardCharsets.UTF_8));
    assertEquals(403, customs.statusCode(), customs.body());
    assertTrue(customs.body().contains("\"status\":403"), customs.body());
  }

  @Test
  void badInputGetsEveryProblemByFieldAndStoresNothing() throws Exception {
    String token = token("kr", "exporter-system");
    String before = call("GET", "/kr/api/applications", token, null, null).body();
    String consignee = "API Refused Ltd " + System.nanoTime();

    HttpResponse<String> refused = call("POST", "/kr/api/applications", token, "application/json",
        json(consignee, "999999").replace("\"consigneeAddress\":\"12 Quay Street, Auckland\"", "\"consigneeAddress\":null")
            .getBytes(StandardCharsets.UTF_8));
    assertEquals(422, refused.statusCode(), refused.body());
    assertTrue(refused.body().contains("\"field\":\"items[0].hsCode\""), refused.body());
    assertTrue(refused.body().contains("\"field\":\"consigneeAddress\""), refused.body());
    assertTrue(refused.body().contains("\"message\":\"999999"), "the problem is worded for people: " + refused.body());

    HttpResponse<String> unapproved = call("POST", "/kr/api/applications", token, "application/json", json(consignee, "010121").getBytes(StandardCharsets.UTF_8));
    assertEquals(422, unapproved.statusCode(), unapproved.body());
    assertTrue(unapproved.body().contains("application.error.goodsNotApproved"), unapproved.body());

    HttpResponse<String> malformed = call("POST", "/kr/api/applications", token, "application/json", "{\"consigneeName\": ".getBytes(StandardCharsets.UTF_8));
    assertEquals(400, malformed.statusCode(), malformed.body());
    assertTrue(malformed.body().contains("could not be read"), malformed.body());

    HttpResponse<String> notUbl = call("POST", "/kr/api/applications", token, "application/xml", "<Invoice xmlns=\"urn:x\"/>".getBytes(StandardCharsets.UTF_8));
    assertEquals(422, notUbl.statusCode(), notUbl.body());
    assertTrue(notUbl.body().contains("\"field\":\"document\""), notUbl.body());

    HttpResponse<String> xxe = call("POST", "/kr/api/applications", token, "application/xml",
        "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>".getBytes(StandardCharsets.UTF_8));
    assertEquals(422, xxe.statusCode(), xxe.body());
    assertTrue(!xxe.body().contains("root:"), "no external entity is read");

    String after = call("GET", "/kr/api/applications", token, null, null).body();
    assertEquals(count(before, "\"reference\""), count(after, "\"reference\""), "nothing stored");
    assertTrue(!after.contains(consignee));
  }

  @Test
  void anExportersSystemSubmitsAUblCertificateOfOriginDocument() throws Exception {
    String token = token("kr", "exporter-system");
    String consignee = "UBL Fine Foods " + System.nanoTime();
    CertificateContent.Party chamber = new CertificateContent.Party("Korea Chamber of Commerce and Industry", "KR-CHB-KCCI", null, null, null, "KR");
    CertificateContent.Party exporter = new CertificateContent.Party("Hanbit Trading Co.", "KR-EXP-1208145678", "12 Teheran-ro", "Seoul", "06236", "KR");
    CertificateContent.Party buyer = new CertificateContent.Party(consignee, "NZ-IMP-9429047654321", "12 Quay Street", "Auckland", "1010", "NZ");
    CertificateContent.Item apples = new CertificateContent.Item(1, "080810", "Fresh apples, Fuji", "HANBIT/AKL/1-40", 40, "CT", new BigDecimal("800"), "KGM",
        new BigDecimal("860"), new BigDecimal("800"), "WO", "INV-UBL-1", LocalDate.now().minusDays(1), new BigDecimal("2400.00"), "USD");
    CertificateContent content = new CertificateContent("HANBIT-REQ-0001", LocalDate.now(), chamber, exporter, exporter, buyer, "KR", "NZ", "KR-NZ-FTA",
        "Korea–New Zealand FTA", true,
        new CertificateContent.Transport("1", "HMM ALGECIRAS 0012E", LocalDate.now().plusDays(2), "KRPUS", "NZAKL", null),
        List.of(apples), null, PORTAL + "/site/public/verify.xhtml", null);
    byte[] document = new CertificateOfOriginDocument().write(content);

    HttpResponse<String> created = call("POST", "/kr/api/applications", token, "application/xml", document);
    assertEquals(201, created.statusCode(), created.body());
    assertTrue(created.body().contains("\"status\":\"SUBMITTED\""), created.body());

    CertificateContent someoneElse = new CertificateContent("X-1", LocalDate.now(), chamber,
        new CertificateContent.Party("Other Co.", "KR-EXP-0000000000", null, null, null, "KR"), exporter, buyer, "KR", "NZ", "KR-NZ-FTA", null, true,
        content.transport(), List.of(apples), null, null, null);
    HttpResponse<String> refused = call("POST", "/kr/api/applications", token, "application/xml", new CertificateOfOriginDocument().write(someoneElse));
    assertEquals(422, refused.statusCode(), refused.body());
    assertTrue(refused.body().contains("\"field\":\"exporter\""), refused.body());
  }

  @Test
  void aChamberSystemClaimsAndApprovesAndAStaleDecisionIsRefused() throws Exception {
    String created = call("POST", "/kr/api/applications", token("kr", "exporter-system"), "application/json",
        json("API Queue Foods " + System.nanoTime(), "080810").getBytes(StandardCharsets.UTF_8)).body();
    String id = field(created, "id");
    String chamber = token("kr", "chamber-system");
    String open = call("GET", "/kr/api/queue/" + id, chamber, null, null).body();
    String version = field(open, "version");

    HttpResponse<String> claimed = call("POST", "/kr/api/queue/" + id + "/claim", chamber, "application/json", ("{\"version\":" + version + "}").getBytes(StandardCharsets.UTF_8));
    assertEquals(200, claimed.statusCode(), claimed.body());
    assertTrue(claimed.body().contains("\"claimedBy\":\"service-account-chamber-system\""), claimed.body());
    HttpResponse<String> stale = call("POST", "/kr/api/queue/" + id + "/approve", chamber, "application/json", ("{\"version\":" + version + "}").getBytes(StandardCharsets.UTF_8));
    assertEquals(409, stale.statusCode(), "a decision on an old version: " + stale.body());
    HttpResponse<String> noVersion = call("POST", "/kr/api/queue/" + id + "/approve", chamber, "application/json", "{}".getBytes(StandardCharsets.UTF_8));
    assertEquals(422, noVersion.statusCode(), noVersion.body());

    HttpResponse<String> approved = call("POST", "/kr/api/queue/" + id + "/approve", chamber, "application/json",
        ("{\"version\":" + field(claimed.body(), "version") + "}").getBytes(StandardCharsets.UTF_8));
    assertEquals(200, approved.statusCode(), approved.body());
    assertTrue(approved.body().matches("(?s).*\"certificateNumber\":\"KR-\\d{4}-\\d{6}\".*"), approved.body());

    assertEquals(404, call("GET", "/tw/api/queue/" + id, token("tw", "chamber-system"), null, null).statusCode(), "another tenant's chamber");
    assertEquals(403, call("GET", "/kr/api/queue", token("kr", "exporter-system"), null, null).statusCode(), "an exporter is not a chamber");
  }

  @Test
  void aCustomsSystemSendsExportDeclarationsAsJsonAndCsv() throws Exception {
    String customs = token("kr", "customs-system");
    String number = "KR-ED-API-" + System.nanoTime();
    String declaration = """
        {"declarationNumber":"%s","clearanceReference":"CLR-1","declaredOn":"%s","exporterIdentifier":"KR-EXP-1208145678",
         "exporterName":"Hanbit Trading Co.","consigneeName":"Auckland Fine Foods Ltd","consigneeCountry":"NZ",
         "lines":[{"lineNumber":1,"hsCode":"080810","description":"Fresh apples","quantity":800,"unitCode":"KGM","netWeightKg":800}]}
        """.formatted(number, LocalDate.now());
    HttpResponse<String> created = call("POST", "/kr/api/export-declarations", customs, "application/json", declaration.getBytes(StandardCharsets.UTF_8));
    assertEquals(201, created.statusCode(), created.body());
    assertTrue(created.body().contains("\"enteredThrough\":\"API\""), created.body());
    HttpResponse<String> again = call("POST", "/kr/api/export-declarations", customs, "application/json", declaration.getBytes(StandardCharsets.UTF_8));
    assertEquals(422, again.statusCode(), again.body());
    assertTrue(again.body().contains("\"field\":\"declarationNumber\""), again.body());

    String csv = "declarationNumber,declaredOn,exporterIdentifier,exporterName,consigneeName,consigneeCountry,lineNumber,hsCode,description,quantity,unitCode,netWeightKg\n"
        + number + "-C," + LocalDate.now() + ",KR-EXP-1208145678,Hanbit Trading Co.,Auckland Fine Foods Ltd,NZ,1,080810,Apples,400,KGM,400\n"
        + number + "-C," + LocalDate.now() + ",KR-EXP-1208145678,Hanbit Trading Co.,Auckland Fine Foods Ltd,NZ,2,080830,Pears,200,KGM,200\n";
    HttpResponse<String> imported = call("POST", "/kr/api/export-declarations", customs, "text/csv", csv.getBytes(StandardCharsets.UTF_8));
    assertEquals(201, imported.statusCode(), imported.body());
    HttpResponse<String> bad = call("POST", "/kr/api/export-declarations", customs, "text/csv", csv.replace("080830", "99").getBytes(StandardCharsets.UTF_8));
    assertEquals(422, bad.statusCode(), bad.body());
    assertTrue(bad.body().contains("rows[3].hsCode"), bad.body());

    HttpResponse<String> found = call("GET", "/kr/api/export-declarations?number=" + number, customs, null, null);
    assertEquals(200, found.statusCode(), found.body());
    assertEquals(2, count(found.body(), "\"declarationNumber\""), found.body());
    assertEquals("[]", call("GET", "/tw/api/export-declarations?number=" + number, token("tw", "customs-system"), null, null).body(), "another tenant");
    assertEquals(422, call("GET", "/kr/api/export-declarations?from=yesterday", customs, null, null).statusCode());
    assertEquals(403, call("POST", "/kr/api/export-declarations", token("kr", "exporter-system"), "application/json", declaration.getBytes(StandardCharsets.UTF_8)).statusCode());
  }

  @Test
  void withoutAValidTokenOfTheTenantNothingAnswers() throws Exception {
    assertEquals(401, call("GET", "/kr/api/applications", null, null, null).statusCode(), "no token");
    assertEquals(401, call("GET", "/kr/api/applications", "not-a-token", null, null).statusCode(), "a forged token");
    assertEquals(401, call("GET", "/kr/api/applications", token("tw", "exporter-system"), null, null).statusCode(), "another realm's token");
  }
}
