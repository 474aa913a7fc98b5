package org.ecoportal.application.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;
import org.ecoportal.application.AttachmentFiles.Download;
import org.ecoportal.application.ImportCases;
import org.ecoportal.application.NotFoundException;
import org.ecoportal.application.internal.Workplaces.Workplace;
import org.ecoportal.domain.model.exchange.ReceivedCertificate;
import org.ecoportal.domain.model.identity.Role;
import org.ecoportal.domain.model.importing.ImportCase;
import org.ecoportal.domain.model.importing.ImportStatus;
import org.ecoportal.domain.model.organisation.OrganisationKind;

/**
 * The certificates delivered for the caller's importer organisation (a trading company). A case of
 * another organisation or tenant is "not found", whatever its id.
 */
@Stateless
@RolesAllowed(Role.Names.IMPORTER)
public class ImportCasesBean implements ImportCases {

  private static final Logger LOG = Logger.getLogger(ImportCasesBean.class.getName());

  @Resource private SessionContext context;

  @PersistenceContext(unitName = "portal")
  private EntityManager em;

  @Inject private Workplaces workplaces;
  @Inject private ImportCaseRows rows;
  @Inject private ReceivedReading reading;

  @Override
  public List<Row> inbox() {
    Workplace here = workplace();
    return rows.find(here.caller().tenant(), "c.importerId = :importer", q -> q.setParameter("importer", here.organisation().id()));
  }

  @Override
  public long countNew() {
    return em.createQuery("select count(c) from ImportCase c where c.importerId = :importer and c.status = :new", Long.class)
        .setParameter("importer", workplace().organisation().id())
        .setParameter("new", ImportStatus.NEW)
        .getSingleResult();
  }

  @Override
  public Detail detail(UUID id) {
    ImportCase found = mine(id);
    return new Detail(rows.of(found), reading.detail(em.find(ReceivedCertificate.class, found.receivedId())));
  }

  @Override
  public Row accept(UUID id, long version) {
    ImportCase found = mine(id);
    String username = workplace().caller().username();
    Row accepted = rows.change(found, version, () -> found.accept(username, Instant.now()));
    LOG.info(() -> "Import case of certificate " + found.certificateNumber() + " accepted by " + username);
    return accepted;
  }

  @Override
  public Download document(UUID id) {
    ReceivedCertificate received = em.find(ReceivedCertificate.class, mine(id).receivedId());
    return new Download(received.certificateNumber() + ".xml", "application/xml", received.payload());
  }

  private ImportCase mine(UUID id) {
    Workplace here = workplace();
    ImportCase found = id == null ? null : em.find(ImportCase.class, id);
    if (found == null || found.tenant() != here.caller().tenant() || !here.organisation().id().equals(found.importerId())) {
      throw new NotFoundException("Import case " + id);
    }
    return found;
  }

  private Workplace workplace() {
    return workplaces.of(context.getCallerPrincipal(), OrganisationKind.TRADER);
  }
}
