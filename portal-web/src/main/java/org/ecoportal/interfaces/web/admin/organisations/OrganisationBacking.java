package org.ecoportal.interfaces.web.admin.organisations;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;
import org.ecoportal.application.NotFoundException;
import org.ecoportal.application.OrganisationDirectory;
import org.ecoportal.application.OrganisationView;
import org.ecoportal.domain.model.application.InvalidInputException;
import org.ecoportal.interfaces.web.support.Messages;

/** Backs {@code /tenant-admin/organisation.xhtml?id=…}: who acts for one organisation. */
@Named
@ViewScoped
public class OrganisationBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private OrganisationDirectory directory;

  private String id;
  private OrganisationView organisation;
  private List<String> members;
  private String username;

  public void load() throws IOException {
    if (organisation != null) {
      return;
    }
    try {
      organisation = directory.organisation(UUID.fromString(id == null ? "" : id));
      members = directory.members(organisation.id());
    } catch (NotFoundException | IllegalArgumentException e) {
      FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "No such organisation");
      FacesContext.getCurrentInstance().responseComplete();
    }
  }

  public void enrol() {
    try {
      directory.enrol(organisation.id(), username);
      Messages.info("organisation.enrolled", username.trim(), organisation.name());
      username = null;
      members = directory.members(organisation.id());
    } catch (InvalidInputException e) {
      Messages.problems("members", e.problems());
    }
  }

  public void withdraw(String member) {
    directory.withdraw(organisation.id(), member);
    Messages.info("organisation.withdrawn", member, organisation.name());
    members = directory.members(organisation.id());
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public OrganisationView getOrganisation() {
    return organisation;
  }

  public List<String> getMembers() {
    return members;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }
}
