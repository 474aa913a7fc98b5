package org.ecoportal.domain.model.exchange;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The X.509 certificate a partner signs its messages and certificates with, as the administrator
 * pasted (PEM) or uploaded it (PEM or DER), with what the screens show of it.
 */
public record PartnerCertificate(byte[] der, String subject, String issuer, Instant notBefore, Instant notAfter)
    implements Serializable {

  /** Larger than any single certificate; refuses pasted files of another kind early. */
  public static final int MAX_BYTES = 64 * 1024;

  public PartnerCertificate {
    der = der.clone();
  }

  @Override
  public byte[] der() {
    return der.clone();
  }

  /** The first certificate in {@code content} (PEM text or DER), or nothing when it holds none. */
  public static Optional<PartnerCertificate> parse(byte[] content) {
    if (content == null || content.length == 0 || content.length > MAX_BYTES) {
      return Optional.empty();
    }
    byte[] input = content;
    String text = new String(content, StandardCharsets.US_ASCII);
    int begin = text.indexOf("-----BEGIN CERTIFICATE-----");
    if (begin > 0) {
      // text before the PEM block (e.g. "Bag Attributes" of an export) is not part of it
      input = text.substring(begin).getBytes(StandardCharsets.US_ASCII);
    }
    try {
      Collection<? extends java.security.cert.Certificate> found =
          CertificateFactory.getInstance("X.509").generateCertificates(new ByteArrayInputStream(input));
      return found.stream()
          .filter(X509Certificate.class::isInstance)
          .map(X509Certificate.class::cast)
          .findFirst()
          .map(PartnerCertificate::of);
    } catch (CertificateException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** The certificate as stored (DER); fails when stored data is no longer a certificate. */
  public static PartnerCertificate ofStored(byte[] der) {
    return parse(der).orElseThrow(() -> new IllegalStateException("A stored partner certificate cannot be read"));
  }

  public static PartnerCertificate of(X509Certificate certificate) {
    try {
      return new PartnerCertificate(
          certificate.getEncoded(),
          certificate.getSubjectX500Principal().getName(),
          certificate.getIssuerX500Principal().getName(),
          certificate.getNotBefore().toInstant(),
          certificate.getNotAfter().toInstant());
    } catch (CertificateEncodingException e) {
      throw new IllegalArgumentException("Certificate cannot be encoded", e);
    }
  }

  public boolean validAt(Instant when) {
    return !when.isBefore(notBefore) && !when.isAfter(notAfter);
  }

  /** The SHA-256 fingerprint of the DER, 64 lower-case hex digits: what names the certificate wherever it is. */
  public String fingerprint() {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(der));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java platform has SHA-256", e);
    }
  }

  /** The certificate itself, to verify with. */
  public X509Certificate x509() {
    try {
      return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der));
    } catch (CertificateException e) {
      throw new IllegalStateException("A partner certificate cannot be read", e);
    }
  }
}
