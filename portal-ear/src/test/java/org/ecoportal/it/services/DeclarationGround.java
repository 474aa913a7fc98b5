package org.ecoportal.it.services;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.UUID;
import org.ecoportal.domain.model.clearance.ImportDeclaration;
import org.ecoportal.domain.model.importing.ImportCase;
import org.ecoportal.domain.model.importing.ImportStatus;
import org.ecoportal.domain.model.organisation.Organisation;

/**
 * What the declaration tests set up around the broker's work, through the entities as the other
 * parts of the portal do: the importer names the broker of a case, customs clears a declaration.
 * Taiwan's second brokerage (demo data) has the member {@code broker2}.
 */
@Stateless
@PermitAll
public class DeclarationGround {

  /** Tamsui Customs Agents, the second brokerage of Taiwan in the demo data (member broker2). */
  static final String OTHER_BROKERAGE = "TW-BRK-0391";

  @PersistenceContext(unitName = "portal")
  private EntityManager em;

  /** The importer accepts the case (if new) and names the brokerage with {@code identifier}. */
  public void assignBroker(UUID caseId, String identifier) {
    ImportCase found = em.find(ImportCase.class, caseId);
    if (found.status() == ImportStatus.NEW) {
      found.accept("importer", Instant.now());
    }
    Organisation broker = em.createQuery("select o from Organisation o where o.tenant = :tenant and o.identifier = :identifier", Organisation.class)
        .setParameter("tenant", found.tenant().code())
        .setParameter("identifier", identifier)
        .getSingleResult();
    found.assignBroker(broker, "importer", Instant.now());
  }

  /** Customs clears the declaration. */
  public void clear(UUID declarationId) {
    em.find(ImportDeclaration.class, declarationId).clear("customs", Instant.now());
  }
}
