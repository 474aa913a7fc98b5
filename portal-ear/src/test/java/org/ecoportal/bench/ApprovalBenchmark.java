package org.ecoportal.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Approvals per second on a running development portal ({@code ./mvnw -Pstart}): the demo exporter
 * system of {@code kr} submits applications through the API, then the demo chamber system claims
 * and approves them with several clients at once. Each approval takes a certificate number, writes
 * the UBL document, signs it (XAdES, RSA-3072) and renders the PDF in one transaction, and queues
 * the exporter's e-mail. Prints approvals per second and the approval's p50/p95/max latency.
 */
public final class ApprovalBenchmark {

  private static final PrintStream OUT = System.out;
  private static final int APPROVALS = Integer.getInteger("bench.approvals", 200);
  private static final int CLIENTS = Integer.getInteger("bench.clients", 4);

  private ApprovalBenchmark() {}

  public static void main(String[] args) throws Exception {
    OUT.printf("[bench] %d approvals with %d clients against %s%n", APPROVALS, CLIENTS, PortalApi.PORTAL);
    String exporter = PortalApi.token("exporter-system");
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < APPROVALS; i++) {
      ids.add(PortalApi.submit(exporter, i, "NZ", "NZAKL"));
      if ((i + 1) % 50 == 0) {
        OUT.printf("[bench] submitted %d/%d%n", i + 1, APPROVALS);
      }
    }
    String chamber = PortalApi.token("chamber-system");
    // Claiming is not measured: only the approval issues the certificate.
    List<Claimed> claimed = new ArrayList<>();
    for (String id : ids) {
      claimed.add(new Claimed(id, PortalApi.claim(chamber, id)));
    }
    OUT.printf("[bench] claimed %d; approving%n", ids.size());
    ConcurrentLinkedQueue<Claimed> work = new ConcurrentLinkedQueue<>(claimed);
    List<Long> micros = Collections.synchronizedList(new ArrayList<>());
    AtomicInteger done = new AtomicInteger();
    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    long begin = System.nanoTime();
    List<Future<?>> running = new ArrayList<>();
    for (int c = 0; c < CLIENTS; c++) {
      running.add(clients.submit(() -> {
        for (Claimed next = work.poll(); next != null; next = work.poll()) {
          long start = System.nanoTime();
          approve(chamber, next);
          micros.add((System.nanoTime() - start) / 1000);
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

  /** An application claimed by the chamber system, with the version to decide on. */
  record Claimed(String id, String version) {}

  /** Approves a claimed application; its certificate number. */
  static String approve(String chamberToken, Claimed claimed) throws Exception {
    String approved =
        PortalApi.send("POST", "/kr/api/queue/" + claimed.id() + "/approve", chamberToken, "{\"version\":" + claimed.version() + "}", 200);
    String number = PortalApi.field(approved, "certificateNumber");
    if (!number.startsWith("KR-")) {
      throw new IllegalStateException("Approved without a certificate number: " + approved);
    }
    return number;
  }
}
