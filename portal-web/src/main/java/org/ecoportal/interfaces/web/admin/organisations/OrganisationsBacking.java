package org.ecoportal.interfaces.web.admin.organisations;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.ecoportal.application.OrganisationDirectory;
import org.ecoportal.application.OrganisationView;
import org.ecoportal.domain.model.application.InvalidInputException;
import org.ecoportal.domain.model.organisation.OrganisationKind;
import org.ecoportal.interfaces.web.support.Messages;

/**
 * Backs {@code /tenant-admin/organisations.xhtml}: the organisations of the administrator's tenant,
 * and registering a new one.
 */
@Named
@ViewScoped
public class OrganisationsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private OrganisationDirectory directory;

  private List<OrganisationView> organisations;
  private OrganisationKind kind;
  private String name;
  private String identifier;

  public List<OrganisationView> getOrganisations() {
    if (organisations == null) {
      organisations = directory.organisations();
    }
    return organisations;
  }

  public void register() {
    try {
      OrganisationView added = directory.register(kind, name, identifier);
      Messages.info("organisation.registered", added.name());
      kind = null;
      name = null;
      identifier = null;
      organisations = null;
    } catch (InvalidInputException e) {
      Messages.problems("register", e.problems());
    }
  }

  public OrganisationKind[] getKinds() {
    return OrganisationKind.values();
  }

  public OrganisationKind getKind() {
    return kind;
  }

  public void setKind(OrganisationKind kind) {
    this.kind = kind;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getIdentifier() {
    return identifier;
  }

  public void setIdentifier(String identifier) {
    this.identifier = identifier;
  }
}
