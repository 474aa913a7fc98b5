package org.ecoportal.application;

import java.util.List;

/** The organisations of the caller's tenant, for the tenant's administrators. */
public interface OrganisationDirectory {

  /** Every organisation of the caller's tenant, by name, with its number of members. */
  List<OrganisationView> organisations();
}
