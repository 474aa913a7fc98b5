package org.ecoportal.application.internal;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.ecoportal.application.CertificateReceiving;
import org.ecoportal.application.ReceivingRefused;
import org.ecoportal.application.ReceivingRefused.Reason;
import org.ecoportal.domain.model.certificate.CertificateContent;
import org.ecoportal.domain.model.exchange.ExchangeKind;
import org.ecoportal.domain.model.exchange.ExchangeRepository;
import org.ecoportal.domain.model.exchange.Partner;
import org.ecoportal.domain.model.exchange.PartnerCertificate;
import org.ecoportal.domain.model.exchange.ReceivedCertificate;
import org.ecoportal.domain.model.exchange.RefusedMessage;
import org.ecoportal.domain.model.tenant.Tenant;
import org.ecoportal.infrastructure.signing.SignatureCheck;
import org.ecoportal.infrastructure.ubl.CertificateOfOriginDocument;

/**
 * Stores what partners deliver to the portal's AS4 endpoint. Reached without a user: the endpoint
 * has verified the message signature and says with which certificate; who the sender is follows
 * from that certificate alone. Each delivery commits in its own transaction, before the receipt.
 * The payload limit is {@code portal.exchange.max-payload-bytes} (default 2 MiB).
 */
@Stateless
@PermitAll
public class CertificateReceivingBean implements CertificateReceiving {

  private static final Logger LOG = Logger.getLogger(CertificateReceivingBean.class.getName());

  @Inject private ExchangeRepository exchange;
  @Inject private CertificateOfOriginDocument documents;
  @Inject private SignatureCheck signatures;
  @Inject private ImportCaseOpening importCases;
  @Inject private ClearanceReceiving clearance;

  private IncomingCertificateCheck check;
  private int maxBytes;

  @PostConstruct
  void configure() {
    maxBytes = Integer.getInteger("portal.exchange.max-payload-bytes", IncomingCertificateCheck.DEFAULT_MAX_BYTES);
    check = new IncomingCertificateCheck(documents, signatures, maxBytes);
  }

  @Override
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Received receive(IncomingCertificate message) {
    Tenant tenant = IncomingCertificateCheck.receiver(message.toPartyId());
    Partner from = IncomingCertificateCheck.sender(exchange.partners(tenant), message.fromPartyId(), message.signerCertificate());
    Optional<ReceivedCertificate> earlier = exchange.received(tenant, message.messageId());
    if (earlier.isPresent()) {
      return again(earlier.get(), from, message);
    }
    ExchangeKind kind = IncomingCertificateCheck.kind(message.action());
    if (!kind.certificateDocument()) {
      return clearance.receive(tenant, from, kind, message, maxBytes);
    }
    Instant now = Instant.now();
    CertificateContent content = check.certificate(from, message.payload(), now);
    ReceivedCertificate received =
        new ReceivedCertificate(from, message.messageId(), content, kind, message.payload(), now);
    if (!exchange.addIfAbsent(received)) {
      // another delivery of the same message was stored meanwhile
      return again(exchange.received(tenant, message.messageId()).orElseThrow(), from, message);
    }
    importCases.arrived(received, content);
    LOG.info(() -> "Tenant " + tenant.code() + " received " + kind + " certificate " + content.certificateNumber() + " from "
        + from.partyId() + " in message " + message.messageId());
    return new Received(tenant.code(), content.certificateNumber(), false);
  }

  @Override
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void recordRefusal(Refusal refusal) {
    Tenant tenant;
    try {
      tenant = IncomingCertificateCheck.receiver(refusal.toPartyId());
    } catch (ReceivingRefused unknown) {
      tenant = null;
    }
    exchange.add(new RefusedMessage(
        tenant, refusal.messageId(), refusal.fromPartyId(), refusal.errorCode(), refusal.reason(), refusal.remoteAddr(), Instant.now()));
  }

  @Override
  public List<byte[]> trustedCertificates() {
    return Arrays.stream(Tenant.values())
        .flatMap(t -> exchange.partners(t).stream())
        .filter(Partner::active)
        .flatMap(p -> p.signingCertificate().stream())
        .map(PartnerCertificate::der)
        .toList();
  }

  private static Received again(ReceivedCertificate earlier, Partner from, IncomingCertificate message) {
    if (!earlier.partnerId().equals(from.id())) {
      throw new ReceivingRefused(Reason.MESSAGE_ID_TAKEN, "Message id " + message.messageId() + " was used by another partner");
    }
    LOG.info(() -> "Message " + message.messageId() + " from " + from.partyId() + " was received before; its receipt is sent again");
    return new Received(earlier.tenant().code(), earlier.certificateNumber(), true);
  }
}
