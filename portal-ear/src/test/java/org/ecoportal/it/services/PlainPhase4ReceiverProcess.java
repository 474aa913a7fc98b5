package org.ecoportal.it.services;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Starts {@link PlainPhase4Receiver} in a JVM of its own, as another economy runs its software: its
 * classpath is the tests' one with the Apache Santuario phase4 needs (the tests' own is the one the
 * portal's XAdES library needs, {@code plain.receiver.xmlsec} names the other), and nothing but
 * files and its address cross between the two.
 */
final class PlainPhase4ReceiverProcess implements AutoCloseable {

  /** A user message as the plain receiver accepted it, its signature checked by phase4. */
  record Received(String messageId, String service, String action, String from, String to, byte[] payload, X509Certificate signer) {}

  private static final char[] PASSWORD = "plain".toCharArray();

  private final Process process;
  private final Path folder;
  private final String url;

  /**
   * @param key the receiver's own key, with {@code chain} its certificate first
   * @param trusted the one certificate whose signatures the receiver accepts
   */
  PlainPhase4ReceiverProcess(
      PrivateKey key, X509Certificate[] chain, X509Certificate trusted, String initiator, String responder, String service, String action)
      throws IOException, GeneralSecurityException, InterruptedException {
    folder = Files.createTempDirectory("plain-phase4-receiver");
    KeyStore keys = emptyKeyStore();
    keys.setKeyEntry("receiver", key, PASSWORD, chain);
    store(keys, folder.resolve("keys.p12"));
    KeyStore trust = emptyKeyStore();
    trust.setCertificateEntry("sender", trusted);
    store(trust, folder.resolve("trust.p12"));
    process =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", classpath(),
                PlainPhase4Receiver.class.getName(), folder.toString(), new String(PASSWORD), initiator, responder, service, action)
            .redirectError(folder.resolve("receiver.log").toFile())
            .start();
    BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    String line = out.readLine();
    if (line == null || !line.startsWith("listening ")) {
      close();
      throw new IllegalStateException("The plain receiver did not start; see " + folder.resolve("receiver.log") + ": "
          + Files.readString(folder.resolve("receiver.log")));
    }
    url = line.substring("listening ".length());
  }

  /** Where the receiver takes AS4 messages. */
  String url() {
    return url;
  }

  /** Every user message accepted so far, in the order they came. */
  List<Received> received() throws IOException, GeneralSecurityException {
    Path dir = folder.resolve("received");
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    List<Received> received = new ArrayList<>();
    for (int n = 1; Files.exists(dir.resolve(n + ".properties")); n++) {
      Properties about = new Properties();
      try (InputStream in = Files.newInputStream(dir.resolve(n + ".properties"))) {
        about.load(in);
      }
      X509Certificate signer = (X509Certificate) CertificateFactory.getInstance("X.509")
          .generateCertificate(new ByteArrayInputStream(Base64.getDecoder().decode(about.getProperty("signer"))));
      received.add(
          new Received(
              about.getProperty("messageId"), about.getProperty("service"), about.getProperty("action"), about.getProperty("from"),
              about.getProperty("to"), Files.readAllBytes(dir.resolve(n + ".payload")), signer));
    }
    return received;
  }

  /** Closes the receiver's standard input, on which it ends; stops it if it does not. */
  @Override
  public void close() throws IOException, InterruptedException {
    process.getOutputStream().close();
    if (!process.waitFor(20, TimeUnit.SECONDS)) {
      process.destroy();
      process.waitFor(10, TimeUnit.SECONDS);
    }
  }

  /** The tests' classpath, Apache Santuario replaced by the version phase4 is built with. */
  private static String classpath() {
    String tests = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    String xmlsec = System.getProperty("plain.receiver.xmlsec");
    if (xmlsec == null || !new File(xmlsec).isFile()) {
      throw new IllegalStateException("plain.receiver.xmlsec must name the Apache Santuario jar phase4 needs, not " + xmlsec);
    }
    return Stream.concat(
            Stream.of(xmlsec),
            Arrays.stream(tests.split(File.pathSeparator)).filter(entry -> !new File(entry).getName().startsWith("xmlsec-")))
        .collect(Collectors.joining(File.pathSeparator));
  }

  private static KeyStore emptyKeyStore() throws IOException, GeneralSecurityException {
    KeyStore store = KeyStore.getInstance("PKCS12");
    store.load(null, null);
    return store;
  }

  private static void store(KeyStore store, Path file) throws IOException, GeneralSecurityException {
    try (OutputStream out = Files.newOutputStream(file)) {
      store.store(out, PASSWORD);
    }
  }
}
