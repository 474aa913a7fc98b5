package org.ecoportal.domain.model.exchange;

import java.security.GeneralSecurityException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.Optional;

/**
 * Who may sign a partner's certificates of origin: a certificate the tenant trusts for the partner,
 * or one such a trusted CA certificate issued. Both must be valid at the time of receipt. Only one
 * level is followed: a chamber certificate issued by an intermediate CA needs that intermediate
 * trusted, not only its root.
 */
public final class IssuerTrust {

  /** keyUsage bit keyCertSign (RFC 5280 4.2.1.3). */
  private static final int KEY_CERT_SIGN = 5;

  private IssuerTrust() {}

  /**
   * Why {@code signer} may not sign the partner's certificates, or nothing when it may.
   *
   * @param trusted the certificates the tenant trusts for the partner
   * @param signer the certificate the certificate of origin's signature was made with
   * @param now the time of receipt
   */
  public static Optional<String> whyUntrusted(Collection<PartnerCertificate> trusted, X509Certificate signer, Instant now) {
    String subject = signer.getSubjectX500Principal().getName();
    if (trusted.isEmpty()) {
      return Optional.of("The certificate is signed by " + subject + ", but no certificate issuer of the partner is trusted yet");
    }
    if (!validAt(signer, now)) {
      return Optional.of("The certificate is signed by " + subject + ", whose certificate is not valid at " + now
          + " (valid " + signer.getNotBefore().toInstant() + " to " + signer.getNotAfter().toInstant() + ")");
    }
    for (PartnerCertificate candidate : trusted) {
      X509Certificate issuer = candidate.x509();
      if (same(issuer, signer) || issued(issuer, signer, now)) {
        return Optional.empty();
      }
    }
    return Optional.of("The certificate is signed by " + subject + " (issued by " + signer.getIssuerX500Principal().getName()
        + "), which is neither a trusted certificate issuer of the partner nor issued by one");
  }

  /** {@code issuer} is a CA certificate, valid now, and its key signed {@code signer}. */
  private static boolean issued(X509Certificate issuer, X509Certificate signer, Instant now) {
    if (!isCertificationAuthority(issuer) || !validAt(issuer, now)
        || !issuer.getSubjectX500Principal().equals(signer.getIssuerX500Principal())) {
      return false;
    }
    try {
      signer.verify(issuer.getPublicKey());
      return true;
    } catch (GeneralSecurityException | RuntimeException notIssuedByIt) {
      return false;
    }
  }

  private static boolean isCertificationAuthority(X509Certificate certificate) {
    boolean[] usage = certificate.getKeyUsage();
    return certificate.getBasicConstraints() >= 0 && (usage == null || (usage.length > KEY_CERT_SIGN && usage[KEY_CERT_SIGN]));
  }

  private static boolean validAt(X509Certificate certificate, Instant when) {
    Date at = Date.from(when);
    return !at.before(certificate.getNotBefore()) && !at.after(certificate.getNotAfter());
  }

  private static boolean same(X509Certificate a, X509Certificate b) {
    try {
      return Arrays.equals(a.getEncoded(), b.getEncoded());
    } catch (CertificateEncodingException e) {
      return false;
    }
  }
}
