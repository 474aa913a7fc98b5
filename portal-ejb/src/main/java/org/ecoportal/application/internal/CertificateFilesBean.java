package org.ecoportal.application.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.ecoportal.application.AttachmentFiles.Download;
import org.ecoportal.application.CertificateFiles;
import org.ecoportal.application.NotFoundException;
import org.ecoportal.domain.model.certificate.Certificate;
import org.ecoportal.domain.model.certificate.CertificateDocument;
import org.ecoportal.domain.model.certificate.CertificateRepository;
import org.ecoportal.domain.model.identity.Caller;
import org.ecoportal.domain.model.identity.Role;
import org.ecoportal.domain.model.organisation.Organisation;
import org.ecoportal.domain.model.organisation.OrganisationRepository;
import org.ecoportal.infrastructure.security.Callers;

@Stateless
@RolesAllowed({Role.Names.EXPORTER, Role.Names.CHAMBER_OFFICER})
public class CertificateFilesBean implements CertificateFiles {

  @Resource private SessionContext context;
  @Inject private OrganisationRepository organisations;
  @Inject private CertificateRepository certificates;

  @Override
  public Download download(String number, Format format) {
    Caller caller = Callers.of(context.getCallerPrincipal());
    Organisation organisation = organisations.organisationOf(caller).orElse(null);
    Certificate certificate = number == null ? null : certificates.byNumber(caller.tenant(), number.trim()).orElse(null);
    if (certificate == null || organisation == null || !mayRead(organisation, certificate)) {
      throw new NotFoundException("Certificate " + number);
    }
    CertificateDocument document =
        certificates.documentOf(certificate.id()).orElseThrow(() -> new NotFoundException("Documents of certificate " + number));
    byte[] content = format == Format.XML ? document.signedXml() : document.pdf();
    return new Download(certificate.number() + format.extension(), format.contentType(), content);
  }

  private boolean mayRead(Organisation organisation, Certificate certificate) {
    return FileReaders.isItsExporter(context, organisation, certificate.exporterId())
        || FileReaders.isItsChamber(context, organisation, certificate.chamberId());
  }
}
