package org.ecoportal.interfaces.web.importer.certificates;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import org.ecoportal.application.AttachmentFiles.Download;
import org.ecoportal.application.ImportCases;
import org.ecoportal.application.ImportCases.Broker;
import org.ecoportal.application.ImportCases.Detail;
import org.ecoportal.application.ImportCases.Row;
import org.ecoportal.domain.model.application.Attachment;
import org.ecoportal.domain.model.application.FieldProblem;
import org.ecoportal.domain.model.application.InvalidInputException;
import org.ecoportal.domain.model.application.WorkflowException;
import org.ecoportal.interfaces.web.support.DocumentPage;
import org.ecoportal.interfaces.web.support.Messages;
import org.primefaces.model.file.UploadedFile;

/**
 * Backs {@code /importer/certificate.xhtml?id=}: one certificate delivered for the importer's
 * organisation, read like customs reads it, its XML as received and as PDF; accepting it, naming
 * its customs broker (each at the version shown: someone else's change meanwhile is said so and the
 * page shows the case anew) and handing over shipping documents.
 */
@Named("importCase")
@ViewScoped
public class CertificateBacking extends DocumentPage<Detail> {

  private static final long serialVersionUID = 1L;

  @EJB private ImportCases cases;

  private List<Broker> brokers;
  private UUID broker;
  private Attachment.Kind documentKind = Attachment.Kind.INVOICE;
  private transient UploadedFile file;

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

  /** Names the chosen broker on the case as it was shown. */
  public void assignBroker() {
    if (broker == null) {
      Messages.problems("broker", List.of(new FieldProblem("brokerId", "importCase.error.chooseBroker")));
      return;
    }
    try {
      Row assigned = cases.assignBroker(found(), getDetail().row().version(), broker);
      Messages.info("importCase.brokerAssigned", assigned.brokerName());
    } catch (WorkflowException e) {
      Messages.error(e.messageKey(), e.argument());
    }
    reread();
  }

  /** Hands over the chosen file as a document of the chosen kind. */
  public void upload() {
    try {
      byte[] content = file == null ? null : file.getContent();
      String name = file == null ? null : file.getFileName();
      cases.attach(found(), documentKind, name, content);
      Messages.info("attachment.added", name);
    } catch (InvalidInputException e) {
      Messages.problems("documents", e.problems());
    } catch (WorkflowException e) {
      Messages.error(e.messageKey(), e.argument());
    }
    file = null;
    reread();
  }

  public void removeDocument(UUID documentId) {
    try {
      cases.removeDocument(found(), documentId);
      Messages.info("importCase.documentRemoved");
    } catch (WorkflowException e) {
      Messages.error(e.messageKey(), e.argument());
    }
    reread();
  }

  public List<Broker> getBrokers() {
    if (brokers == null) {
      brokers = cases.brokers();
    }
    return brokers;
  }

  public UUID getBroker() {
    return broker;
  }

  public void setBroker(UUID broker) {
    this.broker = broker;
  }

  public Attachment.Kind getDocumentKind() {
    return documentKind;
  }

  public void setDocumentKind(Attachment.Kind documentKind) {
    this.documentKind = documentKind;
  }

  public Attachment.Kind[] getDocumentKinds() {
    return Attachment.Kind.values();
  }

  public UploadedFile getFile() {
    return file;
  }

  public void setFile(UploadedFile file) {
    this.file = file;
  }
}
