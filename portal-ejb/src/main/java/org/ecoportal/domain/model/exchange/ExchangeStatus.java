package org.ecoportal.domain.model.exchange;

/**
 * Where a message to a partner stands: waiting to be sent (again), sent and waiting for the
 * partner's receipt, delivered with the receipt kept, or given up with the reason.
 */
public enum ExchangeStatus {
  QUEUED,
  SENT,
  DELIVERED,
  FAILED
}
