package org.ecoportal.application.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.ecoportal.application.ReceivingRefused;
import org.ecoportal.application.ReceivingRefused.Reason;
import org.ecoportal.domain.model.certificate.CertificateContent;
import org.ecoportal.domain.model.exchange.ExchangeKind;
import org.ecoportal.domain.model.exchange.Partner;
import org.ecoportal.domain.model.exchange.PartnerCertificate;
import org.ecoportal.domain.model.tenant.Tenant;
import org.ecoportal.infrastructure.SampleCertificates;
import org.ecoportal.infrastructure.signing.ChamberKey;
import org.ecoportal.infrastructure.signing.ChamberKeys;
import org.ecoportal.infrastructure.signing.SignatureCheck;
import org.ecoportal.infrastructure.signing.XmlSigner;
import org.ecoportal.infrastructure.ubl.CertificateOfOriginDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IncomingCertificateCheckTest {

  @TempDir static Path keys;

  private static ChamberKey koreaAs4;
  private static ChamberKey chinaAs4;
  private static ChamberKey busan;
  private static byte[] signedKoreanCertificate;
  private static byte[] signedByAStranger;

  private final CertificateOfOriginDocument documents = new CertificateOfOriginDocument();
  private final IncomingCertificateCheck check = new IncomingCertificateCheck(documents, new SignatureCheck(), 200_000);

  @BeforeAll
  static void keysAndCertificate() {
    ChamberKeys chamberKeys = new ChamberKeys(keys, "test-only".toCharArray());
    koreaAs4 = chamberKeys.forChamber("as4-kr", "KR e-CO single window", "KR");
    chinaAs4 = chamberKeys.forChamber("as4-cn", "CN e-CO single window", "CN");
    busan = chamberKeys.forChamber("kr-busan", "Busan Chamber of Commerce and Industry", "KR");
    byte[] unsigned = new CertificateOfOriginDocument().write(SampleCertificates.koreaToNewZealand());
    signedKoreanCertificate = new XmlSigner().sign(unsigned, busan.privateKey(), busan.chainArray());
    // another key under the Busan chamber's very name
    ChamberKey stranger = new ChamberKeys(keys.resolve("stranger"), "test-only".toCharArray())
        .forChamber("kr-busan", "Busan Chamber of Commerce and Industry", "KR");
    signedByAStranger = new XmlSigner().sign(unsigned, stranger.privateKey(), stranger.chainArray());
  }

  /** New Zealand's partner Korea, trusting Korea's AS4 certificate and the Busan chamber's. */
  private static Partner korea() {
    Partner korea = new Partner(Tenant.NZ, "KR", "Korea single window", "http://localhost/as4", "eco-kr", EnumSet.allOf(ExchangeKind.class));
    korea.trust(PartnerCertificate.of(koreaAs4.certificate()));
    korea.trustIssuer(PartnerCertificate.of(busan.certificate()), "admin", Instant.now());
    return korea;
  }

  private CertificateContent checked(Partner from, byte[] payload) {
    return check.certificate(from, payload, Instant.now());
  }

  private static byte[] der(ChamberKey key) throws Exception {
    return key.certificate().getEncoded();
  }

  @Test
  void receiverIsTheTenantThePartyIdNames() {
    assertEquals(Tenant.TW, IncomingCertificateCheck.receiver("eco-tw"));
    assertEquals(Reason.UNKNOWN_RECEIVER, assertThrows(ReceivingRefused.class, () -> IncomingCertificateCheck.receiver("eco-xx")).reason());
    assertEquals(Reason.UNKNOWN_RECEIVER, assertThrows(ReceivingRefused.class, () -> IncomingCertificateCheck.receiver("tw")).reason());
    assertEquals(Reason.UNKNOWN_RECEIVER, assertThrows(ReceivingRefused.class, () -> IncomingCertificateCheck.receiver(null)).reason());
  }

  @Test
  void senderIsTheActivePartnerSigningWithItsTrustedCertificate() throws Exception {
    Partner korea = korea();
    assertSame(korea, IncomingCertificateCheck.sender(List.of(korea), "eco-kr", der(koreaAs4)));
  }

  @Test
  void unknownPartyIsRefused() throws Exception {
    ReceivingRefused refused =
        assertThrows(ReceivingRefused.class, () -> IncomingCertificateCheck.sender(List.of(korea()), "eco-cn", der(chinaAs4)));
    assertEquals(Reason.UNKNOWN_PARTNER, refused.reason());
  }

  @Test
  void inactivePartnerIsRefused() throws Exception {
    Partner korea = korea();
    korea.restate(korea.name(), korea.endpointUrl(), korea.partyId(), korea.documents(), false);
    ReceivingRefused refused =
        assertThrows(ReceivingRefused.class, () -> IncomingCertificateCheck.sender(List.of(korea), "eco-kr", der(koreaAs4)));
    assertEquals(Reason.UNKNOWN_PARTNER, refused.reason());
  }

  @Test
  void anotherSignerUnderThePartnersNameIsRefused() throws Exception {
    ReceivingRefused refused =
        assertThrows(ReceivingRefused.class, () -> IncomingCertificateCheck.sender(List.of(korea()), "eco-kr", der(chinaAs4)));
    assertEquals(Reason.UNTRUSTED_SIGNER, refused.reason());
  }

  @Test
  void partnerWithoutTrustedCertificateIsRefused() throws Exception {
    Partner untrusted = new Partner(Tenant.NZ, "KR", "Korea", "http://localhost/as4", "eco-kr", EnumSet.allOf(ExchangeKind.class));
    ReceivingRefused refused =
        assertThrows(ReceivingRefused.class, () -> IncomingCertificateCheck.sender(List.of(untrusted), "eco-kr", der(koreaAs4)));
    assertEquals(Reason.UNTRUSTED_SIGNER, refused.reason());
  }

  @Test
  void actionNamesTheKind() {
    assertEquals(ExchangeKind.REVOKED, IncomingCertificateCheck.kind("REVOKED"));
    assertEquals(Reason.UNKNOWN_ACTION, assertThrows(ReceivingRefused.class, () -> IncomingCertificateCheck.kind("DELETE")).reason());
    assertEquals(Reason.UNKNOWN_ACTION, assertThrows(ReceivingRefused.class, () -> IncomingCertificateCheck.kind(null)).reason());
  }

  @Test
  void signedValidCertificateFromThePartnersEconomyIsTaken() {
    assertEquals("KR-2026-000123", checked(korea(), signedKoreanCertificate).certificateNumber());
  }

  @Test
  void aCertificateSignedByAChamberThePartnerIsNotTrustedForIsRefusedNamingTheSigner() {
    ReceivingRefused refused = assertThrows(ReceivingRefused.class, () -> checked(korea(), signedByAStranger));
    assertEquals(Reason.UNTRUSTED_ISSUER, refused.reason());
    assertTrue(refused.getMessage().contains("CN=Busan Chamber of Commerce and Industry"), refused.getMessage());
  }

  @Test
  void nothingIsTakenFromAPartnerWithoutTrustedIssuers() {
    Partner korea = new Partner(Tenant.NZ, "KR", "Korea single window", "http://localhost/as4", "eco-kr", EnumSet.allOf(ExchangeKind.class));
    korea.trust(PartnerCertificate.of(koreaAs4.certificate()));
    assertEquals(Reason.UNTRUSTED_ISSUER, assertThrows(ReceivingRefused.class, () -> checked(korea, signedKoreanCertificate)).reason());
  }

  @Test
  void tamperedCertificateIsRefused() {
    byte[] tampered =
        new String(signedKoreanCertificate, StandardCharsets.UTF_8).replace("Fresh Asian pears", "Fresh Asian apples").getBytes(StandardCharsets.UTF_8);
    ReceivingRefused refused = assertThrows(ReceivingRefused.class, () -> checked(korea(), tampered));
    assertEquals(Reason.INVALID_CERTIFICATE, refused.reason());
  }

  @Test
  void unsignedCertificateIsRefused() {
    byte[] unsigned = documents.write(SampleCertificates.koreaToNewZealand());
    assertEquals(Reason.INVALID_CERTIFICATE, assertThrows(ReceivingRefused.class, () -> checked(korea(), unsigned)).reason());
  }

  @Test
  void certificateOfAnotherEconomyIsRefused() {
    Partner china = new Partner(Tenant.NZ, "CN", "China", "http://localhost/as4", "eco-cn", EnumSet.allOf(ExchangeKind.class));
    china.trustIssuer(PartnerCertificate.of(busan.certificate()), "admin", Instant.now());
    assertEquals(
        Reason.INVALID_CERTIFICATE, assertThrows(ReceivingRefused.class, () -> checked(china, signedKoreanCertificate)).reason());
  }

  @Test
  void entitiesAndOtherDocumentsAreRefused() {
    byte[] xxe =
        ("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + "<CertificateOfOrigin xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:CertificateOfOrigin-2\">&e;</CertificateOfOrigin>")
            .getBytes(StandardCharsets.UTF_8);
    assertEquals(Reason.INVALID_DOCUMENT, assertThrows(ReceivingRefused.class, () -> checked(korea(), xxe)).reason());
    byte[] other = "<Invoice xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2\"/>".getBytes(StandardCharsets.UTF_8);
    assertEquals(Reason.INVALID_DOCUMENT, assertThrows(ReceivingRefused.class, () -> checked(korea(), other)).reason());
    byte[] broken = "<CertificateOfOrigin".getBytes(StandardCharsets.UTF_8);
    assertEquals(Reason.INVALID_DOCUMENT, assertThrows(ReceivingRefused.class, () -> checked(korea(), broken)).reason());
  }

  @Test
  void emptyAndOversizedPayloadsAreRefused() {
    assertEquals(Reason.PAYLOAD_SIZE, assertThrows(ReceivingRefused.class, () -> checked(korea(), new byte[0])).reason());
    byte[] huge = new byte[200_001];
    assertEquals(Reason.PAYLOAD_SIZE, assertThrows(ReceivingRefused.class, () -> checked(korea(), huge)).reason());
  }
}
