package org.ecoportal.application.internal;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.ecoportal.application.ExchangeStateView;
import org.ecoportal.application.OutboxSignal;
import org.ecoportal.domain.model.application.CertificateApplication;
import org.ecoportal.domain.model.certificate.Certificate;
import org.ecoportal.domain.model.certificate.CertificateRepository;
import org.ecoportal.domain.model.exchange.ExchangeKind;
import org.ecoportal.domain.model.exchange.ExchangeMessage;
import org.ecoportal.domain.model.exchange.ExchangeRepository;
import org.ecoportal.domain.model.exchange.ExchangeStatus;
import org.ecoportal.domain.model.exchange.Partner;
import org.ecoportal.domain.model.application.WorkflowException;
import org.ecoportal.domain.model.verification.ClearanceDocument;
import org.ecoportal.infrastructure.clearance.ClearanceDocuments;

/**
 * Puts a certificate's signed document in the outbox for the importing economy, in the caller's
 * transaction: issued, replaced and revoked certificates are sent exactly when they are committed.
 * The importing economy is the consignee's country; only an active partner that takes the kind of
 * document gets it.
 */
@ApplicationScoped
public class ExchangeOutbox {

  private static final Logger LOG = Logger.getLogger(ExchangeOutbox.class.getName());

  @Inject private ExchangeRepository exchange;
  @Inject private CertificateRepository certificates;
  @Inject private OutboxSignal signal;
  @Inject private ClearanceDocuments clearanceDocuments;
  @Resource private TransactionSynchronizationRegistry transaction;

  /** Queues the certificate's signed document for the importing economy, if it is a partner taking it. */
  void enqueue(Certificate certificate, CertificateApplication application, ExchangeKind kind, String reason, Instant now) {
    String importing = application.data().consigneeCountry();
    Optional<Partner> partner =
        importing == null ? Optional.empty() : exchange.partnerFor(application.tenant(), importing).filter(p -> p.receives(kind));
    if (partner.isEmpty()) {
      LOG.info(() -> "Certificate " + certificate.number() + " (" + kind + ") is not sent: tenant " + application.tenant().code()
          + " has no active partner for " + importing + " taking it");
      return;
    }
    byte[] signed =
        certificates
            .documentOf(certificate.id())
            .orElseThrow(() -> new IllegalStateException("Certificate " + certificate.number() + " has no signed document"))
            .signedXml();
    ExchangeMessage message = new ExchangeMessage(partner.get(), certificate.id(), kind, reason, signed, now);
    exchange.add(message);
    wakeSenderAfterCommit();
    LOG.info(() -> "Queued " + kind + " certificate " + certificate.number() + " for " + importing + " as message " + message.messageId());
  }

  /**
   * Queues a clearance message (verification request or answer, usage) for {@code partner}, which
   * takes every such message while it is active; the queued message.
   *
   * @throws WorkflowException when the partner is not active
   */
  ExchangeMessage enqueue(Partner partner, ClearanceDocument document, Instant now) {
    if (!partner.active()) {
      throw new WorkflowException("verification.error.partnerInactive", partner.name());
    }
    ExchangeMessage message = new ExchangeMessage(partner, document.certificateNumber(), document.kind(), clearanceDocuments.write(document), now);
    exchange.add(message);
    wakeSenderAfterCommit();
    LOG.info(() -> "Queued " + document.kind() + " about certificate " + document.certificateNumber() + " for " + partner.country()
        + " as message " + message.messageId());
    return message;
  }

  private void wakeSenderAfterCommit() {
    transaction.registerInterposedSynchronization(new Synchronization() {
      @Override
      public void beforeCompletion() {}

      @Override
      public void afterCompletion(int status) {
        if (status == Status.STATUS_COMMITTED) {
          signal.raise();
        }
      }
    });
  }

  /** Sends the application's messages that failed for good again; how many there were. */
  int resendFailed(CertificateApplication application, String who, Instant now) {
    int resent = 0;
    for (ExchangeRepository.Tracked t : exchange.messagesOfApplication(application.tenant(), application.id())) {
      if (t.message().status() == ExchangeStatus.FAILED) {
        resend(t.message(), who, now);
        resent++;
      }
    }
    exchange.flush();
    return resent;
  }

  /** Sends a message that failed for good again, with its message id, as soon as this is committed. */
  void resend(ExchangeMessage message, String who, Instant now) {
    message.resend(who, now);
    wakeSenderAfterCommit();
  }

  List<ExchangeStateView> stateOf(CertificateApplication application) {
    return exchange.messagesOfApplication(application.tenant(), application.id()).stream()
        .map(t -> new ExchangeStateView(
            t.certificateNumber(), t.partner().country(), t.partner().name(), t.message().kind(), t.message().status(),
            t.message().attempts(), t.message().lastError(), t.message().createdAt(), t.message().sentAt(),
            t.message().deliveredAt(), t.message().nextAttemptAt()))
        .toList();
  }
}
