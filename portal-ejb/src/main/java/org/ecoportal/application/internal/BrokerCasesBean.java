package org.ecoportal.application.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.UUID;
import org.ecoportal.application.AttachmentFiles.Download;
import org.ecoportal.application.BrokerCases;
import org.ecoportal.application.ImportCases.Detail;
import org.ecoportal.application.ImportCases.Row;
import org.ecoportal.application.internal.Workplaces.Workplace;
import org.ecoportal.domain.model.identity.Role;
import org.ecoportal.domain.model.importing.ImportCase;
import org.ecoportal.domain.model.organisation.OrganisationKind;

/**
 * The import cases assigned to the caller's brokerage, read as the importer reads them. A case of
 * another brokerage or tenant, or one whose importer named another broker since, is "not found".
 */
@Stateless
@RolesAllowed(Role.Names.BROKER)
public class BrokerCasesBean implements BrokerCases {

  @Resource private SessionContext context;

  @PersistenceContext(unitName = "portal")
  private EntityManager em;

  @Inject private Workplaces workplaces;
  @Inject private ImportCaseRows rows;
  @Inject private ImportCaseFiles files;

  @Override
  public List<Row> assigned() {
    Workplace here = workplace();
    return rows.find(here.caller().tenant(), "c.brokerId = :broker", "c.brokerAssignedAt desc, c.id",
        q -> q.setParameter("broker", here.organisation().id()));
  }

  @Override
  public long countAssigned() {
    Workplace here = workplace();
    return em.createQuery("select count(c) from ImportCase c where c.tenant = :tenant and c.brokerId = :broker", Long.class)
        .setParameter("tenant", here.caller().tenant().code())
        .setParameter("broker", here.organisation().id())
        .getSingleResult();
  }

  @Override
  public Detail detail(UUID caseId) {
    return files.detail(assignedToMe(caseId));
  }

  @Override
  public Download document(UUID caseId) {
    return files.xml(assignedToMe(caseId));
  }

  @Override
  public Download pdf(UUID caseId) {
    return files.pdf(assignedToMe(caseId));
  }

  @Override
  public Download documentFile(UUID caseId, UUID documentId) {
    return files.file(assignedToMe(caseId), documentId);
  }

  private ImportCase assignedToMe(UUID id) {
    return files.find(workplace(), id, ImportCase::brokerId);
  }

  private Workplace workplace() {
    return workplaces.of(context.getCallerPrincipal(), OrganisationKind.BROKERAGE);
  }
}
