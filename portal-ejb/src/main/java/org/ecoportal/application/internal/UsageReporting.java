package org.ecoportal.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.logging.Logger;
import org.ecoportal.domain.model.clearance.DeclarationDecided;
import org.ecoportal.domain.model.clearance.ImportDeclaration;
import org.ecoportal.domain.model.clearance.ImportDeclarationStatus;
import org.ecoportal.domain.model.exchange.ExchangeRepository;
import org.ecoportal.domain.model.exchange.Partner;
import org.ecoportal.domain.model.importing.ImportCase;
import org.ecoportal.domain.model.organisation.Organisation;
import org.ecoportal.domain.model.organisation.OrganisationKind;
import org.ecoportal.domain.model.tenant.Tenant;
import org.ecoportal.domain.model.verification.ClearanceDocument;
import org.ecoportal.domain.model.verification.UsageOutcome;

/**
 * Tells the issuing economy what customs decided on its certificate: when a declaration is cleared
 * or its preference refused, a usage message is queued for the partner that delivered the
 * certificate, in the deciding transaction (so it goes exactly when the decision commits).
 */
@ApplicationScoped
public class UsageReporting {

  private static final Logger LOG = Logger.getLogger(UsageReporting.class.getName());

  @PersistenceContext(unitName = "portal")
  private EntityManager em;

  @Inject private ExchangeRepository exchange;
  @Inject private ExchangeOutbox outbox;

  void decided(@Observes DeclarationDecided decided) {
    if (!decided.status().decided()) {
      return;
    }
    ImportDeclaration declaration = em.find(ImportDeclaration.class, decided.declarationId());
    Tenant tenant = Tenant.fromCode(decided.tenant()).orElseThrow();
    ImportCase importCase = em.find(ImportCase.class, declaration.caseId());
    Partner partner = exchange.partner(tenant, importCase.partnerId()).orElseThrow();
    if (!partner.active()) {
      LOG.warning(() -> "The usage of certificate " + decided.certificateNumber() + " is not told: partner " + partner.country()
          + " is not active");
      return;
    }
    boolean granted = decided.status() == ImportDeclarationStatus.CLEARED;
    Instant at = declaration.decidedAt() == null ? Instant.now() : declaration.decidedAt();
    ClearanceDocument.Usage usage =
        new ClearanceDocument.Usage(
            decided.certificateNumber(), granted ? UsageOutcome.PREFERENCE_GRANTED : UsageOutcome.PREFERENCE_REFUSED,
            at.atZone(tenant.zone()).toLocalDate(), tenant.country(), customsOf(tenant), granted ? null : declaration.decisionReason());
    outbox.enqueue(partner, usage, Instant.now());
  }

  /** The name of the tenant's customs administration, if it has one registered. */
  private String customsOf(Tenant tenant) {
    return em.createQuery("select o from Organisation o where o.tenant = :tenant and o.kind = :customs order by o.name", Organisation.class)
        .setParameter("tenant", tenant.code())
        .setParameter("customs", OrganisationKind.CUSTOMS)
        .setMaxResults(1)
        .getResultStream()
        .map(Organisation::name)
        .findFirst()
        .orElse(null);
  }
}
