package org.ecoportal.stack;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where each part of the stack listens and keeps its files. The development portal uses the
 * well-known ports and keeps its data between runs; the integration tests use ports 10000 higher
 * and a fresh folder under {@code target/}, so both can run at the same time.
 */
public record StackSettings(
    String name,
    Path dataDir,
    int databasePort,
    int keycloakPort,
    int keycloakManagementPort,
    int smtpPort,
    int imapPort,
    int mailApiPort,
    int portalPort,
    int portalManagementPort,
    boolean keepData) {

  static final String DB_USER = "portal";
  static final String DB_PASSWORD = "portal";
  static final String DB_NAME = "portal";
  static final String KEYCLOAK_DB = "keycloak";

  /** The development portal: {@code PORTAL_DATA_DIR}, default {@code ~/.eco-portal}. */
  public static StackSettings development() {
    String configured = System.getenv("PORTAL_DATA_DIR");
    Path data =
        configured == null || configured.isBlank()
            ? Path.of(System.getProperty("user.home"), ".eco-portal")
            : Path.of(configured);
    return new StackSettings(
        "development", data.toAbsolutePath(), 5433, 8180, 9100, 3025, 3143, 8025, 8080, 9990, true);
  }

  /** The stack of the integration tests, wiped at each run. */
  public static StackSettings test(Path dir) {
    return new StackSettings(
        "test", dir.toAbsolutePath(), 15433, 18180, 19100, 13025, 13143, 18025, 18080, 19990, false);
  }

  /**
   * A second portal node beside this stack, for tests of the exchange between two servers: its own
   * PostgreSQL and WildFly 10000 ports higher (all of WildFly's sockets shifted by {@link
   * #portOffset()}), this stack's Keycloak and mail. Its data is kept across restarts of its parts;
   * whoever starts it begins with an empty {@code dir}.
   */
  public StackSettings secondNode(Path dir) {
    return new StackSettings(
        name + "-second-node", dir.toAbsolutePath(), databasePort + 10000, keycloakPort, keycloakManagementPort, smtpPort,
        imapPort, mailApiPort, portalPort + 10000, portalManagementPort + 10000, true);
  }

  /** How far WildFly's sockets are shifted from its defaults (HTTP 8080). */
  int portOffset() {
    return portalPort - 8080;
  }

  /** Every port the stack listens on, with what listens there. */
  public Map<Integer, String> ports() {
    Map<Integer, String> ports = new java.util.LinkedHashMap<>();
    ports.put(databasePort, "PostgreSQL");
    ports.put(smtpPort, "mail SMTP");
    ports.put(imapPort, "mail IMAP");
    ports.put(mailApiPort, "mail reader");
    ports.put(keycloakPort, "Keycloak HTTP");
    ports.put(keycloakManagementPort, "Keycloak management");
    ports.put(portalPort, "portal HTTP");
    ports.put(portalManagementPort, "WildFly management");
    return ports;
  }

  public Path logDir() {
    return dataDir.resolve("logs");
  }

  public String portalUrl() {
    return "http://localhost:" + portalPort;
  }

  public String keycloakUrl() {
    return "http://localhost:" + keycloakPort;
  }

  public String mailApiUrl() {
    return "http://localhost:" + mailApiPort;
  }

  /** What the portal's server configuration reads ({@code configure-server.cli}). */
  public Map<String, String> portalEnvironment() {
    return Map.ofEntries(
        Map.entry("PORTAL_DB_HOST", "localhost"),
        Map.entry("PORTAL_DB_PORT", Integer.toString(databasePort)),
        Map.entry("PORTAL_DB_NAME", DB_NAME),
        Map.entry("PORTAL_DB_USER", DB_USER),
        Map.entry("PORTAL_DB_PASSWORD", DB_PASSWORD),
        Map.entry("PORTAL_KEYCLOAK_URL", keycloakUrl()),
        Map.entry("PORTAL_URL", portalUrl()),
        Map.entry("PORTAL_SMTP_HOST", "localhost"),
        Map.entry("PORTAL_SMTP_PORT", Integer.toString(smtpPort)),
        Map.entry("PORTAL_DEMO_DATA", "true"),
        // Development signing keys outlive rebuilds: they are kept with the stack's data.
        Map.entry("PORTAL_KEYS_DIR", dataDir.resolve("chamber-keys").toString()));
  }
}
