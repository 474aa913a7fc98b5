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
import org.ecoportal.application.OriginVerifications;
import org.ecoportal.domain.model.application.WorkflowException;
import org.ecoportal.domain.model.clearance.ImportDeclaration;
import org.ecoportal.domain.model.exchange.ExchangeMessage;
import org.ecoportal.domain.model.exchange.ExchangeRepository;
import org.ecoportal.domain.model.exchange.Partner;
import org.ecoportal.domain.model.identity.Role;
import org.ecoportal.domain.model.importing.ImportCase;
import org.ecoportal.domain.model.organisation.OrganisationKind;
import org.ecoportal.domain.model.verification.ClearanceDocument;
import org.ecoportal.domain.model.verification.OriginVerification;
import org.ecoportal.application.internal.Workplaces.Workplace;

/**
 * Customs officers of the importing economy ask the issuing chamber to verify a certificate's
 * origin: the request travels to the partner that delivered the certificate, in the transaction
 * that marks the declaration as waiting for it.
 */
@Stateless
@RolesAllowed(Role.Names.CUSTOMS_OFFICER)
public class OriginVerificationsBean implements OriginVerifications {

  private static final Logger LOG = Logger.getLogger(OriginVerificationsBean.class.getName());

  @Resource private SessionContext context;

  @PersistenceContext(unitName = "portal")
  private EntityManager em;

  @Inject private Workplaces workplaces;
  @Inject private ExchangeRepository exchange;
  @Inject private ExchangeOutbox outbox;

  @Override
  public Verification request(UUID declarationId, long version, String question) {
    Workplace here = workplaces.of(context.getCallerPrincipal(), OrganisationKind.CUSTOMS);
    ImportDeclaration declaration = declaration(here, declarationId);
    if (declaration.version() != version) {
      throw new WorkflowException("verification.error.changedMeanwhile");
    }
    if (mine(declarationId).stream().anyMatch(v -> !v.isAnswered())) {
      throw new WorkflowException("verification.error.pending");
    }
    ImportCase importCase = em.find(ImportCase.class, declaration.caseId());
    Partner partner = exchange.partner(here.caller().tenant(), importCase.partnerId()).orElseThrow();
    Instant now = Instant.now();
    String officer = here.caller().username();
    OriginVerification verification = new OriginVerification(declaration, partner.id(), officer, question, now);
    declaration.verificationRequested(officer, verification.question(), now);
    ExchangeMessage message =
        outbox.enqueue(
            partner,
            new ClearanceDocument.Request(
                verification.id().toString(), declaration.certificateNumber(), here.organisation().name(), declaration.declarationNumber(),
                verification.question(), now),
            now);
    verification.sentAs(message.messageId());
    em.persist(verification);
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      throw new WorkflowException("verification.error.changedMeanwhile");
    }
    LOG.info(() -> "Verification of certificate " + declaration.certificateNumber() + " requested by " + officer + "@"
        + here.caller().tenant().code() + " from " + partner.country() + " in message " + message.messageId());
    return view(verification, partner, message);
  }

  @Override
  public Subject subject(UUID declarationId) {
    Workplace here = workplaces.of(context.getCallerPrincipal(), OrganisationKind.CUSTOMS);
    ImportDeclaration declaration = declaration(here, declarationId);
    return new Subject(declaration.id(), declaration.declarationNumber(), declaration.certificateNumber(), declaration.status(),
        declaration.version(), views(declarationId));
  }

  @Override
  public List<Verification> forDeclaration(UUID declarationId) {
    Workplace here = workplaces.of(context.getCallerPrincipal(), OrganisationKind.CUSTOMS);
    declaration(here, declarationId);
    return views(declarationId);
  }

  private List<Verification> views(UUID declarationId) {
    return mine(declarationId).stream()
        .map(v -> view(v, em.find(Partner.class, v.partnerId()), outgoing(v.messageId())))
        .toList();
  }

  private ExchangeMessage outgoing(String messageId) {
    return em.createQuery("select m from ExchangeMessage m where m.messageId = :id", ExchangeMessage.class)
        .setParameter("id", messageId)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  private List<OriginVerification> mine(UUID declarationId) {
    return em.createQuery("select v from OriginVerification v where v.declarationId = :declaration order by v.askedAt", OriginVerification.class)
        .setParameter("declaration", declarationId)
        .getResultList();
  }

  private ImportDeclaration declaration(Workplace here, UUID id) {
    ImportDeclaration found = id == null ? null : em.find(ImportDeclaration.class, id);
    if (found == null || found.tenant() != here.caller().tenant()) {
      throw new NotFoundException("Import declaration " + id);
    }
    return found;
  }

  private static Verification view(OriginVerification v, Partner partner, ExchangeMessage message) {
    return new Verification(
        v.id(), v.declarationId(), v.certificateNumber(), partner.country(), partner.name(), v.question(), v.askedBy(), v.askedAt(),
        v.messageId(), message == null ? null : message.status(), v.result(), v.answerText(), v.answeredBy(), v.answeredAt());
  }
}
