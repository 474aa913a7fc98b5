package org.ecoportal.domain.model.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AttachmentTest {

  private static final byte[] PDF = "%PDF-1.7\n%minimal\n".getBytes(StandardCharsets.US_ASCII);

  private static List<String> keys(List<FieldProblem> problems) {
    return problems.stream().map(FieldProblem::messageKey).toList();
  }

  @Test
  void aRealPdfIsAccepted() {
    assertTrue(Attachment.problems(Attachment.Kind.INVOICE, "invoice.pdf", PDF).isEmpty());
    Attachment a = Attachment.of(UUID.randomUUID(), Attachment.Kind.INVOICE, "C:\\scans\\invoice.pdf", PDF, "exporter", Instant.now());
    assertEquals("application/pdf", a.contentType());
    assertEquals("invoice.pdf", a.filename());
  }

  @Test
  void aFileIsJudgedByItsContentNotItsName() {
    byte[] script = "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8);
    assertEquals(List.of("attachment.error.type"), keys(Attachment.problems(Attachment.Kind.INVOICE, "invoice.pdf", script)));
  }

  @Test
  void emptyOversizedAndUnclassifiedUploadsAreRefused() {
    assertEquals(List.of("attachment.error.empty"), keys(Attachment.problems(Attachment.Kind.OTHER, "x.pdf", new byte[0])));
    byte[] big = new byte[Attachment.MAX_BYTES + 1];
    System.arraycopy(PDF, 0, big, 0, PDF.length);
    assertEquals(List.of("attachment.error.tooLarge"), keys(Attachment.problems(Attachment.Kind.OTHER, "big.pdf", big)));
    assertEquals(List.of("application.error.required"), keys(Attachment.problems(null, "x.pdf", PDF)));
  }

  @Test
  void namesLoseTheirPathAndControlCharacters() {
    assertEquals("evil.pdf", Attachment.safeName("../../etc/evil.pdf"));
    assertEquals("a.pdf", Attachment.safeName("a\u0000.pdf"));
    assertEquals("document", Attachment.safeName("  "));
  }
}
