package org.ecoportal.bench;

import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ecoportal.it.api.PortalApi;

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
  private static final String SECRET = System.getenv().getOrDefault("PORTAL_API_SECRET", "dev-api-secret");
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
      String body = send("POST", "/kr/api/applications", exporter, PortalApi.applicationJson(KR_CHAMBER, "Benchmark Foods " + i, "NZ", "KR-NZ-FTA", "KRPUS", "NZAKL", "INV-BENCH-" + i), 201);
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

  private static String token(String client) throws Exception {
    String form = "grant_type=client_credentials&client_id=" + client + "&client_secret=" + URLEncoder.encode(SECRET, StandardCharsets.UTF_8);
    HttpResponse<String> answer = HTTP.send(
        HttpRequest.newBuilder(URI.create(KEYCLOAK + "/realms/kr/protocol/openid-connect/token"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build(),
        HttpResponse.BodyHandlers.ofString());
    if (answer.statusCode() != 200) {
      throw new IllegalStateException("No token for " + client + " from " + KEYCLOAK + " (" + answer.statusCode() + "): " + answer.body()
          + "\nIs the development portal running (./mvnw -Pstart), with realms imported from the current realm-config?");
    }
    return field(answer.body(), "access_token");
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

  private static String field(String json, String name) {
    Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"?([^\",}]+)").matcher(json);
    if (!m.find()) {
      throw new IllegalStateException("No " + name + " in " + json);
    }
    return m.group(1);
  }
}
