package org.ecoportal.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Keycloak, on the stack's PostgreSQL (database {@code keycloak}), importing every realm of
 * {@code realm-config/} that does not exist yet and serving the tenants' login themes. The build
 * copies realms and themes into the distribution under {@code portal-ear/target/keycloak}.
 */
final class IdentityServer implements Part {

  /** Development-only administrator of Keycloak's master realm. */
  static final String ADMIN_USER = "admin";

  static final String ADMIN_PASSWORD = "admin";

  private final StackSettings settings;
  private final ManagedProcess process;

  IdentityServer(StackSettings settings) {
    this.settings = settings;
    this.process = new ManagedProcess(name(), log());
  }

  @Override
  public String name() {
    return "Keycloak";
  }

  @Override
  public Path log() {
    return settings.logDir().resolve("keycloak.log");
  }

  @Override
  public void start() {
    ManagedProcess.requireFree(settings.keycloakPort(), "Keycloak HTTP");
    ManagedProcess.requireFree(settings.keycloakManagementPort(), "Keycloak management");
    Path home = Path.of(System.getProperty("keycloak.home", "target/keycloak")).toAbsolutePath();
    Path script = home.resolve("bin/kc.sh");
    if (!Files.isExecutable(script)) {
      throw new StackException("Keycloak is missing at " + home + ". Build first: ./mvnw package -DskipTests");
    }
    Path cache = settings.dataDir().resolve("keycloak-cache");
    try {
      Files.createDirectories(cache);
    } catch (IOException e) {
      throw new StackException("Cannot create " + cache + ": " + e.getMessage(), e);
    }
    process.start(
        List.of(
            script.toString(),
            "start-dev",
            "--http-host=127.0.0.1",
            "--http-port=" + settings.keycloakPort(),
            "--http-management-port=" + settings.keycloakManagementPort(),
            "--health-enabled=true",
            "--db=postgres",
            "--db-url=jdbc:postgresql://localhost:" + settings.databasePort() + "/" + StackSettings.KEYCLOAK_DB,
            "--db-username=" + StackSettings.KEYCLOAK_DB,
            "--db-password=" + StackSettings.KEYCLOAK_DB,
            "--import-realm"),
        home,
        Map.of(
            "KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN_USER,
            "KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD,
            "JAVA_OPTS_APPEND", "-Dvertx.cacheDirBase=" + cache,
            // The realm files build the portal client's redirect addresses from these.
            "PORTAL_URL", settings.portalUrl(),
            "PORTAL_OIDC_SECRET", System.getenv().getOrDefault("PORTAL_OIDC_SECRET", "dev-portal-secret")));
    process.awaitHealthy(
        () -> ManagedProcess.httpOk("http://localhost:" + settings.keycloakManagementPort() + "/health/ready"),
        Duration.ofSeconds(240));
  }

  @Override
  public java.util.stream.Stream<ProcessHandle> processes() {
    return process.tree();
  }

  @Override
  public void close() {
    process.stop(Duration.ofSeconds(20));
  }
}
