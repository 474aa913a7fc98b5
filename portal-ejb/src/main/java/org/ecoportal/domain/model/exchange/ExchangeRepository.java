package org.ecoportal.domain.model.exchange;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.ecoportal.domain.model.tenant.Tenant;

/** Partner economies and the outbox of messages to them; partner queries are confined to one tenant. */
public interface ExchangeRepository {

  /** The tenant's partners, by economy. */
  List<Partner> partners(Tenant tenant);

  Optional<Partner> partner(Tenant tenant, UUID id);

  /** The tenant's partner for an economy, active or not. */
  Optional<Partner> partnerFor(Tenant tenant, String country);

  void add(Partner partner);

  /** Adds the partner unless the tenant has one for its economy already (safe when several nodes start at once). */
  boolean addIfAbsent(Partner partner);

  void add(ExchangeMessage message);

  /** The outbox message with this id, of any tenant (for the portal's own sender and its notices). */
  Optional<ExchangeMessage> message(UUID id);

  /** What the tenant received in the AS4 message with this id, if anything. */
  Optional<ReceivedCertificate> received(Tenant tenant, String messageId);

  /**
   * Stores a received certificate unless the tenant has one for its message id already (two
   * deliveries of one message at once store one row); false when it was there.
   */
  boolean addIfAbsent(ReceivedCertificate received);

  /** Keeps a refusal of the receiving endpoint for the administrator. */
  void add(RefusedMessage refused);

  /** Writes pending changes now, so a stale version fails inside the service call. */
  void flush();

  /** A message with the number of the certificate it is about and the partner it goes to. */
  record Tracked(ExchangeMessage message, String certificateNumber, Partner partner) {}

  /** The messages about the certificates of one application of the tenant, oldest first. */
  List<Tracked> messagesOfApplication(Tenant tenant, UUID applicationId);

  /**
   * Claims up to {@code max} messages whose next attempt is due and that no node holds, for
   * {@code node} until now + {@code lease}. Rows another transaction is claiming are skipped, never
   * waited for, so two nodes never get the same message. Runs in the caller's transaction.
   */
  List<ExchangeMessage> claimDue(int max, String node, Duration lease);

  /** Records that the node handed the message to the partner; false if the node no longer holds it. */
  boolean markSent(UUID messageId, String node, RetryPolicy policy);

  /** Records the partner's verified receipt; false if the node no longer holds the message. */
  boolean markDelivered(UUID messageId, String node, byte[] receipt);

  /** Records a failed attempt (retried later or given up); false if the node no longer holds the message. */
  boolean markFailed(UUID messageId, String node, String error, RetryPolicy policy);
}
