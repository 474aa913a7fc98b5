package org.ecoportal.domain.model.application;

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
import java.util.Optional;
import java.util.UUID;

/**
 * A document attached to an application. Only PDF, PNG and JPEG files up to {@link #MAX_BYTES} are
 * accepted, and the file's content must really be of the type it claims.
 */
@Entity
@Table(name = "co_application_attachment")
public class Attachment {

  /** The largest file accepted: 5 MiB. */
  public static final int MAX_BYTES = 5 * 1024 * 1024;

  /** What the document is. */
  public enum Kind {
    INVOICE,
    PACKING_LIST,
    BILL_OF_LADING,
    OTHER
  }

  @Id private UUID id;

  @Column(name = "application_id", nullable = false)
  private UUID applicationId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32)
  private Kind kind;

  @Column(nullable = false)
  private String filename;

  @Column(name = "content_type", nullable = false, length = 100)
  private String contentType;

  @Column(name = "size_bytes", nullable = false)
  private int sizeBytes;

  @Basic(fetch = FetchType.LAZY)
  @Column(nullable = false)
  private byte[] content;

  @Column(name = "uploaded_by", nullable = false)
  private String uploadedBy;

  @Column(name = "uploaded_at", nullable = false)
  private Instant uploadedAt;

  protected Attachment() {}

  private Attachment(UUID applicationId, Kind kind, String filename, String contentType, byte[] content, String uploadedBy, Instant now) {
    this.id = UUID.randomUUID();
    this.applicationId = applicationId;
    this.kind = kind;
    this.filename = filename;
    this.contentType = contentType;
    this.sizeBytes = content.length;
    this.content = content.clone();
    this.uploadedBy = uploadedBy;
    this.uploadedAt = now;
  }

  /** Checks an upload; the problems name the field {@code attachment}. */
  public static List<FieldProblem> problems(Kind kind, String filename, byte[] content) {
    List<FieldProblem> problems = new ArrayList<>();
    if (kind == null) {
      problems.add(new FieldProblem("attachmentKind", "application.error.required"));
    }
    fileProblem("attachment", filename, content, MAX_BYTES).ifPresent(problems::add);
    return problems;
  }

  /**
   * What is wrong with an uploaded file, on {@code field}: none chosen or empty, larger than
   * {@code maxBytes} (a whole number of MiB), or not really a PDF, PNG or JPEG file by its content.
   * Every upload of a document to the portal is checked by this.
   */
  public static Optional<FieldProblem> fileProblem(String field, String filename, byte[] content, int maxBytes) {
    if (content == null || content.length == 0) {
      return Optional.of(new FieldProblem(field, "attachment.error.empty"));
    }
    if (content.length > maxBytes) {
      return Optional.of(new FieldProblem(field, "attachment.error.tooLarge", Integer.toString(maxBytes / (1024 * 1024))));
    }
    if (typeOf(content).isEmpty()) {
      return Optional.of(new FieldProblem(field, "attachment.error.type", safeName(filename)));
    }
    return Optional.empty();
  }

  /** A new attachment; call only when {@link #problems} found none. */
  public static Attachment of(UUID applicationId, Kind kind, String filename, byte[] content, String uploadedBy, Instant now) {
    String type = typeOf(content).orElseThrow(() -> new IllegalArgumentException("unsupported content"));
    return new Attachment(applicationId, kind, safeName(filename), type, content, uploadedBy, now);
  }

  /** The media type the content really has (by its first bytes), if it is one the portal accepts. */
  public static Optional<String> typeOf(byte[] content) {
    if (starts(content, 0x25, 0x50, 0x44, 0x46, 0x2D)) {
      return Optional.of("application/pdf");
    }
    if (starts(content, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A)) {
      return Optional.of("image/png");
    }
    if (starts(content, 0xFF, 0xD8, 0xFF)) {
      return Optional.of("image/jpeg");
    }
    return Optional.empty();
  }

  private static boolean starts(byte[] content, int... prefix) {
    if (content.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((content[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /** The file's own name without any path, control characters or quotes, at most 200 characters. */
  public static String safeName(String filename) {
    String name = filename == null ? "" : filename.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").trim();
    if (name.isEmpty()) {
      name = "document";
    }
    return name.length() > 200 ? name.substring(0, 200) : name;
  }

  public UUID id() { return id; }
  public UUID applicationId() { return applicationId; }
  public Kind kind() { return kind; }
  public String filename() { return filename; }
  public String contentType() { return contentType; }
  public int sizeBytes() { return sizeBytes; }
  public byte[] content() { return content.clone(); }
  public String uploadedBy() { return uploadedBy; }
  public Instant uploadedAt() { return uploadedAt; }
}
