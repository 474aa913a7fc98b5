package org.ecoportal.application;

import java.util.Optional;
import java.util.UUID;

/**
 * A chamber officer's work: the chamber's queue, and the decisions on applications. Confined to the
 * officer's own chamber.
 */
public interface ChamberDesk {

  QueuePage queue(QueueQuery query);

  ApplicationView open(UUID id);

  /** Takes the application; from then on only this officer can decide it. */
  ApplicationView claim(UUID id, long version);

  /** Approves and issues the certificate. */
  ApplicationView approve(UUID id, long version);

  ApplicationView reject(UUID id, long version, String reason);

  ApplicationView returnForAmendment(UUID id, long version, String reason);

  /** Goods registrations of the tenant's exporters waiting for a decision, oldest first. */
  java.util.List<GoodsView> pendingGoods();

  GoodsView approveGoods(UUID id, long version);

  GoodsView rejectGoods(UUID id, long version, String reason);

  /** Withdraws the application's certificate in force; it is never valid again. */
  ApplicationView revoke(UUID id, String reason);

  /** Issues a new certificate for the application that replaces the one in force. */
  ApplicationView replace(UUID id, String reason);

  /**
   * The export declaration the application quotes, if customs recorded it for the application's
   * exporter, with where the two differ.
   */
  Optional<DeclarationComparison> declarationFor(UUID applicationId);

  /**
   * How the application's certificates are getting to the importing economy: one entry per
   * message (issued, replaced, revoked), oldest first; empty when nothing was sent.
   */
  java.util.List<ExchangeStateView> exchange(UUID applicationId);

  /**
   * Sends the certificate messages of the application that failed for good again, with their
   * message ids; the number sent again (0 when none had failed).
   */
  int resendExchange(UUID applicationId);
}
