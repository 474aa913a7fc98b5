package org.ecoportal.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import org.ecoportal.application.CertificateReceiving.IncomingCertificate;
import org.ecoportal.application.CertificateReceiving.Received;
import org.ecoportal.application.ReceivingRefused;
import org.ecoportal.application.ReceivingRefused.Reason;
import org.ecoportal.domain.model.application.CertificateApplication;
import org.ecoportal.domain.model.certificate.Certificate;
import org.ecoportal.domain.model.certificate.CertificateRepository;
import org.ecoportal.domain.model.exchange.ExchangeKind;
import org.ecoportal.domain.model.exchange.Partner;
import org.ecoportal.domain.model.tenant.Tenant;
import org.ecoportal.domain.model.verification.CertificateUsage;
import org.ecoportal.domain.model.verification.ClearanceDocument;
import org.ecoportal.domain.model.verification.OriginVerification;
import org.ecoportal.domain.model.verification.ReceivedClearanceMessage;
import org.ecoportal.domain.model.verification.VerificationRequest;
import org.ecoportal.infrastructure.clearance.ClearanceDocuments;
import org.ecoportal.infrastructure.clearance.ClearanceDocuments.InvalidClearanceDocument;
import org.ecoportal.infrastructure.messaging.WorkflowEvents;

/**
 * Stores the clearance messages a partner delivers, in the receiving transaction: a verification
 * request for the chamber that issued the certificate (whose officers are told by mail), the answer
 * on the request it answers, the usage on the certificate. Each message id is stored once per
 * tenant; a message about a certificate or request the tenant does not know is refused.
 */
@ApplicationScoped
public class ClearanceReceiving {

  private static final Logger LOG = Logger.getLogger(ClearanceReceiving.class.getName());

  @PersistenceContext(unitName = "portal")
  private EntityManager em;

  @Inject private ClearanceDocuments documents;
  @Inject private CertificateRepository certificates;
  @Inject private WorkflowEvents events;

  Received receive(Tenant tenant, Partner from, ExchangeKind kind, IncomingCertificate message, int maxBytes) {
    Optional<ReceivedClearanceMessage> earlier = received(tenant, message.messageId());
    if (earlier.isPresent()) {
      if (!earlier.get().partnerId().equals(from.id())) {
        throw new ReceivingRefused(Reason.MESSAGE_ID_TAKEN, "Message id " + message.messageId() + " was used by another partner");
      }
      LOG.info(() -> "Message " + message.messageId() + " from " + from.partyId() + " was received before; its receipt is sent again");
      return new Received(tenant.code(), earlier.get().certificateNumber(), true);
    }
    byte[] payload = message.payload();
    if (payload == null || payload.length == 0 || payload.length > maxBytes) {
      throw new ReceivingRefused(Reason.PAYLOAD_SIZE, "The message carries no document or more than " + maxBytes + " bytes");
    }
    ClearanceDocument document;
    try {
      document = documents.read(payload);
    } catch (InvalidClearanceDocument e) {
      throw new ReceivingRefused(Reason.INVALID_DOCUMENT, "Not a valid clearance document: " + e.getMessage());
    }
    if (document.kind() != kind) {
      throw new ReceivingRefused(Reason.INVALID_DOCUMENT, "Action " + kind + " does not carry a " + document.kind() + " document");
    }
    Instant now = Instant.now();
    ReceivedClearanceMessage received = new ReceivedClearanceMessage(from, message.messageId(), document, payload, now);
    if (document instanceof ClearanceDocument.Request request) {
      Certificate certificate = issuedFor(tenant, from, request.certificateNumber());
      em.persist(received);
      VerificationRequest stored = new VerificationRequest(received, request, certificate);
      em.persist(stored);
      events.verificationRequested(stored.id());
    } else if (document instanceof ClearanceDocument.Answer answer) {
      OriginVerification verification = requested(tenant, from, answer);
      em.persist(received);
      verification.answered(answer, received);
    } else {
      ClearanceDocument.Usage usage = (ClearanceDocument.Usage) document;
      Certificate certificate = issuedFor(tenant, from, usage.certificateNumber());
      em.persist(received);
      em.persist(new CertificateUsage(received, usage, certificate));
    }
    LOG.info(() -> "Tenant " + tenant.code() + " received " + kind + " about certificate " + document.certificateNumber() + " from "
        + from.partyId() + " in message " + message.messageId());
    return new Received(tenant.code(), document.certificateNumber(), false);
  }

  /** The clearance message the tenant received with this id, if any. */
  Optional<ReceivedClearanceMessage> received(Tenant tenant, String messageId) {
    return em.createQuery(
            "select r from ReceivedClearanceMessage r where r.tenant = :tenant and r.messageId = :messageId", ReceivedClearanceMessage.class)
        .setParameter("tenant", tenant.code())
        .setParameter("messageId", messageId)
        .getResultStream()
        .findFirst();
  }

  /** The tenant's certificate of that number, issued for the sender's economy. */
  private Certificate issuedFor(Tenant tenant, Partner from, String number) {
    Optional<Certificate> certificate = certificates.byNumber(tenant, number);
    boolean forSender = certificate.isPresent()
        && from.country().equals(em.find(CertificateApplication.class, certificate.get().applicationId()).data().consigneeCountry());
    if (!forSender) {
      throw new ReceivingRefused(Reason.UNKNOWN_CERTIFICATE,
          "Unknown certificate number " + number + ": no certificate of that number was issued in " + tenant.country() + " for "
              + from.country());
    }
    return certificate.get();
  }

  /** The request of the tenant, sent to the sender, that the answer quotes. */
  private OriginVerification requested(Tenant tenant, Partner from, ClearanceDocument.Answer answer) {
    OriginVerification verification;
    try {
      verification = em.find(OriginVerification.class, UUID.fromString(answer.reference()));
    } catch (IllegalArgumentException notAnId) {
      verification = null;
    }
    if (verification == null || verification.tenant() != tenant || !verification.partnerId().equals(from.id())
        || !verification.certificateNumber().equals(answer.certificateNumber())) {
      throw new ReceivingRefused(Reason.UNKNOWN_REQUEST, "No verification request " + answer.reference() + " about certificate "
          + answer.certificateNumber() + " was sent to " + from.partyId());
    }
    if (verification.isAnswered()) {
      throw new ReceivingRefused(Reason.ANSWERED_ALREADY, "Verification request " + answer.reference() + " has its answer already");
    }
    return verification;
  }
}
