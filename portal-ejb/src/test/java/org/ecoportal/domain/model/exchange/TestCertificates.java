package org.ecoportal.domain.model.exchange;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** Certificates of partners' single windows, chambers and certification authorities, valid when the test says. */
final class TestCertificates {

  /** A certificate with its key, for certificates it issues. */
  record Holder(KeyPair keys, X509Certificate certificate) {}

  private TestCertificates() {}

  static X509Certificate selfSigned(String subject, Instant notBefore, Instant notAfter) throws Exception {
    KeyPair keys = keyPair();
    X500Name name = new X500Name(subject);
    return sign(builder(name, name, keys, notBefore, notAfter), keys);
  }

  /** A self-signed CA certificate that may issue others. */
  static Holder authority(String subject, Instant notBefore, Instant notAfter) throws Exception {
    KeyPair keys = keyPair();
    X500Name name = new X500Name(subject);
    var builder = builder(name, name, keys, notBefore, notAfter);
    builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
    builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
    return new Holder(keys, sign(builder, keys));
  }

  /** An end-entity certificate (a chamber's, or a single window's) issued by {@code issuer}. */
  static Holder issued(String subject, Holder issuer, Instant notBefore, Instant notAfter) throws Exception {
    KeyPair keys = keyPair();
    var builder = builder(X500Name.getInstance(issuer.certificate().getSubjectX500Principal().getEncoded()), new X500Name(subject), keys, notBefore, notAfter);
    builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
    return new Holder(keys, sign(builder, issuer.keys()));
  }

  static byte[] pem(X509Certificate certificate) throws Exception {
    String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(certificate.getEncoded());
    return ("-----BEGIN CERTIFICATE-----\n" + body + "\n-----END CERTIFICATE-----\n").getBytes(StandardCharsets.US_ASCII);
  }

  private static KeyPair keyPair() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
    generator.initialize(256);
    return generator.generateKeyPair();
  }

  private static JcaX509v3CertificateBuilder builder(X500Name issuer, X500Name subject, KeyPair keys, Instant notBefore, Instant notAfter) {
    return new JcaX509v3CertificateBuilder(
        issuer, BigInteger.valueOf(System.nanoTime()), Date.from(notBefore), Date.from(notAfter), subject, keys.getPublic());
  }

  private static X509Certificate sign(JcaX509v3CertificateBuilder builder, KeyPair signer) throws Exception {
    return new JcaX509CertificateConverter()
        .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(signer.getPrivate())));
  }
}
