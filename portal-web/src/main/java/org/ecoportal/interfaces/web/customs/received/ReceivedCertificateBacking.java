package org.ecoportal.interfaces.web.customs.received;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.UUID;
import org.ecoportal.application.AttachmentFiles.Download;
import org.ecoportal.application.ReceivedCertificates;
import org.ecoportal.application.ReceivedCertificates.Detail;
import org.ecoportal.interfaces.web.support.DocumentPage;

/**
 * Backs {@code /customs-officer/received-certificate.xhtml?id=}: one received certificate as its
 * document states it, its signature checked again, what else arrived about it, and the document
 * itself as received.
 */
@Named("receivedCertificate")
@ViewScoped
public class ReceivedCertificateBacking extends DocumentPage<Detail> {

  private static final long serialVersionUID = 1L;

  @EJB private ReceivedCertificates certificates;

  @Override
  protected Detail read(UUID id) {
    return certificates.detail(id);
  }

  /** The certificate's XML exactly as it arrived. */
  @Override
  protected Download document(UUID id) {
    return certificates.document(id);
  }

  /** The certificate as a readable PDF. */
  public void downloadPdf() throws java.io.IOException {
    send(certificates.pdf(found()));
  }
}
