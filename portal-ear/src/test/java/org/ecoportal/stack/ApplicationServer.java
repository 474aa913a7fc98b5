package org.ecoportal.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** WildFly, configured at build time (standalone-portal.xml), running the portal's EAR. */
final class ApplicationServer implements Part {

  private final StackSettings settings;
  private final ManagedProcess process;

  ApplicationServer(StackSettings settings) {
    this.settings = settings;
    this.process = new ManagedProcess(name(), settings.logDir().resolve("wildfly-console.log"));
  }

  @Override
  public String name() {
    return "WildFly (portal)";
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
    Path deployments = home.resolve("standalone/deployments");
    try {
      for (String marker : List.of(".deployed", ".failed", ".undeployed", ".isdeploying", ".pending")) {
        Files.deleteIfExists(deployments.resolve("portal.ear" + marker));
      }
      Files.copy(ear, deployments.resolve("portal.ear"), StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new StackException("Cannot deploy the portal into " + deployments + ": " + e.getMessage(), e);
    }
    Map<String, String> environment = new HashMap<>(settings.portalEnvironment());
    // Settings given to the launcher win over the development defaults.
    System.getenv().forEach((k, v) -> {
      if (k.startsWith("PORTAL_")) {
        environment.put(k, v);
      }
    });
    process.start(
        List.of(
            home.resolve("bin/standalone.sh").toString(),
            "-c",
            "standalone-portal.xml",
            "-Djboss.server.log.dir=" + settings.logDir().resolve("wildfly")),
        home,
        environment);
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

  @Override
  public java.util.stream.Stream<ProcessHandle> processes() {
    return process.tree();
  }

  @Override
  public void close() {
    process.stop(Duration.ofSeconds(30));
  }
}
