package org.ecoportal.it.api;

import static org.ecoportal.it.ApiClient.call;
import static org.ecoportal.it.ApiClient.field;
import static org.ecoportal.it.ApiClient.token;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.ecoportal.it.ApiClient;
import org.ecoportal.it.CaseBrokers;
import org.ecoportal.it.PortalDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A Taiwanese broker's software files import declarations through the REST API with a Keycloak
 * client-credentials token: drafts, revisions quoting the version, submission with the match
 * result, problems per field; another tenant's broker and other roles get nothing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class ImportDeclarationsApiIT {

  private static final String PATH = "/tw/api/import-declarations";

  @Deployment(testable = false)
  static EnterpriseArchive portal() {
    return PortalDeployment.asBuilt();
  }

  private static byte[] bytes(String json) {
    return json.getBytes(StandardCharsets.UTF_8);
  }

  /** A declaration of the demo certificate's goods (800 kg of apples, invoice {@code invoice}). */
  private static String declaration(UUID caseId, String number, String invoice, String quantity, boolean submit) {
    return """
        {"caseId":"%s","submit":%s,"declarationNumber":"%s","agreementCode":"NON-PREF","importerIdentifier":"%s",
         "exporterName":"Hanbit Trading Co.","invoiceReferences":["%s"],
         "lines":[{"hsCode":"0808.10","description":"Fresh apples","quantity":%s,"unitCode":"KGM","netWeightKg":800}]}
        """.formatted(caseId, submit, number, CaseBrokers.TAIPEI_HARBOUR, invoice, quantity);
  }

  private static String number() {
    return "API-" + Long.toString(System.nanoTime(), 36).toUpperCase();
  }

  @Test
  void theBrokersSoftwareDraftsRevisesAndSubmitsADeclarationAndReadsTheMatch() throws Exception {
    String invoice = "INV-API-DECL-" + System.nanoTime();
    UUID caseId = CaseBrokers.assignedInTaiwan(CaseBrokers.issuedForTaiwan(invoice), CaseBrokers.KEELUNG_BROKERS);
    String broker = token("tw", "broker-system");

    // An incomplete draft is kept.
    String number = number();
    HttpResponse<String> created = call("POST", PATH, broker, "application/json", bytes(
        "{\"caseId\":\"" + caseId + "\",\"declarationNumber\":\"" + number + "\",\"lines\":[{\"description\":\"Fresh apples\"}]}"));
    assertEquals(201, created.statusCode(), created.body());
    String location = created.headers().firstValue("Location").orElseThrow();
    String id = field(created.body(), "id");
    assertTrue(location.endsWith(PATH + "/" + id), location);
    assertEquals("DRAFT", field(created.body(), "status"));
    String version = field(created.body(), "version");
    HttpResponse<String> read = call("GET", PATH + "/" + id, broker, null, null);
    assertEquals(200, read.statusCode(), read.body());
    assertTrue(read.body().contains("\"description\":\"Fresh apples\""), read.body());
    assertTrue(call("GET", PATH, broker, null, null).body().contains(id), "listed");

    // Submitting it names each missing field.
    HttpResponse<String> incomplete = call("POST", PATH + "/" + id + "/submit", broker, "application/json", bytes("{\"version\":" + version + "}"));
    assertEquals(422, incomplete.statusCode(), incomplete.body());
    assertTrue(incomplete.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    for (String field : new String[] {"\"field\":\"importerIdentifier\"", "\"field\":\"lines[0].hsCode\"", "\"field\":\"lines[0].quantity\"",
        "\"code\":\"importDeclaration.error.required\""}) {
      assertTrue(incomplete.body().contains(field), field + " in " + incomplete.body());
    }

    // Revised complete, quoting the version; a stale version is refused.
    HttpResponse<String> revised = call("PUT", PATH + "/" + id, broker, "application/json",
        bytes(declaration(caseId, number, invoice, "800", false).replaceFirst("\\{", "{\"version\":" + version + ",")));
    assertEquals(200, revised.statusCode(), revised.body());
    String current = field(revised.body(), "version");
    HttpResponse<String> stale = call("PUT", PATH + "/" + id, broker, "application/json",
        bytes(declaration(caseId, number, invoice, "800", false).replaceFirst("\\{", "{\"version\":" + version + ",")));
    assertEquals(409, stale.statusCode(), stale.body());
    HttpResponse<String> staleSubmit = call("POST", PATH + "/" + id + "/submit", broker, "application/json", bytes("{\"version\":" + version + "}"));
    assertEquals(409, staleSubmit.statusCode(), staleSubmit.body());

    HttpResponse<String> submitted = call("POST", PATH + "/" + id + "/submit", broker, "application/json", bytes("{\"version\":" + current + "}"));
    assertEquals(200, submitted.statusCode(), submitted.body());
    assertEquals("SUBMITTED", field(submitted.body(), "status"));
    assertEquals("MATCHED", field(submitted.body(), "outcome"), submitted.body());
    assertTrue(submitted.body().contains("\"rulesRun\":[\"CERTIFICATE_EXISTS\""), submitted.body());

    // Created and submitted at once: too much declared, the differences come back.
    HttpResponse<String> atOnce = call("POST", PATH, broker, "application/json", bytes(declaration(caseId, number(), invoice, "950", true)));
    assertEquals(201, atOnce.statusCode(), atOnce.body());
    assertEquals("DIFFERENCES", field(atOnce.body(), "outcome"), atOnce.body());
    assertTrue(atOnce.body().contains("\"rule\":\"LINE_QUANTITY\""), atOnce.body());

    // Wrong fields on creation: 422 per field, nothing stored.
    HttpResponse<String> duplicate = call("POST", PATH, broker, "application/json", bytes(declaration(caseId, number, invoice, "800", false)));
    assertEquals(422, duplicate.statusCode(), duplicate.body());
    assertTrue(duplicate.body().contains("\"field\":\"declarationNumber\""), duplicate.body());
    HttpResponse<String> wrongAtOnce = call("POST", PATH, broker, "application/json",
        bytes(declaration(caseId, number(), invoice, "800", true).replace("\"KGM\"", "\"KILO\"")));
    assertEquals(422, wrongAtOnce.statusCode(), wrongAtOnce.body());
    assertTrue(wrongAtOnce.body().contains("\"field\":\"lines[0].unitCode\""), wrongAtOnce.body());
    HttpResponse<String> unreadable = call("POST", PATH, broker, "application/json",
        bytes(declaration(caseId, number(), invoice, "\"lots\"", false)));
    assertEquals(400, unreadable.statusCode(), unreadable.body());

    // Korea's broker, another tenant, finds neither the declaration nor the case; other roles are refused.
    String krBroker = token("kr", "broker-system");
    assertEquals(404, call("GET", "/kr/api/import-declarations/" + id, krBroker, null, null).statusCode());
    assertEquals(404, call("POST", "/kr/api/import-declarations/" + id + "/submit", krBroker, "application/json",
        bytes("{\"version\":" + current + "}")).statusCode());
    assertEquals(404, call("POST", "/kr/api/import-declarations", krBroker, "application/json",
        bytes(declaration(caseId, number(), invoice, "800", false))).statusCode());
    assertTrue(!call("GET", "/kr/api/import-declarations", krBroker, null, null).body().contains(id));
    assertEquals(404, call("GET", PATH + "/" + UUID.randomUUID(), broker, null, null).statusCode());
    assertEquals(403, call("GET", PATH, token("tw", "customs-system"), null, null).statusCode());
    assertEquals(403, call("GET", PATH + "/" + id, token("tw", "exporter-system"), null, null).statusCode());
    assertEquals(401, ApiClient.call("GET", PATH, null, null, null).statusCode());
  }
}
