package org.ecoportal.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * WildFly, configured at build time (standalone-portal.xml), running the portal's EAR. The
 * development portal runs in WildFly's own {@code standalone} folder; a further node runs from the
 * same WildFly with a base folder of its own, its sockets shifted by its settings' port offset.
 */
final class ApplicationServer implements Part {

  private final StackSettings settings;
  private final Path baseDir;
  private final Map<String, String> environment;
  private final List<String> options;
  private final ManagedProcess process;

  /** The development portal: settings given to the launcher ({@code PORTAL_*}) win over the defaults. */
  ApplicationServer(StackSettings settings) {
    this(settings, null, withLauncherSettings(settings.portalEnvironment()), List.of());
  }

  /**
   * A portal node in {@code baseDir} (its configuration copied from the built server on first
   * start), with exactly {@code environment} as the portal's settings and {@code options} (such as
   * {@code -Dname=value}) given to WildFly.
   */
  ApplicationServer(StackSettings settings, Path baseDir, Map<String, String> environment, List<String> options) {
    this.settings = settings;
    this.baseDir = baseDir;
    this.environment = Map.copyOf(environment);
    this.options = List.copyOf(options);
    this.process = new ManagedProcess(name(), settings.logDir().resolve("wildfly-console.log"));
  }

  private static Map<String, String> withLauncherSettings(Map<String, String> defaults) {
    Map<String, String> environment = new HashMap<>(defaults);
    System.getenv().forEach((k, v) -> {
      if (k.startsWith("PORTAL_")) {
        environment.put(k, v);
      }
    });
    return environment;
  }

  @Override
  public String name() {
    return baseDir == null ? "WildFly (portal)" : "WildFly (" + settings.name() + ")";
  }

  @Override
  public Path log() {
    return settings.logDir().resolve("wildfly/server.log");
  }

  @Override
  public void start() {
    ManagedProcess.requireFree(settings.portalPort(), "portal HTTP");
    ManagedProcess.requireFree(settings.portalManagementPort(), "WildFly management");
    Path home = Path.of(System.getProperty("jboss.home", "target/wildfly")).toAbsolutePath();
    Path ear = Path.of(System.getProperty("portal.ear", "target/portal.ear")).toAbsolutePath();
    if (!Files.isExecutable(home.resolve("bin/standalone.sh")) || !Files.isRegularFile(ear)) {
      throw new StackException("WildFly or the portal is not built yet. Build first: ./mvnw package -DskipTests");
    }
    Path base = baseDir == null ? home.resolve("standalone") : baseDir;
    Path deployments = base.resolve("deployments");
    try {
      if (baseDir != null && !Files.isDirectory(baseDir.resolve("configuration"))) {
        copyConfiguration(home.resolve("standalone/configuration"), baseDir.resolve("configuration"));
      }
      Files.createDirectories(deployments);
      for (String marker : List.of(".deployed", ".failed", ".undeployed", ".isdeploying", ".pending")) {
        Files.deleteIfExists(deployments.resolve("portal.ear" + marker));
      }
      Files.copy(ear, deployments.resolve("portal.ear"), StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new StackException("Cannot deploy the portal into " + deployments + ": " + e.getMessage(), e);
    }
    List<String> command =
        new ArrayList<>(
            List.of(
                home.resolve("bin/standalone.sh").toString(),
                "-c",
                "standalone-portal.xml",
                "-Djboss.server.log.dir=" + settings.logDir().resolve("wildfly")));
    if (baseDir != null) {
      command.add("-Djboss.server.base.dir=" + baseDir);
    }
    if (settings.portOffset() != 0) {
      command.add("-Djboss.socket.binding.port-offset=" + settings.portOffset());
    }
    command.addAll(options);
    process.start(command, home, environment);
    process.awaitHealthy(
        () -> {
          if (Files.exists(deployments.resolve("portal.ear.failed"))) {
            throw new StackException("The portal failed to deploy. See the server log: " + log());
          }
          return Files.exists(deployments.resolve("portal.ear.deployed"))
              && ManagedProcess.httpOk(settings.portalUrl() + "/health/ready");
        },
        Duration.ofSeconds(180));
  }

  /** The server's configuration as the build made it, without the history of a server that ran on it. */
  private static void copyConfiguration(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : files.filter(f -> !from.relativize(f).startsWith("standalone_xml_history")).toList()) {
        Path target = to.resolve(from.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  @Override
  public Stream<ProcessHandle> processes() {
    return process.tree();
  }

  /** Ends the server at once, as a crash would (kill -9 of its whole process tree). */
  void kill() {
    process.kill();
  }

  @Override
  public void close() {
    process.stop(Duration.ofSeconds(30));
  }
}
