package org.ecoportal.domain.model.exchange;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.ecoportal.domain.model.tenant.Tenant;

/**
 * An AS4 message the receiving endpoint refused, with the ebMS error it answered: kept for the
 * administrator of the tenant it was addressed to (none when it named no tenant served here).
 * Nothing of the message's content is kept. Never changed once stored.
 */
@Entity
@Table(name = "refused_message")
public class RefusedMessage {

  /** Longest reason kept; longer ones are cut. */
  static final int MAX_REASON = 2000;

  @Id private UUID id;

  @Column(length = 8, updatable = false)
  private String tenant;

  @Column(name = "message_id", length = 200, updatable = false)
  private String messageId;

  @Column(name = "from_party", length = 200, updatable = false)
  private String fromParty;

  @Column(name = "error_code", nullable = false, length = 32, updatable = false)
  private String errorCode;

  @Column(nullable = false, length = MAX_REASON, updatable = false)
  private String reason;

  @Column(name = "remote_addr", length = 100, updatable = false)
  private String remoteAddr;

  @Column(name = "refused_at", nullable = false, updatable = false)
  private Instant refusedAt;

  protected RefusedMessage() {}

  public RefusedMessage(
      Tenant tenant, String messageId, String fromParty, String errorCode, String reason, String remoteAddr, Instant refusedAt) {
    this.id = UUID.randomUUID();
    this.tenant = tenant == null ? null : tenant.code();
    this.messageId = cut(messageId, 200);
    this.fromParty = cut(fromParty, 200);
    this.errorCode = Objects.requireNonNull(cut(errorCode, 32), "errorCode");
    this.reason = Objects.requireNonNull(cut(reason, MAX_REASON), "reason");
    this.remoteAddr = cut(remoteAddr, 100);
    this.refusedAt = Objects.requireNonNull(refusedAt, "refusedAt");
  }

  /** What a sender put in a header is kept only up to the column's size. */
  private static String cut(String value, int max) {
    return value == null || value.length() <= max ? value : value.substring(0, max - 1) + "…";
  }

  public UUID id() {
    return id;
  }

  public Optional<Tenant> tenant() {
    return tenant == null ? Optional.empty() : Tenant.fromCode(tenant);
  }

  public String messageId() {
    return messageId;
  }

  public String fromParty() {
    return fromParty;
  }

  public String errorCode() {
    return errorCode;
  }

  public String reason() {
    return reason;
  }

  public String remoteAddr() {
    return remoteAddr;
  }

  public Instant refusedAt() {
    return refusedAt;
  }
}
