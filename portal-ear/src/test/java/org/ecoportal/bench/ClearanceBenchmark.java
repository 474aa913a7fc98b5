package org.ecoportal.bench;

import java.io.PrintStream;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.ecoportal.stack.ResidentMemory;

/**
 * From approval in Korea to goods clearable in Taiwan, and import declarations matched per second,
 * on a running development portal ({@code ./mvnw -Pstart}). Korea's demo systems apply for and
 * approve certificates for Taiwan's demo importer; each crosses by AS4 and opens an import case
 * for that importer: from then on, a declaration quoting it is matched and can be cleared with
 * ease ("clearable"). The importer's acceptance and naming of its broker are then recorded
 * directly (they are clicks on the importer's screen), and Taiwan's broker software
 * ({@code broker-system}) files a declaration for each through the API, submitted at once: the
 * portal validates it, matches it against the received certificate and keeps the result.
 * Prints approval → clearable p50/p95, declarations matched per second with p50/p95 of one
 * submission, and the server's resident memory.
 */
public final class ClearanceBenchmark {

  private static final PrintStream OUT = System.out;
  private static final int CERTIFICATES = Integer.getInteger("bench.certificates", 100);
  private static final int CLIENTS = Integer.getInteger("bench.clients", 2);
  private static final Duration PATIENCE = Duration.ofMinutes(Integer.getInteger("bench.minutes", 10));
  private static final String IMPORTER = "TW-IMP-53212539";
  private static final String BROKER = "TW-BRK-0233";

  private ClearanceBenchmark() {}

  public static void main(String[] args) throws Exception {
    OUT.printf("[bench] %d certificates kr → tw, declared by tw's broker software with %d clients, against %s%n",
        CERTIFICATES, CLIENTS, PortalApi.PORTAL);
    String exporter = PortalApi.token("exporter-system");
    String chamber = PortalApi.token("chamber-system");
    String broker = PortalApi.token("tw", "broker-system");
    String run = Long.toString(System.currentTimeMillis(), 36).toUpperCase();

    List<ApprovalBenchmark.Claimed> claimed = new ArrayList<>();
    for (int i = 0; i < CERTIFICATES; i++) {
      String id = PortalApi.submit(exporter, "Taipei Harbour Imports", IMPORTER, "TW", "TWKHH", invoice(run, i));
      claimed.add(new ApprovalBenchmark.Claimed(id, PortalApi.claim(chamber, id)));
      if ((i + 1) % 50 == 0) {
        OUT.printf("[bench] submitted and claimed %d/%d%n", i + 1, CERTIFICATES);
      }
    }
    Map<String, Integer> numbers = Collections.synchronizedMap(new LinkedHashMap<>());
    ConcurrentLinkedQueue<Integer> toApprove = new ConcurrentLinkedQueue<>();
    for (int i = 0; i < CERTIFICATES; i++) {
      toApprove.add(i);
    }
    OUT.println("[bench] approving; certificates cross to Taiwan meanwhile");
    parallel(() -> {
      for (Integer i = toApprove.poll(); i != null; i = toApprove.poll()) {
        numbers.put(ApprovalBenchmark.approve(chamber, claimed.get(i)), i);
      }
    });

    try (Connection db = DriverManager.getConnection(PortalApi.JDBC, "portal", "portal")) {
      List<Long> clearable = awaitClearable(db, new ArrayList<>(numbers.keySet()));
      Map<String, String> cases = acceptAndNameBroker(db, new ArrayList<>(numbers.keySet()));

      ConcurrentLinkedQueue<Map.Entry<String, String>> toDeclare = new ConcurrentLinkedQueue<>(cases.entrySet());
      List<Long> submissions = Collections.synchronizedList(new ArrayList<>());
      AtomicInteger matched = new AtomicInteger();
      OUT.println("[bench] the broker's software declares and submits; each submission is matched");
      long start = System.nanoTime();
      parallel(() -> {
        for (Map.Entry<String, String> next = toDeclare.poll(); next != null; next = toDeclare.poll()) {
          int i = numbers.get(next.getKey());
          long sent = System.nanoTime();
          String answer = PortalApi.send("POST", "/tw/api/import-declarations", broker, declaration(run, i, next.getValue()), 201);
          submissions.add((System.nanoTime() - sent) / 1_000_000);
          if ("MATCHED".equals(PortalApi.field(answer, "outcome"))) {
            matched.incrementAndGet();
          } else {
            OUT.printf("[bench] declaration %d not matched: %s%n", i, answer);
          }
        }
      });
      double seconds = (System.nanoTime() - start) / 1e9;

      OUT.printf("[bench] clearable: n=%d%n", clearable.size());
      DeliveryBenchmark.line("approval → clearable in tw", DeliveryBenchmark.sorted(clearable));
      OUT.printf("[bench] declarations: n=%d in %.1f s  %.1f submitted and matched/s  (%d matched, %d with differences)%n",
          submissions.size(), seconds, submissions.size() / seconds, matched.get(), submissions.size() - matched.get());
      DeliveryBenchmark.line("submit with matching (API)", DeliveryBenchmark.sorted(submissions));
    }
    OUT.printf("[bench] WildFly resident memory after the run: %d MiB%n", ResidentMemory.portalServersMib());
  }

  private interface Work {
    void run() throws Exception;
  }

  private static void parallel(Work work) throws Exception {
    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    List<Future<?>> running = new ArrayList<>();
    for (int c = 0; c < CLIENTS; c++) {
      running.add(clients.submit(() -> {
        work.run();
        return null;
      }));
    }
    for (Future<?> f : running) {
      f.get();
    }
    clients.shutdown();
  }

  /** Milliseconds from approval to the import case opened for the importer, once all are there. */
  private static List<Long> awaitClearable(Connection db, List<String> numbers) throws Exception {
    String sql = "select extract(epoch from ic.opened_at - c.issued_at) * 1000 from certificate c"
        + " join import_case ic on ic.tenant = 'tw' and ic.certificate_number = c.number and ic.importer_id is not null"
        + " where c.tenant = 'kr' and c.number = any (?)";
    long until = System.nanoTime() + PATIENCE.toNanos();
    int reported = -1;
    while (true) {
      List<Long> found = new ArrayList<>();
      try (PreparedStatement select = db.prepareStatement(sql)) {
        select.setArray(1, numbersArray(db, numbers));
        try (ResultSet r = select.executeQuery()) {
          while (r.next()) {
            found.add(Math.round(r.getDouble(1)));
          }
        }
      }
      if (found.size() == numbers.size()) {
        return found;
      }
      if (found.size() / 25 != reported) {
        reported = found.size() / 25;
        OUT.printf("[bench] clearable in tw %d/%d%n", found.size(), numbers.size());
      }
      if (System.nanoTime() > until) {
        throw new IllegalStateException("Only " + found.size() + " of " + numbers.size() + " certificates became clearable in tw within "
            + PATIENCE + ". See the exchange screens of both administrators for what failed and why.");
      }
      Thread.sleep(250);
    }
  }

  /** What the importer does on its screen for each case: accepts it and names its broker. Case id by number. */
  private static Map<String, String> acceptAndNameBroker(Connection db, List<String> numbers) throws Exception {
    String sql = "update import_case set status = 'ACCEPTED', accepted_by = 'importer', accepted_at = now(),"
        + " broker_id = (select id from organisation where tenant = 'tw' and identifier = ?),"
        + " broker_assigned_by = 'importer', broker_assigned_at = now(), version = version + 1"
        + " where tenant = 'tw' and certificate_number = any (?) and status = 'NEW' returning certificate_number, id";
    Map<String, String> cases = new LinkedHashMap<>();
    try (PreparedStatement update = db.prepareStatement(sql)) {
      update.setString(1, BROKER);
      update.setArray(2, numbersArray(db, numbers));
      try (ResultSet r = update.executeQuery()) {
        while (r.next()) {
          cases.put(r.getString(1), r.getString(2));
        }
      }
    }
    if (cases.size() != numbers.size()) {
      throw new IllegalStateException("Only " + cases.size() + " of " + numbers.size() + " import cases were new for the importer");
    }
    return cases;
  }

  private static Array numbersArray(Connection db, List<String> numbers) throws Exception {
    return db.createArrayOf("varchar", numbers.toArray());
  }

  private static String invoice(String run, int i) {
    return "INV-" + run + "-" + i;
  }

  /** The declaration of certificate {@code i}'s goods, as the certificate states them, submitted at once. */
  private static String declaration(String run, int i, String caseId) {
    return """
        {"caseId":"%s","submit":true,"declarationNumber":"ID-%s-%d","agreementCode":"NON-PREF","importerIdentifier":"%s",
         "exporterName":"Hanbit Trading Co.","exporterIdentifier":"KR-EXP-1208145678","invoiceReferences":["%s"],
         "lines":[{"hsCode":"080810","description":"Fresh apples, Fuji, class I","quantity":800,"unitCode":"KGM","netWeightKg":800}]}
        """.formatted(caseId, run, i, IMPORTER, invoice(run, i));
  }
}
