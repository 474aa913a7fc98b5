package org.ecoportal.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** A line of the exporter's certificate list. */
public record CertificateSummary(
    UUID id, String number, String status, Instant issuedAt, UUID applicationId, String applicationReference, String consigneeName)
    implements Serializable {}
