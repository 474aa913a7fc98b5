package org.ecoportal.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * A second, independent portal server beside the test stack, as a partner economy's single window
 * would run it: its own PostgreSQL and its own WildFly (the same build, a base folder of its own,
 * ports 10000 above the test stack's), sharing the stack's Keycloak and mail. Each part can be
 * stopped, killed and started again on its own, keeping its data, so tests can break the exchange
 * between two servers the ways a network, a crash or a database restart would.
 *
 * <p>It starts from an empty folder and is stopped with its whole process tree on {@link #close()},
 * or when the test JVM ends.
 */
public final class PartnerPortal implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(PartnerPortal.class.getName());

  private final StackSettings settings;
  private final EmbeddedDatabase database;
  private final ApplicationServer server;
  private final Thread stopAtExit = new Thread(this::close, "partner-portal-stop");

  /**
   * @param keysDir the AS4 and chamber keys, shared with the other server so that the demo lanes
   *     set up on each server's first start trust the keys the other signs with
   * @param options given to WildFly, such as {@code -Dportal.exchange.lease=PT15S}
   */
  public PartnerPortal(StackSettings stack, Path dir, Path keysDir, List<String> options) {
    this.settings = stack.secondNode(dir);
    Map<String, String> environment = new HashMap<>(settings.portalEnvironment());
    environment.put("PORTAL_KEYS_DIR", keysDir.toAbsolutePath().toString());
    this.database = new EmbeddedDatabase(settings);
    this.server = new ApplicationServer(settings, settings.dataDir().resolve("server"), environment, options);
  }

  /** Starts both parts from an empty folder; fails with the log to read when one does not come up. */
  public void start() {
    deleteRecursively(settings.dataDir());
    Runtime.getRuntime().addShutdownHook(stopAtExit);
    startDatabase();
    startServer();
  }

  public String url() {
    return settings.portalUrl();
  }

  public String jdbcUrl() {
    return "jdbc:postgresql://localhost:" + settings.databasePort() + "/" + StackSettings.DB_NAME;
  }

  /** Where WildFly logs; the place to look when the server misbehaves. */
  public Path serverLog() {
    return server.log();
  }

  public void startServer() {
    started(server);
  }

  /** Shuts WildFly down as an operator would. */
  public void stopServer() {
    server.close();
  }

  /** Ends WildFly at once (kill -9 of its process tree), in the middle of whatever it was doing. */
  public void killServer() {
    server.kill();
  }

  public void startDatabase() {
    started(database);
  }

  /** Stops PostgreSQL; its data stays for the next start. */
  public void stopDatabase() {
    database.close();
  }

  private static void started(Part part) {
    long begin = System.nanoTime();
    try {
      part.start();
    } catch (RuntimeException e) {
      part.close();
      throw new StackException("The partner portal's " + part.name() + " did not start: " + e.getMessage(), e);
    }
    LOG.info(() -> String.format("Partner portal: %s is up (%.1f s)", part.name(), (System.nanoTime() - begin) / 1e9));
  }

  @Override
  public void close() {
    try {
      server.close();
    } finally {
      database.close();
    }
    if (Thread.currentThread() != stopAtExit) {
      try {
        Runtime.getRuntime().removeShutdownHook(stopAtExit);
      } catch (IllegalStateException | IllegalArgumentException notRegisteredOrExiting) {
        // nothing to remove
      }
    }
  }

  private static void deleteRecursively(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    } catch (IOException e) {
      throw new StackException("Cannot empty the partner portal's folder " + dir + ": " + e.getMessage(), e);
    }
  }
}
