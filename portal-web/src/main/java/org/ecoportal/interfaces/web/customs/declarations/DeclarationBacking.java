package org.ecoportal.interfaces.web.customs.declarations;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.UUID;
import org.ecoportal.application.DeclarationView;
import org.ecoportal.application.ExportDeclarations;
import org.ecoportal.application.NotFoundException;
import org.ecoportal.domain.model.application.InvalidInputException;
import org.ecoportal.interfaces.web.support.Messages;

/**
 * Backs {@code /customs-officer/declaration.xhtml}: a new declaration typed by the officer, or a
 * recorded one shown as it stands ({@code ?id=}). What was typed stays on the form whatever goes wrong.
 */
@Named("declaration")
@ViewScoped
public class DeclarationBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String FORM = "declaration";

  @EJB private ExportDeclarations declarations;

  private String id;
  private DeclarationForm form;
  private DeclarationView current;

  public void load() throws IOException {
    if (form != null || current != null) {
      return;
    }
    if (id == null || id.isBlank()) {
      form = new DeclarationForm();
      return;
    }
    try {
      current = declarations.open(UUID.fromString(id));
    } catch (NotFoundException | IllegalArgumentException e) {
      FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "No such declaration");
      FacesContext.getCurrentInstance().responseComplete();
    }
  }

  public String record() {
    try {
      DeclarationView recorded = declarations.record(form.toData());
      Messages.info("declaration.recorded", recorded.data().declarationNumber());
      FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
      return "/customs-officer/declaration.xhtml?faces-redirect=true&id=" + recorded.id();
    } catch (InvalidInputException e) {
      Messages.problems(FORM, e.problems());
      return null;
    }
  }

  public void addLine() {
    form.addLine();
  }

  public void removeLine(DeclarationForm.Line line) {
    form.removeLine(line);
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public DeclarationForm getForm() {
    return form;
  }

  public DeclarationView getCurrent() {
    return current;
  }
}
