package org.ecoportal.domain.model.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.ecoportal.domain.model.application.FieldProblem;
import org.ecoportal.domain.model.tenant.Tenant;
import org.junit.jupiter.api.Test;

class PartnerRulesTest {

  private static final Instant NOW = Instant.parse("2026-03-01T00:00:00Z");
  private static final Set<String> COUNTRIES = Set.of("KR", "TW", "NZ", "CN", "JP");

  private static PartnerData partner(String country, String endpoint, String partyId, byte[] certificate) {
    return new PartnerData(country, "Taiwan single window", endpoint, partyId, certificate, EnumSet.allOf(ExchangeKind.class), true);
  }

  private static List<FieldProblem> problems(PartnerData data) {
    return PartnerRules.check(data, COUNTRIES::contains, "KR", NOW).problems();
  }

  private static Set<String> keys(PartnerData data) {
    return problems(data).stream().map(p -> p.field() + ":" + p.messageKey()).collect(Collectors.toSet());
  }

  @Test
  void aCompletePartnerWithoutCertificateHasNoProblems() {
    assertEquals(List.of(), problems(partner("tw", "https://sw.example.tw/as4", "eco-tw", null)));
  }

  @Test
  void endpointsAreAbsoluteHttpOrHttpsUrlsWithAHost() {
    assertTrue(PartnerRules.isEndpointUrl("https://sw.example.tw/as4"));
    assertTrue(PartnerRules.isEndpointUrl("http://localhost:18080/as4"));
    assertTrue(PartnerRules.isEndpointUrl("HTTPS://sw.example.tw:8443/msh?x=1"));
    assertFalse(PartnerRules.isEndpointUrl("ftp://sw.example.tw/as4"));
    assertFalse(PartnerRules.isEndpointUrl("javascript:alert(1)"));
    assertFalse(PartnerRules.isEndpointUrl("/as4"));
    assertFalse(PartnerRules.isEndpointUrl("https:///as4"));
    assertFalse(PartnerRules.isEndpointUrl("https://user:secret@sw.example.tw/as4"));
    assertFalse(PartnerRules.isEndpointUrl("https://sw.example.tw/as4#part"));
    assertFalse(PartnerRules.isEndpointUrl("https://sw example.tw/as4"));
    assertFalse(PartnerRules.isEndpointUrl(" https://sw.example.tw/as4"));
    assertFalse(PartnerRules.isEndpointUrl("https://sw.example.tw/" + "a".repeat(500)));
    assertFalse(PartnerRules.isEndpointUrl(null));
    assertEquals(Set.of("endpointUrl:exchange.error.endpointUrl"), keys(partner("TW", "ftp://sw.example.tw", "eco-tw", null)));
  }

  @Test
  void everyMissingOrMalformedFieldIsNamed() {
    PartnerData empty = new PartnerData(" ", null, "", "", null, Set.of(), false);
    assertEquals(
        Set.of("country:application.error.required", "name:application.error.required", "endpointUrl:application.error.required",
            "partyId:application.error.required", "documents:exchange.error.documents"),
        keys(empty));
    assertEquals(Set.of("country:exchange.error.country"), keys(partner("XX", "https://a.example/as4", "eco-tw", null)));
    assertEquals(Set.of("country:exchange.error.ownCountry"), keys(partner("kr", "https://a.example/as4", "eco-kr", null)));
    assertEquals(Set.of("partyId:exchange.error.partyId"), keys(partner("TW", "https://a.example/as4", "eco tw", null)));
  }

  @Test
  void aPastedPemCertificateIsReadWithSubjectIssuerAndValidity() throws Exception {
    X509Certificate issued = TestCertificates.selfSigned("CN=Trade-Van e-CO,O=Trade-Van,C=TW", NOW.minus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(365)));
    byte[] pasted = ("Bag Attributes: friendlyName: tw\n" + new String(TestCertificates.pem(issued), StandardCharsets.US_ASCII)).getBytes(StandardCharsets.US_ASCII);
    PartnerRules.Checked checked = PartnerRules.check(partner("TW", "https://a.example/as4", "eco-tw", pasted), COUNTRIES::contains, "KR", NOW);
    assertEquals(List.of(), checked.problems());
    PartnerCertificate certificate = checked.certificate().orElseThrow();
    assertEquals(issued.getSubjectX500Principal().getName(), certificate.subject());
    assertTrue(certificate.subject().contains("CN=Trade-Van e-CO"));
    assertEquals(certificate.subject(), certificate.issuer());
    assertEquals(issued.getNotAfter().toInstant(), certificate.notAfter());
    assertTrue(certificate.validAt(NOW));
    assertEquals(certificate.subject(), PartnerCertificate.parse(issued.getEncoded()).orElseThrow().subject(), "DER uploads are read too");
  }

  @Test
  void garbageExpiredAndNotYetValidCertificatesAreRefusedOnTheirField() throws Exception {
    assertEquals(Set.of("certificate:exchange.error.certificateUnreadable"),
        keys(partner("TW", "https://a.example/as4", "eco-tw", "not a certificate".getBytes(StandardCharsets.US_ASCII))));
    assertEquals(Set.of("certificate:exchange.error.certificateUnreadable"),
        keys(partner("TW", "https://a.example/as4", "eco-tw", "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n".getBytes(StandardCharsets.US_ASCII))));
    X509Certificate expired = TestCertificates.selfSigned("CN=Old,C=TW", NOW.minus(Duration.ofDays(400)), NOW.minus(Duration.ofDays(35)));
    List<FieldProblem> old = problems(partner("TW", "https://a.example/as4", "eco-tw", TestCertificates.pem(expired)));
    assertEquals("exchange.error.certificateExpired", old.get(0).messageKey());
    assertEquals(NOW.minus(Duration.ofDays(35)).toString().substring(0, 10), old.get(0).argument());
    X509Certificate future = TestCertificates.selfSigned("CN=New,C=TW", NOW.plus(Duration.ofDays(3)), NOW.plus(Duration.ofDays(400)));
    assertEquals(Set.of("certificate:exchange.error.certificateNotYetValid"),
        keys(partner("TW", "https://a.example/as4", "eco-tw", TestCertificates.pem(future))));
    assertTrue(PartnerCertificate.parse(new byte[PartnerCertificate.MAX_BYTES + 1]).isEmpty());
  }

  @Test
  void anIssuerIsTrustedOncePerPartnerAndRefusedOnItsFieldOtherwise() throws Exception {
    Partner taiwan = new Partner(Tenant.KR, "TW", "Taiwan", "https://a.example/as4", "eco-tw", EnumSet.allOf(ExchangeKind.class));
    X509Certificate chamber = TestCertificates.selfSigned("CN=General Chamber of Commerce of Taiwan,C=TW", NOW.minus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(365)));
    PartnerRules.Checked checked = PartnerRules.checkIssuer("issuerFile", chamber.getEncoded(), taiwan, NOW);
    assertEquals(List.of(), checked.problems());
    TrustedIssuer issuer = taiwan.trustIssuer(checked.certificate().orElseThrow(), "admin", NOW);
    assertEquals(PartnerCertificate.of(chamber).fingerprint(), issuer.fingerprint());
    assertEquals(64, issuer.fingerprint().length());
    assertEquals(chamber.getNotAfter().toInstant(), issuer.notAfter());

    List<FieldProblem> again = PartnerRules.checkIssuer("issuerFile", TestCertificates.pem(chamber), taiwan, NOW).problems();
    assertEquals(List.of(new FieldProblem("issuerFile", "exchange.error.issuerTrusted", issuer.subject())), again);
    assertThrows(IllegalStateException.class, () -> taiwan.trustIssuer(PartnerCertificate.of(chamber), "admin", NOW));
    assertEquals(1, taiwan.issuers().size());

    assertEquals("issuerFile:exchange.error.certificateUnreadable", key(PartnerRules.checkIssuer("issuerFile", "not a certificate".getBytes(StandardCharsets.US_ASCII), taiwan, NOW)));
    assertEquals("issuerFile:application.error.required", key(PartnerRules.checkIssuer("issuerFile", new byte[0], taiwan, NOW)));
    X509Certificate expired = TestCertificates.selfSigned("CN=Old,C=TW", NOW.minus(Duration.ofDays(400)), NOW.minus(Duration.ofDays(35)));
    assertEquals("issuerFile:exchange.error.certificateExpired", key(PartnerRules.checkIssuer("issuerFile", expired.getEncoded(), taiwan, NOW)));

    assertTrue(taiwan.distrustIssuer(issuer.id()));
    assertFalse(taiwan.distrustIssuer(issuer.id()), "gone already");
    assertEquals(List.of(), taiwan.issuers());
  }

  private static String key(PartnerRules.Checked checked) {
    assertEquals(1, checked.problems().size(), checked.problems().toString());
    return checked.problems().get(0).field() + ":" + checked.problems().get(0).messageKey();
  }
}
