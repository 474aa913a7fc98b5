package org.ecoportal.bench;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.ecoportal.stack.ResidentMemory;

/**
 * Certificates delivered across the border per second, on a running development portal
 * ({@code ./mvnw -Pstart}): the demo systems of {@code kr} submit, claim and approve applications
 * for consignees in Taiwan through the API; each approval queues an AS4 message in the same
 * transaction, the portal's sender signs and posts it to Taiwan's single window (the {@code tw}
 * tenant of the same server, over HTTP like any partner), which checks the message and the
 * certificate, stores it and answers with a signed receipt. Prints certificates stored at the
 * partner per second and p50/p95/max from approval (certificate issued) to stored at the partner,
 * read from both sides' timestamps in the database, and the server's resident memory.
 */
public final class DeliveryBenchmark {

  private static final PrintStream OUT = System.out;
  private static final int CERTIFICATES = Integer.getInteger("bench.certificates", 200);
  private static final int CLIENTS = Integer.getInteger("bench.clients", 2);
  private static final Duration PATIENCE = Duration.ofMinutes(Integer.getInteger("bench.minutes", 10));

  private DeliveryBenchmark() {}

  public static void main(String[] args) throws Exception {
    OUT.printf("[bench] %d certificates kr → tw with %d approving clients against %s%n", CERTIFICATES, CLIENTS, PortalApi.PORTAL);
    String exporter = PortalApi.token("exporter-system");
    String chamber = PortalApi.token("chamber-system");
    List<ApprovalBenchmark.Claimed> claimed = new ArrayList<>();
    for (int i = 0; i < CERTIFICATES; i++) {
      String id = PortalApi.submit(exporter, i, "TW", "TWKHH");
      claimed.add(new ApprovalBenchmark.Claimed(id, PortalApi.claim(chamber, id)));
      if ((i + 1) % 50 == 0) {
        OUT.printf("[bench] submitted and claimed %d/%d%n", i + 1, CERTIFICATES);
      }
    }
    List<String> numbers = Collections.synchronizedList(new ArrayList<>());
    ConcurrentLinkedQueue<ApprovalBenchmark.Claimed> work = new ConcurrentLinkedQueue<>(claimed);
    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    List<Future<?>> running = new ArrayList<>();
    OUT.println("[bench] approving; the sender delivers while approvals go on");
    for (int c = 0; c < CLIENTS; c++) {
      running.add(clients.submit(() -> {
        for (ApprovalBenchmark.Claimed next = work.poll(); next != null; next = work.poll()) {
          numbers.add(ApprovalBenchmark.approve(chamber, next));
        }
        return null;
      }));
    }
    for (Future<?> f : running) {
      f.get();
    }
    clients.shutdown();
    try (Connection db = DriverManager.getConnection(PortalApi.JDBC, "portal", "portal")) {
      List<Delivery> deliveries = awaitStored(db, numbers);
      report(deliveries);
    }
    OUT.printf("[bench] WildFly resident memory after the run: %d MiB%n", ResidentMemory.portalServersMib());
  }

  /** One certificate: issued in kr, stored by tw, and the sender's view of its message. */
  private record Delivery(Timestamp issued, Timestamp stored, Timestamp queued, Timestamp delivered, int attempts) {}

  private static List<Delivery> awaitStored(Connection db, List<String> numbers) throws Exception {
    long until = System.nanoTime() + PATIENCE.toNanos();
    int reported = -1;
    while (true) {
      List<Delivery> deliveries = deliveries(db, numbers);
      if (deliveries.size() == numbers.size()) {
        return deliveries;
      }
      if (deliveries.size() / 50 != reported) {
        reported = deliveries.size() / 50;
        OUT.printf("[bench] stored at the partner %d/%d%n", deliveries.size(), numbers.size());
      }
      if (System.nanoTime() > until) {
        throw new IllegalStateException(
            "Only " + deliveries.size() + " of " + numbers.size() + " certificates reached tw within " + PATIENCE
                + ". See the exchange screen (kr tenant administrator) for what failed and why.");
      }
      Thread.sleep(250);
    }
  }

  private static List<Delivery> deliveries(Connection db, List<String> numbers) throws Exception {
    String sql =
        "select c.issued_at, r.received_at, m.created_at, m.delivered_at, m.attempts from certificate c"
            + " join exchange_message m on m.certificate_id = c.id and m.kind = 'ISSUED'"
            + " join received_certificate r on r.tenant = 'tw' and r.message_id = m.message_id"
            + " where c.tenant = 'kr' and c.number = any (?) and m.status = 'DELIVERED'";
    try (PreparedStatement select = db.prepareStatement(sql)) {
      select.setArray(1, db.createArrayOf("varchar", numbers.toArray()));
      List<Delivery> rows = new ArrayList<>();
      try (ResultSet r = select.executeQuery()) {
        while (r.next()) {
          rows.add(new Delivery(r.getTimestamp(1), r.getTimestamp(2), r.getTimestamp(3), r.getTimestamp(4), r.getInt(5)));
        }
      }
      return rows;
    }
  }

  private static void report(List<Delivery> deliveries) {
    long first = deliveries.stream().mapToLong(d -> d.issued().getTime()).min().orElseThrow();
    long last = deliveries.stream().mapToLong(d -> d.stored().getTime()).max().orElseThrow();
    double seconds = Math.max(1, last - first) / 1000.0;
    List<Long> toPartner = sorted(deliveries.stream().map(d -> d.stored().getTime() - d.issued().getTime()).toList());
    List<Long> toReceipt = sorted(deliveries.stream().map(d -> d.delivered().getTime() - d.queued().getTime()).toList());
    long retried = deliveries.stream().filter(d -> d.attempts() > 1).count();
    OUT.printf("[bench] delivered: n=%d in %.1f s (first approval → last stored)  %.1f certificates/s%n",
        deliveries.size(), seconds, deliveries.size() / seconds);
    line("approval → stored at the partner", toPartner);
    line("queued → signed receipt verified", toReceipt);
    OUT.printf("[bench] messages sent more than once: %d%n", retried);
  }

  static List<Long> sorted(List<Long> millis) {
    List<Long> sorted = new ArrayList<>(millis);
    Collections.sort(sorted);
    return sorted;
  }

  static void line(String what, List<Long> millis) {
    OUT.printf("[bench] %-34s p50 %6d ms  p95 %6d ms  max %6d ms%n",
        what, QueueBenchmark.at(millis, 0.50), QueueBenchmark.at(millis, 0.95), millis.get(millis.size() - 1));
  }
}
