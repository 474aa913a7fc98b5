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
import org.ecoportal.application.AttachmentView;
import org.ecoportal.application.ImportCases;
import org.ecoportal.application.internal.Workplaces.Workplace;
import org.ecoportal.domain.model.application.Attachment;
import org.ecoportal.domain.model.application.FieldProblem;
import org.ecoportal.domain.model.application.InvalidInputException;
import org.ecoportal.domain.model.application.WorkflowException;
import org.ecoportal.domain.model.identity.Role;
import org.ecoportal.domain.model.importing.ImportCase;
import org.ecoportal.domain.model.importing.ImportStatus;
import org.ecoportal.domain.model.importing.ShippingDocument;
import org.ecoportal.domain.model.organisation.Organisation;
import org.ecoportal.domain.model.organisation.OrganisationKind;
import org.ecoportal.infrastructure.messaging.WorkflowEvents;

/**
 * The certificates delivered for the caller's importer organisation (a trading company), the
 * broker it names on them and the shipping documents it hands over. A case of another
 * organisation or tenant is "not found", whatever its id.
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
  @Inject private ImportCaseFiles files;
  @Inject private WorkflowEvents events;

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
    return files.detail(mine(id));
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
    return files.xml(mine(id));
  }

  @Override
  public Download pdf(UUID id) {
    return files.pdf(mine(id));
  }

  @Override
  public List<Broker> brokers() {
    return em.createQuery("select o from Organisation o where o.tenant = :tenant and o.kind = :brokerage order by o.name", Organisation.class)
        .setParameter("tenant", workplace().caller().tenant().code())
        .setParameter("brokerage", OrganisationKind.BROKERAGE)
        .getResultStream()
        .map(o -> new Broker(o.id(), o.name(), o.identifier()))
        .toList();
  }

  @Override
  public Row assignBroker(UUID caseId, long version, UUID brokerId) {
    ImportCase found = mine(caseId);
    Organisation broker = brokerId == null ? null : em.find(Organisation.class, brokerId);
    if (broker == null) {
      throw new WorkflowException("importCase.error.notABroker");
    }
    String username = workplace().caller().username();
    Row assigned = rows.change(found, version, () -> found.assignBroker(broker, username, Instant.now()));
    events.brokerAssigned(found.id());
    LOG.info(() -> "Import case of certificate " + found.certificateNumber() + " assigned to broker " + broker.identifier() + " by " + username);
    return assigned;
  }

  @Override
  public List<AttachmentView> attach(UUID caseId, Attachment.Kind kind, String filename, byte[] content) {
    ImportCase found = mine(caseId);
    List<FieldProblem> problems = ShippingDocument.problems(kind, filename, content);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    ShippingDocument document = ShippingDocument.of(found, kind, filename, content, workplace().caller().username(), Instant.now());
    em.persist(document);
    em.flush();
    LOG.info(() -> "Shipping document " + document.filename() + " (" + kind + ") handed over with certificate " + found.certificateNumber());
    return files.documents(found);
  }

  @Override
  public List<AttachmentView> removeDocument(UUID caseId, UUID documentId) {
    ImportCase found = mine(caseId);
    ShippingDocument document = files.document(found, documentId);
    em.remove(document);
    em.flush();
    LOG.info(() -> "Shipping document " + document.filename() + " of certificate " + found.certificateNumber() + " removed by "
        + workplace().caller().username());
    return files.documents(found);
  }

  @Override
  public Download documentFile(UUID caseId, UUID documentId) {
    return files.file(mine(caseId), documentId);
  }

  private ImportCase mine(UUID id) {
    return files.find(workplace(), id, ImportCase::importerId);
  }

  private Workplace workplace() {
    return workplaces.of(context.getCallerPrincipal(), OrganisationKind.TRADER);
  }
}
