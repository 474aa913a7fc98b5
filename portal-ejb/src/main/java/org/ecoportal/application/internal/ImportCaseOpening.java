package org.ecoportal.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import org.ecoportal.domain.model.certificate.CertificateContent;
import org.ecoportal.domain.model.exchange.ExchangeKind;
import org.ecoportal.domain.model.exchange.ReceivedCertificate;
import org.ecoportal.domain.model.importing.ImportCase;
import org.ecoportal.domain.model.importing.ImportStatus;
import org.ecoportal.domain.model.organisation.Organisation;
import org.ecoportal.domain.model.organisation.OrganisationKind;
import org.ecoportal.domain.model.tenant.Tenant;
import org.ecoportal.infrastructure.messaging.WorkflowEvents;

/**
 * Opens or updates the import case of a certificate a partner delivered, in the transaction that
 * stores the delivery: a certificate (issued or a replacement) opens a case for the trading company
 * of the tenant whose identifier is the consignee's, else an unassigned one; a replacement marks the
 * case it replaces, a revocation the case of its number. Never a second case for a number.
 */
@ApplicationScoped
public class ImportCaseOpening {

  private static final Logger LOG = Logger.getLogger(ImportCaseOpening.class.getName());

  @PersistenceContext(unitName = "portal")
  private EntityManager em;

  @Inject private WorkflowEvents events;

  /** {@code received} was just stored, read as {@code content}. */
  public void arrived(ReceivedCertificate received, CertificateContent content) {
    Tenant tenant = received.tenant();
    ImportCase own = caseOf(tenant, received.certificateNumber()).orElseGet(() -> open(received, content));
    if (received.kind() == ExchangeKind.REVOKED) {
      own.revoked();
    }
    if (received.kind() == ExchangeKind.REPLACED && received.replacesNumber() != null) {
      caseOf(tenant, received.replacesNumber()).ifPresent(earlier -> earlier.replacedBy(received.certificateNumber()));
    }
  }

  private ImportCase open(ReceivedCertificate received, CertificateContent content) {
    String identifier = content.consignee() == null ? null : content.consignee().identifier();
    Organisation importer = importer(received.tenant(), identifier).orElse(null);
    ImportCase opened = new ImportCase(received, importer);
    em.persist(opened);
    if (opened.status() == ImportStatus.NEW) {
      events.importCaseOpened(opened.id());
    }
    LOG.info(() -> "Import case of certificate " + received.certificateNumber() + " opened in " + received.tenant().code()
        + (importer == null ? " without an importer (consignee identifier " + identifier + ")" : " for " + importer.identifier()));
    return opened;
  }

  /** The tenant's one trading company with this identifier, ignoring case and surrounding blanks. */
  private Optional<Organisation> importer(Tenant tenant, String identifier) {
    if (identifier == null || identifier.isBlank()) {
      return Optional.empty();
    }
    List<Organisation> found =
        em.createQuery(
                "select o from Organisation o where o.tenant = :tenant and o.kind = :trader and lower(trim(o.identifier)) = :identifier",
                Organisation.class)
            .setParameter("tenant", tenant.code())
            .setParameter("trader", OrganisationKind.TRADER)
            .setParameter("identifier", identifier.trim().toLowerCase(Locale.ROOT))
            .getResultList();
    return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
  }

  private Optional<ImportCase> caseOf(Tenant tenant, String number) {
    return em.createQuery("select c from ImportCase c where c.tenant = :tenant and c.certificateNumber = :number", ImportCase.class)
        .setParameter("tenant", tenant.code())
        .setParameter("number", number)
        .getResultStream()
        .findFirst();
  }
}
