package org.ecoportal.interfaces.web.broker.certificates;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.UUID;
import org.ecoportal.application.AttachmentFiles.Download;
import org.ecoportal.application.BrokerCases;
import org.ecoportal.application.ImportCases.Detail;
import org.ecoportal.interfaces.web.support.DocumentPage;

/**
 * Backs {@code /broker/certificate.xhtml?id=}: one case assigned to the broker's brokerage, its
 * certificate read like the importer reads it (XML as received, PDF) and the importer's documents.
 */
@Named("brokerCase")
@ViewScoped
public class CertificateBacking extends DocumentPage<Detail> {

  private static final long serialVersionUID = 1L;

  @EJB private BrokerCases cases;

  @Override
  protected Detail read(UUID id) {
    return cases.detail(id);
  }

  /** The certificate's XML exactly as it arrived. */
  @Override
  protected Download document(UUID id) {
    return cases.document(id);
  }

  /** The certificate as a readable PDF. */
  public void downloadPdf() throws IOException {
    send(cases.pdf(found()));
  }
}
