package org.ecoportal.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.ecoportal.domain.model.application.ApplicationData;
import org.ecoportal.domain.model.application.ApplicationStatus;

/** One application with its history, as its screens show it. */
public record ApplicationView(
    UUID id,
    String reference,
    ApplicationStatus status,
    long version,
    ApplicationData data,
    String exporterName,
    String chamberName,
    String claimedBy,
    String decidedBy,
    String decisionReason,
    Instant submittedAt,
    String certificateNumber,
    String certificateStatus,
    List<AttachmentView> attachments,
    List<EventView> history)
    implements Serializable {

  /** One step of the history. */
  public record EventView(Instant at, String actor, String action, String detail) implements Serializable {}
}
