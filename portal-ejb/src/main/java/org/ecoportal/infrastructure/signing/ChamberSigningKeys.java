package org.ecoportal.infrastructure.signing;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.ecoportal.domain.model.tenant.Tenant;

/**
 * The signing keys of the server's chambers, as the server is configured:
 *
 * <ul>
 *   <li>{@code portal.keys.dir} ({@code PORTAL_KEYS_DIR}): the directory of the chambers'
 *       PKCS#12 keystores, one per chamber, named {@code <chamber identifier>.p12} with the key
 *       under the alias {@code signing}; relative to the server's data directory unless absolute.
 *   <li>{@code portal.keys.password} ({@code PORTAL_KEYS_PASSWORD}): their password.
 *   <li>{@code portal.keys.generate} ({@code PORTAL_KEYS_GENERATE}): {@code true} makes a
 *       development key with a self-signed certificate for a chamber that has none, on its first
 *       certificate, and keeps it; {@code false} (production) refuses to issue for a chamber whose
 *       keystore is missing, saying which file it expects.
 * </ul>
 *
 * Keys are read once and kept in memory.
 */
@ApplicationScoped
public class ChamberSigningKeys {

  private static final Logger LOG = Logger.getLogger(ChamberSigningKeys.class.getName());

  private final Map<String, ChamberKey> loaded = new ConcurrentHashMap<>();
  private Path directory;
  private char[] password;
  private boolean generate;
  private ChamberKeys keys;

  @PostConstruct
  void configure() {
    String dir = System.getProperty("portal.keys.dir", "chamber-keys");
    Path path = Path.of(dir);
    if (!path.isAbsolute()) {
      path = Path.of(System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir"))).resolve(path);
    }
    directory = path;
    password = System.getProperty("portal.keys.password", "development").toCharArray();
    generate = Boolean.parseBoolean(System.getProperty("portal.keys.generate", "true"));
    keys = new ChamberKeys(directory, password);
    LOG.info(() -> "Chamber signing keys in " + directory + (generate ? " (development keys made when missing)" : ""));
  }

  /**
   * The key a chamber signs its certificates with.
   *
   * @param identifier the chamber's identifier, e.g. {@code KR-CHB-KCCI}; names its keystore
   * @throws SigningException when the keystore is missing (and may not be made) or cannot be read
   */
  public ChamberKey of(String identifier, String chamberName, String countryCode) {
    return loaded.computeIfAbsent(identifier, id -> read(id, chamberName, countryCode));
  }

  /**
   * The key a tenant's single window signs its AS4 messages and receipts with: keystore
   * {@code as4-<tenant>.p12} in the same directory, made like a development chamber key.
   */
  public ChamberKey exchangeKey(Tenant tenant) {
    return of(exchangeKeyId(tenant), tenant.country() + " e-CO single window", tenant.country());
  }

  /** The keystore name of a tenant's AS4 key. */
  public static String exchangeKeyId(Tenant tenant) {
    return "as4-" + tenant.code();
  }

  private ChamberKey read(String identifier, String chamberName, String countryCode) {
    Path keystore = directory.resolve(identifier + ".p12");
    if (!generate && !Files.exists(keystore)) {
      throw new SigningException(
          "No signing key for chamber " + identifier + ": put its PKCS#12 keystore at " + keystore
              + " (key alias 'signing', password PORTAL_KEYS_PASSWORD)");
    }
    return keys.forChamber(identifier, chamberName, countryCode);
  }
}
