package org.ecoportal.interfaces.web.admin.organisations;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import org.ecoportal.application.OrganisationDirectory;
import org.ecoportal.application.OrganisationView;

/** Backs {@code /tenant-admin/organisations.xhtml}: the organisations of the administrator's tenant. */
@Named
@RequestScoped
public class OrganisationsBacking {

  @EJB private OrganisationDirectory directory;

  private List<OrganisationView> organisations;

  public List<OrganisationView> getOrganisations() {
    if (organisations == null) {
      organisations = directory.organisations();
    }
    return organisations;
  }
}
