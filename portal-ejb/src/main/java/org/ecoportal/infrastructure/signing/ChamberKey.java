package org.ecoportal.infrastructure.signing;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;

/**
 * A chamber's signing key with its certificate chain, the chamber's own certificate first.
 *
 * @param privateKey the key the chamber signs with; never leaves the server
 * @param chain the chamber's certificate, then the certificates of its issuers, if any
 */
public record ChamberKey(PrivateKey privateKey, List<X509Certificate> chain) {

  public ChamberKey {
    Objects.requireNonNull(privateKey, "privateKey");
    chain = List.copyOf(chain);
    if (chain.isEmpty()) {
      throw new IllegalArgumentException("A signing key needs its certificate");
    }
  }

  /** The chamber's own certificate, the one anyone verifying a signature sees. */
  public X509Certificate certificate() {
    return chain.get(0);
  }

  /** The chain as {@link XmlSigner#sign(byte[], PrivateKey, X509Certificate...)} takes it. */
  public X509Certificate[] chainArray() {
    return chain.toArray(X509Certificate[]::new);
  }

  @Override
  public String toString() {
    return "ChamberKey[" + certificate().getSubjectX500Principal().getName() + "]";
  }
}
