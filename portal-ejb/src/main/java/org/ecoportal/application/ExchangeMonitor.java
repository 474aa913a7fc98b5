package org.ecoportal.application;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.ecoportal.application.AttachmentFiles.Download;
import org.ecoportal.domain.model.exchange.ExchangeKind;
import org.ecoportal.domain.model.exchange.ExchangeStatus;

/** The tenant administrator's view of the exchange with partner economies. */
public interface ExchangeMonitor {

  /** One message sent (or being sent) to a partner economy. */
  record Outgoing(
      UUID id,
      String messageId,
      String certificateNumber,
      String partnerCountry,
      String partnerName,
      ExchangeKind kind,
      ExchangeStatus status,
      int attempts,
      String lastError,
      Instant queuedAt,
      Instant deliveredAt,
      boolean hasReceipt)
      implements Serializable {

    /** From queued to delivered, in milliseconds; {@code null} until delivered. */
    public Long latencyMillis() {
      return deliveredAt == null ? null : deliveredAt.toEpochMilli() - queuedAt.toEpochMilli();
    }
  }

  /** One certificate received from a partner economy. */
  record Incoming(UUID id, String messageId, String certificateNumber, String partnerCountry, String partnerName, ExchangeKind kind,
      Instant receivedAt) implements Serializable {}

  /** What the tenant received, newest first, narrowed by partner economy and day received; each may be {@code null}. */
  List<Incoming> incoming(String partnerCountry, LocalDate from, LocalDate to, int limit);

  /** A message the tenant's endpoint refused, with the ebMS error it answered. */
  record Refused(UUID id, String messageId, String fromParty, String errorCode, String reason, String remoteAddr, Instant refusedAt)
      implements Serializable {}

  /** What the endpoint refused of the messages addressed to the tenant, newest first, by day refused; each may be {@code null}. */
  List<Refused> refused(LocalDate from, LocalDate to, int limit);

  /** How many messages addressed to the tenant were refused since {@code since}. */
  long refusedSince(Instant since);

  /** The certificate document as it was received. */
  Download received(UUID id);

  /**
   * The tenant's outgoing messages, newest first, narrowed by status, partner economy and the day
   * they were queued (inclusive, in the tenant's time zone); each criterion may be {@code null}.
   */
  List<Outgoing> outgoing(ExchangeStatus status, String partnerCountry, LocalDate from, LocalDate to, int limit);

  /** How many messages of the tenant have failed for good and wait for someone to act. */
  long failures();

  /** Sends a message that failed for good again, with its message id; refused for any other state. */
  void resend(UUID messageId);

  /** What was sent: the signed certificate document. */
  Download payload(UUID messageId);

  /** The partner's signed receipt, once delivered. */
  Download receipt(UUID messageId);
}
