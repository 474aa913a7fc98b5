package org.ecoportal.stack;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * Starts the whole portal on one machine: PostgreSQL, mail, Keycloak, WildFly with the portal, in
 * that order, each only once the one before is healthy. Prints where to sign in and stops everything
 * on Ctrl-C. Run it with {@code ./mvnw -Pstart}.
 */
public final class PortalLauncher {

  // The launcher talks to the person at the terminal; this is its user interface, not logging.
  private static final PrintStream OUT = System.out;
  private static final List<String> TENANTS = List.of("kr", "tw", "nz", "cn");
  private static final Map<String, String> DEMO_USERS =
      Map.of(
          "exporter", "exporter",
          "officer", "chamber-officer",
          "importer", "importer",
          "broker", "broker",
          "customs", "customs-officer",
          "admin", "tenant-admin");

  private PortalLauncher() {}

  public static void main(String[] args) throws InterruptedException {
    requireJava17();
    StackSettings settings = StackSettings.development();
    Stack stack = new Stack(line -> OUT.println("[portal] " + line));
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  OUT.println("[portal] Shutting down …");
                  stack.close();
                  OUT.println("[portal] Everything stopped.");
                  stopped.countDown();
                },
                "portal-shutdown"));
    long begin = System.nanoTime();
    try {
      OUT.println("[portal] Data folder: " + settings.dataDir() + " (kept between runs)");
      // Fail before starting anything when a port is taken.
      settings.ports().forEach((port, what) -> ManagedProcess.requireFree(port, what));
      stack.start(
          List.of(
              new EmbeddedDatabase(settings),
              new MailServer(settings),
              new IdentityServer(settings),
              new ApplicationServer(settings)));
    } catch (StackException e) {
      OUT.println();
      OUT.println("[portal] FAILED: " + e.getMessage());
      System.exit(1);
    }
    Duration total = Duration.ofNanos(System.nanoTime() - begin);
    if (Boolean.getBoolean("portal.benchmark")) {
      printFigures(stack, total);
      System.exit(0); // the shutdown hook stops everything
    }
    printWelcome(settings, stack, total);
    stopped.await();
  }

  private static void requireJava17() {
    if (Runtime.version().feature() < 17) {
      OUT.println("[portal] FAILED: Java " + Runtime.version() + " is too old; the portal needs Java 17 or newer.");
      System.exit(1);
    }
  }

  /** {@code -Dportal.benchmark}: start, print start times and memory, stop. */
  private static void printFigures(Stack stack, Duration total) {
    OUT.println();
    OUT.println("[benchmark] start time and resident memory per part");
    Map<String, Long> memory = stack.residentMemory();
    stack.startTimes()
        .forEach(
            (part, took) ->
                OUT.printf(
                    "[benchmark] %-20s %6.1f s %6d MiB%n",
                    part, took.toMillis() / 1000.0, memory.getOrDefault(part, 0L)));
    OUT.printf(
        "[benchmark] %-20s %6.1f s %6d MiB%n",
        "whole stack", total.toMillis() / 1000.0, memory.values().stream().mapToLong(Long::longValue).sum());
  }

  private static void printWelcome(StackSettings settings, Stack stack, Duration total) {
    OUT.println();
    OUT.println("================================================================================");
    OUT.printf("  e-CO Single Window is up (%.1f s)%n", total.toMillis() / 1000.0);
    stack.startTimes().forEach((part, took) -> OUT.printf("    %-20s %6.1f s%n", part, took.toMillis() / 1000.0));
    OUT.println();
    OUT.println("  Portal:          " + settings.portalUrl() + "/");
    for (String tenant : TENANTS) {
      OUT.println("    tenant " + tenant + ":     " + settings.portalUrl() + "/" + tenant + "/");
    }
    OUT.println("  Readiness:       " + settings.portalUrl() + "/health/ready");
    OUT.println("  Keycloak:        " + settings.keycloakUrl() + "/admin/  (admin / admin, development only)");
    OUT.println("  Mail reader:     " + settings.mailApiUrl() + "/  (REST API; IMAP on localhost:" + settings.imapPort() + ", any password)");
    OUT.println("  SMTP:            localhost:" + settings.smtpPort());
    OUT.println("  PostgreSQL:      localhost:" + settings.databasePort() + "  (portal / portal, database portal)");
    OUT.println("  Logs:            " + settings.logDir());
    OUT.println();
    OUT.println("  Demo users in every tenant (DEVELOPMENT ONLY, password: demo):");
    DEMO_USERS.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(e -> OUT.printf("    %-10s %s%n", e.getKey(), e.getValue()));
    OUT.println();
    OUT.println("  Press Ctrl-C to stop everything.");
    OUT.println("================================================================================");
  }
}
