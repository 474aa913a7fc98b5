package org.ecoportal.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;
import org.ecoportal.domain.model.application.ApplicationStatus;

/** A line of an application list (the exporter's applications, the chamber's queue). */
public record ApplicationSummary(
    UUID id,
    String reference,
    ApplicationStatus status,
    String exporterName,
    String consigneeName,
    String consigneeCountry,
    String chamberName,
    Instant updatedAt,
    Instant submittedAt,
    String claimedBy,
    long version)
    implements Serializable {}
