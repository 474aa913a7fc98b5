package org.ecoportal.domain.model.verification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.EnumSet;
import java.util.UUID;
import org.ecoportal.domain.model.application.WorkflowException;
import org.ecoportal.domain.model.certificate.Certificate;
import org.ecoportal.domain.model.certificate.CertificateNumber;
import org.ecoportal.domain.model.exchange.ExchangeKind;
import org.ecoportal.domain.model.exchange.ExchangeMessage;
import org.ecoportal.domain.model.exchange.Partner;
import org.ecoportal.domain.model.tenant.Tenant;
import org.junit.jupiter.api.Test;

class VerificationRequestTest {

  private static final Instant T0 = Instant.parse("2026-12-02T01:00:00Z");
  private static final Partner TAIWAN =
      new Partner(Tenant.KR, "TW", "Taiwan single window", "https://sw.example.tw/as4", "eco-tw", ExchangeKind.certificateDocuments());

  private static VerificationRequest received() {
    Certificate certificate =
        new Certificate(Tenant.KR, CertificateNumber.of(Tenant.KR, 2026, 7), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "officer", T0, null);
    ClearanceDocument.Request request =
        new ClearanceDocument.Request("ref-1", certificate.number(), "Taiwan customs", "TW-ID-1", "  Grown in Korea?  ", T0);
    ReceivedClearanceMessage message = new ReceivedClearanceMessage(TAIWAN, "m-1@tw", request, "<x/>".getBytes(StandardCharsets.UTF_8), T0);
    return new VerificationRequest(message, request, certificate);
  }

  @Test
  void theChamberAnswersOnceAtTheVersionItRead() {
    VerificationRequest request = received();
    assertEquals("Grown in Korea?", request.question());
    assertFalse(request.isAnswered());
    WorkflowException stale =
        assertThrows(WorkflowException.class, () -> request.answer(1, VerificationResult.CONFIRMED, "Yes", "officer", T0));
    assertEquals("verification.error.changedMeanwhile", stale.messageKey());
    WorkflowException empty = assertThrows(WorkflowException.class, () -> request.answer(0, VerificationResult.CONFIRMED, " ", "officer", T0));
    assertEquals("verification.error.textRequired", empty.messageKey());
    assertNull(request.result(), "nothing changed by a refused answer");

    request.answer(0, VerificationResult.NOT_CONFIRMED, " No records of the orchard ", "officer", T0.plusSeconds(60));
    assertTrue(request.isAnswered());
    assertEquals("No records of the orchard", request.answerText());
    WorkflowException again =
        assertThrows(WorkflowException.class, () -> request.answer(0, VerificationResult.CONFIRMED, "Yes after all", "officer", T0));
    assertEquals("verification.error.answeredAlready", again.messageKey());
  }

  @Test
  void clearanceMessagesAreAboutANumberAndCertificateDocumentsAboutACertificateOfThisSide() {
    ExchangeMessage usage = new ExchangeMessage(TAIWAN, "KR-2026-7", ExchangeKind.USAGE, "<u/>".getBytes(StandardCharsets.UTF_8), T0);
    assertEquals("KR-2026-7", usage.certificateNumber());
    assertNull(usage.certificateId());
    assertThrows(IllegalArgumentException.class,
        () -> new ExchangeMessage(TAIWAN, "KR-2026-7", ExchangeKind.ISSUED, "<u/>".getBytes(StandardCharsets.UTF_8), T0));
    assertThrows(IllegalArgumentException.class,
        () -> new ExchangeMessage(TAIWAN, UUID.randomUUID(), ExchangeKind.VERIFICATION_REQUEST, null, "<u/>".getBytes(StandardCharsets.UTF_8), T0));
    assertEquals(EnumSet.of(ExchangeKind.VERIFICATION_REQUEST, ExchangeKind.VERIFICATION_ANSWER, ExchangeKind.USAGE), ExchangeKind.clearance());
  }
}
