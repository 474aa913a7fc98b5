package org.ecoportal.interfaces.as4;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Collection;
import org.ecoportal.domain.model.tenant.Tenant;
import org.ecoportal.infrastructure.signing.ChamberKey;
import org.ecoportal.infrastructure.signing.ChamberSigningKeys;

/**
 * The tenants' AS4 keys and the partners' certificates as the keystores and truststores phase4
 * signs and verifies with. Kept in memory only; the keys themselves live where
 * {@link ChamberSigningKeys} keeps them.
 */
@ApplicationScoped
public class ExchangeKeyStores {

  /** Protects the in-memory keystores only; they are never written anywhere. */
  static final char[] IN_MEMORY = "in-memory".toCharArray();

  @Inject private ChamberSigningKeys keys;

  /** The alias of a tenant's AS4 key in {@link #keys(Collection)}. */
  static String alias(Tenant tenant) {
    return ChamberSigningKeys.exchangeKeyId(tenant);
  }

  /** A keystore holding the AS4 keys of the given tenants. */
  KeyStore keys(Collection<Tenant> tenants) {
    try {
      KeyStore store = empty();
      for (Tenant tenant : tenants) {
        ChamberKey key = keys.exchangeKey(tenant);
        store.setKeyEntry(alias(tenant), key.privateKey(), IN_MEMORY, key.chainArray());
      }
      return store;
    } catch (GeneralSecurityException | IOException e) {
      throw new IllegalStateException("AS4 keys cannot be prepared", e);
    }
  }

  /** A truststore holding the given certificates (DER). */
  static KeyStore trusting(Collection<byte[]> certificates) {
    try {
      KeyStore store = empty();
      CertificateFactory factory = CertificateFactory.getInstance("X.509");
      int i = 0;
      for (byte[] der : certificates) {
        store.setCertificateEntry("partner-" + i++, (X509Certificate) factory.generateCertificate(new ByteArrayInputStream(der)));
      }
      return store;
    } catch (GeneralSecurityException | IOException e) {
      throw new IllegalStateException("A partner certificate cannot be trusted", e);
    }
  }

  private static KeyStore empty() throws GeneralSecurityException, IOException {
    KeyStore store = KeyStore.getInstance("PKCS12");
    store.load(null, null);
    return store;
  }
}
