package org.ecoportal.domain.model.importing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import org.ecoportal.domain.model.application.Attachment;
import org.ecoportal.domain.model.application.FieldProblem;
import org.ecoportal.domain.model.application.WorkflowException;
import org.ecoportal.domain.model.certificate.CertificateContent;
import org.ecoportal.domain.model.exchange.ExchangeKind;
import org.ecoportal.domain.model.exchange.Partner;
import org.ecoportal.domain.model.exchange.ReceivedCertificate;
import org.ecoportal.domain.model.organisation.Organisation;
import org.ecoportal.domain.model.organisation.OrganisationKind;
import org.ecoportal.domain.model.tenant.Tenant;
import org.junit.jupiter.api.Test;

/** The importer's part after accepting: naming the customs broker, handing over shipping documents. */
class ShippingDocumentTest {

  private static final Organisation TAIPEI_IMPORTER =
      new Organisation(Tenant.TW, OrganisationKind.TRADER, "Taipei Harbour Imports", "TW-IMP-1", "TW");
  private static final Organisation KEELUNG = new Organisation(Tenant.TW, OrganisationKind.BROKERAGE, "Keelung Customs Brokers", "TW-BRK-1", "TW");
  private static final Organisation TAMSUI = new Organisation(Tenant.TW, OrganisationKind.BROKERAGE, "Tamsui Customs Agents", "TW-BRK-2", "TW");
  private static final byte[] PDF = "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
  private static final Instant NOON = Instant.parse("2026-12-01T12:00:00Z");

  @Test
  void onlyAnAcceptedCaseGetsABrokerOfItsTenantAndNamingAnotherReplacesIt() {
    ImportCase opened = new ImportCase(received(), TAIPEI_IMPORTER);
    assertEquals("importCase.error.notAccepted",
        assertThrows(WorkflowException.class, () -> opened.assignBroker(KEELUNG, "importer", NOON)).messageKey());
    opened.accept("importer", NOON);
    Organisation korean = new Organisation(Tenant.KR, OrganisationKind.BROKERAGE, "Hangang Customs Brokerage", "KR-BRK-1", "KR");
    for (Organisation notABroker : List.of(korean, TAIPEI_IMPORTER)) {
      assertEquals("importCase.error.notABroker",
          assertThrows(WorkflowException.class, () -> opened.assignBroker(notABroker, "importer", NOON)).messageKey());
    }
    assertNull(opened.brokerId());
    opened.assignBroker(KEELUNG, "importer", NOON);
    assertEquals(List.of(KEELUNG.id(), "importer", NOON), List.of(opened.brokerId(), opened.brokerAssignedBy(), opened.brokerAssignedAt()));
    opened.assignBroker(TAMSUI, "importer2", NOON.plusSeconds(60));
    assertEquals(List.of(TAMSUI.id(), "importer2"), List.of(opened.brokerId(), opened.brokerAssignedBy()));
  }

  @Test
  void aDocumentIsARealPdfPngOrJpegOfAtMostTenMegabytes() {
    assertTrue(ShippingDocument.problems(Attachment.Kind.INVOICE, "invoice.pdf", PDF).isEmpty());
    byte[] tenMegabytes = Arrays.copyOf(PDF, ShippingDocument.MAX_BYTES);
    assertTrue(ShippingDocument.problems(Attachment.Kind.BILL_OF_LADING, "bl.pdf", tenMegabytes).isEmpty(), "larger than an attachment may be");
    assertEquals(List.of(new FieldProblem("document", "attachment.error.tooLarge", "10")),
        ShippingDocument.problems(Attachment.Kind.INVOICE, "big.pdf", Arrays.copyOf(PDF, ShippingDocument.MAX_BYTES + 1)));
    assertEquals(List.of(new FieldProblem("document", "attachment.error.type", "invoice.pdf")),
        ShippingDocument.problems(Attachment.Kind.INVOICE, "invoice.pdf", "<html/>".getBytes(StandardCharsets.US_ASCII)));
    assertEquals(List.of(new FieldProblem("document", "attachment.error.empty")), ShippingDocument.problems(Attachment.Kind.INVOICE, "x.pdf", null));
    assertEquals(List.of(new FieldProblem("documentKind", "application.error.required")), ShippingDocument.problems(null, "x.pdf", PDF));
  }

  @Test
  void documentsAreHandedOverWithAnAcceptedCaseOnlyUnderTheFilesOwnName() {
    ImportCase opened = new ImportCase(received(), TAIPEI_IMPORTER);
    assertThrows(WorkflowException.class, () -> ShippingDocument.of(opened, Attachment.Kind.INVOICE, "invoice.pdf", PDF, "importer", NOON));
    opened.accept("importer", NOON);
    ShippingDocument invoice = ShippingDocument.of(opened, Attachment.Kind.INVOICE, "C:\\scans\\invoice.pdf", PDF, "importer", NOON);
    assertEquals(List.of(opened.id(), "invoice.pdf", "application/pdf", PDF.length),
        List.of(invoice.caseId(), invoice.filename(), invoice.contentType(), invoice.sizeBytes()));
    assertArrayEquals(PDF, invoice.content());
  }

  private static ReceivedCertificate received() {
    Partner korea = new Partner(Tenant.TW, "KR", "Korea single window", "https://sw.example.kr/as4", "eco-kr", EnumSet.allOf(ExchangeKind.class));
    CertificateContent content =
        new CertificateContent("KR-2026-000001", LocalDate.of(2026, 12, 1), null, null, null, null, "KR", "TW", "NON-PREF", null, false,
            null, List.of(), null, null, null);
    return new ReceivedCertificate(korea, "m-1@kr", content, ExchangeKind.ISSUED, "<x/>".getBytes(StandardCharsets.UTF_8),
        Instant.parse("2026-12-01T09:00:00Z"));
  }
}
