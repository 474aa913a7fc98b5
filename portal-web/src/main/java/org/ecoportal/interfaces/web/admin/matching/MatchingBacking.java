package org.ecoportal.interfaces.web.admin.matching;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.ecoportal.application.ImportDeclarations;
import org.ecoportal.application.ImportDeclarations.Setup.Settings;
import org.ecoportal.domain.model.application.InvalidInputException;
import org.ecoportal.domain.model.application.WorkflowException;
import org.ecoportal.interfaces.web.support.Messages;

/**
 * Backs {@code /tenant-admin/matching.xhtml}: the tenant's matching rules as {@code key = value}
 * text, kept only when they read; otherwise each wrong line is named on the field and the text
 * stays as typed.
 */
@Named("matchingRules")
@ViewScoped
public class MatchingBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String FORM = "matching";

  @EJB private ImportDeclarations.Setup setup;

  private Settings settings;
  private String text;

  public void load() {
    if (settings == null) {
      settings = setup.current();
      text = settings.text();
    }
  }

  public void save() {
    try {
      settings = setup.save(text, settings.version());
      text = settings.text();
      Messages.info("importDeclaration.matching.saved");
    } catch (InvalidInputException e) {
      Messages.problems(FORM, e.problems());
    } catch (WorkflowException e) {
      Messages.error(e.messageKey(), e.argument());
      settings = setup.current();
      text = settings.text();
    }
  }

  public Settings getSettings() {
    return settings;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }
}
