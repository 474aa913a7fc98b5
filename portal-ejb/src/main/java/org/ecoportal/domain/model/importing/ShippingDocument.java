package org.ecoportal.domain.model.importing;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.ecoportal.domain.model.application.Attachment;
import org.ecoportal.domain.model.application.FieldProblem;
import org.ecoportal.domain.model.application.WorkflowException;

/**
 * A shipping document the importer hands over with its import case (invoice, bill of lading,
 * packing list or other) for the broker who declares the goods. Checked like the exporter's
 * attachments (a real PDF, PNG or JPEG by its content, not empty), up to {@link #MAX_BYTES}.
 */
@Entity
@Table(name = "import_case_document")
public class ShippingDocument {

  /** The largest file accepted: 10 MiB (scanned bills of lading run larger than invoices). */
  public static final int MAX_BYTES = 10 * 1024 * 1024;

  @Id private UUID id;

  @Column(name = "case_id", nullable = false, updatable = false)
  private UUID caseId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32, updatable = false)
  private Attachment.Kind kind;

  @Column(nullable = false, updatable = false)
  private String filename;

  @Column(name = "content_type", nullable = false, length = 100, updatable = false)
  private String contentType;

  @Column(name = "size_bytes", nullable = false, updatable = false)
  private int sizeBytes;

  @Basic(fetch = FetchType.LAZY)
  @Column(nullable = false, updatable = false)
  private byte[] content;

  @Column(name = "uploaded_by", nullable = false, updatable = false)
  private String uploadedBy;

  @Column(name = "uploaded_at", nullable = false, updatable = false)
  private Instant uploadedAt;

  protected ShippingDocument() {}

  private ShippingDocument(UUID caseId, Attachment.Kind kind, String filename, String contentType, byte[] content, String uploadedBy,
      Instant at) {
    this.id = UUID.randomUUID();
    this.caseId = caseId;
    this.kind = kind;
    this.filename = filename;
    this.contentType = contentType;
    this.sizeBytes = content.length;
    this.content = content.clone();
    this.uploadedBy = Objects.requireNonNull(uploadedBy, "uploadedBy");
    this.uploadedAt = Objects.requireNonNull(at, "at");
  }

  /** Checks an upload; the problems name the fields {@code documentKind} and {@code document}. */
  public static List<FieldProblem> problems(Attachment.Kind kind, String filename, byte[] content) {
    List<FieldProblem> problems = new ArrayList<>();
    if (kind == null) {
      problems.add(new FieldProblem("documentKind", "application.error.required"));
    }
    Attachment.fileProblem("document", filename, content, MAX_BYTES).ifPresent(problems::add);
    return problems;
  }

  /**
   * A document of {@code importCase}, which the importer has accepted; call only when
   * {@link #problems} found none.
   */
  public static ShippingDocument of(ImportCase importCase, Attachment.Kind kind, String filename, byte[] content, String uploadedBy,
      Instant at) {
    if (importCase.status() != ImportStatus.ACCEPTED) {
      throw new WorkflowException("importCase.error.notAccepted");
    }
    String type = Attachment.typeOf(content).orElseThrow(() -> new IllegalArgumentException("unsupported content"));
    return new ShippingDocument(importCase.id(), kind, Attachment.safeName(filename), type, content, uploadedBy, at);
  }

  public UUID id() { return id; }
  public UUID caseId() { return caseId; }
  public Attachment.Kind kind() { return kind; }
  public String filename() { return filename; }
  public String contentType() { return contentType; }
  public int sizeBytes() { return sizeBytes; }
  public byte[] content() { return content.clone(); }
  public String uploadedBy() { return uploadedBy; }
  public Instant uploadedAt() { return uploadedAt; }
}
