package org.ecoportal.interfaces.web.broker.declarations;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.UUID;
import org.ecoportal.application.ImportDeclarations;
import org.ecoportal.application.ImportDeclarations.Detail;
import org.ecoportal.application.NotFoundException;
import org.ecoportal.domain.model.application.InvalidInputException;
import org.ecoportal.domain.model.application.WorkflowException;
import org.ecoportal.domain.model.clearance.ImportDeclaration;
import org.ecoportal.domain.model.clearance.ImportDeclarationStatus;
import org.ecoportal.interfaces.web.support.Messages;

/**
 * Backs {@code /broker/declaration.xhtml}: a new declaration for an import case, pre-filled from
 * its certificate ({@code ?case=}), or an existing one ({@code ?id=}): a draft on the form, a
 * submitted one with what matching found. What was typed stays on the form whatever goes wrong; a
 * change by someone else meanwhile is said so.
 */
@Named("importDeclaration")
@ViewScoped
public class ImportDeclarationBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String FORM = "importDeclaration";

  @EJB private ImportDeclarations declarations;

  private String caseParam;
  private String id;
  private UUID caseId;
  private Detail detail;
  private ImportDeclarationForm form;

  public void load() throws IOException {
    if (form != null || detail != null) {
      return;
    }
    try {
      if (id != null && !id.isBlank()) {
        show(declarations.detail(UUID.fromString(id)));
      } else if (caseParam != null && !caseParam.isBlank()) {
        caseId = UUID.fromString(caseParam);
        form = ImportDeclarationForm.of(declarations.prefill(caseId));
      } else {
        notFound();
      }
    } catch (NotFoundException | IllegalArgumentException e) {
      notFound();
    }
  }

  /** Keeps what was typed as a draft. */
  public String saveDraft() {
    try {
      boolean isNew = detail == null;
      save();
      Messages.info("importDeclaration.saved", detail.summary().declarationNumber());
      return isNew ? reopen() : null;
    } catch (InvalidInputException e) {
      Messages.problems(FORM, e.problems());
    } catch (WorkflowException e) {
      changed(e);
    }
    return null;
  }

  /** Keeps what was typed, then submits it to be checked and matched. */
  public String submit() {
    try {
      save();
      detail = declarations.submit(detail.summary().id(), detail.summary().version());
      Messages.info(detail.match().matched() ? "importDeclaration.submitted.matched" : "importDeclaration.submitted.differences",
          detail.summary().declarationNumber());
      return reopen();
    } catch (InvalidInputException e) {
      Messages.problems(FORM, e.problems());
    } catch (WorkflowException e) {
      changed(e);
    }
    return null;
  }

  public void addLine() {
    form.addLine();
  }

  public void removeLine(ImportDeclarationForm.Line line) {
    form.removeLine(line);
  }

  private void save() {
    if (detail == null) {
      detail = declarations.create(caseId, form.toContent(), ImportDeclaration.Channel.SCREEN);
    } else {
      detail = declarations.revise(detail.summary().id(), detail.summary().version(), form.toContent());
    }
  }

  private String reopen() {
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    return "/broker/declaration.xhtml?faces-redirect=true&id=" + detail.summary().id();
  }

  /** Someone changed or submitted it meanwhile: shown anew, what was typed is lost only then. */
  private void changed(WorkflowException e) {
    Messages.error(e.messageKey(), e.argument());
    if (detail != null) {
      show(declarations.detail(detail.summary().id()));
    }
  }

  private void show(Detail found) {
    detail = found;
    caseId = found.summary().caseId();
    form = found.summary().status() == ImportDeclarationStatus.DRAFT ? ImportDeclarationForm.of(found.content()) : null;
  }

  private static void notFound() throws IOException {
    FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "No such declaration");
    FacesContext.getCurrentInstance().responseComplete();
  }

  public boolean isEditable() {
    return form != null;
  }

  public String getCase() {
    return caseParam;
  }

  public void setCase(String value) {
    this.caseParam = value;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public Detail getDetail() {
    return detail;
  }

  public ImportDeclarationForm getForm() {
    return form;
  }
}
