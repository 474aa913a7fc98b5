package org.ecoportal.interfaces.web.exporter.applications;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;
import org.ecoportal.application.ApplicationView;
import org.ecoportal.application.ExchangeStateView;
import org.ecoportal.application.ExporterApplications;
import org.ecoportal.application.NotFoundException;
import org.ecoportal.application.OrganisationView;
import org.ecoportal.domain.model.application.InvalidInputException;
import org.ecoportal.domain.model.application.WorkflowException;
import org.ecoportal.interfaces.web.support.Messages;

/**
 * Backs {@code /exporter/application.xhtml}: a new or existing application, saved as a draft at any
 * time and submitted when complete. What was typed stays on the form whatever goes wrong.
 */
@Named("editApplication")
@ViewScoped
public class EditApplicationBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String FORM = "application";

  @EJB private ExporterApplications applications;

  private String id;
  private ApplicationForm form;
  private ApplicationView current;
  private List<ExchangeStateView> exchange;
  private List<OrganisationView> chambers;
  private List<org.ecoportal.application.GoodsView> approvedGoods;
  private transient org.primefaces.model.file.UploadedFile file;
  private org.ecoportal.domain.model.application.Attachment.Kind attachmentKind = org.ecoportal.domain.model.application.Attachment.Kind.INVOICE;

  /** Loads the application named by the {@code id} parameter, or starts a new one. */
  public void load() throws IOException {
    if (form != null) {
      return;
    }
    chambers = applications.chambers();
    if (id == null || id.isBlank()) {
      form = new ApplicationForm();
      form.addItem();
      return;
    }
    try {
      current = applications.open(UUID.fromString(id));
      form = ApplicationForm.of(current.data());
    } catch (NotFoundException | IllegalArgumentException e) {
      FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "No such application");
      FacesContext.getCurrentInstance().responseComplete();
    }
  }

  public void save() {
    try {
      current = current == null ? applications.create(form.toData()) : applications.saveDraft(current.id(), current.version(), form.toData());
      id = current.id().toString();
      Messages.info("application.saved", current.reference());
    } catch (InvalidInputException e) {
      Messages.problems(FORM, e.problems());
    } catch (WorkflowException e) {
      Messages.error(e.messageKey(), e.argument());
    }
  }

  public String submit() {
    try {
      if (current == null) {
        current = applications.create(form.toData());
        id = current.id().toString();
      }
      current = applications.submit(current.id(), current.version(), form.toData());
      Messages.info("application.submitted", current.reference());
      FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
      return "/exporter/applications.xhtml?faces-redirect=true";
    } catch (InvalidInputException e) {
      Messages.problems(FORM, e.problems());
    } catch (WorkflowException e) {
      Messages.error(e.messageKey(), e.argument());
    }
    return null;
  }

  /** Attaches the chosen file to the saved application. */
  public void upload() {
    if (current == null) {
      Messages.error("attachment.error.saveFirst");
      return;
    }
    if (file == null || file.getSize() == 0) {
      Messages.problems("attachments", List.of(new org.ecoportal.domain.model.application.FieldProblem("attachment", "attachment.error.empty")));
      return;
    }
    try {
      current = applications.attach(current.id(), attachmentKind, file.getFileName(), file.getContent());
      Messages.info("attachment.added", file.getFileName());
    } catch (InvalidInputException e) {
      Messages.problems("attachments", e.problems());
    } catch (WorkflowException e) {
      Messages.error(e.messageKey(), e.argument());
    }
  }

  public void detach(UUID attachmentId) {
    try {
      current = applications.detach(current.id(), attachmentId);
    } catch (WorkflowException e) {
      Messages.error(e.messageKey(), e.argument());
    }
  }

  public org.primefaces.model.file.UploadedFile getFile() {
    return file;
  }

  public void setFile(org.primefaces.model.file.UploadedFile file) {
    this.file = file;
  }

  public org.ecoportal.domain.model.application.Attachment.Kind getAttachmentKind() {
    return attachmentKind;
  }

  public void setAttachmentKind(org.ecoportal.domain.model.application.Attachment.Kind kind) {
    this.attachmentKind = kind;
  }

  public org.ecoportal.domain.model.application.Attachment.Kind[] getAttachmentKinds() {
    return org.ecoportal.domain.model.application.Attachment.Kind.values();
  }

  public void addItem() {
    form.addItem();
  }

  public void removeItem(ApplicationForm.Item item) {
    form.removeItem(item);
  }

  public boolean isEditable() {
    return current == null || current.status().editableByExporter();
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public ApplicationForm getForm() {
    return form;
  }

  public ApplicationView getCurrent() {
    return current;
  }

  public List<OrganisationView> getChambers() {
    return chambers;
  }

  /** The organisation's approved goods: the only ones a certificate may name. */
  public List<org.ecoportal.application.GoodsView> getApprovedGoods() {
    if (approvedGoods == null) {
      approvedGoods = applications.goods().stream().filter(g -> "APPROVED".equals(g.status())).toList();
    }
    return approvedGoods;
  }

  /** How the application's certificates are getting to the importing economy; empty before any is sent. */
  public List<ExchangeStateView> getExchange() {
    if (exchange == null) {
      exchange = current == null || current.certificateNumber() == null ? List.of() : applications.exchange(current.id());
    }
    return exchange;
  }
}
