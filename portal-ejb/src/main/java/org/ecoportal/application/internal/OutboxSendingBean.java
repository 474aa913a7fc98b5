package org.ecoportal.application.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.ecoportal.application.OutboxSending;
import org.ecoportal.application.OutgoingMessage;
import org.ecoportal.domain.model.exchange.ExchangeMessage;
import org.ecoportal.domain.model.exchange.ExchangeRepository;
import org.ecoportal.domain.model.exchange.ExchangeStatus;
import org.ecoportal.domain.model.exchange.Partner;
import org.ecoportal.domain.model.exchange.PartnerCertificate;
import org.ecoportal.domain.model.exchange.RetryPolicy;
import org.ecoportal.infrastructure.messaging.WorkflowEvents;

/**
 * The outbox for the portal's own sender, which runs without a user (a timer of the server): a
 * local view only, never reachable from a screen or the API.
 */
@Stateless
@PermitAll
public class OutboxSendingBean implements OutboxSending {

  @Inject private ExchangeRepository exchange;
  @Inject private WorkflowEvents events;

  @Override
  public List<OutgoingMessage> claimDue(int max, String node, Duration lease) {
    return exchange.claimDue(max, node, lease).stream().map(this::outgoing).toList();
  }

  private OutgoingMessage outgoing(ExchangeMessage m) {
    Partner p = exchange.partner(m.tenant(), m.partnerId()).orElseThrow();
    return new OutgoingMessage(
        m.id(), m.tenant().code(), m.messageId(), p.id(), p.country(), p.endpointUrl(), p.partyId(),
        p.signingCertificate().map(PartnerCertificate::der).orElse(null), m.kind(), m.reason(),
        m.payload(), m.attempts());
  }

  @Override
  public boolean markSent(UUID id, String node) {
    return exchange.markSent(id, node, RetryPolicy.configured());
  }

  @Override
  public boolean markDelivered(UUID id, String node, byte[] receipt) {
    return exchange.markDelivered(id, node, receipt);
  }

  @Override
  public boolean markFailed(UUID id, String node, String error) {
    if (!exchange.markFailed(id, node, error, RetryPolicy.configured())) {
      return false;
    }
    // This attempt gave up: told once, when this transaction commits (queued with it).
    exchange.message(id).filter(m -> m.status() == ExchangeStatus.FAILED).ifPresent(m -> events.exchangeFailed(m.id()));
    return true;
  }
}
