package org.ecoportal.application.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.UUID;
import org.ecoportal.application.AttachmentFiles;
import org.ecoportal.application.NotFoundException;
import org.ecoportal.domain.model.application.ApplicationStatus;
import org.ecoportal.domain.model.application.Attachment;
import org.ecoportal.domain.model.application.CertificateApplication;
import org.ecoportal.domain.model.identity.Caller;
import org.ecoportal.domain.model.identity.Role;
import org.ecoportal.domain.model.organisation.Organisation;
import org.ecoportal.domain.model.organisation.OrganisationRepository;
import org.ecoportal.infrastructure.security.Callers;

@Stateless
@RolesAllowed({Role.Names.EXPORTER, Role.Names.CHAMBER_OFFICER})
public class AttachmentFilesBean implements AttachmentFiles {

  @Resource private SessionContext context;
  @Inject private OrganisationRepository organisations;

  @PersistenceContext(unitName = "portal")
  private EntityManager em;

  @Override
  public Download download(UUID attachmentId) {
    Caller caller = Callers.of(context.getCallerPrincipal());
    Attachment attachment = em.find(Attachment.class, attachmentId);
    CertificateApplication application = attachment == null ? null : em.find(CertificateApplication.class, attachment.applicationId());
    Organisation organisation = organisations.organisationOf(caller).orElse(null);
    if (application == null || organisation == null || application.tenant() != caller.tenant() || !mayRead(organisation, application)) {
      throw new NotFoundException("Attachment " + attachmentId);
    }
    return new Download(attachment.filename(), attachment.contentType(), attachment.content());
  }

  private boolean mayRead(Organisation organisation, CertificateApplication application) {
    return FileReaders.isItsExporter(context, organisation, application.exporterId())
        || (FileReaders.isItsChamber(context, organisation, application.chamberId()) && application.status() != ApplicationStatus.DRAFT);
  }
}
