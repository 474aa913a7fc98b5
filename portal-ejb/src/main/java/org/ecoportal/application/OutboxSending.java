package org.ecoportal.application;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * The outbox as the portal's own sender works it, each call in its own transaction: claim what is
 * due, then record what became of each claimed message. Several nodes may do this at once on one
 * database; a message is never handed to two of them at the same time.
 */
public interface OutboxSending {

  /** Claims up to {@code max} due messages for {@code node}, each for {@code lease}. */
  List<OutgoingMessage> claimDue(int max, String node, Duration lease);

  /** The message was handed over, no receipt yet; false if the node no longer holds it. */
  boolean markSent(UUID id, String node);

  /** The partner's receipt was verified; false if the node no longer holds the message. */
  boolean markDelivered(UUID id, String node, byte[] receipt);

  /**
   * The attempt failed; retried with backoff, or failed for good after the configured time, and
   * then the chamber and the administrators are told by e-mail once the failure is committed.
   */
  boolean markFailed(UUID id, String node, String error);
}
