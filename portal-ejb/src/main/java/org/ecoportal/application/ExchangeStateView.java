package org.ecoportal.application;

import java.io.Serializable;
import java.time.Instant;
import org.ecoportal.domain.model.exchange.ExchangeKind;
import org.ecoportal.domain.model.exchange.ExchangeStatus;

/**
 * How far one message about a certificate has got on its way to the importing economy:
 * queued, sent, delivered, or failed with the reason ({@code lastError}, also kept while retrying).
 */
public record ExchangeStateView(
    String certificateNumber,
    String partnerCountry,
    String partnerName,
    ExchangeKind kind,
    ExchangeStatus status,
    int attempts,
    String lastError,
    Instant queuedAt,
    Instant sentAt,
    Instant deliveredAt,
    Instant nextAttemptAt)
    implements Serializable {}
