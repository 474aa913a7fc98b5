package org.ecoportal.interfaces.web.importer.certificates;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.UUID;
import org.ecoportal.application.AttachmentFiles.Download;
import org.ecoportal.application.ImportCases;
import org.ecoportal.application.ImportCases.Detail;
import org.ecoportal.domain.model.application.WorkflowException;
import org.ecoportal.interfaces.web.support.DocumentPage;
import org.ecoportal.interfaces.web.support.Messages;

/**
 * Backs {@code /importer/certificate.xhtml?id=}: one certificate delivered for the importer's
 * organisation, read like customs reads it, its XML as received, and accepting it at the version
 * shown (someone else's change meanwhile is said so and the page shows the case anew).
 */
@Named("importCase")
@ViewScoped
public class CertificateBacking extends DocumentPage<Detail> {

  private static final long serialVersionUID = 1L;

  @EJB private ImportCases cases;

  @Override
  protected Detail read(UUID id) {
    return cases.detail(id);
  }

  /** The certificate's XML exactly as it arrived. */
  @Override
  protected Download document(UUID id) {
    return cases.document(id);
  }

  /** Accepts the case as it was shown. */
  public void accept() {
    try {
      cases.accept(found(), getDetail().row().version());
      Messages.info("importCase.accepted");
    } catch (WorkflowException e) {
      Messages.error(e.messageKey(), e.argument());
    }
    reread();
  }
}
