package org.ecoportal.bench;

import static org.ecoportal.it.ApiClient.field;

import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.ecoportal.it.ApiClient;

/**
 * Approvals per second on a running development portal ({@code ./mvnw -Pstart}): the demo exporter
 * system of {@code kr} submits applications through the API, then the demo chamber system claims
 * and approves them with several clients at once. Each approval takes a certificate number, writes
 * the UBL document, signs it (XAdES, RSA-3072) and renders the PDF in one transaction, and queues
 * the exporter's e-mail. Prints approvals per second and the approval's p50/p95/max latency.
 */
public final class ApprovalBenchmark {

  private static final PrintStream OUT = System.out;
  private static final String PORTAL = System.getProperty("bench.portal", "http://localhost:8080");
  private static final String KEYCLOAK = System.getProperty("bench.keycloak", "http://localhost:8180");
  private static final int APPROVALS = Integer.getInteger("bench.approvals", 200);
  private static final int CLIENTS = Integer.getInteger("bench.clients", 4);
  private static final String KR_CHAMBER = "80f757d1-16b3-574a-8131-29b0871ea04c";
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private ApprovalBenchmark() {}

  public static void main(String[] args) throws Exception {
    OUT.printf("[bench] %d approvals with %d clients against %s%n", APPROVALS, CLIENTS, PORTAL);
    String exporter = token("exporter-system");
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < APPROVALS; i++) {
      String body = send("POST", "/kr/api/applications", exporter, application(i), 201);
      ids.add(field(body, "id"));
      if ((i + 1) % 50 == 0) {
        OUT.printf("[bench] submitted %d/%d%n", i + 1, APPROVALS);
      }
    }
    String chamber = token("chamber-system");
    // Claiming is not measured: only the approval issues the certificate.
    for (String id : ids) {
      String open = send("GET", "/kr/api/queue/" + id, chamber, null, 200);
      send("POST", "/kr/api/queue/" + id + "/claim", chamber, "{\"version\":" + field(open, "version") + "}", 200);
    }
    OUT.printf("[bench] claimed %d; approving%n", ids.size());
    ConcurrentLinkedQueue<String> work = new ConcurrentLinkedQueue<>(ids);
    List<Long> micros = Collections.synchronizedList(new ArrayList<>());
    AtomicInteger done = new AtomicInteger();
    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    long begin = System.nanoTime();
    List<Future<?>> running = new ArrayList<>();
    for (int c = 0; c < CLIENTS; c++) {
      running.add(clients.submit(() -> {
        for (String id = work.poll(); id != null; id = work.poll()) {
          String open = send("GET", "/kr/api/queue/" + id, chamber, null, 200);
          long start = System.nanoTime();
          String approved = send("POST", "/kr/api/queue/" + id + "/approve", chamber, "{\"version\":" + field(open, "version") + "}", 200);
          micros.add((System.nanoTime() - start) / 1000);
          if (!approved.contains("\"certificateNumber\":\"KR-")) {
            throw new IllegalStateException("Approved without a certificate number: " + approved);
          }
          if (done.incrementAndGet() % 50 == 0) {
            OUT.printf("[bench] approved %d/%d%n", done.get(), APPROVALS);
          }
        }
        return null;
      }));
    }
    for (Future<?> f : running) {
      f.get();
    }
    double seconds = (System.nanoTime() - begin) / 1e9;
    clients.shutdown();
    List<Long> sorted = new ArrayList<>(micros);
    Collections.sort(sorted);
    OUT.printf(
        "[bench] approvals (number + UBL + XAdES signature + PDF + mail queued): n=%d  %.1f approvals/s with %d clients  "
            + "p50 %.1f ms  p95 %.1f ms  max %.1f ms%n",
        sorted.size(), sorted.size() / seconds, CLIENTS, QueueBenchmark.at(sorted, 0.50) / 1000.0, QueueBenchmark.at(sorted, 0.95) / 1000.0,
        sorted.get(sorted.size() - 1) / 1000.0);
  }

  private static String application(int i) {
    return """
        {"chamberId":"%s","consigneeName":"Benchmark Foods %d","consigneeAddress":"12 Quay Street, Auckland","consigneeCountry":"NZ",
         "consigneeIdentifier":"NZ-IMP-9429047654321","producerName":"Hanbit Orchards","agreementCode":"KR-NZ-FTA","preferential":true,
         "transportMode":"1","transportMeans":"HMM ALGECIRAS 0012E","departureDate":"%s","loadingPort":"KRPUS","dischargePort":"NZAKL",
         "items":[{"hsCode":"080810","description":"Fresh apples, Fuji","marks":"HANBIT/AKL","packageCount":40,"packageType":"CT",
                   "quantity":800,"unitCode":"KGM","grossWeightKg":860,"netWeightKg":800,"originCriterion":"WO",
                   "invoiceNumber":"INV-BENCH-%d","invoiceDate":"%s","invoiceValue":2400.00,"currency":"USD"}]}
        """.formatted(KR_CHAMBER, i, LocalDate.now().plusDays(2), i, LocalDate.now().minusDays(1));
  }

  private static String token(String client) throws Exception {
    try {
      return ApiClient.token(KEYCLOAK, "kr", client);
    } catch (IllegalStateException e) {
      throw new IllegalStateException(
          e.getMessage() + "\nIs the development portal running (./mvnw -Pstart), with realms imported from the current realm-config?", e);
    }
  }

  private static String send(String method, String path, String token, String json, int expected) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(PORTAL + path))
        .header("Authorization", "Bearer " + token)
        .header("Accept", "application/json");
    if (json != null) {
      request.header("Content-Type", "application/json");
    }
    request.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
    HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != expected) {
      throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
    }
    return response.body();
  }
}
