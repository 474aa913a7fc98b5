package org.ecoportal.domain.model.exchange;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.ecoportal.domain.model.tenant.Tenant;

/**
 * One certificate document on its way to a partner economy, written in the transaction that
 * issued, replaced or revoked the certificate. Its message id stays the same across every
 * attempt, so the partner recognises a retry as the same message. A sending node claims it for a
 * lease before sending; only the node holding the claim records the outcome.
 */
@Entity
@Table(name = "exchange_message")
public class ExchangeMessage {

  private static final int MAX_ERROR = 2000;

  @Id private UUID id;

  @Column(nullable = false, length = 8)
  private String tenant;

  @Column(name = "message_id", nullable = false, length = 200, updatable = false)
  private String messageId;

  @Column(name = "partner_id", nullable = false, updatable = false)
  private UUID partnerId;

  /** The certificate of this side whose document travels; {@code null} for messages about a number only. */
  @Column(name = "certificate_id", updatable = false)
  private UUID certificateId;

  /** The certificate a clearance message is about (issued by either side); {@code null} for certificate documents. */
  @Column(name = "certificate_number", length = 100, updatable = false)
  private String certificateNumber;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 24, updatable = false)
  private ExchangeKind kind;

  /** Why the certificate was replaced or revoked. */
  @Column(length = 2000, updatable = false)
  private String reason;

  @Basic(fetch = FetchType.LAZY)
  @Column(nullable = false, updatable = false)
  private byte[] payload;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private ExchangeStatus status;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "next_attempt_at", nullable = false)
  private Instant nextAttemptAt;

  @Column(name = "last_error", length = MAX_ERROR)
  private String lastError;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "retry_since")
  private Instant retrySince;

  @Column(name = "resent_by")
  private String resentBy;

  @Column(name = "sent_at")
  private Instant sentAt;

  @Column(name = "delivered_at")
  private Instant deliveredAt;

  @Basic(fetch = FetchType.LAZY)
  private byte[] receipt;

  @Column(name = "claimed_by", length = 200)
  private String claimedBy;

  @Column(name = "claimed_until")
  private Instant claimedUntil;

  @Version private long version;

  protected ExchangeMessage() {}

  public ExchangeMessage(Partner partner, UUID certificateId, ExchangeKind kind, String reason, byte[] payload, Instant now) {
    this(partner, Objects.requireNonNull(certificateId, "certificateId"), kind, reason == null || reason.isBlank() ? null : reason.strip(),
        payload, now, false);
  }

  /**
   * A clearance message ({@link ExchangeKind#clearance()}) about the certificate numbered
   * {@code certificateNumber}, carrying the portal's own small document.
   */
  public ExchangeMessage(Partner partner, String certificateNumber, ExchangeKind kind, byte[] payload, Instant now) {
    this(partner, null, kind, null, payload, now, true);
    this.certificateNumber = Objects.requireNonNull(certificateNumber, "certificateNumber");
  }

  private ExchangeMessage(Partner partner, UUID certificateId, ExchangeKind kind, String reason, byte[] payload, Instant now, boolean aboutNumber) {
    this.id = UUID.randomUUID();
    this.tenant = partner.tenant().code();
    // the AS4 MessageId: unique, and the same for every attempt
    this.messageId = UUID.randomUUID() + "@" + tenant + ".ecoportal";
    this.partnerId = partner.id();
    this.certificateId = certificateId;
    this.kind = Objects.requireNonNull(kind, "kind");
    if (aboutNumber == kind.certificateDocument()) {
      throw new IllegalArgumentException(kind + (aboutNumber ? " carries a certificate document" : " is about a certificate number"));
    }
    this.reason = reason;
    this.payload = Objects.requireNonNull(payload, "payload").clone();
    this.status = ExchangeStatus.QUEUED;
    this.nextAttemptAt = Objects.requireNonNull(now, "now");
    this.createdAt = now;
  }

  /** The node may send the message until {@code now + lease}. */
  public void claim(String node, Instant now, Duration lease) {
    this.claimedBy = Objects.requireNonNull(node, "node");
    this.claimedUntil = now.plus(lease);
  }

  /** The node still holds the claim it was given. */
  public boolean claimedBy(String node, Instant now) {
    return node != null && node.equals(claimedBy) && claimedUntil != null && now.isBefore(claimedUntil);
  }

  /** Handed to the partner, no receipt yet: sent again with the same id if none comes in time. */
  public void sent(Instant now, RetryPolicy policy) {
    requireOpen();
    attempts++;
    status = ExchangeStatus.SENT;
    sentAt = now;
    lastError = null;
    nextAttemptAt = policy.nextAttempt(attempts, since(), now).orElse(now);
    release();
  }

  /** The partner's receipt was verified; it is kept as proof of delivery. */
  public void delivered(byte[] receipt, Instant now) {
    requireOpen();
    if (sentAt == null) {
      attempts++;
      sentAt = now;
    }
    this.receipt = Objects.requireNonNull(receipt, "receipt").clone();
    status = ExchangeStatus.DELIVERED;
    deliveredAt = now;
    lastError = null;
    release();
  }

  /** An attempt failed: tried again later, or, once the policy's deadline has passed, given up with the reason. */
  public void attemptFailed(String error, Instant now, RetryPolicy policy) {
    requireOpen();
    attempts++;
    lastError = error == null || error.isBlank() ? "unknown error" : abbreviate(error.strip());
    Optional<Instant> next = policy.nextAttempt(attempts, since(), now);
    if (next.isPresent()) {
      status = ExchangeStatus.QUEUED;
      nextAttemptAt = next.get();
    } else {
      status = ExchangeStatus.FAILED;
    }
    release();
  }

  /**
   * Someone sends a message that failed for good again: queued at once with the same message id,
   * retried under the policy as if it were new from {@code now}.
   */
  public void resend(String who, Instant now) {
    if (status != ExchangeStatus.FAILED) {
      throw new IllegalStateException("Message " + messageId + " is " + status + ", not failed");
    }
    status = ExchangeStatus.QUEUED;
    attempts = 0;
    retrySince = now;
    resentBy = Objects.requireNonNull(who, "who");
    nextAttemptAt = now;
    release();
  }

  /** Since when retries count: the first queueing, or the last resend. */
  private Instant since() {
    return retrySince == null ? createdAt : retrySince;
  }

  public String resentBy() {
    return resentBy;
  }

  private void requireOpen() {
    if (status == ExchangeStatus.DELIVERED || status == ExchangeStatus.FAILED) {
      throw new IllegalStateException("Message " + messageId + " is " + status + " already");
    }
  }

  private void release() {
    claimedBy = null;
    claimedUntil = null;
  }

  private static String abbreviate(String text) {
    return text.length() <= MAX_ERROR ? text : text.substring(0, MAX_ERROR - 1) + "…";
  }

  public UUID id() {
    return id;
  }

  public Tenant tenant() {
    return Tenant.fromCode(tenant).orElseThrow();
  }

  public String messageId() {
    return messageId;
  }

  public UUID partnerId() {
    return partnerId;
  }

  public UUID certificateId() {
    return certificateId;
  }

  /** The number a clearance message is about; {@code null} for certificate documents. */
  public String certificateNumber() {
    return certificateNumber;
  }

  public ExchangeKind kind() {
    return kind;
  }

  public String reason() {
    return reason;
  }

  public byte[] payload() {
    return payload.clone();
  }

  public ExchangeStatus status() {
    return status;
  }

  public int attempts() {
    return attempts;
  }

  public Instant nextAttemptAt() {
    return nextAttemptAt;
  }

  public String lastError() {
    return lastError;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant sentAt() {
    return sentAt;
  }

  public Instant deliveredAt() {
    return deliveredAt;
  }

  public Optional<byte[]> receipt() {
    return Optional.ofNullable(receipt).map(byte[]::clone);
  }

  public String claimedBy() {
    return claimedBy;
  }

  public Instant claimedUntil() {
    return claimedUntil;
  }
}
