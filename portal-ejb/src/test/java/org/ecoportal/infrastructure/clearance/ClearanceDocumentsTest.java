package org.ecoportal.infrastructure.clearance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import org.ecoportal.domain.model.verification.ClearanceDocument;
import org.ecoportal.domain.model.verification.UsageOutcome;
import org.ecoportal.domain.model.verification.VerificationResult;
import org.ecoportal.infrastructure.clearance.ClearanceDocuments.InvalidClearanceDocument;
import org.junit.jupiter.api.Test;

class ClearanceDocumentsTest {

  private final ClearanceDocuments documents = new ClearanceDocuments();
  private static final Instant T = Instant.parse("2026-12-02T06:40:12.345Z");

  @Test
  void aVerificationRequestIsWrittenAndReadBack() {
    ClearanceDocument.Request request =
        new ClearanceDocument.Request("3f1c", "KR-2026-000123", "Customs Administration", "TW-ID-1", "Is the origin criterion <WO> & right?", T);
    byte[] xml = documents.write(request);
    String text = new String(xml, StandardCharsets.UTF_8);
    assertTrue(text.contains("urn:ecoportal:clearance:1") && text.contains("&lt;WO&gt; &amp;"), text);
    assertEquals(request, documents.read(xml));
  }

  @Test
  void anAnswerAndAUsageAreWrittenAndReadBackWithOrWithoutTheirOptionalParts() {
    ClearanceDocument.Answer answer = new ClearanceDocument.Answer("3f1c", "KR-2026-000123", VerificationResult.NOT_CONFIRMED,
        "The producer could not show its records", "Korea Chamber of Commerce", T);
    assertEquals(answer, documents.read(documents.write(answer)));
    ClearanceDocument.Usage granted = new ClearanceDocument.Usage("KR-2026-000123", UsageOutcome.PREFERENCE_GRANTED, LocalDate.of(2026, 12, 2), "TW", null, null);
    assertEquals(granted, documents.read(documents.write(granted)));
    ClearanceDocument.Usage refused =
        new ClearanceDocument.Usage("KR-2026-000123", UsageOutcome.PREFERENCE_REFUSED, LocalDate.of(2026, 12, 2), "TW", "Taiwan customs", "HS code differs");
    assertEquals(refused, documents.read(documents.write(refused)));
  }

  @Test
  void aDocumentAgainstTheSchemaIsRefusedWithItsProblems() {
    String noQuestion = """
        <VerificationRequest xmlns="urn:ecoportal:clearance:1">
          <Reference>r</Reference><CertificateNumber>KR-1</CertificateNumber><AskedAt>2026-12-02T06:40:12Z</AskedAt>
        </VerificationRequest>""";
    InvalidClearanceDocument invalid = assertThrows(InvalidClearanceDocument.class, () -> documents.read(bytes(noQuestion)));
    assertTrue(invalid.getMessage().contains("Question"), invalid.getMessage());
    String badOutcome = """
        <CertificateUsage xmlns="urn:ecoportal:clearance:1"><CertificateNumber>KR-1</CertificateNumber><Outcome>MAYBE</Outcome>
        <DecidedOn>2026-12-02</DecidedOn><Economy>TW</Economy></CertificateUsage>""";
    assertThrows(InvalidClearanceDocument.class, () -> documents.read(bytes(badOutcome)));
    String otherNamespace = "<CertificateUsage xmlns=\"urn:other\"><CertificateNumber>KR-1</CertificateNumber></CertificateUsage>";
    assertThrows(InvalidClearanceDocument.class, () -> documents.read(bytes(otherNamespace)));
    assertThrows(InvalidClearanceDocument.class, () -> documents.read(bytes("<VerificationRequest><unclosed>")));
    assertThrows(InvalidClearanceDocument.class, () -> documents.read(new byte[0]));
  }

  @Test
  void aDocumentWithADoctypeIsRefusedWithoutExpandingItsEntities() {
    String laughs = """
        <?xml version="1.0"?>
        <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
          <!ENTITY secret SYSTEM "file:///etc/passwd">]>
        <VerificationRequest xmlns="urn:ecoportal:clearance:1"><Reference>&lol2;</Reference><CertificateNumber>KR-1</CertificateNumber>
        <Question>&secret;</Question><AskedAt>2026-12-02T06:40:12Z</AskedAt></VerificationRequest>""";
    InvalidClearanceDocument refused = assertThrows(InvalidClearanceDocument.class, () -> documents.read(bytes(laughs)));
    assertTrue(refused.getMessage().contains("DOCTYPE"), refused.getMessage());
    assertFalse(refused.getMessage().contains("root:"), "nothing of the server's files");
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
