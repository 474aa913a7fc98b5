package org.ecoportal.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** What screens show of an attached document (never its content). */
public record AttachmentView(UUID id, String kind, String filename, String contentType, int sizeBytes, String uploadedBy, Instant uploadedAt)
    implements Serializable {}
