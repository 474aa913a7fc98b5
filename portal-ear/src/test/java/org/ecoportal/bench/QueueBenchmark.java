package org.ecoportal.bench;

import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Measures the chamber officer's queue page with many applications in the database. Runs against
 * the development portal started with {@code ./mvnw -Pstart}: fills the kr chamber's queue up to
 * {@code bench.applications} (default 100 000) submitted applications, signs in as {@code officer}
 * through Keycloak, warms up, then requests the first queue page and a filtered one, and prints
 * p50/p95/max latency and throughput next to the floor of a static resource of the same server.
 */
public final class QueueBenchmark {

  // The benchmark reports to the person at the terminal.
  private static final PrintStream OUT = System.out;
  private static final String PORTAL = System.getProperty("bench.portal", "http://localhost:8080");
  private static final String JDBC = System.getProperty("bench.jdbc", "jdbc:postgresql://localhost:5433/portal");
  private static final int APPLICATIONS = Integer.getInteger("bench.applications", 100_000);
  private static final int REQUESTS = Integer.getInteger("bench.requests", 300);
  private static final int WARM_UP = Integer.getInteger("bench.warmup", 100);

  private QueueBenchmark() {}

  public static void main(String[] args) throws Exception {
    seed();
    Session http = new Session();
    signIn(http, "kr", "officer", "demo");
    String queue = PORTAL + "/kr/chamber-officer/queue.xhtml";
    OUT.printf("[bench] warming up with %d requests …%n", WARM_UP);
    measure(http, queue, WARM_UP);
    OUT.println("[bench] measuring …");
    report("queue page (first 25 rows, oldest first)", measure(http, queue, REQUESTS));
    report("static resource floor", measure(http, PORTAL + "/resources/branding/kr/logo.svg", REQUESTS));
    Runtime rt = Runtime.getRuntime();
    OUT.printf("[bench] client heap used %d MiB%n", (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024));
  }

  /**
   * A minimal browser session on localhost: keeps cookies by name and follows redirects itself
   * (the JDK's cookie manager drops Keycloak's login cookies on plain-HTTP localhost).
   */
  static final class Session {
    private final HttpClient client =
        HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    private final java.util.Map<String, String> cookies = new java.util.LinkedHashMap<>();

    HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
      HttpResponse<String> response = null;
      for (int hop = 0; hop < 10; hop++) {
        if (!cookies.isEmpty()) {
          request.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(java.util.stream.Collectors.joining("; ")));
        }
        response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        for (String header : response.headers().allValues("Set-Cookie")) {
          String pair = header.split(";", 2)[0];
          int eq = pair.indexOf('=');
          if (eq > 0) {
            cookies.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
          }
        }
        java.util.Optional<String> location = response.headers().firstValue("Location");
        if (response.statusCode() / 100 != 3 || location.isEmpty()) {
          return response;
        }
        request = HttpRequest.newBuilder(response.uri().resolve(location.get()));
      }
      return response;
    }
  }

  /** Tops the kr chamber's queue up to the wanted number of submitted applications, in one transaction. */
  private static void seed() throws Exception {
    try (Connection c = DriverManager.getConnection(JDBC, "portal", "portal")) {
      long have;
      try (Statement s = c.createStatement();
          ResultSet r = s.executeQuery("select count(*) from co_application where tenant = 'kr' and status = 'SUBMITTED'")) {
        r.next();
        have = r.getLong(1);
      }
      if (have >= APPLICATIONS) {
        OUT.printf("[bench] queue already holds %d submitted applications%n", have);
        return;
      }
      long missing = APPLICATIONS - have;
      OUT.printf("[bench] adding %d submitted applications to the kr chamber's queue …%n", missing);
      long begin = System.nanoTime();
      try (PreparedStatement insert =
          c.prepareStatement(
              "insert into co_application (id, tenant, reference, exporter_id, chamber_id, status, created_by, created_at, updated_at,"
                  + " submitted_at, consignee_name, consignee_country, preferential, version)"
                  + " select gen_random_uuid(), 'kr', 'KR-B-' || lpad((? + g)::text, 9, '0'),"
                  + " (select organisation_id from organisation_member where tenant = 'kr' and username = 'exporter'),"
                  + " (select organisation_id from organisation_member where tenant = 'kr' and username = 'officer'),"
                  + " 'SUBMITTED', 'exporter', now(), now(), now() - (g || ' minutes')::interval,"
                  + " 'Benchmark Consignee ' || g, 'NZ', true, 0 from generate_series(1, ?) g")) {
        insert.setLong(1, have);
        insert.setLong(2, missing);
        insert.executeUpdate();
      }
      try (Statement s = c.createStatement()) {
        s.execute("analyze co_application");
      }
      OUT.printf("[bench] seeded in %.1f s%n", (System.nanoTime() - begin) / 1e9);
    }
  }

  private static void signIn(Session http, String tenant, String user, String password) throws Exception {
    HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(PORTAL + "/" + tenant + "/")));
    Matcher action = Pattern.compile("id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"").matcher(login.body());
    if (!action.find()) {
      throw new IllegalStateException("No Keycloak login form at " + login.uri() + "; is the portal running (./mvnw -Pstart)?");
    }
    String form =
        "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
            + "&credentialId=";
    HttpResponse<String> landed =
        http.send(
            HttpRequest.newBuilder(URI.create(action.group(1).replace("&amp;", "&")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    if (!landed.uri().getPath().endsWith("/dashboard.xhtml")) {
      Matcher feedback = Pattern.compile("(?:kc-feedback-text|input-error-username)[^>]*>\\s*([^<]+)").matcher(landed.body());
      throw new IllegalStateException(
          "Sign-in as " + user + " failed (" + (feedback.find() ? feedback.group(1).trim() : "status " + landed.statusCode()) + ")");
    }
    OUT.printf("[bench] signed in as %s of %s%n", user, tenant);
  }

  private static List<Long> measure(Session http, String url, int count) throws Exception {
    List<Long> micros = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      long begin = System.nanoTime();
      HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)));
      if (response.statusCode() != 200) {
        throw new IllegalStateException(url + " answered " + response.statusCode());
      }
      micros.add((System.nanoTime() - begin) / 1000);
    }
    return micros;
  }

  private static void report(String what, List<Long> micros) {
    List<Long> sorted = new ArrayList<>(micros);
    Collections.sort(sorted);
    double totalSeconds = sorted.stream().mapToLong(Long::longValue).sum() / 1e6;
    OUT.printf(
        "[bench] %-42s n=%d  p50 %.1f ms  p95 %.1f ms  max %.1f ms  %.0f req/s (1 client)%n",
        what, sorted.size(), at(sorted, 0.50) / 1000.0, at(sorted, 0.95) / 1000.0, sorted.get(sorted.size() - 1) / 1000.0,
        sorted.size() / totalSeconds);
  }

  static long at(List<Long> sorted, double quantile) {
    return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(quantile * sorted.size()) - 1));
  }
}
