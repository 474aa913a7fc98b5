package org.ecoportal.infrastructure.ubl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.ecoportal.domain.model.certificate.CertificateContent;
import org.ecoportal.infrastructure.SampleCertificates;
import org.junit.jupiter.api.Test;

class CertificateOfOriginDocumentTest {

  private final CertificateOfOriginDocument documents = new CertificateOfOriginDocument();

  @Test
  void writtenDocumentIsValidUbl21() {
    byte[] xml = documents.write(SampleCertificates.koreaToNewZealand());

    assertEquals(List.of(), documents.validate(xml));
    String text = new String(xml, StandardCharsets.UTF_8);
    assertTrue(text.contains("CertificateOfOrigin"), text);
    assertTrue(text.contains("listID=\"HS\">080830<"), text);
    assertTrue(text.contains("<cbc:ID>KR-2026-000123</cbc:ID>"), text);
  }

  @Test
  void readingBackGivesTheSameContent() {
    CertificateContent sample = SampleCertificates.koreaToNewZealand();

    CertificateContent read = documents.read(documents.write(sample));

    assertEquals("KR-2026-000123", read.certificateNumber());
    assertEquals(LocalDate.of(2026, 3, 5), read.issueDate());
    assertEquals("Hanbit Fresh Trading Co., Ltd.", read.exporter().name());
    assertEquals("NZ", read.importCountry());
    assertEquals(List.of("080830", "121120"), read.items().stream().map(CertificateContent.Item::hsCode).toList());
    assertEquals(sample, read);
  }

  @Test
  void replacementKeepsTheReplacedNumber() {
    CertificateContent replacement = SampleCertificates.replacement();

    byte[] xml = documents.write(replacement);

    assertEquals(List.of(), documents.validate(xml));
    assertEquals(replacement, documents.read(xml));
    assertTrue(new String(xml, StandardCharsets.UTF_8).contains(">KR-2026-000123<"));
  }

  @Test
  void documentWithoutIdIsReportedReadably() {
    String xml = new String(documents.write(SampleCertificates.koreaToNewZealand()), StandardCharsets.UTF_8);
    String withoutId = xml.replaceFirst("<cbc:ID>KR-2026-000123</cbc:ID>", "");

    List<String> errors = documents.validate(withoutId.getBytes(StandardCharsets.UTF_8));

    assertFalse(errors.isEmpty());
    assertTrue(errors.get(0).startsWith("Line "), errors.toString());
    assertTrue(errors.get(0).contains("cbc:ID") || errors.get(0).contains("ID"), errors.toString());
    InvalidCertificateDocumentException refused =
        assertThrows(InvalidCertificateDocumentException.class, () -> documents.read(withoutId.getBytes(StandardCharsets.UTF_8)));
    assertEquals(errors, refused.errors());
  }

  @Test
  void bytesThatAreNotXmlAreReportedReadably() {
    List<String> errors = documents.validate("%PDF-1.7 not a certificate".getBytes(StandardCharsets.US_ASCII));

    assertEquals(1, errors.size(), errors.toString());
    assertTrue(errors.get(0).startsWith("Line 1, column 1:"), errors.toString());
    assertEquals(List.of("The document is empty"), documents.validate(new byte[0]));
  }

  @Test
  void doctypesAreRefused() {
    String hostile =
        "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
            + "<CertificateOfOrigin xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:CertificateOfOrigin-2\">&e;</CertificateOfOrigin>";

    List<String> errors = documents.validate(hostile.getBytes(StandardCharsets.UTF_8));

    assertEquals(1, errors.size(), errors.toString());
    assertTrue(errors.get(0).contains("DOCTYPE"), errors.toString());
  }

  @Test
  void otherUblDocumentsAreNotCertificates() {
    String invoice =
        "<Invoice xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2\""
            + " xmlns:cbc=\"urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2\"><cbc:ID>1</cbc:ID></Invoice>";

    assertFalse(documents.validate(invoice.getBytes(StandardCharsets.UTF_8)).isEmpty());
  }
}
