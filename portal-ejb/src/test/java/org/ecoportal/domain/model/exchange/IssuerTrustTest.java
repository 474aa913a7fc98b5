package org.ecoportal.domain.model.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.ecoportal.domain.model.exchange.TestCertificates.Holder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class IssuerTrustTest {

  private static final Instant NOW = Instant.parse("2026-03-01T00:00:00Z");
  private static final Instant YEAR_AGO = NOW.minus(Duration.ofDays(365));
  private static final Instant IN_A_YEAR = NOW.plus(Duration.ofDays(365));
  private static final String CHAMBER = "CN=General Chamber of Commerce of Taiwan, O=General Chamber of Commerce of Taiwan, C=TW";

  private static Holder ca;
  private static Holder chamberOfCa;

  @BeforeAll
  static void authority() throws Exception {
    ca = TestCertificates.authority("CN=Taiwan Trade CA, O=Taiwan Trade PKI, C=TW", YEAR_AGO, IN_A_YEAR);
    chamberOfCa = TestCertificates.issued(CHAMBER, ca, YEAR_AGO, IN_A_YEAR);
  }

  private static Optional<String> judged(List<Holder> trusted, Holder signer) {
    return IssuerTrust.whyUntrusted(trusted.stream().map(h -> PartnerCertificate.of(h.certificate())).toList(), signer.certificate(), NOW);
  }

  private static Holder chamber(String subject) throws Exception {
    return new Holder(null, TestCertificates.selfSigned(subject, YEAR_AGO, IN_A_YEAR));
  }

  @Test
  void aTrustedChamberCertificateMaySign() throws Exception {
    Holder chamber = chamber(CHAMBER);
    assertEquals(Optional.empty(), judged(List.of(chamber(CHAMBER + ", OU=Kaohsiung"), chamber), chamber));
  }

  @Test
  void aCertificateATrustedAuthorityIssuedMaySign() {
    assertEquals(Optional.empty(), judged(List.of(ca), chamberOfCa));
  }

  @Test
  void anotherKeyUnderATrustedChambersNameIsRefusedNamingItsSubject() throws Exception {
    Optional<String> why = judged(List.of(chamber(CHAMBER)), chamber(CHAMBER));
    assertTrue(why.isPresent());
    assertTrue(why.get().contains("General Chamber of Commerce of Taiwan"), why.get());
  }

  @Test
  void nothingIsTakenWhileNoIssuerIsTrusted() {
    Optional<String> why = judged(List.of(), chamberOfCa);
    assertTrue(why.orElseThrow().contains("no certificate issuer of the partner is trusted yet"), why.get());
  }

  @Test
  void aCertificateIssuedUnderTheAuthoritysNameByAnotherKeyIsRefused() throws Exception {
    Holder impostor = TestCertificates.authority("CN=Taiwan Trade CA, O=Taiwan Trade PKI, C=TW", YEAR_AGO, IN_A_YEAR);
    assertTrue(judged(List.of(ca), TestCertificates.issued(CHAMBER, impostor, YEAR_AGO, IN_A_YEAR)).isPresent());
  }

  @Test
  void aTrustedChamberCertificateIssuesNothing() throws Exception {
    Holder chamber = TestCertificates.issued("CN=Taipei Chamber, C=TW", ca, YEAR_AGO, IN_A_YEAR);
    Holder issuedByAChamber = TestCertificates.issued(CHAMBER, chamber, YEAR_AGO, IN_A_YEAR);
    assertTrue(judged(List.of(chamber), issuedByAChamber).isPresent(), "only a CA certificate issues signers");
  }

  @Test
  void signersOutsideTheirValidityAreRefused() throws Exception {
    Holder expired = TestCertificates.issued(CHAMBER, ca, YEAR_AGO, NOW.minusSeconds(1));
    assertTrue(judged(List.of(ca), expired).orElseThrow().contains("not valid"));
    assertTrue(judged(List.of(expired), expired).isPresent(), "trusted once, expired now");
    Holder notYet = TestCertificates.issued(CHAMBER, ca, NOW.plusSeconds(60), IN_A_YEAR);
    assertTrue(judged(List.of(ca), notYet).isPresent());
  }

  @Test
  void anExpiredAuthorityIssuesNothing() throws Exception {
    Holder old = TestCertificates.authority("CN=Old Taiwan Trade CA, C=TW", YEAR_AGO.minus(Duration.ofDays(365)), NOW.minusSeconds(1));
    Holder chamber = TestCertificates.issued(CHAMBER, old, YEAR_AGO, IN_A_YEAR);
    assertTrue(judged(List.of(old), chamber).isPresent());
  }
}
