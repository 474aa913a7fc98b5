package org.ecoportal.interfaces.as4;

import com.helger.phase4.crypto.AbstractAS4CryptoFactory;
import com.helger.phase4.crypto.ECryptoMode;
import java.security.KeyStore;
import org.apache.wss4j.common.crypto.Crypto;
import org.apache.wss4j.common.crypto.Merlin;

/**
 * The keys and trust of one AS4 exchange: which tenant's key signs (chosen once the receiving
 * tenant is known, for the receipt) and which partner certificates a signature may come from.
 */
final class TenantCryptoFactory extends AbstractAS4CryptoFactory {

  private final KeyStore keyStore;
  private final KeyStore trustStore;
  private volatile String keyAlias;
  private Merlin crypto;

  TenantCryptoFactory(KeyStore keyStore, String keyAlias, KeyStore trustStore) {
    this.keyStore = keyStore;
    this.keyAlias = keyAlias;
    this.trustStore = trustStore;
  }

  /** From now on signs with this key of the keystore. */
  void signWith(String alias) {
    this.keyAlias = alias;
  }

  @Override
  public synchronized Crypto getCrypto(ECryptoMode mode) {
    if (crypto == null) {
      // trust only the partners given: never the JDK's public CAs
      crypto = new Merlin(false, null);
      crypto.setKeyStore(keyStore);
      crypto.setTrustStore(trustStore);
    }
    return crypto;
  }

  @Override
  public KeyStore getKeyStore() {
    return keyStore;
  }

  @Override
  public String getKeyAlias() {
    return keyAlias;
  }

  @Override
  public char[] getKeyPasswordPerAliasCharArray(String alias) {
    return ExchangeKeyStores.IN_MEMORY.clone();
  }

  @Override
  public KeyStore getTrustStore() {
    return trustStore;
  }
}
