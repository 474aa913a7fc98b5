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
import java.util.logging.Logger;
import org.ecoportal.application.ImportCases.Assignment;
import org.ecoportal.application.ImportCases.Row;
import org.ecoportal.application.NotFoundException;
import org.ecoportal.domain.model.application.WorkflowException;
import org.ecoportal.domain.model.identity.Role;
import org.ecoportal.domain.model.importing.ImportCase;
import org.ecoportal.domain.model.importing.ImportStatus;
import org.ecoportal.domain.model.organisation.Organisation;
import org.ecoportal.domain.model.organisation.OrganisationKind;
import org.ecoportal.domain.model.tenant.Tenant;
import org.ecoportal.infrastructure.messaging.WorkflowEvents;
import org.ecoportal.infrastructure.security.Callers;

/** The tenant administrator's queue of received certificates whose consignee is no known importer. */
@Stateless
@RolesAllowed(Role.Names.TENANT_ADMIN)
public class ImportCaseAssignmentBean implements Assignment {

  private static final Logger LOG = Logger.getLogger(ImportCaseAssignmentBean.class.getName());

  @Resource private SessionContext context;

  @PersistenceContext(unitName = "portal")
  private EntityManager em;

  @Inject private ImportCaseRows rows;
  @Inject private WorkflowEvents events;

  @Override
  public List<Row> unassigned() {
    return rows.find(tenant(), "c.status = :unassigned", q -> q.setParameter("unassigned", ImportStatus.UNASSIGNED));
  }

  @Override
  public List<Importer> importers() {
    return em.createQuery(
            "select o from Organisation o where o.tenant = :tenant and o.kind = :trader order by o.name", Organisation.class)
        .setParameter("tenant", tenant().code())
        .setParameter("trader", OrganisationKind.TRADER)
        .getResultStream()
        .map(o -> new Importer(o.id(), o.name(), o.identifier()))
        .toList();
  }

  @Override
  public Row assign(UUID caseId, long version, UUID importerId) {
    Tenant tenant = tenant();
    ImportCase found = caseId == null ? null : em.find(ImportCase.class, caseId);
    if (found == null || found.tenant() != tenant) {
      throw new NotFoundException("Import case " + caseId);
    }
    Organisation importer = importerId == null ? null : em.find(Organisation.class, importerId);
    if (importer == null || importer.tenant() != tenant) {
      throw new WorkflowException("importCase.error.notAnImporter");
    }
    Row assigned = rows.change(found, version, () -> found.assignTo(importer));
    events.importCaseOpened(found.id());
    LOG.info(() -> "Import case of certificate " + found.certificateNumber() + " assigned to " + importer.identifier() + " by "
        + Callers.of(context.getCallerPrincipal()).username());
    return assigned;
  }

  private Tenant tenant() {
    return Callers.of(context.getCallerPrincipal()).tenant();
  }
}
