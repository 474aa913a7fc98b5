package org.ecoportal.bench;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.ecoportal.domain.model.certificate.CertificateContent;
import org.ecoportal.domain.model.certificate.CertificateContent.Item;
import org.ecoportal.domain.model.certificate.CertificateContent.Party;
import org.ecoportal.domain.model.clearance.CertificateOnRecord;
import org.ecoportal.domain.model.clearance.CertificateState;
import org.ecoportal.domain.model.clearance.DeclarationMatcher;
import org.ecoportal.domain.model.clearance.ImportDeclarationData;
import org.ecoportal.domain.model.clearance.MatchResult;
import org.ecoportal.domain.model.clearance.MatchingRules;

/**
 * Matches per second of the matching engine alone (no database, no server): import declarations
 * of {@code bench.lines} lines (default 20) against a certificate of as many lines, every rule on,
 * half of them with one line outside the quantity tolerance. Prints matches per second and the
 * p50/p95/max time of one match, and the heap still live afterwards. Run with {@code ./mvnw -Pbench-matching}.
 */
public final class MatchingBenchmark {

  private static final PrintStream OUT = System.out;
  private static final int MATCHES = Integer.getInteger("bench.matches", 200_000);
  private static final int LINES = Integer.getInteger("bench.lines", 20);
  private static final LocalDate ISSUED = LocalDate.now().minusDays(10);

  private MatchingBenchmark() {}

  public static void main(String[] args) {
    CertificateOnRecord certificate = certificate();
    ImportDeclarationData agreeing = declaration(false);
    ImportDeclarationData differing = declaration(true);
    if (!DeclarationMatcher.match(agreeing, certificate, MatchingRules.DEFAULT).matched()
        || DeclarationMatcher.match(differing, certificate, MatchingRules.DEFAULT).matched()) {
      throw new IllegalStateException("The benchmark's declarations do not give the results they stand for");
    }
    OUT.printf("[bench] warming up (%d matches) …%n", MATCHES / 4);
    run(certificate, agreeing, differing, MATCHES / 4);
    OUT.printf("[bench] %d matches of %d-line declarations …%n", MATCHES, LINES);
    long begin = System.nanoTime();
    List<Long> nanos = run(certificate, agreeing, differing, MATCHES);
    double seconds = (System.nanoTime() - begin) / 1e9;
    Collections.sort(nanos);
    Runtime rt = Runtime.getRuntime();
    System.gc(); // what stays: the engine's inputs and the timings, not the garbage of the matches
    OUT.printf("[bench] matching engine: n=%d  %.0f matches/s (one thread)  p50 %.1f µs  p95 %.1f µs  max %.1f µs  heap live after GC %d MiB%n",
        nanos.size(), nanos.size() / seconds, QueueBenchmark.at(nanos, 0.50) / 1000.0, QueueBenchmark.at(nanos, 0.95) / 1000.0,
        nanos.get(nanos.size() - 1) / 1000.0, (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024));
  }

  private static List<Long> run(CertificateOnRecord certificate, ImportDeclarationData agreeing, ImportDeclarationData differing, int n) {
    List<Long> nanos = new ArrayList<>(n);
    int matched = 0;
    for (int i = 0; i < n; i++) {
      long start = System.nanoTime();
      MatchResult result = DeclarationMatcher.match(i % 2 == 0 ? agreeing : differing, certificate, MatchingRules.DEFAULT);
      nanos.add(System.nanoTime() - start);
      matched += result.matched() ? 1 : 0;
    }
    if (matched != (n + 1) / 2) {
      throw new IllegalStateException(matched + " of " + n + " matched; expected half");
    }
    return nanos;
  }

  private static CertificateOnRecord certificate() {
    List<Item> items = new ArrayList<>();
    for (int i = 1; i <= LINES; i++) {
      items.add(new Item(i, hs(i), "goods " + i, "N/M", 10, "CT", new BigDecimal(100 + i), "KGM", new BigDecimal(110 + i),
          new BigDecimal(100 + i), "WO", "INV-BENCH-1", ISSUED.minusDays(2), new BigDecimal("1000.00"), "USD"));
    }
    CertificateContent content = new CertificateContent("KR-2026-900001", ISSUED, party("Korea Chamber of Commerce and Industry", "KR-CHB-KCCI"),
        party("Hanbit Orchards", "KR-124-81-00998"), null, party("Formosa Fresh Imports", "TW-53212539"), "KR", "TW", "NON-PREF",
        "Non-preferential origin", true, new CertificateContent.Transport("1", "HMM ALGECIRAS", ISSUED.plusDays(1), "KRPUS", "TWKHH", null),
        items, null, "https://portal.example/verify", null);
    return new CertificateOnRecord(content, true, CertificateState.VALID, Map.of());
  }

  private static ImportDeclarationData declaration(boolean oneLineOff) {
    List<ImportDeclarationData.Line> lines = new ArrayList<>();
    for (int i = 1; i <= LINES; i++) {
      BigDecimal quantity = new BigDecimal(100 + i).multiply(oneLineOff && i == LINES ? new BigDecimal("1.2") : BigDecimal.ONE);
      lines.add(new ImportDeclarationData.Line(i, hs(i) + "00", "goods " + i, quantity, "KGM", new BigDecimal(100 + i), true));
    }
    return new ImportDeclarationData("TW-ID-BENCH", "KR-2026-900001", "TW-53212539", "Hanbit Orchards", "KR-124-81-00998",
        ISSUED.plusDays(5), ISSUED.plusDays(1), List.of("INV-BENCH-1"), lines);
  }

  private static String hs(int i) {
    return String.format("%06d", 80810 + i * 1000);
  }

  private static Party party(String name, String identifier) {
    return new Party(name, identifier, "1 Harbour Road", "Busan", "48900", "KR");
  }
}
