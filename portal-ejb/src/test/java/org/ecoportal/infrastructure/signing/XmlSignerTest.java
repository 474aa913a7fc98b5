package org.ecoportal.infrastructure.signing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.ecoportal.infrastructure.SampleCertificates;
import org.ecoportal.infrastructure.signing.SignatureCheck.Result;
import org.ecoportal.infrastructure.signing.SignatureCheck.SignerMatch;
import org.ecoportal.infrastructure.ubl.CertificateOfOriginDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XmlSignerTest {

  private static final char[] PASSWORD = "dev-only-keystore-password".toCharArray();

  @TempDir static Path keys;

  private static ChamberKey busan;
  private static ChamberKey auckland;
  private static byte[] unsigned;

  private final XmlSigner signer = new XmlSigner();
  private final SignatureCheck check = new SignatureCheck();
  private final CertificateOfOriginDocument documents = new CertificateOfOriginDocument();

  @BeforeAll
  static void chambers() {
    ChamberKeys chamberKeys = new ChamberKeys(keys, PASSWORD);
    busan = chamberKeys.forChamber("kr-busan", "Busan Chamber of Commerce and Industry", "KR");
    auckland = chamberKeys.forChamber("nz-auckland", "Auckland Business Chamber", "NZ");
    unsigned = new CertificateOfOriginDocument().write(SampleCertificates.koreaToNewZealand());
  }

  @Test
  void signedCertificateVerifiesAndNamesItsSigner() {
    byte[] signed = signer.sign(unsigned, busan.privateKey(), busan.chainArray());

    Result result = check.verify(signed, busan.certificate());

    assertTrue(result.valid(), result.failure());
    assertTrue(result.intact());
    assertEquals(SignerMatch.MATCHES, result.signerMatch());
    assertEquals("CN=Busan Chamber of Commerce and Industry,O=Busan Chamber of Commerce and Industry,C=KR", result.signer().subject());
    assertEquals(busan.certificate().getSerialNumber(), result.signer().serialNumber());
    assertNotNull(result.signingTime());
    assertTrue(Duration.between(result.signingTime(), Instant.now()).abs().toMinutes() < 5);
  }

  @Test
  void signedCertificateIsStillValidUblAndReadsBack() {
    byte[] signed = signer.sign(unsigned, busan.privateKey(), busan.chainArray());

    assertEquals(List.of(), documents.validate(signed));
    assertEquals(SampleCertificates.koreaToNewZealand(), documents.read(signed));
    String text = new String(signed, StandardCharsets.UTF_8);
    assertTrue(text.contains("SignatureInformation"), text);
    assertTrue(text.contains(CertificateOfOriginDocument.SIGNATURE_ID), text);
  }

  @Test
  void changingTheExporterNameBreaksTheSignature() {
    String signed = new String(signer.sign(unsigned, busan.privateKey(), busan.chainArray()), StandardCharsets.UTF_8);
    String altered = signed.replace("Hanbit Fresh Trading Co., Ltd.", "Hanbit Fresh Trading Co., Ltd");
    assertFalse(altered.equals(signed));

    Result result = check.verify(altered.getBytes(StandardCharsets.UTF_8), busan.certificate());

    assertFalse(result.valid());
    assertFalse(result.intact());
    assertEquals("The document was altered after it was signed", result.failure());
  }

  @Test
  void changingAnyContentByteBreaksTheSignature() {
    byte[] signed = signer.sign(unsigned, busan.privateKey(), busan.chainArray());
    String text = new String(signed, StandardCharsets.UTF_8);
    for (String figure : List.of(">4200.000<", ">080830<", ">2026-03-05<", ">NZ<", ">18480.00<")) {
      int at = text.indexOf(figure) + 2;
      byte[] altered = signed.clone();
      altered[at] = (byte) (altered[at] == '1' ? '7' : '1');

      assertFalse(check.verify(altered).valid(), "altering " + figure + " went unnoticed");
    }
  }

  @Test
  void backdatingTheSignatureIsNoticed() {
    String signed = new String(signer.sign(unsigned, busan.privateKey(), busan.chainArray()), StandardCharsets.UTF_8);
    String backdated = signed.replaceFirst("<xades:SigningTime>\\d{4}", "<xades:SigningTime>2019");

    Result result = check.verify(backdated.getBytes(StandardCharsets.UTF_8), busan.certificate());

    assertFalse(result.valid());
    assertEquals("The signature's signed properties were altered", result.failure());
  }

  @Test
  void anotherChambersSignatureIsNotTheExpectedOne() {
    byte[] signed = signer.sign(unsigned, auckland.privateKey(), auckland.chainArray());

    Result result = check.verify(signed, busan.certificate());

    assertFalse(result.valid());
    assertTrue(result.intact());
    assertEquals(SignerMatch.DIFFERS, result.signerMatch());
    assertTrue(result.failure().startsWith("Signed by CN=Auckland Business Chamber"), result.failure());
    assertTrue(check.verify(signed).valid());
  }

  @Test
  void swappingInAnotherCertificateIsNoticed() {
    String signed = new String(signer.sign(unsigned, busan.privateKey(), busan.chainArray()), StandardCharsets.UTF_8);
    String busanDer = java.util.Base64.getEncoder().encodeToString(der(busan));
    String aucklandDer = java.util.Base64.getEncoder().encodeToString(der(auckland));
    String swapped = signed.replaceAll("\\s", "").contains(busanDer)
        ? signed.replaceAll("(?s)<ds:X509Certificate>.*?</ds:X509Certificate>", "<ds:X509Certificate>" + aucklandDer + "</ds:X509Certificate>")
        : null;
    assertNotNull(swapped, "the signature carries the chamber's certificate");

    Result result = check.verify(swapped.getBytes(StandardCharsets.UTF_8));

    assertFalse(result.valid());
    assertEquals("The signed properties do not name a certificate that the signature carries", result.failure());
  }

  @Test
  void unsignedAndMalformedDocumentsFailWithAReason() {
    Result unsignedResult = check.verify(unsigned);
    assertFalse(unsignedResult.valid());
    assertEquals("The document is not signed", unsignedResult.failure());
    assertNull(unsignedResult.signer());

    Result garbage = check.verify("<CertificateOfOrigin><cbc:ID>".getBytes(StandardCharsets.UTF_8));
    assertFalse(garbage.valid());
    assertTrue(garbage.failure().startsWith("Not a signed document: the document is not well-formed XML"), garbage.failure());

    assertFalse(check.verify(new byte[0]).valid());
    assertFalse(check.verify(null).valid());
  }

  @Test
  void aSecondSignatureIsRefused() {
    byte[] once = signer.sign(unsigned, busan.privateKey(), busan.chainArray());
    byte[] twice = signer.sign(once, auckland.privateKey(), auckland.chainArray());

    Result result = check.verify(twice);

    assertFalse(result.valid());
    assertEquals("The document carries 2 signatures; it should carry exactly one", result.failure());
  }

  @Test
  void nonUblDocumentsAreSignedAtTheRoot() {
    byte[] xml = "<notice xmlns=\"urn:example:notice\"><text>Certificate revoked</text></notice>".getBytes(StandardCharsets.UTF_8);

    byte[] signed = signer.sign(xml, busan.privateKey(), busan.chainArray());

    assertTrue(check.verify(signed, busan.certificate()).valid());
  }

  @Test
  void aKeyThatIsNotTheCertificatesIsRefused() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
    generator.initialize(new ECGenParameterSpec("secp256r1"));
    KeyPair stranger = generator.generateKeyPair();

    SigningException refused =
        assertThrows(SigningException.class, () -> signer.sign(unsigned, stranger.getPrivate(), busan.chainArray()));
    assertTrue(refused.getMessage().contains("does not belong"), refused.getMessage());
    assertThrows(SigningException.class, () -> signer.sign(unsigned, auckland.privateKey(), busan.chainArray()));
  }

  @Test
  void ellipticCurveKeysSignToo() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
    generator.initialize(new ECGenParameterSpec("secp256r1"));
    KeyPair pair = generator.generateKeyPair();
    X500Name name = new X500Name("CN=Taipei Chamber of Commerce,O=Taipei Chamber of Commerce,C=TW");
    X509Certificate certificate =
        new JcaX509CertificateConverter()
            .getCertificate(
                new JcaX509v3CertificateBuilder(
                        name, BigInteger.TEN, new Date(System.currentTimeMillis() - 60_000), new Date(System.currentTimeMillis() + 86_400_000L), name, pair.getPublic())
                    .build(new JcaContentSignerBuilder("SHA256withECDSA").build(pair.getPrivate())));

    byte[] signed = signer.sign(unsigned, pair.getPrivate(), certificate);

    Result result = check.verify(signed, certificate);
    assertTrue(result.valid(), result.failure());
    assertTrue(new String(signed, StandardCharsets.UTF_8).contains("ecdsa-sha256"));
  }

  @Test
  void notXmlCannotBeSigned() {
    SigningException refused =
        assertThrows(SigningException.class, () -> signer.sign("not xml".getBytes(StandardCharsets.UTF_8), busan.privateKey(), busan.chainArray()));
    assertTrue(refused.getMessage().contains("not well-formed XML"), refused.getMessage());
  }

  @Test
  void keysAreMadeOnceAndReusedFromTheKeystore(@TempDir Path directory) throws Exception {
    ChamberKey first = new ChamberKeys(directory, PASSWORD).forChamber("kr-seoul", "Korea Chamber of Commerce and Industry", "KR");
    Path keystore = directory.resolve("kr-seoul.p12");
    assertTrue(Files.exists(keystore));
    long size = Files.size(keystore);

    ChamberKey again = new ChamberKeys(directory, PASSWORD).forChamber("kr-seoul", "Korea Chamber of Commerce and Industry", "KR");
    ChamberKey loaded = ChamberKeys.load(keystore, PASSWORD);

    assertArrayEquals(der(first), der(again));
    assertArrayEquals(first.privateKey().getEncoded(), again.privateKey().getEncoded());
    assertArrayEquals(der(first), der(loaded));
    assertEquals(size, Files.size(keystore));
    assertEquals("RSA", first.privateKey().getAlgorithm());
    assertEquals(3072, ((java.security.interfaces.RSAPublicKey) first.certificate().getPublicKey()).getModulus().bitLength());
    Instant notAfter = first.certificate().getNotAfter().toInstant();
    assertTrue(Duration.between(Instant.now(), notAfter).toDays() > 365 * 5 - 2);
    assertTrue(first.certificate().getKeyUsage()[0], "digitalSignature");
    assertThrows(SigningException.class, () -> ChamberKeys.load(keystore, "wrong".toCharArray()));
    assertThrows(IllegalArgumentException.class, () -> new ChamberKeys(directory, PASSWORD).forChamber("../etc", "x", "KR"));
  }

  private static byte[] der(ChamberKey key) {
    try {
      return key.certificate().getEncoded();
    } catch (java.security.cert.CertificateEncodingException e) {
      throw new IllegalStateException(e);
    }
  }
}
