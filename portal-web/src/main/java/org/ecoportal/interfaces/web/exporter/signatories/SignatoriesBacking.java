package org.ecoportal.interfaces.web.exporter.signatories;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.ecoportal.application.ExporterApplications;
import org.ecoportal.application.SignatoryView;
import org.ecoportal.domain.model.application.InvalidInputException;
import org.ecoportal.interfaces.web.support.Messages;

/** Backs {@code /exporter/signatories.xhtml}: who may sign the organisation's applications. */
@Named("signatories")
@ViewScoped
public class SignatoriesBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private ExporterApplications applications;

  private List<SignatoryView> rows;
  private String username;
  private String fullName;
  private String position;

  public List<SignatoryView> getRows() {
    if (rows == null) {
      rows = applications.signatories();
    }
    return rows;
  }

  public void register() {
    try {
      applications.registerSignatory(username, fullName, position);
      Messages.info("signatory.registered", fullName);
      username = null;
      fullName = null;
      position = null;
      rows = null;
    } catch (InvalidInputException e) {
      Messages.problems("signatory", e.problems());
    }
  }

  public void remove(String user) {
    applications.removeSignatory(user);
    rows = null;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getFullName() {
    return fullName;
  }

  public void setFullName(String fullName) {
    this.fullName = fullName;
  }

  public String getPosition() {
    return position;
  }

  public void setPosition(String position) {
    this.position = position;
  }
}
