package org.ecoportal.infrastructure.signing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Where chambers' signing keys come from.
 *
 * <p>In production a chamber's key and certificate (issued by a real certification authority) sit in
 * a PKCS#12 keystore: {@link #load(Path, char[])}. For development, {@link #forChamber} makes each
 * chamber an RSA-3072 key with a self-signed certificate on first use (CN and O the chamber's name,
 * C its country, valid five years) and keeps it in {@code <directory>/<chamberId>.p12}, so later runs
 * sign with the same key. Only the JDK's own provider is used for the cryptography; Bouncy Castle
 * only builds the certificate structure.
 */
public class ChamberKeys {

  private static final Logger LOG = Logger.getLogger(ChamberKeys.class.getName());

  private static final String KEYSTORE_TYPE = "PKCS12";
  private static final String ALIAS = "signing";
  private static final int RSA_BITS = 3072;
  private static final int VALID_YEARS = 5;
  /** Chamber ids become file names: nothing that could leave the directory. */
  private static final Pattern CHAMBER_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

  private final Path directory;
  private final char[] password;

  /**
   * @param directory where development keystores are kept; created when missing
   * @param password protects every keystore in the directory
   */
  public ChamberKeys(Path directory, char[] password) {
    this.directory = Objects.requireNonNull(directory, "directory");
    this.password = Objects.requireNonNull(password, "password").clone();
  }

  /** The first key entry of a PKCS#12 keystore, with its certificate chain. */
  public static ChamberKey load(Path keystore, char[] password) {
    return load(keystore, password, null);
  }

  /**
   * The key entry {@code alias} of a PKCS#12 keystore (the first key entry when {@code alias} is
   * {@code null}), with its certificate chain.
   */
  public static ChamberKey load(Path keystore, char[] password, String alias) {
    try (InputStream in = Files.newInputStream(keystore)) {
      KeyStore store = KeyStore.getInstance(KEYSTORE_TYPE);
      store.load(in, password);
      String entry = alias != null ? alias : firstKeyAlias(store, keystore);
      if (!store.isKeyEntry(entry)) {
        throw new SigningException("Keystore " + keystore + " has no key entry '" + entry + "'");
      }
      PrivateKey key = (PrivateKey) store.getKey(entry, password);
      Certificate[] chain = store.getCertificateChain(entry);
      if (chain == null || chain.length == 0) {
        throw new SigningException("Key '" + entry + "' in " + keystore + " has no certificate");
      }
      List<X509Certificate> certificates = new ArrayList<>();
      for (Certificate certificate : chain) {
        certificates.add((X509Certificate) certificate);
      }
      return new ChamberKey(key, certificates);
    } catch (IOException | GeneralSecurityException e) {
      // A wrong password shows up here as an IOException from load().
      throw new SigningException("Cannot read the signing key in " + keystore + ": " + e.getMessage(), e);
    }
  }

  /**
   * A development chamber's key: the one kept in {@code <directory>/<chamberId>.p12}, made with a
   * new self-signed certificate when there is none yet.
   *
   * @param chamberId the chamber's stable id, used as the file name
   * @param chamberName goes into the certificate as CN and O
   * @param countryCode ISO 3166-1 alpha-2, goes into the certificate as C
   */
  public synchronized ChamberKey forChamber(String chamberId, String chamberName, String countryCode) {
    if (chamberId == null || !CHAMBER_ID.matcher(chamberId).matches()) {
      throw new IllegalArgumentException("Not a usable chamber id: " + chamberId);
    }
    Objects.requireNonNull(chamberName, "chamberName");
    Objects.requireNonNull(countryCode, "countryCode");
    Path keystore = directory.resolve(chamberId + ".p12");
    if (Files.exists(keystore)) {
      return load(keystore, password, ALIAS);
    }
    ChamberKey created = generate(chamberName, countryCode);
    try {
      store(created, keystore);
      LOG.info(() -> "Development signing key made for chamber " + chamberId + " in " + keystore);
      return created;
    } catch (FileAlreadyExistsException madeMeanwhile) {
      // Another server thread or process was quicker: sign with the key it kept.
      return load(keystore, password, ALIAS);
    } catch (IOException | GeneralSecurityException e) {
      throw new SigningException("Cannot keep the signing key of chamber " + chamberId + " in " + keystore, e);
    }
  }

  private static String firstKeyAlias(KeyStore store, Path keystore) throws GeneralSecurityException {
    for (String alias : Collections.list(store.aliases())) {
      if (store.isKeyEntry(alias)) {
        return alias;
      }
    }
    throw new SigningException("Keystore " + keystore + " holds no signing key");
  }

  private static ChamberKey generate(String chamberName, String countryCode) {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(RSA_BITS, new SecureRandom());
      KeyPair pair = generator.generateKeyPair();

      X500Name subject =
          new X500NameBuilder(BCStyle.INSTANCE)
              .addRDN(BCStyle.C, countryCode)
              .addRDN(BCStyle.O, chamberName)
              .addRDN(BCStyle.CN, chamberName)
              .build();
      Instant now = Instant.now();
      // Back-dated a little so a clock slightly behind elsewhere still accepts fresh signatures.
      Date notBefore = Date.from(now.minus(Duration.ofMinutes(5)));
      Date notAfter = Date.from(now.atOffset(ZoneOffset.UTC).plusYears(VALID_YEARS).toInstant());
      BigInteger serial = new BigInteger(127, new SecureRandom()).add(BigInteger.ONE);
      X509v3CertificateBuilder builder =
          new JcaX509v3CertificateBuilder(subject, serial, notBefore, notAfter, subject, pair.getPublic());
      JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
      builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
      builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
      builder.addExtension(Extension.subjectKeyIdentifier, false, extensions.createSubjectKeyIdentifier(pair.getPublic()));
      X509Certificate certificate =
          new JcaX509CertificateConverter()
              .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
      return new ChamberKey(pair.getPrivate(), List.of(certificate));
    } catch (GeneralSecurityException | OperatorCreationException | IOException e) {
      throw new SigningException("Cannot make a development signing key for " + chamberName, e);
    }
  }

  /** Writes beside the target, then moves into place, so no reader ever sees half a keystore. */
  private void store(ChamberKey key, Path keystore) throws IOException, GeneralSecurityException {
    Files.createDirectories(directory);
    KeyStore store = KeyStore.getInstance(KEYSTORE_TYPE);
    store.load(null, null);
    store.setKeyEntry(ALIAS, key.privateKey(), password, key.chainArray());
    Path partial = Files.createTempFile(directory, keystore.getFileName().toString(), ".partial");
    try {
      if (Files.getFileStore(partial).supportsFileAttributeView("posix")) {
        Files.setPosixFilePermissions(partial, PosixFilePermissions.fromString("rw-------"));
      }
      try (OutputStream out = Files.newOutputStream(partial)) {
        store.store(out, password);
      }
      Files.move(partial, keystore);
    } finally {
      Files.deleteIfExists(partial);
    }
  }
}
