package org.ecoportal.application.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;
import org.ecoportal.application.NotFoundException;
import org.ecoportal.application.VerificationDesk;
import org.ecoportal.application.internal.Workplaces.Workplace;
import org.ecoportal.domain.model.application.WorkflowException;
import org.ecoportal.domain.model.certificate.Certificate;
import org.ecoportal.domain.model.exchange.ExchangeMessage;
import org.ecoportal.domain.model.exchange.ExchangeRepository;
import org.ecoportal.domain.model.exchange.Partner;
import org.ecoportal.domain.model.identity.Role;
import org.ecoportal.domain.model.organisation.OrganisationKind;
import org.ecoportal.domain.model.verification.ClearanceDocument;
import org.ecoportal.domain.model.verification.VerificationRequest;
import org.ecoportal.domain.model.verification.VerificationResult;

/**
 * The chamber's verification requests: officers of the chamber that issued the certificate see and
 * answer them; the answer goes back to the requesting customs in the same transaction.
 */
@Stateless
@RolesAllowed(Role.Names.CHAMBER_OFFICER)
public class VerificationDeskBean implements VerificationDesk {

  private static final Logger LOG = Logger.getLogger(VerificationDeskBean.class.getName());

  @Resource private SessionContext context;

  @PersistenceContext(unitName = "portal")
  private EntityManager em;

  @Inject private Workplaces workplaces;
  @Inject private ExchangeRepository exchange;
  @Inject private ExchangeOutbox outbox;

  @Override
  public List<Request> requests() {
    Workplace here = workplace();
    return em.createQuery(
            "select r from VerificationRequest r where r.tenant = :tenant and r.chamberId = :chamber"
                + " order by case when r.result is null then 0 else 1 end, case when r.result is null then r.receivedAt end asc,"
                + " r.answeredAt desc",
            VerificationRequest.class)
        .setParameter("tenant", here.caller().tenant().code())
        .setParameter("chamber", here.organisation().id())
        .setMaxResults(500)
        .getResultStream()
        .map(this::view)
        .toList();
  }

  @Override
  public long open() {
    Workplace here = workplace();
    return em.createQuery(
            "select count(r) from VerificationRequest r where r.tenant = :tenant and r.chamberId = :chamber and r.result is null", Long.class)
        .setParameter("tenant", here.caller().tenant().code())
        .setParameter("chamber", here.organisation().id())
        .getSingleResult();
  }

  @Override
  public Request request(UUID id) {
    return view(mine(workplace(), id));
  }

  @Override
  public Request answer(UUID id, long version, VerificationResult result, String text) {
    Workplace here = workplace();
    VerificationRequest request = mine(here, id);
    if (result == null) {
      throw new WorkflowException("verification.error.resultRequired");
    }
    Instant now = Instant.now();
    String officer = here.caller().username();
    request.answer(version, result, text, officer, now);
    Partner partner = exchange.partner(here.caller().tenant(), request.partnerId()).orElseThrow();
    ExchangeMessage message =
        outbox.enqueue(
            partner,
            new ClearanceDocument.Answer(
                request.requestRef(), request.certificateNumber(), result, request.answerText(), here.organisation().name(), now),
            now);
    request.answerSentAs(message.messageId());
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      throw new WorkflowException("verification.error.changedMeanwhile");
    }
    LOG.info(() -> "Verification request about certificate " + request.certificateNumber() + " answered " + result + " by " + officer
        + "; sent back to " + partner.country() + " in message " + message.messageId());
    return view(request);
  }

  private VerificationRequest mine(Workplace here, UUID id) {
    VerificationRequest found = id == null ? null : em.find(VerificationRequest.class, id);
    if (found == null || found.tenant() != here.caller().tenant() || !found.chamberId().equals(here.organisation().id())) {
      throw new NotFoundException("Verification request " + id);
    }
    return found;
  }

  private Request view(VerificationRequest r) {
    Partner partner = em.find(Partner.class, r.partnerId());
    Certificate certificate = em.find(Certificate.class, r.certificateId());
    return new Request(
        r.id(), r.certificateNumber(), certificate.applicationId(), partner.country(), partner.name(), r.requestingCustoms(),
        r.declarationNumber(), r.question(), r.askedAt(), r.receivedAt(), r.result(), r.answerText(), r.answeredBy(), r.answeredAt(),
        r.version());
  }

  private Workplace workplace() {
    return workplaces.of(context.getCallerPrincipal(), OrganisationKind.CHAMBER);
  }
}
