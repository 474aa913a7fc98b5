package org.ecoportal.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Tells this server's AS4 sender that a message was committed to the outbox, so it is sent at once
 * rather than at the next poll. Only a hint: the sender still polls, for messages other nodes
 * committed and for retries that fall due.
 */
@ApplicationScoped
public class OutboxSignal {

  private final AtomicBoolean pending = new AtomicBoolean();

  /** A message was committed. */
  public void raise() {
    pending.set(true);
  }

  /** Whether a message was committed since the last call. */
  public boolean take() {
    return pending.getAndSet(false);
  }
}
